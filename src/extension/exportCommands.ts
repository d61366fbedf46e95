// Registers the export commands (frame as PNG/JPEG, 16-bit PNG, all frames, bitstream, folder) and the frame
// navigation commands their keybindings use. Every command takes (resource?: Uri, options?: {...}) and resolves
// with what it wrote, so tests and other extensions run it without a dialog.

import * as vscode from 'vscode';
import type { FrameNavigation } from '../shared/protocol';
import { allFramesOptions, exportAllFrames } from './allFramesExport';
import { reasonOf, subjectUri } from './commandTargets';
import type { DicomEditorProvider } from './dicomEditorProvider';
import type { DocumentWorker } from './documentWorker';
import { openExportSource } from './exportSource';
import { exportFolderImages } from './folderExport';
import {
  exportBitstream,
  exportFrame,
  exportFrame16,
  noFileMessage,
  type ExportEnvironment,
} from './frameExports';

export function registerExportCommands(
  context: vscode.ExtensionContext,
  provider: DicomEditorProvider,
  worker: DocumentWorker,
  log: vscode.LogOutputChannel,
): void {
  const env: ExportEnvironment = { context, worker, inspectors: provider, log };

  const allFrames = async (resource?: unknown, options?: unknown) => {
    const uri = subjectUri(resource);
    if (!uri) return void vscode.window.showInformationMessage(noFileMessage());
    const source = await openExportSource(provider, worker, uri).catch((caught: unknown) => {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not export: {0}', reasonOf(caught)));
      return undefined;
    });
    if (!source) return undefined;
    try {
      return await exportAllFrames(env, source, allFramesOptions(options));
    } catch (caught) {
      log.warn(`Export all frames failed: ${reasonOf(caught)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not export: {0}', reasonOf(caught)));
      return undefined;
    } finally {
      source.release();
    }
  };

  const navigate = (to: FrameNavigation) => () => {
    const posted = provider.postToActive({ type: 'navigateFrame', to });
    if (!posted) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a DICOM file in the inspector first.'));
    }
    return posted;
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('dicomInspector.exportFrame', (resource?: unknown, options?: unknown) =>
      exportFrame(env, resource, options),
    ),
    vscode.commands.registerCommand('dicomInspector.exportFrame16', (resource?: unknown, options?: unknown) =>
      exportFrame16(env, resource, options),
    ),
    vscode.commands.registerCommand(
      'dicomInspector.exportBitstream',
      (resource?: unknown, options?: unknown) => exportBitstream(env, resource, options),
    ),
    vscode.commands.registerCommand('dicomInspector.exportAllFrames', allFrames),
    vscode.commands.registerCommand('dicomInspector.exportFolder', (resource?: unknown, options?: unknown) =>
      exportFolderImages(env, resource, options),
    ),
    vscode.commands.registerCommand('dicomInspector.nextFrame', navigate('next')),
    vscode.commands.registerCommand('dicomInspector.previousFrame', navigate('previous')),
    vscode.commands.registerCommand('dicomInspector.firstFrame', navigate('first')),
    vscode.commands.registerCommand('dicomInspector.lastFrame', navigate('last')),
  );
}
