// decodeFrame's refusals and frameBitstream: unsupported syntaxes named with their UID, frames out of range,
// data shorter than the header says, truncated and corrupt fragments (every codec), random corruption (never
// anything but a frame or a PixelDataError, and the codec still works afterwards), and the exact bytes that
// frameBitstream hands out, through the Basic and Extended Offset Tables and fragment scanning alike.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { DicomElement, DicomFile, DicomFragment } from '../../src/dicom/model';
import { parseDicom } from '../../src/dicom/parser';
import { configureCodecSandbox, decodeInSandbox } from '../../src/dicom/pixels/codecs/sandbox';
import { decodeFrame, frameBitstream, transferSyntaxSupport } from '../../src/dicom/pixels/decodeFrame';
import { PixelDataError, type DecodedFrame, type PixelFormat } from '../../src/dicom/pixels/imageTypes';
import { FIXTURES, formatOf, parseFixture } from './pixels-decode.support';

const PIXEL_DATA = 0x7fe00010;

function pixelElement(file: DicomFile): DicomElement {
  const element = file.dataset.find((e) => e.tag === PIXEL_DATA);
  assert.ok(element);
  return element;
}

function fragmentBytes(file: DicomFile, fragment: DicomFragment): Uint8Array {
  return file.bytes.subarray(fragment.valueOffset, fragment.valueOffset + fragment.length);
}

/** The file with its pixel data element replaced (the parsed model is plain data). */
function withPixelElement(file: DicomFile, change: (element: DicomElement) => DicomElement): DicomFile {
  return { ...file, dataset: file.dataset.map((e) => (e.tag === PIXEL_DATA ? change(e) : e)) };
}

async function rejection(promise: Promise<unknown>): Promise<PixelDataError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof PixelDataError, `expected a PixelDataError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a rejection');
}

/** A copy of a fixture's bytes, parsed afresh, so that tests may damage it. */
function freshCopy(relative: string): DicomFile {
  return parseDicom(new Uint8Array(readFileSync(path.join(FIXTURES, relative))));
}

const ENCAPSULATED = [
  'ts/mono8-jpeg-baseline.dcm',
  'ts/rgb-jpeg-baseline.dcm',
  'ts/jpeg-extended-12bit.dcm',
  'ts/jpeg-lossless.dcm',
  'ts/jpeg-lossless-sv1.dcm',
  'ts/jpegls-lossless.dcm',
  'ts/mono12-jpegls-near-lossless.dcm',
  'ts/j2k-lossless.dcm',
  'ts/j2k-lossy.dcm',
  'ts/rle.dcm',
  'ts/rgb-rle.dcm',
  'codec/encapsulated/htj2k-lossless-signed16.dcm',
  'codec/encapsulated/htj2k-lossy.dcm',
  'codec/encapsulated/uncompressed-rgb.dcm',
];

describe('transferSyntaxSupport', () => {
  it('names every supported syntax', () => {
    for (const [uid, extension] of [
      ['1.2.840.10008.1.2', 'raw'],
      ['1.2.840.10008.1.2.1', 'raw'],
      ['1.2.840.10008.1.2.2', 'raw'],
      ['1.2.840.10008.1.2.1.99', 'raw'],
      ['1.2.840.10008.1.2.1.98', 'raw'],
      ['1.2.840.10008.1.2.5', 'rle'],
      ['1.2.840.10008.1.2.4.50', 'jpg'],
      ['1.2.840.10008.1.2.4.51', 'jpg'],
      ['1.2.840.10008.1.2.4.57', 'jpg'],
      ['1.2.840.10008.1.2.4.70', 'jpg'],
      ['1.2.840.10008.1.2.4.80', 'jls'],
      ['1.2.840.10008.1.2.4.81', 'jls'],
      ['1.2.840.10008.1.2.4.90', 'j2k'],
      ['1.2.840.10008.1.2.4.91', 'j2k'],
      ['1.2.840.10008.1.2.4.201', 'jhc'],
      ['1.2.840.10008.1.2.4.202', 'jhc'],
      ['1.2.840.10008.1.2.4.203', 'jhc'],
    ]) {
      const support = transferSyntaxSupport(uid);
      assert.equal(support.supported, true, uid);
      assert.equal(support.reason, undefined);
      assert.equal(support.bitstreamExtension, extension, uid);
      assert.ok(support.name.length > 0);
    }
    assert.equal(
      transferSyntaxSupport('1.2.840.10008.1.2.4.80\0').name,
      'JPEG-LS Lossless Image Compression',
    );
  });

  it('refuses video, JPEG XL, JPIP and unknown syntaxes, naming them and their UID', () => {
    for (const [uid, name, extension] of [
      ['1.2.840.10008.1.2.4.100', 'MPEG2 Main Profile / Main Level', 'mpg'],
      ['1.2.840.10008.1.2.4.102', 'MPEG-4 AVC/H.264 High Profile / Level 4.1', 'mp4'],
      ['1.2.840.10008.1.2.4.107', 'HEVC/H.265 Main Profile / Level 5.1', 'mp4'],
      ['1.2.840.10008.1.2.4.108', 'HEVC/H.265 Main 10 Profile / Level 5.1', 'mp4'],
      ['1.2.840.10008.1.2.4.110', 'JPEG XL Lossless', 'jxl'],
      ['1.2.840.10008.1.2.4.112', 'JPEG XL', 'jxl'],
      ['1.2.840.10008.1.2.4.94', 'JPIP Referenced', 'raw'],
      ['1.2.840.10008.1.2.4.55', 'JPEG Full Progression, Non-Hierarchical (Process 10 and 12)', 'jpg'],
    ]) {
      const support = transferSyntaxSupport(uid);
      assert.equal(support.supported, false, uid);
      assert.equal(support.name, name);
      assert.equal(support.bitstreamExtension, extension);
      assert.ok(support.reason?.includes(name) && support.reason.includes(`(${uid})`), support.reason);
    }
    const unknown = transferSyntaxSupport('1.2.3.4.5');
    assert.equal(unknown.supported, false);
    assert.ok(unknown.reason?.includes('1.2.3.4.5'));
    assert.match(transferSyntaxSupport('1.2.840.10008.1.2.4.102').reason ?? '', /video/);
  });
});

describe('decodeFrame refusals', () => {
  for (const [fixture, extension] of [
    ['codec/unsupported/mpeg4-h264.dcm', 'mp4'],
    ['codec/unsupported/jpeg-xl-lossless.dcm', 'jxl'],
    ['codec/unsupported/unknown-syntax.dcm', 'bin'],
  ]) {
    it(`${fixture}: rejects with the syntax named, and still hands out the bitstream`, async () => {
      const file = parseFixture(fixture);
      const format = formatOf(file);
      const support = transferSyntaxSupport(format.transferSyntaxUid);
      assert.equal(support.bitstreamExtension, extension);
      const error = await rejection(decodeFrame(file, format, 0));
      assert.equal(error.message, support.reason);
      assert.equal(error.offset, pixelElement(file).offset);
      const fragments = pixelElement(file).fragments ?? [];
      if (extension === 'mp4') {
        // One video stream for all frames: every index gives all of it.
        const all = Buffer.concat(fragments.slice(1).map((f) => fragmentBytes(file, f)));
        assert.deepEqual(Buffer.from(frameBitstream(file, format, 1)), all);
      } else {
        for (let index = 0; index < format.numberOfFrames; index++) {
          assert.deepEqual(frameBitstream(file, format, index), fragmentBytes(file, fragments[index + 1]));
        }
      }
    });
  }

  it('rejects a frame index out of range, or not an integer', async () => {
    const file = parseFixture('multiframe/rle.dcm');
    const format = formatOf(file);
    for (const index of [-1, format.numberOfFrames, 2.5, Number.NaN]) {
      const error = await rejection(decodeFrame(file, format, index));
      assert.match(error.message, /does not exist: the image has 10 frames/);
      assert.throws(() => frameBitstream(file, format, index), PixelDataError);
    }
    const native = parseFixture('multiframe/explicit-le.dcm');
    await rejection(decodeFrame(native, formatOf(native), 10));
  });

  it('rejects native data shorter than Rows × Columns × Samples × Bits, before allocating', async () => {
    const file = parseFixture('ts/explicit-le.dcm');
    const format = formatOf(file);
    const error = await rejection(decodeFrame(file, { ...format, rows: format.rows * 2 }, 0));
    assert.match(error.message, /holds 8192 bytes \(0 whole frames/);
    assert.equal(error.offset, pixelElement(file).offset);
    // Too many frames for the data: the last ones are refused, the first still decodes.
    const many = { ...format, numberOfFrames: 3 };
    await decodeFrame(file, many, 0);
    await rejection(decodeFrame(file, many, 1));
    // A header describing an absurd frame is refused without trying to allocate it.
    const huge = await rejection(
      decodeFrame(file, { ...format, rows: 65535, columns: 65535, samplesPerPixel: 3, bitsAllocated: 32 }, 0),
    );
    assert.match(huge.message, /too large/);
  });

  it('rejects a file cut inside its pixel data or inside a fragment, with the offset', async () => {
    const cut = parseFixture('damaged/truncated-in-pixel-data.dcm');
    const error = await rejection(decodeFrame(cut, formatOf(cut), 0));
    assert.equal(error.offset, pixelElement(cut).offset);
    assert.match(error.message, /Frame 0 needs bytes 0–8192 of the pixel data, but it holds 4096 bytes/);
    const fragment = parseFixture('damaged/truncated-in-fragment.dcm');
    const missing = await rejection(decodeFrame(fragment, formatOf(fragment), 0));
    assert.match(missing.message, /Frame 0 is missing.*the file is damaged/);
  });

  it('rejects formats it cannot hold', async () => {
    const file = parseFixture('ts/explicit-le.dcm');
    const format = formatOf(file);
    const cases: [Partial<PixelFormat>, RegExp][] = [
      [{ bitsAllocated: 12 }, /Bits Allocated 12 is not supported/],
      [{ samplesPerPixel: 4 }, /Samples per Pixel 4/],
      [{ rows: 0 }, /image size/],
      [{ bitsStored: 17 }, /Bits Stored 17/],
      [{ pixelDataKind: 'float' }, /no pixel data element|Float Pixel Data needs/],
    ];
    for (const [change, message] of cases) {
      const error = await rejection(decodeFrame(file, { ...format, ...change }, 0));
      assert.match(error.message, message);
    }
    const noPixels = parseFixture('seq/explicit-defined.dcm');
    const error = await rejection(decodeFrame(noPixels, format, 0));
    assert.match(error.message, /no pixel data element/);
  });

  for (const fixture of ENCAPSULATED) {
    it(`${fixture}: a truncated fragment and a damaged header are refused`, async () => {
      const file = parseFixture(fixture);
      const format = formatOf(file);
      const element = pixelElement(file);
      const fragments = element.fragments ?? [];
      // The frame's fragment cut to 60 % (what a short write or a bad length gives).
      const short = withPixelElement(file, (e) => ({
        ...e,
        fragments: fragments.map((f, i) => (i === 1 ? { ...f, length: Math.floor(f.length * 0.6) & ~1 } : f)),
      }));
      const truncated = await rejection(decodeFrame(short, format, 0));
      assert.ok(truncated.offset >= 0, 'the offset of the fragment is given');
      assert.match(truncated.message, /^Frame 0/);
      // The first bytes of the codestream overwritten (its start marker, or the RLE header). Uncompressed
      // frames have no header to damage.
      if (format.transferSyntaxUid === '1.2.840.10008.1.2.1.98') return;
      const damaged = freshCopy(fixture);
      const first = (pixelElement(damaged).fragments ?? [])[1];
      damaged.bytes.fill(0x11, first.valueOffset, first.valueOffset + 16);
      const error = await rejection(decodeFrame(damaged, formatOf(damaged), 0));
      assert.equal(error.offset, first.offset);
    });
  }

  it('never throws anything but PixelDataError on randomly damaged codestreams, and codecs recover', async function () {
    this.timeout(120000);
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (const fixture of ENCAPSULATED) {
      const good = parseFixture(fixture);
      const expected = await decodeFrame(good, formatOf(good), 0);
      let refused = 0;
      for (let round = 0; round < 12; round++) {
        const file = freshCopy(fixture);
        const fragment = (pixelElement(file).fragments ?? [])[1];
        const count = 1 + Math.floor(random() * 8);
        for (let k = 0; k < count; k++) {
          const at = fragment.valueOffset + Math.floor(random() * fragment.length);
          file.bytes[at] = Math.floor(random() * 256);
        }
        try {
          const frame: DecodedFrame = await decodeFrame(file, formatOf(file), 0);
          assert.equal(frame.samples.length, expected.samples.length);
        } catch (error) {
          assert.ok(error instanceof PixelDataError, `${fixture}: ${String(error)}`);
          refused++;
        }
      }
      const again = await decodeFrame(good, formatOf(good), 0);
      assert.deepEqual(again.samples, expected.samples, `${fixture} decodes again after ${refused} refusals`);
    }
  });
});

describe('codec worker', () => {
  it('stops a codec that never returns, and the next frame gets a fresh one', async function () {
    this.timeout(30000);
    const file = parseFixture('codec/encapsulated/htj2k-lossless-signed16.dcm');
    const format = formatOf(file);
    const codestream = fragmentBytes(file, (pixelElement(file).fragments ?? [])[1]);
    // YRsiz = 222 in the SIZ segment: OpenJPH loops forever on it (decodeFrame itself refuses such a header
    // before calling the codec, so the codec is driven directly here).
    const looping = codestream.slice();
    looping[44] = 222;
    const hints = {
      rows: 64,
      columns: 64,
      samplesPerPixel: 1,
      bitsAllocated: 16,
      photometric: 'MONOCHROME2',
    };
    configureCodecSandbox({ baseTimeoutMs: 1500 });
    try {
      await assert.rejects(decodeInSandbox('openjph', [looping], hints), /did not finish within 2 s/);
      const frame = await decodeFrame(file, format, 0);
      assert.equal(frame.minValue, -2000);
    } finally {
      configureCodecSandbox({ baseTimeoutMs: 20000 });
    }
  });

  it('refuses a JPEG 2000 header with subsampled components before decoding', async () => {
    const file = freshCopy('codec/encapsulated/htj2k-lossless-signed16.dcm');
    const fragment = (pixelElement(file).fragments ?? [])[1];
    file.bytes[fragment.valueOffset + 44] = 222;
    const error = await rejection(decodeFrame(file, formatOf(file), 0));
    assert.match(error.message, /subsampled JPEG 2000 components/);
  });
});

describe('frameBitstream and frame location', () => {
  it('returns each frame of a fragmented file exactly: BOT and scanning agree', async () => {
    for (const fixture of [
      'multiframe/jpeg-lossless-sv1-fragmented.dcm',
      'codec/encapsulated/jpeg-baseline-fragments-empty-bot.dcm',
    ]) {
      const file = parseFixture(fixture);
      const format = formatOf(file);
      const fragments = pixelElement(file).fragments ?? [];
      if (fixture.startsWith('codec/'))
        assert.ok(fragments.length - 1 > format.numberOfFrames, 'several fragments per frame');
      const frames = Array.from({ length: format.numberOfFrames }, (_, i) => frameBitstream(file, format, i));
      for (const frame of frames) {
        assert.deepEqual([frame[0], frame[1]], [0xff, 0xd8]);
        const end = frame[frame.length - 1] === 0 ? frame.length - 1 : frame.length;
        assert.deepEqual([frame[end - 2], frame[end - 1]], [0xff, 0xd9]);
      }
      assert.deepEqual(
        Buffer.concat(frames),
        Buffer.concat(fragments.slice(1).map((f) => fragmentBytes(file, f))),
      );
      // The same file with its Basic Offset Table emptied: frames found by their SOI markers.
      const scanned = withPixelElement(file, (e) => ({
        ...e,
        fragments: [{ ...fragments[0], length: 0 }, ...fragments.slice(1)],
      }));
      for (let i = 0; i < format.numberOfFrames; i++) {
        assert.deepEqual(frameBitstream(scanned, format, i), frames[i]);
        assert.deepEqual(
          (await decodeFrame(scanned, format, i)).samples,
          (await decodeFrame(file, format, i)).samples,
        );
      }
    }
  });

  it('uses the Extended Offset Table lengths', async () => {
    const file = parseFixture('codec/encapsulated/jpegls-extended-offset-table.dcm');
    const format = formatOf(file);
    const lengthsElement = file.dataset.find((e) => e.tag === 0x7fe00002);
    assert.ok(lengthsElement);
    const view = new DataView(
      file.bytes.buffer,
      file.bytes.byteOffset + lengthsElement.valueOffset,
      lengthsElement.length,
    );
    const fragments = pixelElement(file).fragments ?? [];
    assert.equal(fragments[0].length, 0, 'empty Basic Offset Table');
    for (let i = 0; i < format.numberOfFrames; i++) {
      const bitstream = frameBitstream(file, format, i);
      assert.equal(bitstream.length, Number(view.getBigUint64(i * 8, true)));
      assert.deepEqual(bitstream, fragmentBytes(file, fragments[i + 1]).subarray(0, bitstream.length));
    }
  });

  it('returns native frames as stored, 1-bit frames re-packed from bit 0', async () => {
    const file = parseFixture('multiframe/explicit-le.dcm');
    const format = formatOf(file);
    const element = pixelElement(file);
    const size = format.rows * format.columns * 2;
    assert.deepEqual(
      frameBitstream(file, format, 3),
      file.bytes.subarray(element.valueOffset + 3 * size, element.valueOffset + 4 * size),
    );
    const bits = parseFixture('codec/native/mono1-3frames.dcm');
    const bitsFormat = formatOf(bits);
    for (let i = 0; i < 3; i++) {
      const packed = frameBitstream(bits, bitsFormat, i);
      assert.equal(packed.length, Math.ceil((11 * 13) / 8));
      const decoded = await decodeFrame(bits, bitsFormat, i);
      for (let p = 0; p < 11 * 13; p++) assert.equal((packed[p >> 3] >> (p & 7)) & 1, decoded.samples[p]);
    }
  });

  it('hands out copies, never views of the file buffer', () => {
    const file = parseFixture('ts/rle.dcm');
    const bitstream = frameBitstream(file, formatOf(file), 0);
    assert.notEqual(bitstream.buffer, file.bytes.buffer);
    assert.equal(bitstream.byteOffset, 0);
  });
});
