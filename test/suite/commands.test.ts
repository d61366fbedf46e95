// Runs inside the VS Code extension host: the commands that act on an open inspector. The copy commands take
// { rowId } (what the webview's context menu passes) and write to vscode.env.clipboard; the host only knows a
// panel's rows once its webview has said 'ready' and been sent the model, so the tests poll until a copy lands.
//
// Expected texts are checked two ways: a few literal values read off `dicom-inspect dump` for the fixture, and,
// for rows deeper in a sequence, the header model the product itself builds from the same bytes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { buildHeaderModel } from '../../src/extension/headerModelBuilder';
import type { TagRow } from '../../src/shared/protocol';
import { fixture, inspectorExtension, openInInspector, sleep } from './helpers';

const SENTINEL = '<dicom-inspector suite: nothing copied>';
const NO_INSPECTOR_MESSAGE = 'Open a DICOM file in the inspector first.';

type CopyCommand = 'dicomInspector.copyTag' | 'dicomInspector.copyKeyword' | 'dicomInspector.copyValue';

/** Runs a copy command with { rowId } once and returns what reached the clipboard (SENTINEL if nothing). */
async function copyOnce(command: CopyCommand, rowId: number): Promise<string> {
  await vscode.env.clipboard.writeText(SENTINEL);
  await vscode.commands.executeCommand(command, { rowId });
  return vscode.env.clipboard.readText();
}

/**
 * Runs a copy command until it copies something: right after opening, the host has no rows until the webview has
 * loaded. Returns the copied text.
 */
async function copyWhenLoaded(command: CopyCommand, rowId: number, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await copyOnce(command, rowId);
    if (text !== SENTINEL) return text;
    if (Date.now() > deadline) {
      throw new Error(`${command} {rowId: ${rowId}} copied nothing within ${timeoutMs} ms`);
    }
    await sleep(150);
  }
}

async function modelRowsOf(uri: vscode.Uri): Promise<readonly TagRow[]> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  return buildHeaderModel(bytes, uri.path.split('/').pop() ?? '').rows;
}

/** Calls to vscode.window.showInformationMessage while `run` runs (to see the "no inspector" message). */
async function informationMessagesDuring(run: () => Thenable<unknown>): Promise<string[]> {
  const messages: string[] = [];
  const window = vscode.window as { showInformationMessage: (...args: unknown[]) => Thenable<unknown> };
  const original = window.showInformationMessage;
  window.showInformationMessage = (...args: unknown[]) => {
    messages.push(String(args[0]));
    return Promise.resolve(undefined);
  };
  try {
    await run();
    await sleep(200);
  } finally {
    window.showInformationMessage = original;
  }
  return messages;
}

suite('DICOM Inspector commands', () => {
  suiteSetup(async () => {
    await inspectorExtension().activate();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('copyTag / copyKeyword / copyValue with {rowId} copy the fields of that row', async () => {
    await openInInspector(fixture('ts/explicit-le.dcm'));
    // Row 0 is the first element of the file meta group (values from `dicom-inspect dump`).
    assert.equal(await copyWhenLoaded('dicomInspector.copyTag', 0), '(0002,0000)');
    assert.equal(await copyOnce('dicomInspector.copyKeyword', 0), 'FileMetaInformationGroupLength');
    assert.equal(await copyOnce('dicomInspector.copyValue', 0), '188');
    // Row 4: a UID, whose value is copied without the UID's name shown beside it.
    assert.equal(await copyOnce('dicomInspector.copyTag', 4), '(0002,0010)');
    assert.equal(await copyOnce('dicomInspector.copyKeyword', 4), 'TransferSyntaxUID');
    assert.equal(await copyOnce('dicomInspector.copyValue', 4), '1.2.840.10008.1.2.1');
  });

  test('copies rows nested in sequences, matching the header model of the file', async () => {
    const uri = fixture('seq/explicit-defined.dcm');
    const rows = await modelRowsOf(uri);
    // The deepest element row and the first item row (no keyword: nothing is copied, as with Ctrl+Alt+C).
    const deep = rows
      .filter((r) => r.kind === 'element' && r.keyword !== '' && r.value !== '')
      .reduce((a, b) => (b.depth > a.depth ? b : a));
    const item = rows.find((r) => r.kind === 'item');
    assert.ok(deep.depth >= 2, `expected an element at depth >= 2, deepest is ${deep.depth}`);
    assert.ok(item, 'no item row in the fixture');

    await openInInspector(uri);
    assert.equal(await copyWhenLoaded('dicomInspector.copyTag', deep.id), deep.tag);
    assert.equal(await copyOnce('dicomInspector.copyKeyword', deep.id), deep.keyword);
    assert.equal(await copyOnce('dicomInspector.copyValue', deep.id), deep.value);
    assert.equal(await copyOnce('dicomInspector.copyTag', item.id), '(FFFE,E000)');
    assert.equal(await copyOnce('dicomInspector.copyKeyword', item.id), SENTINEL);
    assert.match(item.name, /^Item #\d+$/);
    // The last row of the file.
    const last = rows[rows.length - 1];
    assert.equal(await copyOnce('dicomInspector.copyTag', last.id), last.tag);
  });

  test('copy commands copy nothing for a row that does not exist or a malformed argument', async () => {
    await openInInspector(fixture('ts/explicit-le.dcm'));
    await copyWhenLoaded('dicomInspector.copyTag', 0);
    const rowCount = (await modelRowsOf(fixture('ts/explicit-le.dcm'))).length;
    assert.equal(await copyOnce('dicomInspector.copyTag', rowCount), SENTINEL);
    assert.equal(await copyOnce('dicomInspector.copyValue', 1_000_000), SENTINEL);
    for (const argument of [{ rowId: -1 }, { rowId: 1.5 }, { rowId: '0' }, null, 'x']) {
      await vscode.env.clipboard.writeText(SENTINEL);
      // Without a usable rowId the command goes to the webview's focused row, and no row is focused yet.
      await vscode.commands.executeCommand('dicomInspector.copyTag', argument);
      await sleep(300);
      assert.equal(await vscode.env.clipboard.readText(), SENTINEL, `argument ${JSON.stringify(argument)}`);
    }
  });

  test('copy commands read the rows of the active inspector', async () => {
    const first = fixture('ts/explicit-le.dcm');
    const second = fixture('seq/explicit-defined.dcm');
    const firstValue = (await modelRowsOf(first))[0].value;
    const secondValue = (await modelRowsOf(second))[0].value;
    assert.notEqual(firstValue, secondValue, 'the two fixtures need different group lengths');

    await openInInspector(first);
    assert.equal(await copyWhenLoaded('dicomInspector.copyValue', 0), firstValue);
    await openInInspector(second);
    assert.equal(await copyWhenLoaded('dicomInspector.copyValue', 0), secondValue);
    // Back to the first tab: its webview was destroyed while hidden (retainContextWhenHidden is false) and is
    // re-created; the copy must come from the first file again.
    await openInInspector(first);
    assert.equal(await copyWhenLoaded('dicomInspector.copyValue', 0), firstValue);
  });

  test('copy with {rowId} copies nothing when no inspector is active', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(await copyOnce('dicomInspector.copyTag', 0), SENTINEL);
  });

  test('expandAll / collapseAll run in an active inspector without the "open a file first" message', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Control: with no inspector the commands say so (this also proves the message spy sees the extension's calls).
    const withoutInspector = await informationMessagesDuring(() =>
      vscode.commands.executeCommand('dicomInspector.expandAll'),
    );
    assert.deepEqual(withoutInspector, [NO_INSPECTOR_MESSAGE]);

    await openInInspector(fixture('seq/explicit-defined.dcm'));
    await copyWhenLoaded('dicomInspector.copyTag', 0);
    const withInspector = await informationMessagesDuring(async () => {
      await vscode.commands.executeCommand('dicomInspector.expandAll');
      await vscode.commands.executeCommand('dicomInspector.collapseAll');
      await vscode.commands.executeCommand('dicomInspector.expandAll');
    });
    assert.deepEqual(withInspector, []);
    // The inspector is still alive and answering after the commands.
    assert.equal(await copyWhenLoaded('dicomInspector.copyTag', 0), '(0002,0000)');
  });
});
