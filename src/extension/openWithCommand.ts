// "DICOM: Open in DICOM Inspector": opens any file in the inspector, for files without a DICOM extension. It
// checks for the DICM marker first and asks before opening a file that does not look like DICOM, since some
// valid files have no preamble.

import * as vscode from 'vscode';
import { hasDicmMarker } from '../dicom/parser';
import { openFileReader, type FileReader } from '../node/fileReader';
import { VIEW_TYPE } from './dicomEditorProvider';

async function pickTarget(argument: unknown): Promise<vscode.Uri | undefined> {
  if (argument instanceof vscode.Uri) return argument;
  const active = vscode.window.activeTextEditor?.document.uri ?? activeTabUri();
  if (active && active.scheme !== 'untitled') return active;
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    openLabel: vscode.l10n.t('Open in DICOM Inspector'),
  });
  return picked?.[0];
}

function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) return input.uri;
  return undefined;
}

/** The file's first 132 bytes (preamble and marker): a positioned read for a local file, so that checking a
 *  file of gigabytes reads 132 bytes; other schemes have no ranged read and are read whole. */
async function readHead(uri: vscode.Uri): Promise<Uint8Array> {
  if (uri.scheme !== 'file') return vscode.workspace.fs.readFile(uri);
  let reader: FileReader;
  try {
    reader = await openFileReader(uri.fsPath);
  } catch (caught) {
    const code = (caught as NodeJS.ErrnoException).code;
    throw code === 'ENOENT' ? vscode.FileSystemError.FileNotFound(uri) : caught;
  }
  try {
    return await reader.read(0, 132);
  } finally {
    await reader.close();
  }
}

export async function openWithInspector(
  argument?: unknown,
  options: { force?: boolean } = {},
): Promise<boolean> {
  const uri = await pickTarget(argument);
  if (!uri) return false;
  let bytes: Uint8Array;
  try {
    bytes = await readHead(uri);
  } catch (caught) {
    const reason = caught instanceof vscode.FileSystemError ? caught.code : 'unreadable';
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot open {0}: {1}', baseName(uri), reason));
    return false;
  }
  if (!options.force && !hasDicmMarker(bytes)) {
    const tryAnyway = vscode.l10n.t('Open Anyway');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t(
        '{0} does not look like a DICOM file: there is no "DICM" marker at byte 128. Some DICOM files have no preamble; open it anyway?',
        baseName(uri),
      ),
      { modal: false },
      tryAnyway,
    );
    if (choice !== tryAnyway) return false;
  }
  await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE);
  return true;
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}
