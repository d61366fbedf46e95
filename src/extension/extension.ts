// Extension entry point: registers the custom editor and the commands. Activation is lazy (on the editor or a
// command), never on startup.

import * as vscode from 'vscode';
import type { CopyField, HeaderCommand } from '../shared/protocol';
import { DicomEditorProvider } from './dicomEditorProvider';
import { DocumentWorker } from './documentWorker';
import { registerDumpDocuments } from './dumpDocuments';
import { registerExportCommands } from './exportCommands';
import { openWithInspector } from './openWithCommand';
import { textForLog } from './logPrivacy';
import { recordingLog } from './logRecorder';
import { registerPrivacyCommands } from './privacyCommands';
import { registerRevealInInspector } from './revealInInspector';

/** A webview context-menu argument carries the row it was opened on. */
function rowIdOf(argument: unknown): number | undefined {
  if (typeof argument !== 'object' || argument === null) return undefined;
  const rowId = (argument as { rowId?: unknown }).rowId;
  return Number.isSafeInteger(rowId) && (rowId as number) >= 0 ? (rowId as number) : undefined;
}

/** What activate() returns: hooks for the in-host test suite only (no public API). */
export interface InspectorExtensionExports {
  readonly testing: DicomEditorProvider['testing'] & {
    /** The output channel's recent lines (logRecorder.ts), to check that no file content was logged. */
    readonly loggedLines: () => readonly string[];
  };
}

export function activate(context: vscode.ExtensionContext): InspectorExtensionExports {
  const recorded = recordingLog(vscode.window.createOutputChannel('DICOM Inspector', { log: true }));
  const log = recorded.log;
  const worker = DocumentWorker.inExtension(
    vscode.Uri.joinPath(context.extensionUri, 'dist').fsPath,
    // "Document worker failed: <reason>": the reason can quote an exception's message, which may hold file
    // content; the part before the colon is ours.
    (message) => log.warn(textForLog(message, message.split(':')[0])),
  );
  const { provider, registration } = DicomEditorProvider.register(context, worker, log);

  const tableCommand = (command: HeaderCommand) => () => {
    if (!provider.sendCommand(command)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a DICOM file in the inspector first.'));
    }
  };
  const copyCommand = (field: CopyField) => async (argument?: unknown) => {
    const rowId = rowIdOf(argument);
    if (rowId !== undefined) await provider.copyFromActive(rowId, field);
    else tableCommand(field === 'tag' ? 'copyTag' : field === 'keyword' ? 'copyKeyword' : 'copyValue')();
  };

  context.subscriptions.push(
    log,
    registration,
    provider,
    { dispose: () => worker.dispose() },
    vscode.commands.registerCommand('dicomInspector.openWith', (uri?: unknown) => openWithInspector(uri)),
    vscode.commands.registerCommand('dicomInspector.expandAll', tableCommand('expandAll')),
    vscode.commands.registerCommand('dicomInspector.collapseAll', tableCommand('collapseAll')),
    vscode.commands.registerCommand('dicomInspector.focusFilter', tableCommand('focusFilter')),
    vscode.commands.registerCommand('dicomInspector.copyTag', copyCommand('tag')),
    vscode.commands.registerCommand('dicomInspector.copyKeyword', copyCommand('keyword')),
    vscode.commands.registerCommand('dicomInspector.copyValue', copyCommand('value')),
  );
  registerDumpDocuments(context, worker, log);
  registerExportCommands(context, provider, worker, log);
  registerRevealInInspector(context, provider);
  registerPrivacyCommands(context, provider);
  return { testing: { ...provider.testing, loggedLines: recorded.lines } };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
