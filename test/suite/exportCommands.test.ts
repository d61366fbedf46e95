// Runs inside the VS Code extension host: the export commands and the frame navigation commands. Each export
// command is run with a target given as an argument (no dialog) and the files it writes are decoded back
// (fast-png, jpeg-js) and compared with the shared render function's pixels (renderForExport) for the same
// frame and view, computed here from the fixture's own bytes: PNG exactly, JPEG within a stated tolerance. The
// fixtures used are native or RLE, decoded in this process without the codec worker.
import * as assert from 'node:assert/strict';
import { decode as decodePng } from 'fast-png';
import { decode as decodeJpegJs } from 'jpeg-js';
import * as vscode from 'vscode';
import { cornerTextsFor, drawCornerText } from '../../src/dicom/export/cornerOverlay';
import {
  DEFAULT_OVERLAY_COLOUR,
  overlayMask,
  renderForExport,
  SIGNED_OFFSET,
  type ExportRenderOptions,
  type RasterImage,
} from '../../src/dicom/export';
import { parseDicom } from '../../src/dicom/parser';
import { decodeFrame } from '../../src/dicom/pixels/decodeFrame';
import { imageInfoOf } from '../../src/dicom/pixels/imageInfoOf';
import type { ShownView } from '../../src/shared/protocol';
import {
  activateForTesting,
  fixture,
  inspectorExtension,
  openInInspector,
  waitFor,
  workspaceRoot,
  type TestingHooks,
} from './helpers';

/** How long these tests wait for the webview or a document: exports of whole files take longer than a frame. */
const WAIT_MS = 30_000;

/** What the shared render function makes of a fixture's frame with these options. */
async function expectedRaster(
  relPath: string,
  index: number,
  options: ExportRenderOptions,
): Promise<RasterImage> {
  const file = parseDicom(await vscode.workspace.fs.readFile(fixture(relPath)));
  const info = imageInfoOf(file);
  assert.ok(info && !info.problem, `${relPath} has an image`);
  return renderForExport(await decodeFrame(file, info.format, index), info, options);
}

async function decodedPng(uri: vscode.Uri) {
  return decodePng(await vscode.workspace.fs.readFile(uri));
}

async function assertPngIs(uri: vscode.Uri, expected: RasterImage): Promise<void> {
  const png = await decodedPng(uri);
  assert.equal(png.width, expected.width, 'width');
  assert.equal(png.height, expected.height, 'height');
  assert.equal(png.channels, expected.channels, 'channels');
  assert.equal(png.depth, 8);
  assert.deepEqual(Array.from(png.data), Array.from(expected.data));
}

/** Entries of a folder, by name. */
async function namesIn(folder: vscode.Uri): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).sort();
}

const VIEW: ShownView = {
  window: { center: 1500, width: 2000 },
  voiLutIndex: null,
  invert: true,
  rotation: 1,
  flipH: true,
  flipV: false,
};

suite('DICOM Inspector export commands', () => {
  let api: TestingHooks;
  let out: vscode.Uri;
  let run = 0;
  /** A new empty output folder for one test. */
  const outFolder = async (name: string): Promise<vscode.Uri> => {
    const folder = vscode.Uri.joinPath(out, `${++run}-${name}`);
    await vscode.workspace.fs.createDirectory(folder);
    return folder;
  };

  suiteSetup(async () => {
    api = await activateForTesting();
    out = vscode.Uri.joinPath(workspaceRoot(), 'suite-exports');
    await vscode.workspace.fs.delete(out, { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.createDirectory(out);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(out, { recursive: true }).then(undefined, () => undefined);
  });

  test('exportFrame writes what the inspector shows: its frame, window, invert, rotation and flip, as PNG', async () => {
    const relPath = 'multiframe/explicit-le.dcm';
    const uri = fixture(relPath);
    await openInInspector(uri);
    // Once the webview has reported its first frame, report the view a user made (frame 3, windowed, inverted,
    // turned and mirrored) as the webview would.
    await waitFor('the webview to show a frame', () => api.statusBarText(), WAIT_MS);
    await api.handleMessage(uri, {
      type: 'frameShown',
      index: 3,
      count: 10,
      window: VIEW.window,
      view: VIEW,
    });
    const target = vscode.Uri.joinPath(await outFolder('frame'), 'seen.png');
    const written = await vscode.commands.executeCommand<vscode.Uri>(
      'dicomInspector.exportFrame',
      undefined,
      {
        target,
      },
    );
    assert.equal(written?.toString(), target.toString());
    const seen = await expectedRaster(relPath, 3, {
      window: VIEW.window ?? undefined,
      invert: true,
      rotation: 90,
      flipHorizontal: true,
    });
    await assertPngIs(target, seen);
    // And the view matters: the same frame without it is a different picture.
    const plain = await expectedRaster(relPath, 3, {});
    assert.notDeepEqual(Array.from(plain.data), Array.from(seen.data));
    assert.deepEqual(await namesIn(vscode.Uri.joinPath(target, '..')), ['seen.png'], 'no .partial left');
  });

  test('exportFrame from the explorer (file not open) writes JPEG within the stated tolerance', async () => {
    // JPEG is lossy: mean difference per sample at most 3 levels, largest at most 48 (quality 90, the default;
    // measured 0.5-2.7 and 14-40 on the fixtures by the export core's unit tests).
    for (const relPath of ['render/ct-rescale.dcm', 'ts/rgb-explicit-le.dcm']) {
      const target = vscode.Uri.joinPath(await outFolder('jpeg'), 'frame.jpg');
      const written = await vscode.commands.executeCommand<vscode.Uri>(
        'dicomInspector.exportFrame',
        fixture(relPath),
        { target },
      );
      assert.equal(written?.toString(), target.toString(), relPath);
      const expected = await expectedRaster(relPath, 0, {});
      const jpeg = decodeJpegJs(await vscode.workspace.fs.readFile(target), { useTArray: true });
      assert.equal(jpeg.width, expected.width);
      assert.equal(jpeg.height, expected.height);
      let sum = 0;
      let max = 0;
      const pixels = expected.width * expected.height;
      for (let i = 0; i < pixels; i++) {
        for (let c = 0; c < expected.channels; c++) {
          // jpeg-js always gives RGBA; a grey JPEG has R = G = B.
          const difference = Math.abs(jpeg.data[i * 4 + c] - expected.data[i * expected.channels + c]);
          sum += difference;
          max = Math.max(max, difference);
        }
      }
      const mean = sum / (pixels * expected.channels);
      assert.ok(mean <= 3, `${relPath}: mean difference ${mean.toFixed(2)}`);
      assert.ok(max <= 48, `${relPath}: largest difference ${max}`);
    }
  });

  test('corner text is burned in only when asked (the setting is off by default)', async () => {
    const relPath = 'render/ct-rescale.dcm';
    const folder = await outFolder('corners');
    const plainTarget = vscode.Uri.joinPath(folder, 'plain.png');
    const textTarget = vscode.Uri.joinPath(folder, 'text.png');
    await vscode.commands.executeCommand('dicomInspector.exportFrame', fixture(relPath), {
      target: plainTarget,
    });
    await vscode.commands.executeCommand('dicomInspector.exportFrame', fixture(relPath), {
      target: textTarget,
      cornerText: true,
    });
    const file = parseDicom(await vscode.workspace.fs.readFile(fixture(relPath)));
    const info = imageInfoOf(file);
    assert.ok(info);
    const frame = await decodeFrame(file, info.format, 0);
    const plain = renderForExport(frame, info, {});
    await assertPngIs(plainTarget, plain);
    await assertPngIs(textTarget, drawCornerText(plain, cornerTextsFor(file, info, frame, {})));
    assert.notDeepEqual(Array.from((await decodedPng(textTarget)).data), Array.from(plain.data));
  });

  test('overlay planes are burned in as the viewer shows them: on from the explorer, off when hidden, turned with the image, in its colour', async () => {
    const relPath = 'render/overlay.dcm';
    const uri = fixture(relPath);
    const folder = await outFolder('overlays');
    // Not open: as the viewer first shows the file, with its overlays (the toggle starts on).
    const closed = vscode.Uri.joinPath(folder, 'closed.png');
    await vscode.commands.executeCommand('dicomInspector.exportFrame', uri, { target: closed });
    const burned = await expectedRaster(relPath, 0, { overlays: true });
    const plain = await expectedRaster(relPath, 0, {});
    assert.equal(burned.channels, 3, 'a grey image with overlays is written as RGB');
    await assertPngIs(closed, burned);
    // Exactly the overlay bits differ from the plain image, in the overlay colour.
    const file = parseDicom(await vscode.workspace.fs.readFile(uri));
    const info = imageInfoOf(file);
    assert.ok(info);
    const mask = overlayMask(info.overlays, 0, plain.width, plain.height);
    for (let i = 0; i < mask.length; i++) {
      const pixel = Array.from(burned.data.subarray(i * 3, i * 3 + 3));
      const grey = plain.data[i];
      assert.deepEqual(pixel, mask[i] ? [...DEFAULT_OVERLAY_COLOUR] : [grey, grey, grey], `pixel ${i}`);
    }
    assert.ok(mask.includes(1));

    // Open, with the overlays hidden (key G) as the webview reports it: left out.
    await openInInspector(uri);
    await waitFor('the webview to show a frame', () => api.statusBarText(), WAIT_MS);
    const view = { ...VIEW, window: null, invert: false, rotation: 0, flipH: false } as const;
    await api.handleMessage(uri, {
      type: 'frameShown',
      index: 0,
      count: 1,
      window: null,
      view: { ...view, overlays: false },
    });
    const hidden = vscode.Uri.joinPath(folder, 'hidden.png');
    await vscode.commands.executeCommand('dicomInspector.exportFrame', undefined, { target: hidden });
    await assertPngIs(hidden, plain);
    // Shown and turned, in the theme's colour the viewer reports: burned in first, then turned with the image.
    await api.handleMessage(uri, {
      type: 'frameShown',
      index: 0,
      count: 1,
      window: null,
      view: { ...view, rotation: 1, overlays: true, overlayColour: [1, 2, 3] },
    });
    const turned = vscode.Uri.joinPath(folder, 'turned.png');
    await vscode.commands.executeCommand('dicomInspector.exportFrame', undefined, { target: turned });
    await assertPngIs(
      turned,
      await expectedRaster(relPath, 0, { overlays: true, rotation: 90, overlayColour: [1, 2, 3] }),
    );
  });

  test('exportFrame16 writes modality values (+32768 when negative) or stored values; colour is refused', async () => {
    const relPath = 'render/ct-rescale.dcm';
    const file = parseDicom(await vscode.workspace.fs.readFile(fixture(relPath)));
    const info = imageInfoOf(file);
    assert.ok(info);
    const frame = await decodeFrame(file, info.format, 0);
    const folder = await outFolder('png16');
    const modality = vscode.Uri.joinPath(folder, 'hu.png');
    await vscode.commands.executeCommand('dicomInspector.exportFrame16', fixture(relPath), {
      target: modality,
      values: 'modality',
    });
    const hu = await decodedPng(modality);
    assert.equal(hu.depth, 16);
    assert.equal(hu.channels, 1);
    // Rescale Slope 1, Intercept -1024 (dcmdump): value = stored - 1024, written plus 32768.
    assert.deepEqual(
      Array.from(hu.data),
      Array.from(frame.samples, (stored) => stored - 1024 + SIGNED_OFFSET),
    );
    assert.equal(hu.text['DICOM value offset'], String(SIGNED_OFFSET));

    const stored = vscode.Uri.joinPath(folder, 'stored.png');
    await vscode.commands.executeCommand('dicomInspector.exportFrame16', fixture(relPath), {
      target: stored,
      values: 'stored',
    });
    const storedPng = await decodedPng(stored);
    // Stored values are signed here (Pixel Representation 1), so they are offset too.
    assert.deepEqual(
      Array.from(storedPng.data),
      Array.from(frame.samples, (value) => value + SIGNED_OFFSET),
    );

    const colour = vscode.Uri.joinPath(folder, 'colour.png');
    const refused = await vscode.commands.executeCommand(
      'dicomInspector.exportFrame16',
      fixture('ts/rgb-explicit-le.dcm'),
      {
        target: colour,
      },
    );
    assert.equal(refused, undefined);
    assert.deepEqual(await namesIn(folder), ['hu.png', 'stored.png']);
  });

  test('exportAllFrames writes every frame, numbered, and leaves no .partial', async () => {
    const relPath = 'multiframe/explicit-le.dcm';
    const folder = await outFolder('all');
    const result = await vscode.commands.executeCommand<{
      written: vscode.Uri[];
      failed: unknown[];
      cancelled: boolean;
    }>('dicomInspector.exportAllFrames', fixture(relPath), { folder, format: 'png' });
    assert.ok(result);
    assert.equal(result.cancelled, false);
    assert.deepEqual(result.failed, []);
    const expectedNames = Array.from({ length: 10 }, (_, i) => `explicit-le-frame${i}.png`);
    assert.deepEqual(await namesIn(folder), [...expectedNames].sort());
    assert.deepEqual(
      result.written.map((uri) => uri.path.split('/').pop()),
      expectedNames,
    );
    for (const index of [0, 7]) {
      await assertPngIs(
        vscode.Uri.joinPath(folder, expectedNames[index]),
        await expectedRaster(relPath, index, {}),
      );
    }
  });

  test('a cancelled exportAllFrames keeps the finished files and leaves nothing half-written', async () => {
    const folder = await outFolder('cancel');
    const cancel = new vscode.CancellationTokenSource();
    const result = await vscode.commands.executeCommand<{ written: vscode.Uri[]; cancelled: boolean }>(
      'dicomInspector.exportAllFrames',
      fixture('multiframe/rle.dcm'),
      {
        folder,
        format: 'jpeg',
        token: cancel.token,
        onFileWritten: (_uri: vscode.Uri, written: number) => {
          if (written === 3) cancel.cancel();
        },
      },
    );
    assert.ok(result);
    assert.equal(result.cancelled, true);
    assert.equal(result.written.length, 3);
    const names = await namesIn(folder);
    assert.deepEqual(names, ['rle-frame0.jpg', 'rle-frame1.jpg', 'rle-frame2.jpg']);
    assert.ok(!names.some((name) => name.endsWith('.partial')));
  });

  test('a write error stops exportAllFrames, is reported, and leaves no file half-written', async () => {
    const folder = await outFolder('error');
    // Frame 3's .partial cannot be written: a (non-empty) folder has its name.
    const blocker = vscode.Uri.joinPath(folder, 'rle-frame3.png.partial');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(blocker, 'in-the-way'), new Uint8Array([1]));
    const result = await vscode.commands.executeCommand<{
      written: vscode.Uri[];
      failed: { frame: number; reason: string }[];
      cancelled: boolean;
    }>('dicomInspector.exportAllFrames', fixture('multiframe/rle.dcm'), { folder, format: 'png' });
    assert.ok(result);
    assert.equal(result.cancelled, false);
    assert.equal(result.written.length, 3);
    assert.equal(result.failed.length, 1);
    assert.equal(result.failed[0].frame, 3);
    assert.match(result.failed[0].reason, /cannot write rle-frame3\.png/);
    const files = (await vscode.workspace.fs.readDirectory(folder))
      .filter(([, type]) => type === vscode.FileType.File)
      .map(([name]) => name)
      .sort();
    assert.deepEqual(files, ['rle-frame0.png', 'rle-frame1.png', 'rle-frame2.png']);
  });

  test('exportBitstream writes the frame as it is in the file', async () => {
    const relPath = 'ts/jpegls-lossless.dcm';
    const target = vscode.Uri.joinPath(await outFolder('bitstream'), 'frame.jls');
    const written = await vscode.commands.executeCommand<vscode.Uri>(
      'dicomInspector.exportBitstream',
      fixture(relPath),
      {
        target,
        frame: 0,
      },
    );
    assert.equal(written?.toString(), target.toString());
    const bytes = await vscode.workspace.fs.readFile(fixture(relPath));
    const fragment = parseDicom(bytes).dataset.find((element) => element.tag === 0x7fe00010)?.fragments?.[1];
    assert.ok(fragment);
    const saved = await vscode.workspace.fs.readFile(target);
    assert.deepEqual(saved, bytes.slice(fragment.valueOffset, fragment.valueOffset + fragment.length));
  });

  test('exportFolder exports every image below a folder, skips non-DICOM quietly and reports a broken file', async () => {
    // A small tree: two images (one multi-frame, in a subfolder), a text file, a PNG and a truncated DICOM.
    const source = await outFolder('folder-source');
    const copy = async (relPath: string, to: string) =>
      vscode.workspace.fs.copy(fixture(relPath), vscode.Uri.joinPath(source, ...to.split('/')));
    await copy('multiframe/explicit-le.dcm', 'series1/multi.dcm');
    await copy('render/ct-rescale.dcm', 'ct.dcm');
    await copy('damaged/not-dicom.txt', 'notes.txt');
    await copy('damaged/not-dicom.png', 'picture.png');
    await copy('damaged/truncated-in-pixel-data.dcm', 'broken.dcm');
    const output = await outFolder('folder-output');
    const done: number[] = [];
    const summary = await vscode.commands.executeCommand<{
      files: number;
      written: vscode.Uri[];
      skipped: { path: string; reason: string }[];
      failed: { path: string; reason: string }[];
      cancelled: boolean;
    }>('dicomInspector.exportFolder', source, {
      target: output,
      format: 'png',
      layout: 'flat',
      onFileDone: (_uri: vscode.Uri, count: number) => done.push(count),
    });
    assert.ok(summary);
    assert.equal(summary.files, 5);
    assert.deepEqual(done, [1, 2, 3, 4, 5], 'progress after each file');
    assert.equal(summary.cancelled, false);
    assert.equal(summary.written.length, 11, '10 frames + 1');
    assert.deepEqual(summary.skipped.map((skip) => skip.path).sort(), ['notes.txt', 'picture.png']);
    assert.equal(summary.failed.length, 1);
    assert.equal(summary.failed[0].path, 'broken.dcm');
    assert.match(summary.failed[0].reason, /runs past the end of the file/);
    const names = await namesIn(output);
    assert.equal(names.length, 11);
    assert.ok(names.includes('ct-frame0.png') && names.includes('multi-frame9.png'), names.join(', '));
    await assertPngIs(
      vscode.Uri.joinPath(output, 'ct-frame0.png'),
      await expectedRaster('render/ct-rescale.dcm', 0, {}),
    );
  });

  test('the folder summary offers "Show details", which opens the failures and skipped files as text', async () => {
    const source = await outFolder('details-source');
    await vscode.workspace.fs.copy(
      fixture('damaged/truncated-in-pixel-data.dcm'),
      vscode.Uri.joinPath(source, 'broken.dcm'),
    );
    await vscode.workspace.fs.copy(
      fixture('damaged/not-dicom.txt'),
      vscode.Uri.joinPath(source, 'notes.txt'),
    );
    const output = await outFolder('details-output');
    const window = vscode.window as { showWarningMessage: (...args: unknown[]) => Thenable<unknown> };
    const original = window.showWarningMessage;
    let shown: unknown[] | undefined;
    window.showWarningMessage = (...args: unknown[]) => {
      shown = args;
      return Promise.resolve(args[1]);
    };
    try {
      await vscode.commands.executeCommand('dicomInspector.exportFolder', source, {
        target: output,
        format: 'png',
        layout: 'flat',
      });
    } finally {
      window.showWarningMessage = original;
    }
    assert.ok(shown, 'a warning summary was shown');
    assert.match(
      String(shown[0]),
      /Exported 0 images from 0 DICOM files .* Skipped 1 file that is not a DICOM image\. 1 failed\./,
    );
    assert.equal(shown[1], 'Show details');
    const report = await waitFor(
      'the details document',
      () => vscode.workspace.textDocuments.find((d) => d.isUntitled && d.getText().includes('broken.dcm')),
      WAIT_MS,
    );
    const text = report.getText();
    assert.match(text, /Failed:\n {2}broken\.dcm: damaged: .*runs past the end of the file/);
    assert.match(text, /Skipped:\n {2}notes\.txt: not DICOM/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the JPEG quality setting is used', async () => {
    const config = vscode.workspace.getConfiguration('dicomInspector.export');
    const folder = await outFolder('quality');
    const sizes: number[] = [];
    try {
      for (const quality of [20, 100]) {
        await config.update('jpegQuality', quality, vscode.ConfigurationTarget.Global);
        const target = vscode.Uri.joinPath(folder, `q${quality}.jpg`);
        await vscode.commands.executeCommand(
          'dicomInspector.exportFrame',
          fixture('ts/rgb-explicit-le.dcm'),
          { target },
        );
        sizes.push((await vscode.workspace.fs.stat(target)).size);
      }
    } finally {
      await config.update('jpegQuality', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.ok(sizes[0] < sizes[1], `quality 20: ${sizes[0]} bytes, quality 100: ${sizes[1]} bytes`);
  });

  test('exportFolder with the Patient/Study/Series layout makes three folder levels', async () => {
    const source = await outFolder('layout-source');
    await vscode.workspace.fs.copy(fixture('render/ct-rescale.dcm'), vscode.Uri.joinPath(source, 'ct.dcm'));
    const output = await outFolder('layout-output');
    const summary = await vscode.commands.executeCommand<{ written: vscode.Uri[] }>(
      'dicomInspector.exportFolder',
      source,
      {
        target: output,
        format: 'jpeg',
        layout: 'patient',
      },
    );
    assert.ok(summary);
    assert.equal(summary.written.length, 1);
    const relative = summary.written[0].path.slice(output.path.length + 1).split('/');
    assert.equal(relative.length, 4, relative.join('/'));
    assert.equal(relative[3], 'ct-frame0.jpg');
  });

  test('exportFolder on a DICOMDIR exports the images of its folder and skips the DICOMDIR itself', async () => {
    const output = await outFolder('dicomdir');
    const summary = await vscode.commands.executeCommand<{
      written: vscode.Uri[];
      skipped: { path: string; reason: string }[];
      failed: unknown[];
    }>('dicomInspector.exportFolder', fixture('dicomdir/DICOMDIR'), {
      target: output,
      format: 'png',
      layout: 'flat',
    });
    assert.ok(summary);
    assert.deepEqual(summary.failed, []);
    assert.deepEqual(
      summary.skipped.map((skip) => skip.path),
      ['DICOMDIR'],
    );
    assert.deepEqual(await namesIn(output), ['IM000001-frame0.png', 'IM000002-frame0.png']);
  });

  test('the frame navigation commands move the active inspector between frames', async () => {
    const uri = fixture('multiframe/rle.dcm');
    await openInInspector(uri);
    const frameIs = (n: number) => () =>
      api.statusBarText()?.startsWith(`Frame ${n}/10`) ? true : undefined;
    await waitFor('frame 1', frameIs(1), WAIT_MS);
    assert.equal(await vscode.commands.executeCommand('dicomInspector.nextFrame'), true);
    await waitFor('frame 2', frameIs(2), WAIT_MS);
    await vscode.commands.executeCommand('dicomInspector.lastFrame');
    await waitFor('frame 10', frameIs(10), WAIT_MS);
    await vscode.commands.executeCommand('dicomInspector.previousFrame');
    await waitFor('frame 9', frameIs(9), WAIT_MS);
    await vscode.commands.executeCommand('dicomInspector.firstFrame');
    await waitFor('frame 1 again', frameIs(1), WAIT_MS);
  });

  test('the export commands and keybindings are contributed with the DICOM category', () => {
    const contributes = inspectorExtension().packageJSON.contributes;
    const commands = new Map<string, { category?: string }>(
      contributes.commands.map((c: { command: string; category?: string }) => [c.command, c]),
    );
    for (const id of [
      'exportFrame',
      'exportFrame16',
      'exportAllFrames',
      'exportBitstream',
      'exportFolder',
      'nextFrame',
      'previousFrame',
      'firstFrame',
      'lastFrame',
    ]) {
      assert.equal(commands.get(`dicomInspector.${id}`)?.category, 'DICOM', id);
    }
    const bound = (contributes.keybindings as { command: string }[]).map((k) => k.command);
    for (const id of ['nextFrame', 'previousFrame', 'firstFrame', 'lastFrame', 'exportFrame']) {
      assert.ok(bound.includes(`dicomInspector.${id}`), id);
    }
    const settings = contributes.configuration.properties;
    assert.equal(settings['dicomInspector.export.jpegQuality'].default, 90);
    assert.equal(settings['dicomInspector.export.cornerText'].default, false);
  });
});
