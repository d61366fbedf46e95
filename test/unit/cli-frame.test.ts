// `dicom-inspect frame` and `info --json`'s image report on the fixture corpus. Oracles: the Pixel Data of
// native files as dcmdump printed it, the references dcmtk and GDCM decoded from the lossy fixtures (.raw.dcm),
// fast-png and jpeg-js decoding the PNG and JPEG output, compared with the render function's pixels.

import * as assert from 'node:assert/strict';
import { decode as decodePng } from 'fast-png';
import { decode as decodeJpegJs } from 'jpeg-js';
import { EXIT, runCli } from '../../src/cli/main';
import { rawFrameBytes } from '../../src/cli/rawFrame';
import { parseDicom } from '../../src/dicom/parser';
import { decodeFrame } from '../../src/dicom/pixels/decodeFrame';
import { readImageInfo } from '../../src/dicom/pixels/imageInfo';
import type { DecodedFrame, RenderOptions, SampleArray, SampleType } from '../../src/dicom/pixels/imageTypes';
import { renderFrame } from '../../src/dicom/pixels/render';
import { ByteWriter, EXPLICIT_LE, part10 } from './helpers/dicomWriter';
import { dcmdumpPixelBytes, fixtureBytes, referencePixelBytes } from './helpers/referencePixels';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  written: Map<string, Uint8Array>;
  stdoutBytes: Uint8Array | undefined;
}

async function run(args: string[], extraFiles: Record<string, Uint8Array> = {}): Promise<Run> {
  const result: Run = { code: -1, stdout: '', stderr: '', written: new Map(), stdoutBytes: undefined };
  result.code = await runCli(args, {
    stdout: (text) => (result.stdout += text),
    stderr: (text) => (result.stderr += text),
    readFile: (name) => {
      if (extraFiles[name]) return extraFiles[name];
      try {
        return fixtureBytes(name);
      } catch {
        throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      }
    },
    stdoutBytes: (bytes) => (result.stdoutBytes = bytes),
    writeFile: (name, bytes) => result.written.set(name, bytes),
  });
  return result;
}

/** The raw output of `frame` for a fixture. */
async function rawFrame(relPath: string, index = 0): Promise<Uint8Array> {
  const { code, stderr, written } = await run([
    'frame',
    relPath,
    '--frame',
    String(index),
    '--format',
    'raw',
    '-o',
    'out.raw',
  ]);
  assert.equal(code, EXIT.ok, `${relPath}: ${stderr}`);
  const bytes = written.get('out.raw');
  assert.ok(bytes, 'nothing written');
  return bytes;
}

function assertBytesEqual(actual: Uint8Array, expected: Uint8Array, what: string): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  const first = actual.findIndex((byte, i) => byte !== expected[i]);
  assert.equal(first, -1, `${what}: first difference at byte ${first}`);
}

/** Largest difference between two little-endian sample arrays of `width` bytes per sample. */
function maxDifference(actual: Uint8Array, expected: Uint8Array, width: 1 | 2, signed: boolean): number {
  assert.equal(actual.length, expected.length);
  const read = (bytes: Uint8Array) => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const values: number[] = [];
    for (let i = 0; i < bytes.length; i += width) {
      values.push(width === 1 ? bytes[i] : signed ? view.getInt16(i, true) : view.getUint16(i, true));
    }
    return values;
  };
  const a = read(actual);
  const b = read(expected);
  return a.reduce((max, value, i) => Math.max(max, Math.abs(value - b[i])), 0);
}

const CT = dcmdumpPixelBytes('ts/explicit-le.dcm');
const MULTIFRAME = dcmdumpPixelBytes('multiframe/explicit-le.dcm');
const FRAME_BYTES = 64 * 64 * 2;

function syntheticFrame(sampleType: SampleType, samples: SampleArray, signed: boolean): DecodedFrame {
  return {
    index: 0,
    rows: 1,
    columns: samples.length,
    samplesPerPixel: 1,
    photometric: 'MONOCHROME2',
    sampleType,
    samples,
    bitsStored: 8,
    signed,
    minValue: 0,
    maxValue: 0,
  };
}

describe('cli frame: raw bytes of every sample type', () => {
  it("writes each value as wide as Bits Allocated, little-endian, two's complement when signed", () => {
    const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
    // 1-bit data: one byte (0 or 1) per pixel.
    assert.equal(hex(rawFrameBytes(syntheticFrame('uint8', Uint8Array.of(1, 0, 1), false), 1)), '010001');
    assert.equal(hex(rawFrameBytes(syntheticFrame('int8', Int8Array.of(-1, 5, -128), true), 8)), 'ff0580');
    assert.equal(
      hex(rawFrameBytes(syntheticFrame('uint16', Uint16Array.of(0x1234, 4095), false), 16)),
      '3412ff0f',
    );
    assert.equal(
      hex(rawFrameBytes(syntheticFrame('int16', Int16Array.of(-2000, 3024), true), 16)),
      '30f8d00b',
    );
    assert.equal(
      hex(rawFrameBytes(syntheticFrame('int32', Int32Array.of(-2, 0x01020304), true), 32)),
      'feffffff04030201',
    );
    assert.equal(
      hex(rawFrameBytes(syntheticFrame('uint32', Uint32Array.of(0xfffffffe), false), 32)),
      'feffffff',
    );
    // A codec's 16-bit output for 8-bit Bits Allocated is narrowed to bytes.
    assert.equal(hex(rawFrameBytes(syntheticFrame('uint16', Uint16Array.of(200, 7), false), 8)), 'c807');
    // IEEE floats: 1.5 and -2 as float32 LE; 0.1 as float64 LE.
    assert.equal(
      hex(rawFrameBytes(syntheticFrame('float32', Float32Array.of(1.5, -2), true), 32)),
      '0000c03f000000c0',
    );
    assert.equal(
      hex(rawFrameBytes(syntheticFrame('float64', Float64Array.of(0.1), true), 64)),
      '9a9999999999b93f',
    );
  });
});

describe('cli frame: raw output', () => {
  const sameAsCt = [
    'ts/explicit-le.dcm',
    'ts/implicit-le.dcm',
    'ts/explicit-be.dcm',
    'ts/deflated-le.dcm',
    'ts/jpeg-lossless.dcm',
    'ts/jpeg-lossless-sv1.dcm',
    'ts/jpegls-lossless.dcm',
    'ts/j2k-lossless.dcm',
    'ts/rle.dcm',
  ];
  for (const relPath of sameAsCt) {
    it(`${relPath}: the CT's stored values, as dcmdump prints the native file`, async () => {
      assertBytesEqual(await rawFrame(relPath), CT, relPath);
    });
  }

  const natives: Record<string, string[]> = {
    'ts/mono12-explicit-le.dcm': ['ts/mono12-explicit-le.dcm'],
    'ts/mono8-explicit-le.dcm': ['ts/mono8-explicit-le.dcm'],
    'ts/rgb-explicit-le.dcm': ['ts/rgb-explicit-le.dcm', 'ts/rgb-rle.dcm', 'ts/rgb-jpegls-lossless.dcm'],
  };
  for (const [source, variants] of Object.entries(natives)) {
    for (const relPath of variants) {
      it(`${relPath}: exactly the pixels of ${source}`, async () => {
        assertBytesEqual(await rawFrame(relPath), dcmdumpPixelBytes(source), relPath);
      });
    }
  }

  const multiframes = [
    'multiframe/explicit-le.dcm',
    'multiframe/jpeg-lossless-sv1-fragmented.dcm',
    'multiframe/jpegls-lossless-empty-bot.dcm',
    'multiframe/rle.dcm',
  ];
  for (const relPath of multiframes) {
    it(`${relPath}: frames 0, 3 and 9 (counted from 0) are those frames of the native file`, async () => {
      for (const index of [0, 3, 9]) {
        const expected = MULTIFRAME.subarray(index * FRAME_BYTES, (index + 1) * FRAME_BYTES);
        assertBytesEqual(await rawFrame(relPath, index), expected, `${relPath} frame ${index}`);
      }
    });
  }

  // Lossy syntaxes against dcmtk's (dcmdjpeg, dcmdjpls) or GDCM's (gdcmconv --raw) decode of the same file.
  const lossy: [string, 1 | 2, boolean, number][] = [
    ['ts/mono8-jpeg-baseline.dcm', 1, false, 0],
    ['ts/mono8-jpeg-extended.dcm', 1, false, 0],
    ['ts/rgb-jpeg-baseline.dcm', 1, false, 0],
    ['ts/rgb-jpeg-extended.dcm', 1, false, 0],
    ['ts/rgb-img2dcm-jpeg.dcm', 1, false, 0],
    ['ts/jpeg-extended-12bit.dcm', 2, false, 0],
    ['ts/mono12-jpeg-extended-12bit.dcm', 2, false, 0],
    ['ts/mono12-jpegls-near-lossless.dcm', 2, false, 0],
    ['ts/j2k-lossy.dcm', 2, true, 0],
  ];
  for (const [relPath, width, signed, tolerance] of lossy) {
    it(`${relPath}: within ${tolerance} of the reference decoder's values`, async () => {
      const reference = referencePixelBytes(relPath.replace(/\.dcm$/, '.raw.dcm'));
      const difference = maxDifference(await rawFrame(relPath), reference, width, signed);
      assert.ok(difference <= tolerance, `largest difference ${difference}`);
    });
  }

  it('writes to stdout with -o -, and picks the format from the output name', async () => {
    const toStdout = await run(['frame', 'ts/explicit-le.dcm', '-o', '-']);
    assert.equal(toStdout.code, EXIT.ok);
    assert.ok(toStdout.stdoutBytes);
    assertBytesEqual(toStdout.stdoutBytes, CT, 'stdout');
    const png = await run(['frame', 'ts/explicit-le.dcm', '-o', 'x.PNG']);
    assert.deepEqual(Array.from(png.written.get('x.PNG')!.subarray(1, 4)), [0x50, 0x4e, 0x47]);
    const jpeg = await run(['frame', 'ts/explicit-le.dcm', '-o', 'x.jpeg']);
    assert.deepEqual(Array.from(jpeg.written.get('x.jpeg')!.subarray(0, 2)), [0xff, 0xd8]);
  });
});

/** The pixels renderFrame makes of a fixture's frame: what png and jpeg must show. */
async function rendered(relPath: string, index: number, options: RenderOptions) {
  const file = parseDicom(fixtureBytes(relPath));
  const info = readImageInfo(file);
  assert.ok(info);
  const frame = await decodeFrame(file, info.format, index);
  return { rgba: renderFrame(frame, info, options), width: frame.columns, height: frame.rows };
}

describe('cli frame: png and jpeg', () => {
  it('png of a CT is one grey channel equal to the render function with the file window', async () => {
    const { written, code } = await run(['frame', 'ts/explicit-le.dcm', '--format', 'png', '-o', 'ct.png']);
    assert.equal(code, EXIT.ok);
    const png = decodePng(written.get('ct.png')!);
    const expected = await rendered('ts/explicit-le.dcm', 0, {});
    assert.equal(png.channels, 1);
    assert.equal(png.depth, 8);
    assert.equal(png.width, expected.width);
    assert.deepEqual(Array.from(png.data), Array.from(expected.rgba.filter((_, i) => i % 4 === 0)));
    // The grey really is grey in the render.
    for (let i = 0; i < expected.rgba.length; i += 4) {
      assert.ok(expected.rgba[i] === expected.rgba[i + 1] && expected.rgba[i] === expected.rgba[i + 2]);
    }
  });

  it('png with --window uses that window (frame 5 of a multi-frame file)', async () => {
    const { written } = await run([
      'frame',
      'multiframe/rle.dcm',
      '--frame',
      '5',
      '--window',
      '1000,500',
      '-o',
      'w.png',
    ]);
    const png = decodePng(written.get('w.png')!);
    const expected = await rendered('multiframe/rle.dcm', 5, { window: { center: 1000, width: 500 } });
    const fileWindow = await rendered('multiframe/rle.dcm', 5, {});
    const greys = Array.from(expected.rgba.filter((_, i) => i % 4 === 0));
    assert.deepEqual(Array.from(png.data), greys);
    assert.notDeepEqual(greys, Array.from(fileWindow.rgba.filter((_, i) => i % 4 === 0)));
  });

  it('png of an RGB file (YBR JPEG) is RGB equal to the render function', async () => {
    const { written } = await run(['frame', 'ts/rgb-jpeg-baseline.dcm', '-o', 'c.png']);
    const png = decodePng(written.get('c.png')!);
    const expected = await rendered('ts/rgb-jpeg-baseline.dcm', 0, {});
    assert.equal(png.channels, 3);
    assert.deepEqual(Array.from(png.data), Array.from(expected.rgba.filter((_, i) => i % 4 !== 3)));
  });

  it('palette colour: raw keeps the indices, png is the RGB the render function makes', async () => {
    const relPath = 'render/palette-8bit.dcm';
    const bytes = fixtureBytes(relPath);
    const pixelData = parseDicom(bytes).dataset.find((element) => element.tag === 0x7fe00010);
    assert.ok(pixelData);
    const indices = bytes.subarray(pixelData.valueOffset, pixelData.valueOffset + pixelData.length);
    const raw = await rawFrame(relPath);
    assertBytesEqual(raw, indices.subarray(0, raw.length), relPath);
    const { written } = await run(['frame', relPath, '-o', 'p.png']);
    const png = decodePng(written.get('p.png')!);
    const expected = await rendered(relPath, 0, {});
    assert.equal(png.channels, 3);
    assert.deepEqual(Array.from(png.data), Array.from(expected.rgba.filter((_, i) => i % 4 !== 3)));
  });

  it('MONOCHROME1 gives a one-channel png equal to the (inverted) render', async () => {
    const { written } = await run(['frame', 'render/mono1.dcm', '-o', 'm.png']);
    const png = decodePng(written.get('m.png')!);
    const expected = await rendered('render/mono1.dcm', 0, {});
    assert.equal(png.channels, 1);
    assert.deepEqual(Array.from(png.data), Array.from(expected.rgba.filter((_, i) => i % 4 === 0)));
  });

  for (const [relPath, channels] of [
    ['ts/explicit-le.dcm', 1],
    ['ts/rgb-explicit-le.dcm', 3],
  ] as const) {
    it(`jpeg of ${relPath} decodes close to the render function (quality 95)`, async () => {
      const { written, code } = await run([
        'frame',
        relPath,
        '--format',
        'jpeg',
        '--quality',
        '95',
        '-o',
        'o.jpg',
      ]);
      assert.equal(code, EXIT.ok);
      const jpeg = written.get('o.jpg')!;
      const decoded = decodeJpegJs(jpeg, { useTArray: true, formatAsRGBA: true });
      const expected = await rendered(relPath, 0, {});
      assert.equal(decoded.width, expected.width);
      let sum = 0;
      for (let i = 0; i < expected.rgba.length; i++) {
        if (i % 4 !== 3) sum += Math.abs(decoded.data[i] - expected.rgba[i]);
      }
      const mean = sum / ((expected.rgba.length / 4) * 3);
      assert.ok(mean < 2, `mean difference ${mean}`);
      // Grey files give a one-component JPEG (SOF0's component count is at offset 9 of the segment).
      const sof = jpeg.findIndex((byte, i) => byte === 0xff && jpeg[i + 1] === 0xc0);
      assert.equal(jpeg[sof + 9], channels);
    });
  }
});

/** A file in MPEG2 (video): a syntax the viewer cannot decode. */
const mpeg = part10(
  '1.2.840.10008.1.2.4.100',
  new ByteWriter(EXPLICIT_LE)
    .us(0x0028, 0x0002, 1)
    .text(0x0028, 0x0004, 'CS', 'MONOCHROME2')
    .us(0x0028, 0x0010, 2)
    .us(0x0028, 0x0011, 2)
    .us(0x0028, 0x0100, 8)
    .us(0x0028, 0x0101, 8)
    .us(0x0028, 0x0102, 7)
    .us(0x0028, 0x0103, 0)
    .header(0x7fe0, 0x0010, 'OB', 0xffffffff)
    .item(0)
    .item(4)
    .raw([0, 0, 1, 0xb3])
    .sequenceEnd()
    .bytes(),
);

describe('cli frame: errors and usage', () => {
  it('a frame past the last one is a usage error (exit 2) saying how many frames there are', async () => {
    const { code, stderr, written } = await run([
      'frame',
      'multiframe/rle.dcm',
      '--frame',
      '10',
      '-o',
      'x.raw',
    ]);
    assert.equal(code, EXIT.usage);
    assert.equal(written.size, 0);
    assert.match(stderr, /frame 10 does not exist: the file has 10 frames \(0-9\)/);
  });

  it('an unsupported transfer syntax exits 1 naming it; nothing is written', async () => {
    const { code, stderr, written } = await run(['frame', 'mpeg.dcm', '-o', 'x.png'], { 'mpeg.dcm': mpeg });
    assert.equal(code, EXIT.damaged);
    assert.equal(written.size, 0);
    assert.match(stderr, /^dicom-inspect: mpeg\.dcm: .*MPEG2.*1\.2\.840\.10008\.1\.2\.4\.100/);
  });

  it('broken pixel data exits 1 with what is wrong; nothing is written', async () => {
    for (const relPath of ['damaged/truncated-in-fragment.dcm', 'damaged/truncated-in-pixel-data.dcm']) {
      const { code, stderr, written } = await run(['frame', relPath, '-o', 'x.raw']);
      assert.equal(code, EXIT.damaged, relPath);
      assert.equal(written.size, 0);
      const name = relPath.split('/')[1].replace('.', '\\.');
      assert.match(stderr.split('\n')[0], new RegExp(`^dicom-inspect: ${name}: [A-Z].+`));
    }
  });

  it('rejects bad options with exit 2', async () => {
    for (const args of [
      ['frame', 'ts/rle.dcm'],
      ['frame', 'ts/rle.dcm', '-o', 'x', '--frame', '-1'],
      ['frame', 'ts/rle.dcm', '-o', 'x', '--frame', '1.5'],
      ['frame', 'ts/rle.dcm', '-o', 'x', '--format', 'gif'],
      ['frame', 'ts/rle.dcm', '-o', 'x.png', '--window', '40'],
      ['frame', 'ts/rle.dcm', '-o', 'x.png', '--window', '40,0'],
      ['frame', 'ts/rle.dcm', '-o', 'x.raw', '--window', '40,400'],
      ['frame', 'ts/rle.dcm', '-o', 'x.jpg', '--quality', '0'],
      ['frame', 'ts/rle.dcm', '-o', 'x.png', '--quality', '90'],
      ['info', 'ts/rle.dcm', '--no-frames'],
    ]) {
      const { code, stderr } = await run(args);
      assert.equal(code, EXIT.usage, args.join(' '));
      assert.match(stderr, /^dicom-inspect: /);
    }
  });

  it('says it cannot write the output (exit 3)', async () => {
    const code = await runCli(['frame', 'ts/rle.dcm', '-o', 'dir/x.raw'], {
      stdout: () => undefined,
      stderr: (text) => assert.match(text, /cannot write dir\/x\.raw: ENOENT/),
      readFile: fixtureBytes,
      stdoutBytes: () => assert.fail(),
      writeFile: () => {
        throw Object.assign(new Error('no dir'), { code: 'ENOENT' });
      },
    });
    assert.equal(code, EXIT.unreadable);
  });
});

describe('cli info --json: image', () => {
  it('reports each frame of a multi-frame file with min and max stored values from the native pixels', async () => {
    const { code, stdout } = await run(['info', 'multiframe/jpegls-lossless-empty-bot.dcm', '--json']);
    assert.equal(code, EXIT.ok);
    const { image } = JSON.parse(stdout);
    const view = new DataView(MULTIFRAME.buffer, MULTIFRAME.byteOffset, MULTIFRAME.byteLength);
    const expected = Array.from({ length: 10 }, (_, index) => {
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0; i < 64 * 64; i++) {
        const value = view.getUint16(index * FRAME_BYTES + i * 2, true);
        min = Math.min(min, value);
        max = Math.max(max, value);
      }
      return { index, min, max };
    });
    assert.deepEqual(image.frames, expected);
    assert.equal(image.photometricInterpretation, 'MONOCHROME2');
    assert.equal(image.numberOfFrames, 10);
    assert.deepEqual(
      [image.rows, image.columns, image.samplesPerPixel, image.bitsAllocated],
      [64, 64, 1, 16],
    );
    assert.equal(image.transferSyntax.uid, '1.2.840.10008.1.2.4.80');
    assert.equal(image.transferSyntax.supported, true);
  });

  it('gives the decoded photometric interpretation (YBR JPEG → RGB) and skips frames with --no-frames', async () => {
    const withFrames = JSON.parse((await run(['info', 'ts/rgb-jpeg-baseline.dcm', '--json'])).stdout);
    assert.equal(withFrames.photometricInterpretation, 'YBR_FULL_422');
    assert.equal(withFrames.image.photometricInterpretation, 'RGB');
    assert.equal(withFrames.image.frames.length, 1);
    const without = JSON.parse(
      (await run(['info', 'ts/rgb-jpeg-baseline.dcm', '--json', '--no-frames'])).stdout,
    );
    assert.equal(without.image.photometricInterpretation, 'RGB');
    assert.equal(without.image.frames, undefined);
  });

  it('is null without pixel data, and names an unsupported syntax', async () => {
    const sr = JSON.parse((await run(['info', 'seq/explicit-defined.dcm', '--json'])).stdout);
    assert.equal(sr.image, null);
    const { code, stdout } = await run(['info', 'mpeg.dcm', '--json'], { 'mpeg.dcm': mpeg });
    assert.equal(code, EXIT.ok);
    const { image } = JSON.parse(stdout);
    assert.equal(image.transferSyntax.supported, false);
    assert.match(image.transferSyntax.reason, /MPEG2.*1\.2\.840\.10008\.1\.2\.4\.100/);
    assert.match(image.problem, /MPEG2/);
    assert.equal(image.frames, undefined);
  });
});
