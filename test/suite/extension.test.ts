// Runs inside the VS Code extension host with the extension loaded from source. The workspace folder is a temp copy
// of test/fixtures made by the runner, so tests may write into it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copyFixtureAs, fixture, inspectorExtension, VIEW_TYPE, waitFor } from './helpers';

const COMMANDS = [
  'dicomInspector.openWith',
  'dicomInspector.expandAll',
  'dicomInspector.collapseAll',
  'dicomInspector.copyTag',
  'dicomInspector.copyKeyword',
  'dicomInspector.copyValue',
];

function describeActiveTab(): string {
  const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
  if (!tab) return 'no active tab';
  const input = tab.input as
    { constructor: { name: string }; viewType?: string; uri?: vscode.Uri } | undefined;
  return `${tab.label} (${input?.constructor.name ?? 'no input'}${input?.viewType ? ` ${input.viewType}` : ''})`;
}

/** Waits until the active tab shows `uri` and returns its input. */
async function activeTabFor(uri: vscode.Uri): Promise<unknown> {
  try {
    return await waitFor(`a tab for ${uri.path}`, () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input as
        { uri?: vscode.Uri } | undefined;
      return input?.uri?.toString() === uri.toString() ? input : undefined;
    });
  } catch (err) {
    throw new Error(`${(err as Error).message}; active tab: ${describeActiveTab()}`);
  }
}

async function assertOpensInViewer(uri: vscode.Uri, open: () => Thenable<unknown>): Promise<void> {
  await open();
  const input = await activeTabFor(uri);
  assert.ok(input instanceof vscode.TabInputCustom, `expected a custom editor, got ${describeActiveTab()}`);
  assert.equal(input.viewType, VIEW_TYPE);
}

suite('DICOM Inspector extension', () => {
  let extension: vscode.Extension<unknown>;

  suiteSetup(() => {
    extension = inspectorExtension();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('activates', async () => {
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  test('registers its commands', async () => {
    await extension.activate();
    const all = new Set(await vscode.commands.getCommands(true));
    const missing = COMMANDS.filter((c) => !all.has(c));
    assert.deepEqual(missing, [], `commands not registered: ${missing.join(', ')}`);
  });

  test('opens a .dcm file in the DICOM viewer by default', async () => {
    const uri = fixture('ts/explicit-le.dcm');
    await assertOpensInViewer(uri, () => vscode.commands.executeCommand('vscode.open', uri));
  });

  test('opens the DICOMDIR fixture in the DICOM viewer by default', async function () {
    const uri = fixture('dicomdir/DICOMDIR');
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      this.skip();
    }
    await assertOpensInViewer(uri, () => vscode.commands.executeCommand('vscode.open', uri));
  });

  for (const name of ['copy.dicom', 'copy.ima', 'DICOMDIR']) {
    test(`opens a file named ${name} in the DICOM viewer by default`, async () => {
      const uri = await copyFixtureAs('ts/explicit-le.dcm', name);
      await assertOpensInViewer(uri, () => vscode.commands.executeCommand('vscode.open', uri));
    });
  }

  test('"Open in DICOM Inspector" opens an extensionless file in the viewer', async () => {
    const uri = fixture('noext/CT_NOEXT');
    await assertOpensInViewer(uri, () => vscode.commands.executeCommand('dicomInspector.openWith', uri));
  });
});
