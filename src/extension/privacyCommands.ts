// "DICOM: Hide Patient Identity" / "DICOM: Show Patient Identity": both only change the setting; the setting's
// change event tells every open inspector, so the palette, the webview's button and key, and an edit of
// settings.json all act the same way.

import * as vscode from 'vscode';
import type { DicomEditorProvider } from './dicomEditorProvider';
import { HIDE_IDENTITY_SETTING, hidePatientIdentity, setHidePatientIdentity } from './privacySettings';

export function registerPrivacyCommands(
  context: vscode.ExtensionContext,
  provider: DicomEditorProvider,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('dicomInspector.hidePatientIdentity', () => setHidePatientIdentity(true)),
    vscode.commands.registerCommand('dicomInspector.showPatientIdentity', () =>
      setHidePatientIdentity(false),
    ),
    vscode.commands.registerCommand('dicomInspector.togglePatientIdentity', () =>
      setHidePatientIdentity(!hidePatientIdentity()),
    ),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(HIDE_IDENTITY_SETTING)) {
        provider.postToAll({ type: 'privacy', hideIdentity: hidePatientIdentity() });
      }
    }),
  );
}
