// readImageInfo on the render fixtures (made by scripts/fixtures/pixel-render.sh), checked against pydicom's
// reading of the same files (its palette expansion, its overlay_array) and against the values the fixtures were
// built with; then the enhanced CT of the main corpus, timing attributes, and damaged or absurd attributes,
// which must give defaults and a problem, never an exception.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseDicom } from '../../src/dicom/parser';
import { readImageInfo } from '../../src/dicom/pixels/imageInfo';
import type { ImageInfo } from '../../src/dicom/pixels/imageTypes';
import { expandSegmentedLut } from '../../src/dicom/pixels/segmentedPalette';
import { ByteWriter, EXPLICIT_BE, EXPLICIT_LE, IMPLICIT_LE, part10 } from './helpers/dicomWriter';
import { FIXTURES, loadFixture, RENDER_FIXTURES, values } from './pixels-render-fixtures';

const renderFixtures = readdirSync(RENDER_FIXTURES).filter((name) => name.endsWith('.dcm'));

describe('readImageInfo: render fixtures', () => {
  it('has the fixtures', () => assert.ok(renderFixtures.length >= 20, `only ${renderFixtures.length}`));

  for (const name of renderFixtures) {
    it(`${name}: the Image Pixel module as pydicom reads it, no problem`, () => {
      const { info, ref } = loadFixture(name);
      assert.equal(info.problem, undefined);
      assert.equal(info.canSaveBitstream, true);
      assert.equal(info.format.numberOfFrames, ref.frames.length);
      const shape = ref.frames[0].stored.shape;
      assert.deepEqual([info.format.rows, info.format.columns], shape.slice(0, 2));
      assert.equal(info.format.pixelDataKind, 'integer');
    });
  }

  it('CT: rescale, HU, both windows with their explanations, padding value', () => {
    const { info } = loadFixture('ct-rescale.dcm');
    assert.equal(info.modality, 'CT');
    assert.equal(info.format.pixelRepresentation, 1);
    assert.deepEqual(
      { slope: info.shared.rescaleSlope, intercept: info.shared.rescaleIntercept, unit: info.shared.unit },
      { slope: 1, intercept: -1024, unit: 'HU' },
    );
    assert.deepEqual(info.shared.windows, [
      { center: 40, width: 80, explanation: 'BRAIN' },
      { center: 400, width: 1800, explanation: 'BONE' },
    ]);
    assert.equal(info.shared.voiFunction, 'LINEAR');
    assert.equal(info.pixelPaddingValue, -2000);
    assert.equal(info.pixelPaddingRangeLimit, undefined);
    assert.equal(info.perFrame, undefined);
  });

  it('CT without Rescale Type: HU all the same; slope 0.5 kept', () => {
    const { info } = loadFixture('ct-slope.dcm');
    assert.equal(info.shared.rescaleSlope, 0.5);
    assert.equal(info.shared.unit, 'HU');
    assert.deepEqual(info.shared.windows, [{ center: 40.5, width: 401, explanation: '' }]);
  });

  for (const name of ['modality-lut.dcm', 'modality-lut-implicit.dcm']) {
    it(`${name}: Modality LUT Sequence (descriptor, data, explanation, type as unit)`, () => {
      const { info } = loadFixture(name);
      const lut = info.shared.modalityLut;
      assert.ok(lut);
      assert.equal(lut.firstValueMapped, 1000);
      assert.equal(lut.bitsPerEntry, 16);
      assert.equal(lut.explanation, 'SQUARES');
      assert.deepEqual(
        Array.from(lut.data),
        Array.from({ length: 256 }, (_, k) => k * k),
      );
      assert.equal(info.shared.unit, 'OD');
    });
  }

  it('VOI LUT Sequence: two tables, 12-bit and 8-bit entries in words', () => {
    const { info } = loadFixture('voi-lut.dcm');
    const [gamma, steps] = info.shared.voiLuts;
    assert.equal(info.shared.voiLuts.length, 2);
    assert.deepEqual([gamma.firstValueMapped, gamma.bitsPerEntry, gamma.data.length], [1024, 12, 2048]);
    assert.equal(gamma.explanation, 'GAMMA');
    assert.equal(gamma.data[2047], 4095);
    assert.deepEqual([steps.firstValueMapped, steps.bitsPerEntry, steps.data.length], [2000, 8, 256]);
    assert.deepEqual(Array.from(steps.data.slice(30, 34)), [0, 0, 36, 36]);
    assert.deepEqual(info.shared.windows, []);
  });

  for (const name of ['voi-lut-signed.dcm', 'voi-lut-signed-implicit.dcm']) {
    it(`${name}: the VOI LUT's first value mapped is -1024 (SS as written, or US 64512 read as signed)`, () => {
      const { info } = loadFixture(name);
      assert.equal(info.shared.voiLuts[0].firstValueMapped, -1024);
    });
  }

  it('VOI LUT Function SIGMOID and LINEAR_EXACT; a width of 0.5 is kept (valid for both)', () => {
    for (const [name, fn] of [
      ['sigmoid.dcm', 'SIGMOID'],
      ['linear-exact.dcm', 'LINEAR_EXACT'],
    ]) {
      const { info } = loadFixture(name);
      assert.equal(info.shared.voiFunction, fn);
      assert.deepEqual(
        info.shared.windows.map((w) => w.width),
        [1024, 0.5],
      );
    }
  });

  // pydicom's apply_color_lut over every input value from the first mapped one: its whole palette. pydicom 2.3
  // reads OW palette and overlay data of big endian files without swapping the words (its 8-bit entries and overlay
  // bits come out pairwise swapped), so big endian files are checked against the little endian file's pydicom
  // reference, and dcmtk's renderings of the two files are checked to be identical.
  for (const name of [
    'palette-8bit.dcm',
    'palette-8bit-be.dcm',
    'palette-8in16.dcm',
    'palette-16bit.dcm',
    'palette-segmented.dcm',
    'palette-segmented-be.dcm',
  ]) {
    it(`${name}: palette entries equal pydicom's`, () => {
      const { info } = loadFixture(name);
      const { ref } = loadFixture(littleEndianTwin(name));
      const palette = info.palette;
      assert.ok(palette && ref.paletteTable);
      const table = values(ref.paletteTable);
      const entries = ref.paletteTable.shape[0];
      for (const [c, lut] of [palette.red, palette.green, palette.blue].entries()) {
        assert.equal(lut.data.length, entries);
        const expected = Array.from({ length: entries }, (_, k) => table[k * 3 + c]);
        assert.deepEqual(Array.from(lut.data), expected, `channel ${c}`);
      }
    });
  }

  it('palette descriptors: first value mapped, bits per entry (8-bit data in words reads as 8-bit)', () => {
    assert.deepEqual(descriptor(loadFixture('palette-8bit.dcm').info), [200, 20, 8]);
    assert.deepEqual(descriptor(loadFixture('palette-8in16.dcm').info), [256, 0, 8]);
    assert.deepEqual(descriptor(loadFixture('palette-16bit.dcm').info), [4096, 0, 16]);
    assert.deepEqual(descriptor(loadFixture('palette-segmented.dcm').info), [256, 0, 16]);
  });

  it('enhanced: per-frame rescale and windows, frame 4 takes the shared window', () => {
    const { info } = loadFixture('enhanced-per-frame.dcm');
    assert.ok(info.perFrame);
    assert.equal(info.perFrame.length, 4);
    const summary = info.perFrame.map((v) => [
      v.rescaleSlope,
      v.rescaleIntercept,
      v.unit,
      v.windows.map((w) => `${w.center}/${w.width} ${w.explanation}`).join(),
      v.voiFunction,
    ]);
    assert.deepEqual(summary, [
      [1, -1024, 'HU', '40/80 BRAIN', 'LINEAR'],
      [1, -1000, 'HU', '400/1800 BONE', 'LINEAR'],
      [2, -1024, 'HU', '-600/1500 LUNG', 'SIGMOID'],
      [1, -1024, 'HU', '50/350 MEDIASTINUM', 'LINEAR'],
    ]);
    assert.deepEqual(info.shared.windows, [{ center: 50, width: 350, explanation: 'MEDIASTINUM' }]);
  });

  for (const name of ['overlay.dcm', 'overlay-be.dcm', 'overlay-multiframe.dcm']) {
    it(`${name}: overlay planes equal pydicom's overlay_array`, () => {
      const { info } = loadFixture(name);
      const { ref } = loadFixture(littleEndianTwin(name));
      assert.ok(ref.overlays);
      assert.deepEqual(
        info.overlays.map((o) => o.group),
        ref.overlays.map((o) => o.group),
      );
      for (const [i, overlay] of info.overlays.entries()) {
        const expected = values(ref.overlays[i].bits);
        assert.equal(overlay.bits.length, overlay.rows * overlay.columns * overlay.frameCount);
        assert.deepEqual(Array.from(overlay.bits), expected, `group ${overlay.group.toString(16)}`);
      }
    });
  }

  it('dcmtk renders the big endian files exactly as their little endian twins', () => {
    for (const name of ['palette-8bit-be.dcm', 'overlay-be.dcm']) {
      const be = loadFixture(name).ref;
      const le = loadFixture(littleEndianTwin(name)).ref;
      assert.deepEqual(be.frames[0].dcmtk ?? be.dcmtkOverlays, le.frames[0].dcmtk ?? le.dcmtkOverlays, name);
    }
  });

  it('overlay attributes: origin (0-based), type, label, frames', () => {
    const [ring, box] = loadFixture('overlay.dcm').info.overlays;
    assert.deepEqual(
      { ...ring, bits: undefined },
      {
        group: 0x6000,
        rows: 32,
        columns: 32,
        originRow: 0,
        originColumn: 0,
        type: 'G',
        label: 'RING',
        firstFrame: 0,
        frameCount: 1,
        bits: undefined,
      },
    );
    assert.deepEqual(
      [box.rows, box.columns, box.originRow, box.originColumn, box.type, box.label],
      [10, 13, 4, 6, 'R', 'BOX'],
    );
    const [multi] = loadFixture('overlay-multiframe.dcm').info.overlays;
    assert.deepEqual([multi.firstFrame, multi.frameCount], [1, 2]);
  });

  it('Pixel Padding Value with Range Limit', () => {
    const { info } = loadFixture('padding-range.dcm');
    assert.deepEqual([info.pixelPaddingValue, info.pixelPaddingRangeLimit], [0, 10]);
  });
});

const littleEndianTwin = (name: string) => name.replace(/-be\.dcm$/, '.dcm');

function descriptor(info: ImageInfo): number[] {
  const red = info.palette?.red;
  return red ? [red.data.length, red.firstValueMapped, red.bitsPerEntry] : [];
}

describe('readImageInfo: the main corpus', () => {
  it('enhanced CT of 50 frames: per-frame values from the functional groups', () => {
    const info = readImageInfo(
      parseDicom(readFileSync(path.join(FIXTURES, 'enhanced/enhanced-ct-50-frames.dcm'))),
    );
    assert.ok(info?.perFrame);
    assert.equal(info.format.numberOfFrames, 50);
    assert.equal(info.perFrame.length, 50);
    for (const values of info.perFrame) {
      assert.deepEqual([values.rescaleIntercept, values.rescaleSlope, values.unit], [-1024, 1, 'HU']);
      assert.deepEqual(values.windows, [{ center: 40, width: 400, explanation: 'BRAIN' }]);
    }
  });

  it('multi-frame with Frame Time: frameTimeMs', () => {
    const info = readImageInfo(parseDicom(readFileSync(path.join(FIXTURES, 'multiframe/explicit-le.dcm'))));
    assert.ok(info);
    assert.equal(info.format.numberOfFrames, 10);
    assert.ok(info.frameTimeMs !== undefined && info.frameTimeMs > 0);
  });

  it('encapsulated pixel data: the bitstream can be saved', () => {
    const info = readImageInfo(parseDicom(readFileSync(path.join(FIXTURES, 'ts/jpeg-lossless.dcm'))));
    assert.ok(info);
    assert.equal(info.canSaveBitstream, true);
    assert.equal(info.problem, undefined);
    assert.equal(info.format.transferSyntaxUid, '1.2.840.10008.1.2.4.57');
  });

  it('every codec fixture with a decoded reference has an image and no problem (YBR_FULL_422 included)', () => {
    const references = path.join(FIXTURES, 'codec', 'reference', 'codec');
    let checked = 0;
    for (const folder of ['native', 'encapsulated']) {
      for (const name of readdirSync(path.join(references, folder)).filter((n) => n.endsWith('.ref.json'))) {
        const fixture = path.join(FIXTURES, 'codec', folder, name.replace(/\.ref\.json$/, '.dcm'));
        const info = readImageInfo(parseDicom(readFileSync(fixture)));
        assert.ok(info, fixture);
        assert.equal(info.problem, undefined, `${name}: ${info.problem}`);
        checked++;
      }
    }
    assert.ok(checked >= 36, `only ${checked} references`);
  });

  it('a structured report (no pixels, no image attributes): undefined', () => {
    const info = readImageInfo(parseDicom(readFileSync(path.join(FIXTURES, 'seq/explicit-defined.dcm'))));
    assert.equal(info, undefined);
  });

  it('never throws on any fixture, damaged ones included', () => {
    const all = listFiles(FIXTURES).filter((f) => !f.includes(`${path.sep}reference${path.sep}`));
    assert.ok(all.length > 60);
    for (const file of all) readImageInfo(parseDicom(readFileSync(file)));
  });

  it('never throws on randomly damaged copies of the render fixtures', () => {
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (const name of renderFixtures) {
      const original = readFileSync(path.join(RENDER_FIXTURES, name));
      for (let trial = 0; trial < 40; trial++) {
        const bytes = Uint8Array.from(original);
        for (let k = 0; k < 8; k++) bytes[132 + Math.floor(random() * (bytes.length - 132))] = random() * 256;
        const cut = trial % 4 === 0 ? bytes.subarray(0, Math.floor(random() * bytes.length)) : bytes;
        readImageInfo(parseDicom(cut));
      }
    }
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

// --------------------------------------------------------------------------------------------------------------
// Hand-built data sets: exact attributes, damaged on purpose.

const EXPLICIT_LE_UID = '1.2.840.10008.1.2.1';

interface Element {
  tag: [number, number];
  vr: string;
  bytes?: number[];
  text?: string;
  us?: number[];
}

function build(elements: Element[], encoding = EXPLICIT_LE, uid = EXPLICIT_LE_UID): ImageInfo | undefined {
  const w = new ByteWriter(encoding);
  const sorted = [...elements].sort((a, b) => a.tag[0] - b.tag[0] || a.tag[1] - b.tag[1]);
  for (const e of sorted) {
    if (e.text !== undefined) w.text(e.tag[0], e.tag[1], e.vr, e.text);
    else if (e.us) {
      w.header(e.tag[0], e.tag[1], e.vr, e.us.length * 2);
      for (const v of e.us) w.u16(v & 0xffff);
    } else w.header(e.tag[0], e.tag[1], e.vr, e.bytes?.length ?? 0).raw(e.bytes ?? []);
  }
  return readImageInfo(parseDicom(part10(uid, w.bytes())));
}

const us = (group: number, element: number, ...v: number[]): Element => ({
  tag: [group, element],
  vr: 'US',
  us: v,
});
const text = (group: number, element: number, vr: string, value: string): Element => ({
  tag: [group, element],
  vr,
  text: value,
});
const pixels = (n: number): Element => ({ tag: [0x7fe0, 0x0010], vr: 'OW', bytes: new Array(n).fill(0) });

function image(extra: Element[] = [], omit: number[] = []): Element[] {
  const base = [
    us(0x0028, 0x0002, 1),
    text(0x0028, 0x0004, 'CS', 'MONOCHROME2'),
    us(0x0028, 0x0010, 2),
    us(0x0028, 0x0011, 2),
    us(0x0028, 0x0100, 16),
    us(0x0028, 0x0101, 12),
    us(0x0028, 0x0102, 11),
    us(0x0028, 0x0103, 0),
    pixels(8),
  ].filter((e) => !omit.includes((e.tag[0] << 16) | e.tag[1]));
  const extraTags = new Set(extra.map((e) => (e.tag[0] << 16) | e.tag[1]));
  return [...base.filter((e) => !extraTags.has((e.tag[0] << 16) | e.tag[1])), ...extra];
}

describe('readImageInfo: hand-built attributes', () => {
  it('defaults: slope 1, intercept 0, no windows, LINEAR, one frame', () => {
    const info = build(image());
    assert.ok(info);
    assert.equal(info.problem, undefined);
    assert.deepEqual(
      [info.shared.rescaleSlope, info.shared.rescaleIntercept, info.shared.unit, info.shared.voiFunction],
      [1, 0, '', 'LINEAR'],
    );
    assert.deepEqual(info.shared.windows, []);
    assert.equal(info.format.numberOfFrames, 1);
    assert.equal(info.modality, '');
  });

  it('missing Rows and Bits Allocated: a problem naming both', () => {
    const info = build(image([], [0x00280010, 0x00280100]));
    assert.ok(info?.problem);
    assert.match(info.problem, /Rows \(0028,0010\)/);
    assert.match(info.problem, /Bits Allocated \(0028,0100\)/);
  });

  it('Bits Stored above Bits Allocated, and a High Bit outside: problems', () => {
    const info = build(image([us(0x0028, 0x0101, 20), us(0x0028, 0x0102, 19)]));
    assert.match(info?.problem ?? '', /Bits Stored \(0028,0101\) is 20/);
    assert.match(info?.problem ?? '', /High Bit/);
  });

  it('Samples per Pixel 3 with MONOCHROME2, and 4 samples: problems', () => {
    assert.match(build(image([us(0x0028, 0x0002, 3)]))?.problem ?? '', /MONOCHROME2 needs 1 sample/);
    assert.match(
      build(image([us(0x0028, 0x0002, 4)]))?.problem ?? '',
      /Samples per Pixel \(0028,0002\) is 4/,
    );
  });

  it('image attributes without pixel data: a problem; nothing at all: undefined', () => {
    const info = build(image([], [0x7fe00010]));
    assert.match(info?.problem ?? '', /no Pixel Data element/);
    assert.equal(info?.canSaveBitstream, false);
    assert.equal(build([text(0x0008, 0x0060, 'CS', 'SR')]), undefined);
  });

  it('native pixel data shorter than one frame, or empty: a problem', () => {
    assert.match(build(image([pixels(4)]))?.problem ?? '', /holds 4 bytes, less than one frame \(8 bytes\)/);
    const empty = build(image([pixels(0)]));
    assert.match(empty?.problem ?? '', /empty/);
    assert.equal(empty?.canSaveBitstream, false);
  });

  it('float pixel data: kind and 32 bits', () => {
    const info = build(
      image([{ tag: [0x7fe0, 0x0008], vr: 'OF', bytes: new Array(16).fill(0) }], [0x7fe00010, 0x00280100]),
    );
    assert.equal(info?.format.pixelDataKind, 'float');
    assert.equal(info?.format.bitsAllocated, 32);
    assert.equal(info?.problem, undefined);
  });

  it('garbage numbers read as defaults: DS "abc", an empty window width, a zero slope', () => {
    const info = build(
      image([
        text(0x0028, 0x1050, 'DS', 'abc\\40'),
        text(0x0028, 0x1051, 'DS', '\\80'),
        text(0x0028, 0x1052, 'DS', 'x'),
        text(0x0028, 0x1053, 'DS', '0'),
        text(0x0028, 0x0008, 'IS', '-3'),
        text(0x0028, 0x1056, 'CS', 'CUBIC'),
      ]),
    );
    assert.ok(info);
    assert.deepEqual(info.shared.windows, [{ center: 40, width: 80, explanation: '' }]);
    assert.deepEqual([info.shared.rescaleSlope, info.shared.rescaleIntercept], [1, 0]);
    assert.equal(info.format.numberOfFrames, 1);
    assert.equal(info.shared.voiFunction, 'LINEAR');
  });

  it('Rescale Type "US" means unspecified: no unit; MR with a Rescale Type: that type', () => {
    const unspecified = build(
      image([
        text(0x0028, 0x1052, 'DS', '0'),
        text(0x0028, 0x1053, 'DS', '2'),
        text(0x0028, 0x1054, 'LO', 'US'),
      ]),
    );
    assert.equal(unspecified?.shared.unit, '');
    const typed = build(
      image([
        text(0x0008, 0x0060, 'CS', 'PT'),
        text(0x0028, 0x1053, 'DS', '0.1'),
        text(0x0028, 0x1054, 'LO', 'BQML'),
      ]),
    );
    assert.equal(typed?.shared.unit, 'BQML');
  });

  it('PALETTE COLOR without palette, and with a damaged descriptor: problems', () => {
    const palette = text(0x0028, 0x0004, 'CS', 'PALETTE COLOR');
    assert.match(build(image([palette]))?.problem ?? '', /no palette/);
    const damaged = build(
      image([palette, us(0x0028, 0x1101, 256), us(0x0028, 0x1102, 256, 0, 8), us(0x0028, 0x1103, 256, 0, 8)]),
    );
    assert.match(damaged?.problem ?? '', /damaged palette/);
  });

  it('a descriptor whose first value is 0 means 65536 entries', () => {
    const data = Array.from({ length: 65536 }, (_, k) => k & 0xff);
    const channel = (d: number, e: number): Element[] => [
      us(0x0028, d, 0, 0, 8),
      { tag: [0x0028, e], vr: 'OW', bytes: data },
    ];
    const info = build(
      image([
        text(0x0028, 0x0004, 'CS', 'PALETTE COLOR'),
        ...channel(0x1101, 0x1201),
        ...channel(0x1102, 0x1202),
        ...channel(0x1103, 0x1203),
      ]),
    );
    assert.equal(info?.problem, undefined);
    assert.equal(info?.palette?.red.data.length, 65536);
    assert.equal(info?.palette?.green.data[0x1234], 0x34);
  });

  it('a signed image: the palette first value mapped is signed', () => {
    const info = build(
      image([
        us(0x0028, 0x0103, 1),
        text(0x0028, 0x0004, 'CS', 'PALETTE COLOR'),
        us(0x0028, 0x1101, 4, 0xfffe, 16),
        us(0x0028, 0x1102, 4, 0xfffe, 16),
        us(0x0028, 0x1103, 4, 0xfffe, 16),
        us(0x0028, 0x1201, 1, 2, 3, 4),
        us(0x0028, 0x1202, 1, 2, 3, 4),
        us(0x0028, 0x1203, 1, 2, 3, 4),
      ]),
    );
    assert.equal(info?.palette?.red.firstValueMapped, -2);
  });

  it('8-bit LUT entries written in the high byte of each word', () => {
    const info = build(
      image([
        text(0x0028, 0x0004, 'CS', 'PALETTE COLOR'),
        us(0x0028, 0x1101, 3, 0, 8),
        us(0x0028, 0x1102, 3, 0, 8),
        us(0x0028, 0x1103, 3, 0, 8),
        us(0x0028, 0x1201, 0x0100, 0x8000, 0xff00),
        us(0x0028, 0x1202, 0x0100, 0x8000, 0xff00),
        us(0x0028, 0x1203, 0x0100, 0x8000, 0xff00),
      ]),
    );
    assert.deepEqual(Array.from(info?.palette?.red.data ?? []), [1, 128, 255]);
  });

  it('implicit VR and big endian files read the same values', () => {
    const elements = image([
      text(0x0028, 0x1050, 'DS', '100'),
      text(0x0028, 0x1051, 'DS', '200'),
      text(0x0008, 0x0060, 'CS', 'MR'),
    ]);
    const le = build(elements);
    const implicit = build(elements, IMPLICIT_LE, '1.2.840.10008.1.2');
    const be = build(elements, EXPLICIT_BE, '1.2.840.10008.1.2.2');
    for (const info of [implicit, be]) {
      assert.deepEqual(info?.format.rows, le?.format.rows);
      assert.deepEqual(info?.shared.windows, le?.shared.windows);
    }
  });

  it('Frame Time Vector (mean of the intervals) and Cine Rate when there is no Recommended Display Frame Rate', () => {
    const info = build(image([text(0x0018, 0x1065, 'DS', '0\\40\\60'), text(0x0018, 0x0040, 'IS', '12')]));
    assert.equal(info?.frameTimeMs, 50);
    assert.equal(info?.recommendedFps, 12);
    const both = build(
      image([
        text(0x0018, 0x1063, 'DS', '33.3'),
        text(0x0008, 0x2144, 'IS', '30'),
        text(0x0018, 0x0040, 'IS', '12'),
      ]),
    );
    assert.deepEqual([both?.frameTimeMs, both?.recommendedFps], [33.3, 30]);
  });

  it('an overlay without Overlay Data (embedded in pixel data, retired) is left out; short data is padded', () => {
    const info = build(
      image([
        us(0x6000, 0x0010, 4),
        us(0x6000, 0x0011, 4),
        us(0x6000, 0x0100, 16),
        us(0x6002, 0x0010, 4),
        us(0x6002, 0x0011, 8),
        { tag: [0x6002, 0x3000], vr: 'OB', bytes: [0xff, 0x01] },
      ]),
    );
    assert.equal(info?.overlays.length, 1);
    const [overlay] = info?.overlays ?? [];
    assert.equal(overlay.bits.length, 32);
    assert.deepEqual(Array.from(overlay.bits.slice(0, 10)), [1, 1, 1, 1, 1, 1, 1, 1, 1, 0]);
    assert.equal(
      overlay.bits.slice(16).reduce((a, b) => a + b, 0),
      0,
    );
    assert.equal(overlay.type, 'G');
  });
});

describe('segmented palettes (PS3.3 C.7.9.2)', () => {
  it('discrete, then linear to the end point (half up), then indirect replay', () => {
    // discrete [10, 20]; linear 3 entries to 50: 30, 40, 50; indirect: 2 segments from byte offset 0
    const data = [0, 2, 10, 20, 1, 3, 50, 2, 2, 0, 0];
    assert.deepEqual(Array.from(expandSegmentedLut(data, 10, 2)), [10, 20, 30, 40, 50, 10, 20, 30, 40, 50]);
  });

  it('an indirect offset counted in bytes (the standard) or in words (pydicom, dcm4che)', () => {
    // segments: discrete [7] at word 0, discrete [1, 2] at word 3, indirect to the second one
    const bytesOffset = [0, 1, 7, 0, 2, 1, 2, 2, 1, 6, 0];
    const wordsOffset = [0, 1, 7, 0, 2, 1, 2, 2, 1, 3, 0];
    assert.deepEqual(Array.from(expandSegmentedLut(bytesOffset, 5, 2)), [7, 1, 2, 1, 2]);
    assert.deepEqual(Array.from(expandSegmentedLut(wordsOffset, 5, 2)), [7, 1, 2, 1, 2]);
  });

  it('damaged tables: short data padded with the last entry, a reserved opcode stops, self-reference is bounded', () => {
    assert.deepEqual(Array.from(expandSegmentedLut([0, 2, 5, 6], 4, 2)), [5, 6, 6, 6]);
    assert.deepEqual(Array.from(expandSegmentedLut([0, 1, 9, 7, 1, 1], 3, 2)), [9, 9, 9]);
    assert.equal(expandSegmentedLut([0, 1, 4, 2, 5, 0, 0], 100, 2).length, 100);
    assert.deepEqual(Array.from(expandSegmentedLut([1, 2, 8], 3, 2)), [8, 8, 8]);
    assert.deepEqual(Array.from(expandSegmentedLut([], 2, 2)), [0, 0]);
  });
});
