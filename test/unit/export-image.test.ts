// The export core's pixels (src/dicom/export): orientation on a known raster, renderForExport against the
// render function read through an independent index formula, 16-bit values against pydicom's modality values
// (test/fixtures/export/*.modality.json, made by scripts/fixtures/export-reference.py), PNG and JPEG files
// decoded back by fast-png and jpeg-js.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { decode as decodePng } from 'fast-png';
import { decode as decodeJpegJs } from 'jpeg-js';
import {
  encodeFrameImage,
  exportExtension,
  modalityRaster16,
  orientationFromView,
  orientRaster,
  pngText,
  renderForExport,
  SIGNED_OFFSET,
  type ExportOrientation,
  type RasterImage,
  type Rotation,
} from '../../src/dicom/export';
import type { DicomFile } from '../../src/dicom/model';
import { parseDicom } from '../../src/dicom/parser';
import { decodeFrame } from '../../src/dicom/pixels/decodeFrame';
import { readImageInfo } from '../../src/dicom/pixels/imageInfo';
import type { DecodedFrame, ImageInfo, RenderOptions } from '../../src/dicom/pixels/imageTypes';
import { renderFrame } from '../../src/dicom/pixels/render';
import { FIXTURES, fixtureBytes } from './helpers/referencePixels';

interface Loaded {
  file: DicomFile;
  info: ImageInfo;
  frame: DecodedFrame;
}

async function load(relPath: string, index = 0): Promise<Loaded> {
  const file = parseDicom(fixtureBytes(relPath));
  const info = readImageInfo(file);
  assert.ok(info && !info.problem, relPath);
  return { file, info, frame: await decodeFrame(file, info.format, index) };
}

const raster = (width: number, height: number, channels: 1 | 3, values: number[]): RasterImage => ({
  width,
  height,
  channels,
  data: Uint8Array.from(values),
});

describe('export orientation', () => {
  // 1 2 3
  // 4 5 6
  const image = raster(3, 2, 1, [1, 2, 3, 4, 5, 6]);
  const cases: [string, ExportOrientation, number, number[]][] = [
    ['none', {}, 3, [1, 2, 3, 4, 5, 6]],
    ['rotate 90 (clockwise)', { rotation: 90 }, 2, [4, 1, 5, 2, 6, 3]],
    ['rotate 180', { rotation: 180 }, 3, [6, 5, 4, 3, 2, 1]],
    ['rotate 270', { rotation: 270 }, 2, [3, 6, 2, 5, 1, 4]],
    ['flip h', { flipHorizontal: true }, 3, [3, 2, 1, 6, 5, 4]],
    ['flip v', { flipVertical: true }, 3, [4, 5, 6, 1, 2, 3]],
    ['flip h and v', { flipHorizontal: true, flipVertical: true }, 3, [6, 5, 4, 3, 2, 1]],
    [
      'rotate 90 then flip h (mirror as seen): the transpose',
      { rotation: 90, flipHorizontal: true },
      2,
      [1, 4, 2, 5, 3, 6],
    ],
    ['rotate 90 then flip v', { rotation: 90, flipVertical: true }, 2, [6, 3, 5, 2, 4, 1]],
    ['rotate 270 then flip h', { rotation: 270, flipHorizontal: true }, 2, [6, 3, 5, 2, 4, 1]],
  ];
  for (const [label, orientation, width, expected] of cases) {
    it(label, () => {
      const out = orientRaster(image, orientation);
      assert.equal(out.width, width);
      assert.equal(out.height, 6 / width);
      assert.deepEqual(Array.from(out.data), expected);
    });
  }

  it('moves whole pixels of several channels, and keeps 16-bit samples', () => {
    const rgb = raster(2, 1, 3, [10, 11, 12, 20, 21, 22]);
    assert.deepEqual(Array.from(orientRaster(rgb, { rotation: 180 }).data), [20, 21, 22, 10, 11, 12]);
    const deep: RasterImage = { width: 2, height: 1, channels: 1, data: Uint16Array.from([1000, 65535]) };
    const turned = orientRaster(deep, { rotation: 90 });
    assert.ok(turned.data instanceof Uint16Array);
    assert.deepEqual([turned.width, turned.height, ...turned.data], [1, 2, 1000, 65535]);
  });

  it('leaves the input alone and returns it unchanged for the identity', () => {
    const copy = Array.from(image.data);
    orientRaster(image, { rotation: 90, flipVertical: true });
    assert.deepEqual(Array.from(image.data), copy);
    assert.equal(orientRaster(image, { rotation: 0, flipHorizontal: false }), image);
    assert.throws(() => orientRaster(image, { rotation: 45 as Rotation }), RangeError);
  });

  it('reads the viewer state (quarter turns, flips) as an orientation', () => {
    assert.deepEqual(orientationFromView({ rotation: 1, flipH: true, flipV: false }), {
      rotation: 90,
      flipHorizontal: true,
      flipVertical: false,
    });
    assert.equal(orientationFromView({ rotation: -1, flipH: false, flipV: false }).rotation, 270);
    assert.equal(orientationFromView({ rotation: 6, flipH: false, flipV: false }).rotation, 180);
  });
});

/** Source pixel (x, y) shown at output (X, Y), by the viewer's rule "rotate clockwise, then mirror as seen",
 *  worked out independently of orient.ts: undo the mirror, then turn back counter-clockwise. */
function sourceOf(X: number, Y: number, w: number, h: number, o: ExportOrientation): [number, number] {
  const turns = (o.rotation ?? 0) / 90;
  const outW = turns % 2 ? h : w;
  const outH = turns % 2 ? w : h;
  let x = o.flipHorizontal ? outW - 1 - X : X;
  let y = o.flipVertical ? outH - 1 - Y : Y;
  // One clockwise quarter turn maps (sx, sy) of an image H rows high to (H-1-sy, sx). Undo the turns from the
  // last: before turn k the image had had k-1 turns, so it was h rows high when k-1 is even, else w.
  for (let k = turns; k > 0; k--) {
    const height = (k - 1) % 2 === 0 ? h : w;
    [x, y] = [y, height - 1 - x];
  }
  return [x, y];
}

describe('export renderForExport: the render function, then the orientation', () => {
  const cases: [string, RenderOptions & ExportOrientation][] = [
    ['render/ct-rescale.dcm', {}],
    ['render/ct-rescale.dcm', { window: { center: 40, width: 400 }, rotation: 90, flipHorizontal: true }],
    ['render/mono1.dcm', { invert: true, rotation: 270 }],
    ['ts/rgb-explicit-le.dcm', { rotation: 180, flipVertical: true }],
    ['render/palette-8bit.dcm', { rotation: 90 }],
    ['render/voi-lut.dcm', { voiLutIndex: 0, flipHorizontal: true }],
    // Not square (13 wide, 11 high; 48 × 40 RGB), so that a mix-up of width and height shows.
    ['codec/native/mono1-3frames.dcm', { rotation: 90 }],
    ['codec/native/mono1-3frames.dcm', { rotation: 270, flipVertical: true }],
    [
      'codec/native/mono16-signed-bs12.dcm',
      { rotation: 90, flipHorizontal: true, window: { center: 0, width: 900 } },
    ],
    ['codec/native/be-rgb-2frames.dcm', { rotation: 270, flipHorizontal: true }],
    ['codec/native/be-rgb-2frames.dcm', { rotation: 180 }],
  ];
  for (const [relPath, options] of cases) {
    it(`${relPath} ${JSON.stringify(options)}`, async () => {
      const { info, frame } = await load(relPath);
      const out = renderForExport(frame, info, options);
      const rgba = renderFrame(frame, info, options);
      const grey = frame.samplesPerPixel === 1 && frame.photometric.startsWith('MONOCHROME');
      assert.equal(out.channels, grey ? 1 : 3);
      const turned = options.rotation === 90 || options.rotation === 270;
      assert.equal(out.width, turned ? frame.rows : frame.columns);
      assert.equal(out.height, turned ? frame.columns : frame.rows);
      for (let Y = 0; Y < out.height; Y++) {
        for (let X = 0; X < out.width; X++) {
          const [x, y] = sourceOf(X, Y, frame.columns, frame.rows, options);
          const s = (y * frame.columns + x) * 4;
          const o: number = (Y * out.width + X) * out.channels;
          for (let c = 0; c < out.channels; c++) {
            assert.equal(out.data[o + c], rgba[s + c], `pixel (${X}, ${Y}) channel ${c}`);
          }
        }
      }
    });
  }
});

interface ModalityReference {
  rows: number;
  columns: number;
  stored: number[];
  modality: number[];
}

const reference = (name: string): ModalityReference =>
  JSON.parse(
    readFileSync(path.join(FIXTURES, 'export', `${name}.modality.json`), 'utf8'),
  ) as ModalityReference;

describe('export modalityRaster16 against pydicom', () => {
  const cases: [string, string, number, string][] = [
    // fixture, reference, expected offset, unit
    ['render/ct-rescale.dcm', 'ct-rescale', SIGNED_OFFSET, 'HU'],
    ['render/ct-slope.dcm', 'ct-slope', SIGNED_OFFSET, 'HU'],
    ['render/modality-lut.dcm', 'modality-lut', 0, 'OD'], // the LUT's Modality LUT Type
  ];
  for (const [relPath, name, offset, unit] of cases) {
    it(`${relPath}: modality values, rounded, plus ${offset}`, async () => {
      const { info, frame } = await load(relPath);
      const ref = reference(name);
      const result = modalityRaster16(frame, info, 'modality');
      assert.equal(result.offset, offset);
      assert.equal(result.which, 'modality');
      assert.equal(result.unit, unit);
      assert.equal(result.clamped, 0);
      assert.equal(result.raster.width, ref.columns);
      assert.equal(result.raster.height, ref.rows);
      assert.ok(result.raster.data instanceof Uint16Array);
      const expected = ref.modality.map((value) => Math.round(value) + offset);
      assert.deepEqual(Array.from(result.raster.data), expected);
    });

    it(`${relPath}: stored values`, async () => {
      const { info, frame } = await load(relPath);
      const ref = reference(name);
      const result = modalityRaster16(frame, info, 'stored');
      const storedOffset = Math.min(...ref.stored) < 0 || frame.signed ? SIGNED_OFFSET : 0;
      assert.equal(result.offset, storedOffset);
      assert.equal(result.unit, '');
      assert.deepEqual(
        Array.from(result.raster.data),
        ref.stored.map((value) => value + storedOffset),
      );
    });
  }

  it('the CT fixture really has negative HU and a rescale (what the offset is for)', () => {
    const ref = reference('ct-rescale');
    assert.ok(Math.min(...ref.modality) < -1000 && Math.max(...ref.modality) > 1000);
    assert.ok(ref.modality.some((value, i) => value !== ref.stored[i]));
  });

  it('refuses colour images', async () => {
    const { info, frame } = await load('ts/rgb-explicit-le.dcm');
    assert.throws(() => modalityRaster16(frame, info, 'modality'), RangeError);
    await assert.rejects(encodeFrameImage(frame, info, { format: 'png16' }), RangeError);
  });
});

describe('export png16 files', () => {
  it('decode back (fast-png) to exactly pydicom modality values plus the offset the tEXt chunks name', async () => {
    const { info, frame } = await load('render/ct-rescale.dcm');
    const png = decodePng(await encodeFrameImage(frame, info, { format: 'png16' }));
    assert.equal(png.depth, 16);
    assert.equal(png.channels, 1);
    const text = png.text as Record<string, string>;
    assert.equal(text['DICOM values'], 'modality');
    assert.equal(text['DICOM value offset'], '32768');
    assert.equal(text['DICOM value unit'], 'HU');
    assert.match(text.Comment, /plus 32768/);
    const offset = Number(text['DICOM value offset']);
    const hu = Array.from(png.data as Uint16Array, (sample) => sample - offset);
    assert.deepEqual(
      hu,
      reference('ct-rescale').modality.map((value) => Math.round(value)),
    );
  });

  it('stored values of an unsigned file have no offset', async () => {
    const { info, frame } = await load('render/modality-lut.dcm');
    const png = decodePng(await encodeFrameImage(frame, info, { format: 'png16', values: 'stored' }));
    const text = png.text as Record<string, string>;
    assert.equal(text['DICOM values'], 'stored');
    assert.equal(text['DICOM value offset'], '0');
    assert.equal(text['DICOM value unit'], undefined);
    assert.deepEqual(Array.from(png.data as Uint16Array), reference('modality-lut').stored);
  });

  it('are rotated and flipped like the other images, never windowed', async () => {
    const { info, frame } = await load('render/ct-rescale.dcm');
    const orientation = { rotation: 90 as const, flipVertical: true };
    const png = decodePng(
      await encodeFrameImage(frame, info, {
        format: 'png16',
        render: { ...orientation, window: { center: 0, width: 10 }, invert: true },
      }),
    );
    const plain = modalityRaster16(frame, info, 'modality').raster;
    const oriented = orientRaster(plain, orientation);
    assert.equal(png.width, oriented.width);
    assert.deepEqual(Array.from(png.data as Uint16Array), Array.from(oriented.data));
  });

  it('pngText says what the samples are', () => {
    const data = new Uint16Array(1);
    const raster: RasterImage = { width: 1, height: 1, channels: 1, data };
    assert.deepEqual(pngText({ raster, which: 'stored', offset: 0, unit: '', clamped: 0 }), {
      'DICOM values': 'stored',
      'DICOM value offset': '0',
      Comment: 'Each sample is the stored value.',
    });
  });
});

describe('export png and jpeg files', () => {
  it('png decodes back to exactly renderForExport (grey: one channel; colour: RGB)', async () => {
    for (const relPath of ['render/ct-rescale.dcm', 'ts/rgb-explicit-le.dcm']) {
      const { info, frame } = await load(relPath);
      const render = { window: { center: 40, width: 400 }, rotation: 270 as const };
      const png = decodePng(await encodeFrameImage(frame, info, { format: 'png', render }));
      const expected = renderForExport(frame, info, render);
      assert.equal(png.depth, 8);
      assert.equal(png.channels, expected.channels);
      assert.deepEqual([png.width, png.height], [expected.width, expected.height]);
      assert.deepEqual(Array.from(png.data), Array.from(expected.data), relPath);
    }
  });

  // JPEG is lossy: the stated tolerance is on the mean and the largest difference per sample (0-255) between
  // jpeg-js's decode and what was rendered. Measured when written: quality 90, mean 0.5-2.7 and max 14-40 (the
  // largest on the 64x64 RGB test pattern's sharp colour edges); quality 100, mean 0.01-0.6 and max 1-4.
  const tolerances: [number, number, number][] = [
    [90, 3, 48],
    [100, 0.75, 6],
  ];
  for (const [quality, meanLimit, maxLimit] of tolerances) {
    it(`jpeg at quality ${quality} decodes back (jpeg-js) within mean ${meanLimit} / max ${maxLimit} levels`, async () => {
      for (const relPath of [
        'render/ct-rescale.dcm',
        'multiframe/explicit-le.dcm',
        'ts/rgb-explicit-le.dcm',
      ]) {
        const { info, frame } = await load(relPath);
        const render = { rotation: 90 as const, flipHorizontal: true };
        const jpeg = await encodeFrameImage(frame, info, { format: 'jpeg', quality, render });
        const decoded = decodeJpegJs(jpeg, { useTArray: true, formatAsRGBA: true });
        const expected = renderForExport(frame, info, render);
        assert.deepEqual([decoded.width, decoded.height], [expected.width, expected.height]);
        let sum = 0;
        let max = 0;
        let count = 0;
        for (let i = 0; i < expected.width * expected.height; i++) {
          for (let c = 0; c < 3; c++) {
            const want = expected.data[i * expected.channels + (expected.channels === 1 ? 0 : c)];
            const diff = Math.abs(decoded.data[i * 4 + c] - want);
            sum += diff;
            max = Math.max(max, diff);
            count++;
          }
        }
        const mean = sum / count;
        assert.ok(mean <= meanLimit, `${relPath}: mean difference ${mean.toFixed(2)}`);
        assert.ok(max <= maxLimit, `${relPath}: largest difference ${max}`);
      }
    });
  }

  it('names extensions', () => {
    assert.equal(exportExtension('jpeg'), 'jpg');
    assert.equal(exportExtension('png16'), 'png');
    assert.equal(exportExtension('dump'), 'txt');
    assert.equal(exportExtension('json'), 'json');
    assert.equal(exportExtension('bitstream', '1.2.840.10008.1.2.4.90'), 'j2k');
    assert.equal(exportExtension('bitstream', '1.2.840.10008.1.2.4.80'), 'jls');
  });
});
