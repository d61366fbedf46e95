// The small questions a batch export asks when its options do not answer them: which picture format, which
// folder layout, which folder; and the "Show details" report at the end (a plain text document the user can
// read, search and copy, also written to the DICOM Inspector output channel).

import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ExportLayout } from '../dicom/export';
import { rememberFolder, suggestedTarget } from './commandTargets';
import type { PictureFormat } from './exportSettings';

/** Asks PNG or JPEG, the setting's default first. Undefined when the user dismisses the pick. */
export async function pickFormat(preferred: PictureFormat): Promise<PictureFormat | undefined> {
  const png = { label: 'PNG', description: vscode.l10n.t('lossless'), format: 'png' as const };
  const jpeg = { label: 'JPEG', description: vscode.l10n.t('smaller, lossy'), format: 'jpeg' as const };
  const picked = await vscode.window.showQuickPick(preferred === 'png' ? [png, jpeg] : [jpeg, png], {
    title: vscode.l10n.t('Export as'),
  });
  return picked?.format;
}

/** Asks flat or Patient/Study/Series, the setting's default first. */
export async function pickLayout(preferred: ExportLayout): Promise<ExportLayout | undefined> {
  const flat = {
    label: vscode.l10n.t('All in one folder'),
    description: vscode.l10n.t('flat'),
    layout: 'flat' as const,
  };
  const patient = {
    label: vscode.l10n.t('Patient / Study / Series folders'),
    description: vscode.l10n.t('from each file’s attributes'),
    layout: 'patient' as const,
  };
  const picked = await vscode.window.showQuickPick(preferred === 'flat' ? [flat, patient] : [patient, flat], {
    title: vscode.l10n.t('Folder layout'),
  });
  return picked?.layout;
}

/** A folder picker that starts in the last folder saved to (else beside `near`) and remembers the choice. */
export async function askFolder(
  context: vscode.ExtensionContext,
  near: vscode.Uri,
  title: string,
  openLabel: string,
): Promise<vscode.Uri | undefined> {
  const suggested = suggestedTarget(context, near, 'x');
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: suggested.with({ path: path.posix.dirname(suggested.path) }),
    openLabel,
    title,
  });
  const folder = picked?.[0];
  if (folder) await rememberFolder(context, folder, true);
  return folder;
}

/** Opens a read-only-ish report (an untitled plain text document) beside the editor. */
export async function showReport(text: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ content: text, language: 'plaintext' });
  await vscode.window.showTextDocument(document, { preview: true, viewColumn: vscode.ViewColumn.Beside });
}

/** Shows the closing message of a batch export, with "Show details" when there is a report. Not awaited by the
 *  export: its result must not wait for the user to click. */
export function announceResult(text: string, warning: boolean, details: string | undefined): void {
  const showDetails = vscode.l10n.t('Show details');
  const buttons = details ? [showDetails] : [];
  const shown = warning
    ? vscode.window.showWarningMessage(text, ...buttons)
    : vscode.window.showInformationMessage(text, ...buttons);
  void shown.then((choice) => {
    if (choice === showDetails && details) void showReport(details);
  });
}
