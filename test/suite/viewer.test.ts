// Runs inside the VS Code extension host: the image half of the provider. Messages are handed to the provider
// through the extension's test hook (activate()'s `testing`), which runs the same code as a message from the
// webview and returns what was posted back. Expected pixels come from the fixture's own bytes (native Pixel Data,
// or the native file a lossless one was made from), located with the product's parser, which the unit tests
// check against dcmdump.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DecodedFrame } from '../../src/dicom/pixels/imageTypes';
import { parseDicom } from '../../src/dicom/parser';
import {
  activateForTesting,
  fixture,
  fixtureWithTextReplaced,
  frameOf,
  openInInspector,
  scratchFile,
  waitFor,
  type TestingHooks,
} from './helpers';

/** The bytes of the native Pixel Data of a fixture (all frames). */
async function nativePixelBytes(relPath: string): Promise<Uint8Array> {
  const bytes = await vscode.workspace.fs.readFile(fixture(relPath));
  const pixelData = parseDicom(bytes).dataset.find((element) => element.tag === 0x7fe00010);
  assert.ok(pixelData, `no Pixel Data in ${relPath}`);
  // A plain Uint8Array (readFile gives a Buffer), to compare with the frame's bytes.
  return new Uint8Array(bytes.slice(pixelData.valueOffset, pixelData.valueOffset + pixelData.length));
}

function sampleBytes(frame: DecodedFrame): Uint8Array {
  return new Uint8Array(frame.samples.buffer, frame.samples.byteOffset, frame.samples.byteLength);
}

suite('DICOM Inspector image viewer (host side)', () => {
  let api: TestingHooks;

  suiteSetup(async () => {
    api = await activateForTesting();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('answers requestFrame with the decoded frame (native CT)', async () => {
    const uri = fixture('ts/explicit-le.dcm');
    await openInInspector(uri);
    const frame = frameOf(await api.handleMessage(uri, { type: 'requestFrame', index: 0, prefetch: false }));
    assert.deepEqual([frame.index, frame.rows, frame.columns, frame.samplesPerPixel], [0, 64, 64, 1]);
    assert.equal(frame.sampleType, 'int16');
    assert.deepEqual(sampleBytes(frame), await nativePixelBytes('ts/explicit-le.dcm'));
  });

  test('decodes a frame of a compressed multi-frame file in the worker (JPEG-LS, empty offset table)', async () => {
    const uri = fixture('multiframe/jpegls-lossless-empty-bot.dcm');
    await openInInspector(uri);
    const native = await nativePixelBytes('multiframe/explicit-le.dcm');
    const frameBytes = 64 * 64 * 2;
    for (const index of [3, 9]) {
      const frame = frameOf(
        await api.handleMessage(uri, { type: 'requestFrame', index, prefetch: index === 9 }),
      );
      assert.equal(frame.index, index);
      assert.deepEqual(sampleBytes(frame), native.slice(index * frameBytes, (index + 1) * frameBytes));
    }
  });

  test('answers frameFailed for a frame that does not exist and for an unsupported transfer syntax', async () => {
    const uri = fixture('multiframe/rle.dcm');
    await openInInspector(uri);
    const missing = await api.handleMessage(uri, { type: 'requestFrame', index: 10, prefetch: false });
    assert.deepEqual(missing, {
      type: 'frameFailed',
      index: 10,
      message: 'Frame 11 could not be decoded: the file has 10 frames.',
    });

    // The same JPEG-LS file, relabelled JPEG 2000 Part 2 (a UID of the same length): a syntax the viewer names.
    const relabelled = await fixtureWithTextReplaced(
      'ts/jpegls-lossless.dcm',
      '1.2.840.10008.1.2.4.80',
      '1.2.840.10008.1.2.4.92',
      'part2.dcm',
    );
    await openInInspector(relabelled);
    const unsupported = await api.handleMessage(relabelled, {
      type: 'requestFrame',
      index: 0,
      prefetch: false,
    });
    assert.ok(unsupported?.type === 'frameFailed', `got ${unsupported?.type}`);
    assert.match(unsupported.message, /^Frame 1 could not be decoded: .*1\.2\.840\.10008\.1\.2\.4\.92/);
  });

  test("the status bar shows the active inspector's frame and window, and only while it is active", async () => {
    const uri = fixture('multiframe/explicit-le.dcm');
    await openInInspector(uri);
    await api.handleMessage(uri, {
      type: 'frameShown',
      index: 2,
      count: 10,
      window: { center: 40, width: 400 },
    });
    assert.equal(api.statusBarText(), 'Frame 3/10 · W 400 L 40');

    const document = await vscode.workspace.openTextDocument({ content: 'not an inspector' });
    await vscode.window.showTextDocument(document);
    await waitFor('the status bar entry to hide', () =>
      api.statusBarText() === undefined ? true : undefined,
    );

    await openInInspector(uri);
    await waitFor('the status bar entry to come back', () => api.statusBarText());
    assert.match(api.statusBarText() ?? '', /^Frame \d+\/10/);
  });

  test('the webview reports the frame it shows: the status bar says frame 1 of 10', async () => {
    const uri = fixture('multiframe/rle.dcm');
    await openInInspector(uri);
    const text = await waitFor('the webview to show a frame', () => api.statusBarText(), 30_000);
    assert.match(text, /^Frame 1\/10 · W [\d.]+ L [\d.]+$/);
  });

  test("saveBitstream writes the frame's encoded bytes where the save dialog says", async () => {
    const uri = fixture('ts/jpegls-lossless.dcm');
    await openInInspector(uri);
    const target = await scratchFile('saved-frame.jls');
    const window = vscode.window as { showSaveDialog: typeof vscode.window.showSaveDialog };
    const original = window.showSaveDialog;
    let offered: vscode.SaveDialogOptions | undefined;
    window.showSaveDialog = (options) => {
      offered = options;
      return Promise.resolve(target);
    };
    try {
      await api.handleMessage(uri, { type: 'saveBitstream', index: 0 });
    } finally {
      window.showSaveDialog = original;
    }
    // The name from the naming pattern (frames from 0, as every export and the CLI count), in the last folder
    // an export went to (earlier tests may have exported elsewhere), else beside the file.
    assert.ok(offered?.defaultUri?.path.endsWith('/jpegls-lossless-frame0.jls'), offered?.defaultUri?.path);
    // One fragment per frame here: the saved bytes are that fragment, a JPEG-LS stream (SOI, then SOF55).
    const bytes = await vscode.workspace.fs.readFile(fixture('ts/jpegls-lossless.dcm'));
    const pixelData = parseDicom(bytes).dataset.find((element) => element.tag === 0x7fe00010);
    const fragments = pixelData?.fragments ?? [];
    assert.equal(fragments.length, 2, 'offset table and one fragment');
    const fragment = fragments[1];
    const expected = bytes.slice(fragment.valueOffset, fragment.valueOffset + fragment.length);
    const saved = await vscode.workspace.fs.readFile(target);
    assert.deepEqual(Array.from(saved.subarray(0, 4)), [0xff, 0xd8, 0xff, 0xf7]);
    assert.deepEqual(saved, expected);
  });

  test('after the worker dies, the next request restarts it and re-opens the document', async () => {
    const uri = fixture('multiframe/jpeg-lossless-sv1-fragmented.dcm');
    await openInInspector(uri);
    const native = await nativePixelBytes('multiframe/explicit-le.dcm');
    const frameBytes = 64 * 64 * 2;
    frameOf(await api.handleMessage(uri, { type: 'requestFrame', index: 0, prefetch: false }));
    await api.crashWorker();
    const frame = frameOf(await api.handleMessage(uri, { type: 'requestFrame', index: 7, prefetch: false }));
    assert.deepEqual(sampleBytes(frame), native.slice(7 * frameBytes, 8 * frameBytes));
  });
});
