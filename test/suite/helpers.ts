// Helpers shared by the in-extension-host suites (test/suite/*.test.ts): where the fixtures are, scratch copies of
// them, waiting for the UI, opening a file in the inspector and reaching the extension's testing hooks. The
// workspace folder is a temp copy of test/fixtures made by the runner, so tests may write into it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { InspectorExtensionExports } from '../../src/extension/extension';
import type { HostMessage } from '../../src/shared/protocol';

export const VIEW_TYPE = 'dicomInspector.viewer';

/** What activate() gives the suites: the extension's testing hooks. */
export type TestingHooks = InspectorExtensionExports['testing'];

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The workspace folder (the runner's copy of test/fixtures). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs a workspace folder (a copy of test/fixtures)');
  return folder.uri;
}

/** A fixture in the workspace copy, by its path below test/fixtures ('/' separators). */
export function fixture(relPath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relPath.split('/'));
}

/** Where a test may write a file of its own: `name` in the workspace's suite-copies folder (made if missing). */
export async function scratchFile(name: string): Promise<vscode.Uri> {
  const folder = vscode.Uri.joinPath(workspaceRoot(), 'suite-copies');
  await vscode.workspace.fs.createDirectory(folder);
  return vscode.Uri.joinPath(folder, name);
}

/** Copies a fixture to `name` in the scratch folder (replacing an earlier copy) and returns its uri. */
export async function copyFixtureAs(relPath: string, name: string): Promise<vscode.Uri> {
  const target = await scratchFile(name);
  await vscode.workspace.fs.copy(fixture(relPath), target, { overwrite: true });
  return target;
}

/** Writes to the scratch file `name` a fixture with every `from` in its bytes (read as latin1) replaced by `to`
 *  (same length, so that no offset moves), e.g. to relabel its transfer syntax. Returns its uri. */
export async function fixtureWithTextReplaced(
  relPath: string,
  from: string,
  to: string,
  name: string,
): Promise<vscode.Uri> {
  assert.equal(to.length, from.length, 'the replacement must keep the length');
  const bytes = await vscode.workspace.fs.readFile(fixture(relPath));
  const text = Buffer.from(bytes).toString('latin1').split(from).join(to);
  const target = await scratchFile(name);
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'latin1'));
  return target;
}

/** Polls `probe` every 50 ms until it gives a value other than undefined, and returns that value; fails after
 *  `timeoutMs` naming `what` was awaited. */
export async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/** The active tab's input when it is the inspector showing `uri`, else undefined. */
export function activeInspectorFor(uri: vscode.Uri): vscode.TabInputCustom | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputCustom &&
    input.viewType === VIEW_TYPE &&
    input.uri.toString() === uri.toString()
    ? input
    : undefined;
}

/** Opens `uri` in the inspector (`vscode.openWith`'s column or options, when given) and waits until its tab is
 *  the active one. */
export async function openInInspector(
  uri: vscode.Uri,
  columnOrOptions?: vscode.ViewColumn | vscode.TextDocumentShowOptions,
): Promise<void> {
  if (columnOrOptions === undefined) {
    await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE);
  } else {
    await vscode.commands.executeCommand('vscode.openWith', uri, VIEW_TYPE, columnOrOptions);
  }
  await waitFor(`an inspector tab for ${uri.path}`, () => activeInspectorFor(uri));
}

/** The extension that contributes the inspector (not activated). */
export function inspectorExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.all.find((e) =>
    (e.packageJSON?.contributes?.customEditors ?? []).some(
      (c: { viewType: string }) => c.viewType === VIEW_TYPE,
    ),
  );
  assert.ok(extension, `no extension contributes the custom editor ${VIEW_TYPE}`);
  return extension;
}

/** Activates the extension and returns the testing hooks its activate() returns. */
export async function activateForTesting(): Promise<TestingHooks> {
  const exports = (await inspectorExtension().activate()) as InspectorExtensionExports | undefined;
  assert.ok(exports?.testing, 'activate() returns no test hooks');
  return exports.testing;
}

/** The decoded frame of a host reply to requestFrame; fails the test on frameFailed or no reply. */
export function frameOf(message: HostMessage | undefined) {
  assert.ok(message, 'nothing was posted');
  if (message.type === 'frameFailed') assert.fail(`frameFailed: ${message.message}`);
  assert.equal(message.type, 'frame');
  return message.frame;
}
