// Where a command acts and where it writes: the DICOM file a command means (its argument, else the active
// inspector, else the source of the active dump document), and save locations (a suggested name in the last
// folder the user saved to, remembered per workspace). Commands take an explicit target Uri so that tests and
// other extensions can run them without a dialog.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { VIEW_TYPE } from './dicomEditorProvider';
import { DUMP_SCHEME, sourceOfDumpUri } from './dumpUris';
import { reasonForLog } from './logPrivacy';

const LAST_FOLDER_KEY = 'dicomInspector.lastSaveFolder';

export function isUri(value: unknown): value is vscode.Uri {
  return value instanceof vscode.Uri;
}

/** A command argument (or a part of one) as a record of unknown values: {} when it is not an object. */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/** `value` when it looks like a CancellationToken (tests and other extensions pass their own), else undefined. */
export function cancellationTokenOf(value: unknown): vscode.CancellationToken | undefined {
  const token = value as vscode.CancellationToken | undefined;
  return typeof token?.isCancellationRequested === 'boolean' ? token : undefined;
}

/** The file the user is looking at: the active inspector tab, or the file behind the active dump document. */
export function activeDicomUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (input instanceof vscode.TabInputCustom && input.viewType === VIEW_TYPE) return input.uri;
  const document = vscode.window.activeTextEditor?.document;
  if (document?.uri.scheme === DUMP_SCHEME) return sourceOfDumpUri(document.uri);
  return undefined;
}

/** The command's subject: its Uri argument (explorer menus, tests) or the active file. */
export function subjectUri(argument: unknown): vscode.Uri | undefined {
  if (isUri(argument)) return argument.scheme === DUMP_SCHEME ? sourceOfDumpUri(argument) : argument;
  return activeDicomUri();
}

/** The file's name without a DICOM extension: the stem of every name suggested for what is saved from it. */
export function baseName(uri: vscode.Uri): string {
  return path.posix.basename(uri.path).replace(/\.(dcm|dicom|ima)$/i, '');
}

export function fileNameOf(uri: vscode.Uri): string {
  return path.posix.basename(uri.path);
}

/** A Uri for `name` in the last folder saved to (in this workspace), else beside `source`. */
export function suggestedTarget(
  context: vscode.ExtensionContext,
  source: vscode.Uri,
  name: string,
): vscode.Uri {
  const last = context.workspaceState.get<string>(LAST_FOLDER_KEY);
  if (last) {
    try {
      return vscode.Uri.joinPath(vscode.Uri.parse(last, true), name);
    } catch {
      // An unreadable stored value: fall back to the file's own folder.
    }
  }
  return source.with({
    path: path.posix.join(path.posix.dirname(source.path), name),
    query: '',
    fragment: '',
  });
}

/** Remembers the folder of `target` (a file) or `target` itself (a folder) for the next suggestion. */
export async function rememberFolder(
  context: vscode.ExtensionContext,
  target: vscode.Uri,
  isFolder = false,
): Promise<void> {
  const folder = isFolder ? target : target.with({ path: path.posix.dirname(target.path) });
  await context.workspaceState.update(LAST_FOLDER_KEY, folder.toString());
}

/** A save dialog with a suggested name; undefined when the user cancels. */
export async function askSaveTarget(
  context: vscode.ExtensionContext,
  source: vscode.Uri,
  name: string,
  filters: Record<string, string[]>,
  title: string,
): Promise<vscode.Uri | undefined> {
  const target = await vscode.window.showSaveDialog({
    defaultUri: suggestedTarget(context, source, name),
    filters,
    title,
  });
  if (target) await rememberFolder(context, target);
  return target;
}

/** A failure's text for the user and the log: file system codes and our own messages, no file content. */
export function reasonOf(caught: unknown): string {
  // For logs and notifications: no file content unless the debug setting allows it (logPrivacy.ts).
  return reasonForLog(caught);
}
