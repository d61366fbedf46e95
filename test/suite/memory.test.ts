// Runs inside the VS Code extension host (issue 5): many editors stay within the cache settings, and a file that
// changes on disk is reloaded (a delete closes its editor). Frames are asked for through the extension's test
// hook (activate()'s `testing`), which runs the same code as a message from the webview; the webviews are real,
// so what they report back ('frameShown') shows they kept their frame across a reload.
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parseDicom } from '../../src/dicom/parser';
import {
  activateForTesting,
  fixture,
  frameOf,
  openInInspector,
  sleep,
  waitFor,
  type TestingHooks,
} from './helpers';

const MB = 1024 * 1024;
const MULTIFRAME = [
  'explicit-le.dcm',
  'jpeg-lossless-sv1-fragmented.dcm',
  'jpegls-lossless-empty-bot.dcm',
  'rle.dcm',
];

/** Opens `uri` in the inspector as a kept (not preview) editor, so that opening the next one leaves it open. */
async function open(uri: vscode.Uri, viewColumn = vscode.ViewColumn.Active): Promise<void> {
  await openInInspector(uri, { viewColumn, preview: false });
}

function tabsOf(uri: vscode.Uri): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter(
      (tab) => tab.input instanceof vscode.TabInputCustom && tab.input.uri.toString() === uri.toString(),
    );
}

/** `explicit-le.dcm` made bigger: 256 x 256 frames instead of 64 x 64 (same 10 frames, 16-bit native). */
function biggerCopy(bytes: Uint8Array, seed: number): Uint8Array {
  const file = parseDicom(bytes);
  const find = (tag: number) => {
    const found = file.dataset.find((element) => element.tag === tag);
    assert.ok(found, `no ${tag.toString(16)} in explicit-le.dcm`);
    return found;
  };
  const rows = find(0x00280010);
  const columns = find(0x00280011);
  const pixels = find(0x7fe00010);
  const size = 256 * 256 * 2 * 10;
  const out = new Uint8Array(pixels.valueOffset + size);
  out.set(bytes.subarray(0, pixels.valueOffset));
  const view = new DataView(out.buffer);
  view.setUint16(rows.valueOffset, 256, true);
  view.setUint16(columns.valueOffset, 256, true);
  view.setUint32(pixels.valueOffset - 4, size, true);
  for (let i = pixels.valueOffset; i < out.length; i += 2) view.setUint16(i, (i * 7 + seed) & 0x0fff, true);
  return out;
}

async function setCache(host: number | undefined, webview: number | undefined): Promise<void> {
  const config = vscode.workspace.getConfiguration('dicomInspector.cache');
  await config.update('hostMegabytes', host, vscode.ConfigurationTarget.Global);
  await config.update('webviewMegabytes', webview, vscode.ConfigurationTarget.Global);
}

suite('DICOM Inspector memory and file changes', () => {
  let api: TestingHooks;
  let folder: vscode.Uri;

  suiteSetup(async () => {
    api = await activateForTesting();
    folder = vscode.Uri.file(path.join(os.tmpdir(), `dicom-memory-${process.pid}-${Date.now()}`));
    await vscode.workspace.fs.createDirectory(folder);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setCache(undefined, undefined);
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  test('ten multi-frame editors stay within the host budget and share the webview setting', async () => {
    await setCache(1, 2);
    const native = await vscode.workspace.fs.readFile(fixture('multiframe/explicit-le.dcm'));
    const uris: vscode.Uri[] = [];
    for (let i = 0; i < 10; i++) {
      const uri = vscode.Uri.joinPath(folder, `many-${i}.dcm`);
      // Four plain copies of the multi-frame fixtures, six with bigger frames so that the budgets bind.
      const bytes =
        i < MULTIFRAME.length
          ? await vscode.workspace.fs.readFile(fixture(`multiframe/${MULTIFRAME[i]}`))
          : biggerCopy(native, i);
      await vscode.workspace.fs.writeFile(uri, bytes);
      uris.push(uri);
    }
    // Three editor groups: three visible panels, one of them active, seven hidden.
    for (const [i, uri] of uris.entries()) await open(uri, i < 4 ? 1 : i < 7 ? 2 : 3);

    let decodedBytes = 0;
    for (const uri of uris) {
      await api.handleMessage(uri, { type: 'ready' });
      for (let index = 0; index < 10; index++) {
        const frame = frameOf(await api.handleMessage(uri, { type: 'requestFrame', index, prefetch: false }));
        decodedBytes += frame.samples.byteLength;
        const { bytes, budget } = api.hostCache();
        assert.equal(budget, 1 * MB);
        assert.ok(bytes <= budget, `host cache ${bytes} bytes > ${budget}`);
      }
    }
    assert.ok(decodedBytes > 4 * MB, `only ${decodedBytes} bytes decoded: the budget was never tested`);

    const shares = await waitFor('the panels to settle', () => {
      const current = api.webviewBudgets();
      return current.panels.length === 10 && current.panels.some((p) => p.active) ? current : undefined;
    });
    assert.equal(shares.total, 2 * MB);
    const sum = shares.panels.reduce((total, p) => total + p.budget, 0);
    assert.ok(sum <= shares.total, `webview shares add up to ${sum} > ${shares.total}`);
    const active = shares.panels.find((p) => p.active);
    assert.ok(active);
    for (const p of shares.panels) {
      if (p === active) continue;
      assert.ok(p.budget <= active.budget, 'the active panel has the largest share');
      // A hidden panel keeps its current frame only: at most one 256 x 256 16-bit frame.
      if (!p.visible) assert.ok(p.budget <= 256 * 256 * 2, `hidden panel share ${p.budget}`);
    }
    assert.equal(shares.panels.filter((p) => p.visible).length, 3);

    // Live: a smaller host setting evicts at once; a bigger webview setting is shared out again.
    await setCache(1, 8);
    await waitFor('the new webview total', () => (api.webviewBudgets().total === 8 * MB ? true : undefined));
    const after = api.webviewBudgets();
    assert.ok(after.panels.reduce((total, p) => total + p.budget, 0) <= 8 * MB);
    assert.ok(after.panels.find((p) => p.active)!.budget > active.budget);
    await vscode.workspace
      .getConfiguration('dicomInspector.cache')
      .update('hostMegabytes', 256, vscode.ConfigurationTarget.Global);
    await waitFor('the new host budget', () => (api.hostCache().budget === 256 * MB ? true : undefined));
  });

  test('a file changed on disk is reloaded: new values appear, the frame shown is kept', async () => {
    const original = await vscode.workspace.fs.readFile(fixture('multiframe/explicit-le.dcm'));
    // Brackets: a name that is not a glob pattern of itself.
    const uri = vscode.Uri.joinPath(folder, 'changing [1].dcm');
    await vscode.workspace.fs.writeFile(uri, original);
    await open(uri);
    const before = frameOf(await api.handleMessage(uri, { type: 'requestFrame', index: 9, prefetch: false }));
    // The real webview goes to the last frame and reports it.
    await waitFor('the webview to show a frame', () => api.shown(uri));
    await vscode.commands.executeCommand('dicomInspector.lastFrame');
    await waitFor('the webview to show frame 10', () => (api.shown(uri)?.index === 9 ? true : undefined));
    const shownBefore = api.shown(uri)!;

    // The same geometry, other pixel values: written in several steps, as a copy in progress would be.
    const pixels = parseDicom(original).dataset.find((element) => element.tag === 0x7fe00010)!;
    const changed = new Uint8Array(original);
    for (let i = pixels.valueOffset; i < pixels.valueOffset + pixels.length; i++) changed[i] ^= 0x5a;
    const reloaded = api.nextFileEvent(uri);
    await vscode.workspace.fs.writeFile(uri, changed.subarray(0, 1000));
    await sleep(50);
    await vscode.workspace.fs.writeFile(uri, changed);
    assert.equal(await reloaded, 'changed');
    // The burst was one reload: nothing follows.
    await assert.rejects(api.nextFileEvent(uri, 1500), /no file event/);

    const after = frameOf(await api.handleMessage(uri, { type: 'requestFrame', index: 9, prefetch: false }));
    assert.notDeepEqual(new Uint8Array(after.samples.buffer), new Uint8Array(before.samples.buffer));
    // The real webview got the new image, kept its frame and announced it again.
    const shownAfter = await waitFor('the webview to announce the reloaded frame', () => {
      const shown = api.shown(uri);
      return shown && shown !== shownBefore ? shown : undefined;
    });
    assert.equal(shownAfter.index, shownBefore.index);
    assert.equal(shownAfter.count, 10);
    assert.equal(api.panelCount(uri), 1);

    // Replaced by something that is not DICOM: the editor stays and says what is wrong; nothing pops up.
    const broken = api.nextFileEvent(uri);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('not a DICOM file at all\n'));
    assert.equal(await broken, 'changed');
    const image = await api.handleMessage(uri, { type: 'ready' });
    assert.ok(
      image &&
        (image.type === 'loadFailed' ||
          (image.type === 'image' && (image.image === null || image.image.problem))),
    );
    assert.equal(tabsOf(uri).length, 1);
    const frame = await api.handleMessage(uri, { type: 'requestFrame', index: 0, prefetch: false });
    assert.equal(frame?.type, 'frameFailed');

    // Back to DICOM: shown again.
    const fixed = api.nextFileEvent(uri);
    await vscode.workspace.fs.writeFile(uri, original);
    assert.equal(await fixed, 'changed');
    frameOf(await api.handleMessage(uri, { type: 'requestFrame', index: 0, prefetch: false }));

    // Saved "atomically" (a temp file renamed over it; or deleted and written again): a change, not a delete,
    // and the file is still followed afterwards.
    const renamed = api.nextFileEvent(uri);
    const temp = path.join(folder.fsPath, 'save.tmp');
    await fs.writeFile(temp, changed);
    await fs.rename(temp, uri.fsPath);
    assert.equal(await renamed, 'changed');
    const recreated = api.nextFileEvent(uri);
    await fs.unlink(uri.fsPath);
    await fs.writeFile(uri.fsPath, original);
    assert.equal(await recreated, 'changed');
    const later = api.nextFileEvent(uri);
    await vscode.workspace.fs.writeFile(uri, changed);
    assert.equal(await later, 'changed');
    assert.equal(tabsOf(uri).length, 1);
    const last = frameOf(await api.handleMessage(uri, { type: 'requestFrame', index: 9, prefetch: false }));
    assert.deepEqual(new Uint8Array(last.samples.buffer), new Uint8Array(after.samples.buffer));
  });

  test('a file deleted on disk closes its editor', async () => {
    const uri = vscode.Uri.joinPath(folder, 'deleted.dcm');
    await vscode.workspace.fs.writeFile(
      uri,
      await vscode.workspace.fs.readFile(fixture('multiframe/rle.dcm')),
    );
    await open(uri);
    await open(uri, vscode.ViewColumn.Beside); // a second panel of the same document
    assert.equal(tabsOf(uri).length, 2);
    const closed = api.nextFileEvent(uri);
    await vscode.workspace.fs.delete(uri, { useTrash: false });
    assert.equal(await closed, 'deleted');
    await waitFor('the tabs to close', () => (tabsOf(uri).length === 0 ? true : undefined));
    assert.equal(api.panelCount(uri), 0);
  });
});
