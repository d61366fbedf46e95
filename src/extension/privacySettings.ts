// The privacy settings, read fresh at each use: dicomInspector.privacy.hidePatientIdentity (blur identifying
// values in every inspector, keep them out of copies and of exported corner text) and
// dicomInspector.debug.logValues (let file content into logs and notifications, for debugging the inspector).

import * as vscode from 'vscode';

export const HIDE_IDENTITY_SETTING = 'dicomInspector.privacy.hidePatientIdentity';
export const LOG_VALUES_SETTING = 'dicomInspector.debug.logValues';

export function hidePatientIdentity(): boolean {
  return (
    vscode.workspace.getConfiguration('dicomInspector.privacy').get<boolean>('hidePatientIdentity') === true
  );
}

export function logValues(): boolean {
  return vscode.workspace.getConfiguration('dicomInspector.debug').get<boolean>('logValues') === true;
}

/**
 * Changes the hide setting where it takes effect: in the workspace when the workspace sets it (a user-level
 * change would be shadowed), else for the user.
 */
export async function setHidePatientIdentity(hide: boolean): Promise<void> {
  const config = vscode.workspace.getConfiguration('dicomInspector.privacy');
  const inspected = config.inspect<boolean>('hidePatientIdentity');
  const target =
    inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await config.update('hidePatientIdentity', hide, target);
}
