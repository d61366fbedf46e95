// Overlay planes (60xx) burned into exports (src/dicom/export/burnOverlays.ts). Oracle: pydicom's
// overlay_array for each plane of test/fixtures/render/overlay.dcm (reference/overlay.json.txt, written by
// scripts/fixtures/pixelrender.py), placed at the origins dcmdump shows (6000: 1\1, 6002: 5\7, 1-based);
// the other pixels must be the plain export's, and rotation and flips must apply after the overlays.

import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decode as decodePng } from 'fast-png';
import { nodeExportFs } from '../../src/cli/exportFs';
import { EXIT, runCli } from '../../src/cli/main';
import {
  burnOverlays,
  DEFAULT_OVERLAY_COLOUR,
  encodeFrameImage,
  orientRaster,
  overlayMask,
  renderForExport,
  type RasterImage,
} from '../../src/dicom/export';
import { parseDicom } from '../../src/dicom/parser';
import { decodeFrame } from '../../src/dicom/pixels/decodeFrame';
import { readImageInfo } from '../../src/dicom/pixels/imageInfo';
import type { DecodedFrame, ImageInfo, OverlayPlane } from '../../src/dicom/pixels/imageTypes';
import { isWebviewMessage } from '../../src/shared/protocol';
import { opaqueRgbOf } from '../../src/webview/viewer/imageCanvas';
import { fixtureBytes } from './helpers/referencePixels';
import { loadFixture, values } from './pixels-render-fixtures';

const [RED, GREEN, BLUE] = DEFAULT_OVERLAY_COLOUR;

async function load(relPath: string, index = 0): Promise<{ info: ImageInfo; frame: DecodedFrame }> {
  const file = parseDicom(fixtureBytes(relPath));
  const info = readImageInfo(file);
  assert.ok(info && !info.problem, relPath);
  return { info, frame: await decodeFrame(file, info.format, index) };
}

/** overlay.dcm's overlay pixels from pydicom's overlay_array and dcmdump's origins: 1 where an overlay is. */
function pydicomMask(): Uint8Array {
  const fixture = loadFixture('overlay.dcm');
  const { rows, columns } = fixture.info.format;
  const origins: Record<number, [number, number]> = { 0x6000: [1, 1], 0x6002: [5, 7] };
  const mask = new Uint8Array(rows * columns);
  const planes = fixture.ref.overlays ?? [];
  assert.equal(planes.length, 2);
  for (const plane of planes) {
    const [planeRows, planeColumns] = plane.bits.shape;
    const bits = values(plane.bits);
    const [row1, column1] = origins[plane.group];
    for (let r = 0; r < planeRows; r++) {
      for (let c = 0; c < planeColumns; c++) {
        const y = row1 - 1 + r;
        const x = column1 - 1 + c;
        if (bits[r * planeColumns + c] && y < rows && x < columns) mask[y * columns + x] = 1;
      }
    }
  }
  return mask;
}

describe('export overlays: overlay.dcm', () => {
  it('the overlay pixels are pydicom overlay_array bits at the planes origins (both planes)', async () => {
    const { info, frame } = await load('render/overlay.dcm');
    const expected = pydicomMask();
    assert.ok(expected.includes(1));
    const mask = overlayMask(info.overlays, 0, frame.columns, frame.rows);
    assert.deepEqual(Array.from(mask), Array.from(expected));
    // Both planes draw something the other does not.
    for (const plane of info.overlays) {
      const alone = overlayMask([plane], 0, frame.columns, frame.rows);
      assert.ok(alone.includes(1), `plane ${plane.group.toString(16)}`);
    }
  });

  it('burned pixels are the overlay colour exactly where the bits are; the others keep the grey', async () => {
    const { info, frame } = await load('render/overlay.dcm');
    const plain = renderForExport(frame, info);
    assert.equal(plain.channels, 1);
    const burned = renderForExport(frame, info, { overlays: true });
    assert.equal(burned.channels, 3, 'a grey frame with overlays comes out RGB');
    assert.equal(burned.width, plain.width);
    const expected = pydicomMask();
    let painted = 0;
    for (let i = 0; i < plain.width * plain.height; i++) {
      const pixel = Array.from(burned.data.subarray(i * 3, i * 3 + 3));
      if (expected[i]) {
        painted++;
        assert.deepEqual(pixel, [RED, GREEN, BLUE], `pixel ${i}`);
      } else {
        const grey = plain.data[i];
        assert.deepEqual(pixel, [grey, grey, grey], `pixel ${i}`);
      }
    }
    assert.ok(painted > 0);
    // Off (the default) leaves the export as it was.
    assert.deepEqual(renderForExport(frame, info, { overlays: false }), plain);
  });

  it('rotation and flips apply after the overlays: the overlay turns with the image', async () => {
    const { info, frame } = await load('render/overlay.dcm');
    const upright = renderForExport(frame, info, { overlays: true });
    const turned = renderForExport(frame, info, { overlays: true, rotation: 90, flipHorizontal: true });
    assert.deepEqual(turned, orientRaster(upright, { rotation: 90, flipHorizontal: true }));
    // Independently: rotating clockwise by 90 puts source (x, y) at (height-1-y, x); the flip then mirrors X.
    const { width, height } = upright;
    const expected = pydicomMask();
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const X = width - 1 - (height - 1 - y);
        const Y = x;
        const out = (Y * turned.width + X) * 3;
        const isOverlay =
          turned.data[out] === RED && turned.data[out + 1] === GREEN && turned.data[out + 2] === BLUE;
        assert.equal(isOverlay, expected[y * width + x] === 1, `source (${x}, ${y})`);
      }
    }
  });

  it('a PNG export carries the burned pixels', async () => {
    const { info, frame } = await load('render/overlay.dcm');
    const bytes = await encodeFrameImage(frame, info, { format: 'png', render: { overlays: true } });
    const png = decodePng(bytes);
    assert.equal(png.channels, 3);
    assert.deepEqual(Array.from(png.data), Array.from(renderForExport(frame, info, { overlays: true }).data));
  });
});

describe('export overlays: frames and edges', () => {
  it('overlay-multiframe.dcm: frames without an overlay frame stay grey, the others are burned', async () => {
    const first = await load('render/overlay-multiframe.dcm', 0);
    assert.equal(renderForExport(first.frame, first.info, { overlays: true }).channels, 1);
    for (const index of [1, 2]) {
      const { info, frame } = await load('render/overlay-multiframe.dcm', index);
      const mask = overlayMask(info.overlays, index, frame.columns, frame.rows);
      assert.ok(mask.includes(1), `frame ${index}`);
      const burned = renderForExport(frame, info, { overlays: true });
      assert.equal(burned.channels, 3);
      for (let i = 0; i < mask.length; i++) {
        assert.equal(burned.data[i * 3] === RED && burned.data[i * 3 + 1] === GREEN, mask[i] === 1);
      }
    }
  });

  const plane = (overrides: Partial<OverlayPlane>): OverlayPlane => ({
    group: 0x6000,
    rows: 2,
    columns: 2,
    originRow: 0,
    originColumn: 0,
    type: 'G',
    label: '',
    firstFrame: 0,
    frameCount: 1,
    bits: Uint8Array.from([1, 1, 1, 1]),
    ...overrides,
  });

  it('clips planes at the image edges (negative origin, past the end) and keeps RGBA alpha opaque', () => {
    const image: RasterImage = { width: 3, height: 2, channels: 4, data: new Uint8Array(24).fill(7) };
    const out = burnOverlays(image, [plane({ originRow: -1, originColumn: 2 })], 0, [1, 2, 3]);
    assert.equal(out.channels, 4);
    // Only image pixel (x 2, y 0) is under the plane.
    const expected = Array.from({ length: 6 }, (_, i) => (i === 2 ? [1, 2, 3, 255] : [7, 7, 7, 7])).flat();
    assert.deepEqual(Array.from(out.data), expected);
    assert.ok(
      image.data.every((v) => v === 7),
      'the input is left alone',
    );
  });

  it('returns the input when nothing falls on the image, and refuses 16-bit rasters', () => {
    const image: RasterImage = { width: 2, height: 2, channels: 1, data: Uint8Array.from([1, 2, 3, 4]) };
    assert.equal(burnOverlays(image, [], 0), image);
    assert.equal(burnOverlays(image, [plane({ originRow: 5 })], 0), image);
    assert.equal(burnOverlays(image, [plane({ frameCount: 2, rows: 1, columns: 1 })], 3), image);
    const wide: RasterImage = { width: 1, height: 1, channels: 1, data: new Uint16Array(1) };
    assert.throws(() => burnOverlays(wide, [plane({})], 0), RangeError);
  });
});

describe('cli --overlays', () => {
  async function run(
    args: string[],
  ): Promise<{ code: number; stderr: string; written: Map<string, Uint8Array> }> {
    const written = new Map<string, Uint8Array>();
    let stderr = '';
    const code = await runCli(args, {
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
      readFile: (name) => fixtureBytes(name),
      stdoutBytes: () => undefined,
      writeFile: (name, bytes) => written.set(name, bytes),
    });
    return { code, stderr, written };
  }

  it('frame --overlays burns them in; without it the PNG stays grey', async () => {
    const { info, frame } = await load('render/overlay.dcm');
    const withOverlays = await run(['frame', 'render/overlay.dcm', '--overlays', '-o', 'o.png']);
    assert.equal(withOverlays.code, EXIT.ok, withOverlays.stderr);
    const png = decodePng(withOverlays.written.get('o.png')!);
    assert.deepEqual(Array.from(png.data), Array.from(renderForExport(frame, info, { overlays: true }).data));
    const without = await run(['frame', 'render/overlay.dcm', '-o', 'p.png']);
    assert.equal(decodePng(without.written.get('p.png')!).channels, 1);
    const raw = await run(['frame', 'render/overlay.dcm', '--overlays', '-o', 'o.raw']);
    assert.equal(raw.code, EXIT.usage);
  });

  it('export --overlays burns them in before --rotate; png16 refuses the flag', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'overlays-'));
    try {
      writeFileSync(path.join(dir, 'o.dcm'), fixtureBytes('render/overlay.dcm'));
      const out = path.join(dir, 'out');
      const args = ['export', path.join(dir, 'o.dcm'), '--out', out, '--overlays', '--rotate', '90'];
      let stderr = '';
      const code = await runCli(args, {
        stdout: () => undefined,
        stderr: (text) => (stderr += text),
        readFile: (name) => readFileSync(name),
        stdoutBytes: () => undefined,
        writeFile: () => assert.fail('export writes through its ExportFs'),
        exportFs: nodeExportFs,
      });
      assert.equal(code, EXIT.ok, stderr);
      const png = decodePng(readFileSync(path.join(out, 'o-frame0.png')));
      const { info, frame } = await load('render/overlay.dcm');
      const expected = renderForExport(frame, info, { overlays: true, rotation: 90 });
      assert.equal(png.channels, 3);
      assert.deepEqual(Array.from(png.data), Array.from(expected.data));
      const refused = await run([
        'export',
        path.join(dir, 'o.dcm'),
        '--out',
        out,
        '--format',
        'png16',
        '--overlays',
      ]);
      assert.equal(refused.code, EXIT.usage);
      assert.match(refused.stderr, /--overlays applies to jpeg and png/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('frameShown view: overlays', () => {
  const view = { window: null, voiLutIndex: null, invert: false, rotation: 0, flipH: false, flipV: false };
  const message = (extra: object) => ({
    type: 'frameShown',
    index: 0,
    count: 1,
    window: null,
    view: { ...view, ...extra },
  });
  it('accepts a boolean or no overlays field (older webviews), and nothing else', () => {
    assert.ok(isWebviewMessage(message({})));
    assert.ok(isWebviewMessage(message({ overlays: true })));
    assert.ok(isWebviewMessage(message({ overlays: false })));
    assert.ok(!isWebviewMessage(message({ overlays: 'yes' })));
    assert.ok(!isWebviewMessage(message({ overlays: null })));
    assert.ok(isWebviewMessage(message({ overlays: true, overlayColour: [191, 136, 3] })));
    for (const bad of [[1, 2], [1, 2, 256], [1, 2, 3.5], '#ff0', null]) {
      assert.ok(!isWebviewMessage(message({ overlayColour: bad })), JSON.stringify(bad));
    }
  });

  it('the viewer reads its computed overlay colour as opaque RGB only', () => {
    assert.deepEqual(opaqueRgbOf('rgb(191, 136, 3)'), [191, 136, 3]);
    assert.deepEqual(opaqueRgbOf('rgba(204, 167, 0, 1)'), [204, 167, 0]);
    assert.equal(opaqueRgbOf('rgba(204, 167, 0, 0.5)'), undefined);
    assert.equal(opaqueRgbOf('currentColor'), undefined);
    assert.equal(opaqueRgbOf('rgb(300, 0, 0)'), undefined);
  });
});
