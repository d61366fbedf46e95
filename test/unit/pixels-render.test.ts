// The render pipeline (stored → modality → VOI → presentation → 8-bit RGBA) against the standard's formulas
// computed by hand, against pydicom's apply_modality_lut / apply_windowing / apply_voi / apply_color_lut outputs,
// and against dcmtk's dcmj2pnm renderings of the same files (test/fixtures/render, see its MANIFEST.md).
//
// pydicom's window output is in its own units (y_min … y_max); the 8-bit level is round((y - y_min) /
// (y_max - y_min) × 255), half up, then inverted for MONOCHROME1 (pydicom does not invert). Its VOI LUT output
// is the LUT entry; the 8-bit level is round(entry × 255 / (2^bits - 1)). Palette entries: the same per channel.

import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { decodeFrame } from '../../src/dicom/pixels/decodeFrame';
import type { DecodedFrame, ImageInfo, RenderOptions } from '../../src/dicom/pixels/imageTypes';
import { probePixel } from '../../src/dicom/pixels/probe';
import { autoWindow, defaultWindow, renderFrame, windowPresets } from '../../src/dicom/pixels/render';
import { voiLutFunction, windowFunction } from '../../src/dicom/pixels/voiLut';
import {
  type LoadedFixture,
  loadFixture,
  makeFrame,
  type RefArray,
  RENDER_FIXTURES,
  round,
  values,
} from './pixels-render-fixtures';

/** The grey level of every pixel (R of RGBA), after checking G = B = R and alpha 255. */
function greys(rgba: Uint8ClampedArray): number[] {
  const out: number[] = [];
  for (let i = 0; i < rgba.length; i += 4) {
    assert.ok(rgba[i + 1] === rgba[i] && rgba[i + 2] === rgba[i] && rgba[i + 3] === 255, `pixel ${i / 4}`);
    out.push(rgba[i]);
  }
  return out;
}

function rgbOf(rgba: Uint8ClampedArray): number[] {
  const out: number[] = [];
  for (let i = 0; i < rgba.length; i += 4) {
    assert.equal(rgba[i + 3], 255);
    out.push(rgba[i], rgba[i + 1], rgba[i + 2]);
  }
  return out;
}

const level = (y: number, yMin: number, yMax: number) =>
  Math.min(255, Math.max(0, round(((y - yMin) / (yMax - yMin)) * 255)));

function maxDifference(a: number[], b: number[]): { max: number; count: number } {
  assert.equal(a.length, b.length);
  let max = 0;
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i] - b[i]);
    if (d) count++;
    max = Math.max(max, d);
  }
  return { max, count };
}

const level8 = (x: number, center: number, width: number, fn: 'LINEAR' | 'LINEAR_EXACT' | 'SIGMOID') =>
  Math.round(windowFunction(center, width, fn)(x) * 255);

describe('VOI functions: the standard formulas, by hand', () => {
  it('LINEAR 40/80 (PS3.3 C.11.2.1.2.1): x ≤ 0 → 0, x > 79 → 255, between ((x - 39.5) / 79 + 0.5) × 255', () => {
    // c - 0.5 - (w - 1) / 2 = 0 and c - 0.5 + (w - 1) / 2 = 79
    assert.equal(level8(-1000, 40, 80, 'LINEAR'), 0);
    assert.equal(level8(0, 40, 80, 'LINEAR'), 0);
    assert.equal(level8(1, 40, 80, 'LINEAR'), Math.round((1 / 79) * 255)); // 3
    assert.equal(level8(40, 40, 80, 'LINEAR'), 129); // (0.5 / 79 + 0.5) × 255 = 129.11
    assert.equal(level8(39.5, 40, 80, 'LINEAR'), 128); // exactly 0.5 → 127.5 → 128
    assert.equal(level8(78, 40, 80, 'LINEAR'), 252); // (38.5 / 79 + 0.5) × 255 = 251.77
    assert.equal(level8(79, 40, 80, 'LINEAR'), 255);
    assert.equal(level8(79.0001, 40, 80, 'LINEAR'), 255);
    assert.equal(level8(3000, 40, 80, 'LINEAR'), 255);
  });

  it('LINEAR width 1: a threshold at c - 0.5', () => {
    assert.equal(level8(99.5, 100, 1, 'LINEAR'), 0);
    assert.equal(level8(99.6, 100, 1, 'LINEAR'), 255);
  });

  it('LINEAR_EXACT 40/80 (C.11.2.1.3.2): x ≤ 0 → 0, x > 80 → 255, between ((x - 40) / 80 + 0.5) × 255', () => {
    assert.equal(level8(0, 40, 80, 'LINEAR_EXACT'), 0);
    assert.equal(level8(40, 40, 80, 'LINEAR_EXACT'), 128); // 127.5, half up
    assert.equal(level8(20, 40, 80, 'LINEAR_EXACT'), 64); // 63.75
    assert.equal(level8(80, 40, 80, 'LINEAR_EXACT'), 255);
    assert.equal(level8(0.5, 1, 0.5, 'LINEAR_EXACT'), 0);
    assert.equal(level8(1.125, 1, 0.5, 'LINEAR_EXACT'), 191); // (0.125 / 0.5 + 0.5) × 255 = 191.25
  });

  it('SIGMOID (C.11.2.1.3.1): 255 / (1 + exp(-4 (x - c) / w))', () => {
    assert.equal(level8(40, 40, 80, 'SIGMOID'), 128);
    assert.equal(level8(60, 40, 80, 'SIGMOID'), Math.round(255 / (1 + Math.exp(-1)))); // 186
    assert.equal(level8(0, 40, 80, 'SIGMOID'), Math.round(255 / (1 + Math.exp(2)))); // 31
    assert.equal(level8(-1e6, 40, 80, 'SIGMOID'), 0);
  });

  it('LINEAR below width 1 is read as LINEAR_EXACT (float data); width ≤ 0 is a threshold', () => {
    assert.equal(level8(0.3, 0.5, 0.5, 'LINEAR'), level8(0.3, 0.5, 0.5, 'LINEAR_EXACT'));
    assert.equal(level8(0.5, 0.5, 0, 'LINEAR'), 0);
    assert.equal(level8(0.51, 0.5, 0, 'LINEAR'), 255);
  });

  it('VOI LUT: entries over 2^bits - 1, first entry below the table, last above', () => {
    const lut = {
      firstValueMapped: 10,
      bitsPerEntry: 12,
      data: Uint16Array.from([0, 4095, 2048]),
      explanation: '',
    };
    const f = voiLutFunction(lut);
    assert.deepEqual([f(-5), f(10), f(11), f(12), f(99)], [0, 0, 1, 2048 / 4095, 2048 / 4095]);
  });
});

// ----------------------------------------------------------------------------------------------------------------

interface WindowCase {
  fixture: LoadedFixture;
  frame: DecodedFrame;
  window: { center: number; width: number; fn: 'LINEAR' | 'LINEAR_EXACT' | 'SIGMOID' };
  expected: number[];
  dcmtk?: number[];
  /** dcmtk's rendering of this very file (for a twin: to check it equals the twin's). */
  dcmtkOwn?: RefArray;
  label: string;
}

/**
 * The file whose pydicom reference stands for `name`: pydicom 2.3 misreads some variants that dcmtk (and we) read
 * as the original: OW LUT and overlay data of big endian files (words not swapped), and LUT Data and LUT Descriptor
 * in implicit VR (the 'US or OW' data as the wrong words, the descriptor's -1024 as 64512). For those the little
 * endian explicit twin's pydicom outputs are the oracle, and dcmtk's renderings of the two files are compared.
 */
const twin = (name: string) => name.replace(/-(be|implicit)\.dcm$/, '.dcm');

function windowCases(name: string): WindowCase[] {
  const fixture = loadFixture(name);
  const oracle = loadFixture(twin(name));
  const cases: WindowCase[] = [];
  for (const refFrame of oracle.ref.frames) {
    const frame = fixture.frame(refFrame.index);
    const info = fixture.info;
    const frameVals = info.perFrame?.[refFrame.index] ?? info.shared;
    const mono1 = info.format.photometric === 'MONOCHROME1';
    for (const w of refFrame.windows ?? []) {
      const file = frameVals.windows[w.index];
      const expected = values(w.voi).map((y) => {
        const l = level(y, w.yMin, w.yMax);
        return mono1 ? 255 - l : l;
      });
      cases.push({
        fixture,
        frame,
        window: { center: file.center, width: file.width, fn: w.function },
        expected,
        dcmtk: w.dcmtk ? values(w.dcmtk) : undefined,
        dcmtkOwn: fixture.ref.frames[refFrame.index].windows?.[w.index]?.dcmtk,
        label: `${name} frame ${refFrame.index} window ${w.index + 1} (${file.center}/${file.width} ${w.function})`,
      });
    }
  }
  return cases;
}

const WINDOWED = [
  'mono1.dcm',
  'ct-rescale.dcm',
  'ct-slope.dcm',
  'modality-lut.dcm',
  'modality-lut-implicit.dcm',
  'sigmoid.dcm',
  'linear-exact.dcm',
  'enhanced-per-frame.dcm',
];

describe('render: windows against pydicom apply_windowing', () => {
  for (const name of WINDOWED) {
    for (const c of windowCases(name)) {
      it(c.label, () => {
        const options: RenderOptions = { window: { center: c.window.center, width: c.window.width } };
        const ours = greys(renderFrame(c.frame, c.fixture.info, options));
        const { max, count } = maxDifference(ours, c.expected);
        assert.equal(max, 0, `${count} pixels differ`);
      });
    }
  }

  it('the default window is the file window 1 (per frame for enhanced files)', () => {
    for (const name of WINDOWED) {
      const [first] = windowCases(name).filter((c) => c.label.includes('window 1 '));
      for (const c of windowCases(name).filter((c) => c.label.includes('window 1 '))) {
        assert.deepEqual(greys(renderFrame(c.frame, c.fixture.info, {})), c.expected, c.label);
      }
      assert.ok(first);
    }
  });
});

describe('render: windows against dcmtk dcmj2pnm', () => {
  // dcmtk renders LINEAR and SIGMOID windows (no LINEAR_EXACT, no width below 1). It truncates the 8-bit level
  // where we round half up (the standard leaves that quantisation to the display), so it is never above us and
  // at most 1 below; for MONOCHROME1 it inverts before truncating, with the same result.
  for (const name of WINDOWED) {
    for (const c of windowCases(name).filter((c) => c.dcmtk)) {
      it(c.label, () => {
        const options: RenderOptions = { window: { center: c.window.center, width: c.window.width } };
        const ours = greys(renderFrame(c.frame, c.fixture.info, options));
        const dcmtk = c.dcmtk ?? [];
        const offsets = new Set(ours.map((v, i) => v - dcmtk[i]));
        assert.ok(
          [...offsets].every((d) => d === 0 || d === 1),
          `ours - dcmtk: ${[...offsets].join(', ')}`,
        );
        if (c.dcmtkOwn)
          assert.deepEqual(values(c.dcmtkOwn), c.dcmtk, 'dcmtk renders the variant as its twin');
      });
    }
  }
});

describe('render: modality values against pydicom apply_modality_lut', () => {
  for (const name of [
    ...WINDOWED,
    'voi-lut.dcm',
    'voi-lut-signed.dcm',
    'voi-lut-signed-implicit.dcm',
    'padding-range.dcm',
  ]) {
    it(name, () => {
      const fixture = loadFixture(name);
      for (const refFrame of loadFixture(twin(name)).ref.frames) {
        const frame = fixture.frame(refFrame.index);
        const expected = values(refFrame.modality ?? { dtype: 'uint8', shape: [], base64: '' });
        const ours = Array.from(
          { length: expected.length },
          (_, i) =>
            probePixel(frame, fixture.info, {}, i % frame.columns, Math.floor(i / frame.columns))?.modality,
        );
        assert.deepEqual(ours, expected, `frame ${refFrame.index}`);
      }
    });
  }
});

describe('render: VOI LUTs against pydicom apply_voi and dcmtk', () => {
  for (const name of ['voi-lut.dcm', 'voi-lut-signed.dcm', 'voi-lut-signed-implicit.dcm']) {
    const fixture = loadFixture(name);
    const oracle = loadFixture(twin(name));
    for (const lut of oracle.ref.frames[0].voiLuts ?? []) {
      it(`${name} LUT ${lut.index + 1}`, () => {
        const frame = fixture.frame(0);
        const table = fixture.info.shared.voiLuts[lut.index];
        const full = 2 ** lut.bits - 1;
        const expected = values(lut.voi).map((v) => round((v * 255) / full));
        const ours = greys(renderFrame(frame, fixture.info, { voiLutIndex: lut.index }));
        // pydicom indexes an 8-bit LUT with uint8 offsets, which wrap past 255: inputs beyond such a table are
        // checked against dcmtk only (both clamp to the last entry, PS3.3 C.11.2.1.1).
        const modality = values(oracle.ref.frames[0].modality ?? lut.voi);
        const inTable = (i: number) =>
          lut.bits > 8 || modality[i] < table.firstValueMapped + table.data.length;
        const checked = ours.map((_, i) => i).filter(inTable);
        assert.ok(checked.length > ours.length / 3);
        assert.deepEqual(
          checked.map((i) => ours[i]),
          checked.map((i) => expected[i]),
        );
        const dcmtk = values(fixture.ref.frames[0].voiLuts?.[lut.index].dcmtk ?? lut.dcmtk);
        const { max } = maxDifference(ours, dcmtk);
        assert.ok(max <= 1, `dcmtk differs by ${max}`);
        if (fixture !== oracle)
          assert.deepEqual(dcmtk, values(lut.dcmtk), 'dcmtk renders the variant as its twin');
      });
    }
  }

  it('without a window, the first VOI LUT is the default', () => {
    const fixture = loadFixture('voi-lut.dcm');
    const frame = fixture.frame(0);
    assert.equal(defaultWindow(frame, fixture.info)?.source, 'voiLut');
    assert.deepEqual(
      renderFrame(frame, fixture.info, {}),
      renderFrame(frame, fixture.info, { voiLutIndex: 0 }),
    );
  });
});

describe('render: palettes against pydicom apply_color_lut and dcmtk', () => {
  for (const name of [
    'palette-8bit.dcm',
    'palette-8in16.dcm',
    'palette-16bit.dcm',
    'palette-segmented.dcm',
    'palette-8bit-be.dcm',
    'palette-segmented-be.dcm',
  ]) {
    it(name, () => {
      const fixture = loadFixture(name);
      const oracle = loadFixture(name.replace(/-be\.dcm$/, '.dcm')); // pydicom misreads big endian OW (see imageinfo tests)
      const refFrame = oracle.ref.frames[0];
      const frame = fixture.frame(0);
      const bits = fixture.info.palette?.red.bitsPerEntry ?? 8;
      const expected = values(refFrame.palette ?? { dtype: 'uint8', shape: [], base64: '' }).map((v) =>
        round((v * 255) / (2 ** bits - 1)),
      );
      const ours = rgbOf(renderFrame(frame, fixture.info, {}));
      assert.deepEqual(ours, expected);
      if (fixture.ref.frames[0].dcmtk) {
        const { max, count } = maxDifference(ours, values(fixture.ref.frames[0].dcmtk));
        assert.ok(max <= 1, `dcmtk differs by ${max} on ${count} values`);
      } else {
        assert.match(fixture.ref.frames[0].dcmtkError ?? '', /Invalid element value/); // dcmtk has no segmented palettes
      }
      const inverted = rgbOf(renderFrame(frame, fixture.info, { invert: true }));
      assert.deepEqual(
        inverted,
        expected.map((v) => 255 - v),
      );
      assert.equal(defaultWindow(frame, fixture.info), undefined);
      assert.deepEqual(windowPresets(frame, fixture.info), []);
    });
  }
});

describe('render: presentation', () => {
  it('MONOCHROME1 is inverted; invert inverts again', () => {
    const fixture = loadFixture('mono1.dcm');
    const frame = fixture.frame(0);
    const plain = greys(renderFrame(frame, fixture.info, {}));
    const asMono2 = greys(renderFrame({ ...frame, photometric: 'MONOCHROME2' }, fixture.info, {}));
    assert.deepEqual(
      plain,
      asMono2.map((v) => 255 - v),
    );
    assert.deepEqual(greys(renderFrame(frame, fixture.info, { invert: true })), asMono2);
    // the stored value 0 (a 4 × 4 block) is white, 4095 black
    const stored = values(fixture.ref.frames[0].stored);
    assert.equal(plain[stored.indexOf(0)], 255);
    assert.equal(plain[stored.indexOf(4095)], 0);
  });

  it('voiFunction overrides the file function', () => {
    const fixture = loadFixture('sigmoid.dcm');
    const frame = fixture.frame(0);
    const linear = greys(renderFrame(frame, fixture.info, { voiFunction: 'LINEAR' }));
    const stored = values(fixture.ref.frames[0].stored);
    assert.deepEqual(
      linear,
      stored.map((x) => level8(x, 2048, 1024, 'LINEAR')),
    );
  });
});

// ----------------------------------------------------------------------------------------------------------------

function syntheticInfo(
  overrides: Partial<ImageInfo['format']> = {},
  info: Partial<ImageInfo> = {},
): ImageInfo {
  return {
    format: {
      rows: 2,
      columns: 3,
      samplesPerPixel: 1,
      bitsAllocated: 16,
      bitsStored: 16,
      highBit: 15,
      pixelRepresentation: 1,
      planarConfiguration: 0,
      photometric: 'MONOCHROME2',
      numberOfFrames: 1,
      pixelDataKind: 'integer',
      transferSyntaxUid: '1.2.840.10008.1.2.1',
      ...overrides,
    },
    shared: {
      rescaleSlope: 1,
      rescaleIntercept: 0,
      unit: '',
      windows: [],
      voiFunction: 'LINEAR',
      voiLuts: [],
    },
    overlays: [],
    modality: '',
    canSaveBitstream: true,
    ...info,
  };
}

describe('render: colour, float data and buffers', () => {
  it('RGB 8-bit: as stored; 12-bit: scaled by Bits Stored; invert', () => {
    const info = syntheticInfo({
      rows: 1,
      columns: 2,
      samplesPerPixel: 3,
      photometric: 'RGB',
      bitsAllocated: 8,
      bitsStored: 8,
    });
    const frame = makeFrame(Uint8Array.from([0, 128, 255, 10, 20, 30]), 'uint8', info);
    assert.deepEqual(Array.from(renderFrame(frame, info, {})), [0, 128, 255, 255, 10, 20, 30, 255]);
    assert.deepEqual(
      Array.from(renderFrame(frame, info, { invert: true })),
      [255, 127, 0, 255, 245, 235, 225, 255],
    );
    const info12 = syntheticInfo({
      rows: 1,
      columns: 1,
      samplesPerPixel: 3,
      photometric: 'RGB',
      bitsStored: 12,
    });
    const frame12 = makeFrame(Uint16Array.from([0, 2048, 4095]), 'uint16', info12);
    assert.deepEqual(Array.from(renderFrame(frame12, info12, {})), [0, round((2048 * 255) / 4095), 255, 255]);
    assert.equal(defaultWindow(frame12, info12), undefined);
    const probe = probePixel(frame12, info12, {}, 0, 0);
    assert.deepEqual(probe, { x: 0, y: 0, stored: [0, 2048, 4095], unit: '', rgb: [0, 128, 255] });
  });

  it('float data is computed per pixel and agrees with the lookup table path for integer values', () => {
    const info = syntheticInfo(
      { rows: 2, columns: 3 },
      {
        shared: {
          rescaleSlope: 2,
          rescaleIntercept: -10,
          unit: '',
          windows: [{ center: 0, width: 40, explanation: '' }],
          voiFunction: 'LINEAR',
          voiLuts: [],
        },
      },
    );
    const stored = [-20, -3, 0, 4, 11, 300];
    const ints = makeFrame(Int16Array.from(stored), 'int16', info);
    const floats = makeFrame(Float32Array.from(stored), 'float32', info, 0, { bitsStored: 32, signed: true });
    assert.deepEqual(renderFrame(floats, info, {}), renderFrame(ints, info, {}));
    assert.deepEqual(
      greys(renderFrame(ints, info, {})),
      stored.map((x) => level8(2 * x - 10, 0, 40, 'LINEAR')),
    );
  });

  it('NaN and infinities in float data render as black, not as an exception', () => {
    const info = syntheticInfo({ rows: 1, columns: 3 });
    const frame = makeFrame(Float64Array.from([NaN, Infinity, -Infinity]), 'float64', info, 0, {
      minValue: 0,
      maxValue: 0,
    });
    assert.deepEqual(greys(renderFrame(frame, info, { window: { center: 0, width: 10 } })), [0, 255, 0]);
  });

  it('writes into target (same object, no new buffer), even at an unaligned offset', () => {
    const fixture = loadFixture('ct-rescale.dcm');
    const frame = fixture.frame(0);
    const expected = renderFrame(frame, fixture.info, {});
    const target = new Uint8ClampedArray(expected.length);
    assert.equal(renderFrame(frame, fixture.info, {}, target), target);
    assert.deepEqual(target, expected);
    const unaligned = new Uint8ClampedArray(expected.length + 1).subarray(1);
    assert.equal(renderFrame(frame, fixture.info, {}, unaligned), unaligned);
    assert.deepEqual(unaligned, expected);
    const wrong = new Uint8ClampedArray(8);
    assert.notEqual(renderFrame(frame, fixture.info, {}, wrong), wrong);
  });

  it('a frame with fewer samples than pixels: the rest is opaque black', () => {
    const info = syntheticInfo({ rows: 1, columns: 3 });
    const frame = makeFrame(Int16Array.from([5]), 'int16', info);
    const out = renderFrame(frame, info, { window: { center: 0, width: 2 } });
    assert.deepEqual(Array.from(out), [255, 255, 255, 255, 0, 0, 0, 255, 0, 0, 0, 255]);
  });

  it('1-bit data: 0 black, 1 white by default', () => {
    const info = syntheticInfo({
      rows: 1,
      columns: 2,
      bitsAllocated: 1,
      bitsStored: 1,
      pixelRepresentation: 0,
    });
    const frame = makeFrame(Uint8Array.from([0, 1]), 'uint8', info);
    assert.deepEqual(greys(renderFrame(frame, info, {})), [0, 255]);
  });
});

// ----------------------------------------------------------------------------------------------------------------

/** The 0.5th and 99.5th percentile of the non-padding modality values, computed plainly. */
function percentileWindow(modality: number[]): { center: number; width: number } {
  const sorted = [...modality].sort((a, b) => a - b);
  const low = sorted[Math.floor(sorted.length * 0.005)];
  const high = sorted[Math.ceil(sorted.length * 0.995) - 1];
  return { center: (low + high) / 2 + 0.5, width: high - low + 1 };
}

describe('auto window', () => {
  it('leaves out the padding range (Pixel Padding Value 0, Range Limit 10)', () => {
    const fixture = loadFixture('padding-range.dcm');
    const frame = fixture.frame(0);
    const stored = values(fixture.ref.frames[0].stored);
    const auto = autoWindow(frame, fixture.info);
    assert.deepEqual(
      { center: auto.center, width: auto.width },
      percentileWindow(stored.filter((v) => v > 10)),
    );
    assert.equal(auto.explanation, 'Auto');
    const d = defaultWindow(frame, fixture.info);
    assert.deepEqual(d, { center: auto.center, width: auto.width, source: 'auto' });
  });

  it('CT: leaves out the declared padding; undeclared, the values below -1024 HU', () => {
    const fixture = loadFixture('ct-rescale.dcm');
    const frame = fixture.frame(0);
    const modality = values(fixture.ref.frames[0].modality ?? { dtype: 'uint8', shape: [], base64: '' });
    const expected = percentileWindow(modality.filter((v) => v !== -2000 - 1024));
    const declared = autoWindow(frame, fixture.info);
    assert.deepEqual({ center: declared.center, width: declared.width }, expected);
    const undeclared: ImageInfo = { ...fixture.info, pixelPaddingValue: undefined };
    const auto = autoWindow({ ...frame }, undeclared);
    assert.deepEqual({ center: auto.center, width: auto.width }, expected);
    assert.ok(expected.center - expected.width / 2 >= -1024);
  });

  it('an isolated spike at the minimum is left out (undeclared padding, not CT)', () => {
    const info = syntheticInfo({ rows: 10, columns: 10 });
    const stored = Array.from({ length: 100 }, (_, i) => (i < 30 ? -5000 : 100 + i));
    const frame = makeFrame(Int16Array.from(stored), 'int16', info);
    const auto = autoWindow(frame, info);
    assert.deepEqual({ center: auto.center, width: auto.width }, percentileWindow(stored.slice(30)));
  });

  it('a constant image, and float data', () => {
    const info = syntheticInfo({ rows: 2, columns: 2 });
    const constant = makeFrame(Int16Array.from([7, 7, 7, 7]), 'int16', info);
    assert.deepEqual(greys(renderFrame(constant, info, {})), [0, 0, 0, 0]);
    const floats = makeFrame(Float32Array.from([0, 0.25, 0.5, 1]), 'float32', info);
    const auto = autoWindow(floats, info);
    // the LINEAR window with edges on 0 and 1: c - 0.5 ∓ (w - 1) / 2
    assert.ok(Math.abs(auto.center - 1) < 1e-3 && Math.abs(auto.width - 2) < 1e-3, JSON.stringify(auto));
    assert.deepEqual(greys(renderFrame(floats, info, {})), [0, 64, 128, 255]);
  });
});

describe('window presets', () => {
  it('CT: the file windows by explanation, the CT presets, then Auto', () => {
    const fixture = loadFixture('ct-rescale.dcm');
    const presets = windowPresets(fixture.frame(0), fixture.info);
    assert.deepEqual(
      presets.map((p) => p.explanation),
      [
        'BRAIN',
        'BONE',
        'CT brain',
        'CT subdural',
        'CT lung',
        'CT mediastinum',
        'CT abdomen',
        'CT bone',
        'Auto',
      ],
    );
    assert.deepEqual(
      presets.find((p) => p.explanation === 'CT lung'),
      { center: -600, width: 1500, explanation: 'CT lung' },
    );
  });

  it('a window without explanation is "Window n"; no CT presets for MR', () => {
    const fixture = loadFixture('sigmoid.dcm');
    assert.deepEqual(
      windowPresets(fixture.frame(0), fixture.info).map((p) => p.explanation),
      ['Window 1', 'Window 2', 'Auto'],
    );
  });

  it('enhanced: the frame own windows', () => {
    const fixture = loadFixture('enhanced-per-frame.dcm');
    assert.equal(windowPresets(fixture.frame(1), fixture.info)[0].explanation, 'BONE');
    assert.equal(windowPresets(fixture.frame(3), fixture.info)[0].explanation, 'MEDIASTINUM');
    assert.deepEqual(defaultWindow(fixture.frame(2), fixture.info), {
      center: -600,
      width: 1500,
      source: 'file',
    });
  });
});

describe('probe', () => {
  it('CT: stored value, HU; outside the image: undefined; fractions floor', () => {
    const fixture = loadFixture('ct-rescale.dcm');
    const frame = fixture.frame(0);
    const stored = values(fixture.ref.frames[0].stored);
    const at = 5 * 32 + 7;
    assert.deepEqual(probePixel(frame, fixture.info, {}, 7.9, 5.2), {
      x: 7,
      y: 5,
      stored: [stored[at]],
      modality: stored[at] - 1024,
      unit: 'HU',
    });
    assert.equal(probePixel(frame, fixture.info, {}, -1, 0), undefined);
    assert.equal(probePixel(frame, fixture.info, {}, 32, 0), undefined);
    assert.equal(probePixel(frame, fixture.info, {}, 0, NaN), undefined);
  });

  it('palette: the index and the displayed RGB', () => {
    const fixture = loadFixture('palette-16bit.dcm');
    const frame = fixture.frame(0);
    const rgba = renderFrame(frame, fixture.info, {});
    const probe = probePixel(frame, fixture.info, {}, 3, 2);
    const i = (2 * 16 + 3) * 4;
    assert.deepEqual(probe?.rgb, [rgba[i], rgba[i + 1], rgba[i + 2]]);
    assert.deepEqual(probe?.stored, [values(fixture.ref.frames[0].stored)[2 * 16 + 3]]);
    assert.equal(probe?.modality, undefined);
  });

  it('modality LUT: the LUT output, with the LUT type as unit', () => {
    const fixture = loadFixture('modality-lut.dcm');
    const probe = probePixel(fixture.frame(0), fixture.info, {}, 0, 0);
    assert.equal(probe?.unit, 'OD');
    assert.equal(probe?.modality, 0); // stored 900, below the table's first value 1000: the first entry
  });
});

describe('render speed (window/level drag)', () => {
  for (const [rows, columns] of [
    [512, 512],
    [5000, 4000],
  ]) {
    it(`${columns} × ${rows} 16-bit`, function () {
      this.timeout(60000);
      const info = syntheticInfo(
        { rows, columns, bitsStored: 12, pixelRepresentation: 0 },
        {
          shared: {
            rescaleSlope: 1,
            rescaleIntercept: -1024,
            unit: 'HU',
            windows: [{ center: 40, width: 400, explanation: '' }],
            voiFunction: 'LINEAR',
            voiLuts: [],
          },
        },
      );
      const samples = new Uint16Array(rows * columns);
      for (let i = 0; i < samples.length; i++) samples[i] = (i * 2654435761) % 4096;
      const frame = makeFrame(samples, 'uint16', info);
      const target = new Uint8ClampedArray(rows * columns * 4);
      renderFrame(frame, info, {}, target);
      const runs = rows * columns > 1e6 ? 5 : 50;
      const start = process.hrtime.bigint();
      for (let k = 0; k < runs; k++)
        renderFrame(frame, info, { window: { center: 40 + k, width: 400 } }, target);
      const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
      console.log(`      renderFrame ${columns}×${rows} 16-bit: ${ms.toFixed(2)} ms`);
      assert.ok(ms < (rows * columns > 1e6 ? 1000 : 50), `${ms} ms`);
    });
  }
});

describe('overlays against dcmtk', () => {
  // dcmj2pnm (+Wm, overlays shown in their default Replace mode) paints overlay pixels at the maximum level.
  for (const name of ['overlay.dcm', 'overlay-be.dcm', 'overlay-multiframe.dcm']) {
    it(`${name}: dcmtk paints exactly our overlay pixels white (besides the image's own maximum)`, () => {
      const fixture = loadFixture(name);
      const { rows, columns } = fixture.info.format;
      for (const [k, rendered] of (fixture.ref.dcmtkOverlays ?? []).entries()) {
        const stored = values(fixture.ref.frames[k].stored);
        const max = Math.max(...stored);
        const min = Math.min(...stored);
        const expected = stored.map((v) => (v === max && max > min ? 1 : 0));
        for (const overlay of fixture.info.overlays) {
          const f = k - overlay.firstFrame;
          if (f < 0 || f >= overlay.frameCount) continue;
          for (let r = 0; r < overlay.rows; r++) {
            for (let c = 0; c < overlay.columns; c++) {
              const y = r + overlay.originRow;
              const x = c + overlay.originColumn;
              if (
                y >= 0 &&
                y < rows &&
                x >= 0 &&
                x < columns &&
                overlay.bits[(f * overlay.rows + r) * overlay.columns + c]
              ) {
                expected[y * columns + x] = 1;
              }
            }
          }
        }
        assert.deepEqual(
          values(rendered).map((v) => (v === 255 ? 1 : 0)),
          expected,
          `frame ${k}`,
        );
      }
    });
  }
});

describe('render: frames from the decoder', () => {
  // The tests above build frames from pydicom's pixel_array; the product gets them from decodeFrame.
  for (const name of readdirSync(RENDER_FIXTURES).filter((n) => n.endsWith('.dcm'))) {
    it(`${name}: decodeFrame gives pydicom's stored values, and the same rendering`, async () => {
      const fixture = loadFixture(name);
      for (const refFrame of fixture.ref.frames) {
        const decoded = await decodeFrame(fixture.file, fixture.info.format, refFrame.index);
        assert.deepEqual(Array.from(decoded.samples), values(refFrame.stored));
        const fromPydicom = fixture.frame(refFrame.index);
        assert.deepEqual(renderFrame(decoded, fixture.info, {}), renderFrame(fromPydicom, fixture.info, {}));
      }
    });
  }
});
