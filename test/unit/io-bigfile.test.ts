// Two-gigabyte files through a reader, with computed bytes (nothing is written to disk): the header parse reads a
// few kilobytes of a native file and only the fragment item headers of an encapsulated one, the elements after the
// pixel data are parsed and their values loaded, and a frame costs one read of its own size.
import * as assert from 'node:assert/strict';
import { parseDicomRanged } from '../../src/dicom/io/rangedParse';
import { bufferReader, countingReader } from '../../src/dicom/io/reader';
import { parseDicom } from '../../src/dicom/parser';
import { decodeFrame, readFrameBitstream } from '../../src/dicom/pixels/decodeFrame';
import { readImageInfo } from '../../src/dicom/pixels/imageInfo';
import type { PixelFormat } from '../../src/dicom/pixels/imageTypes';
import { readTextValues, rootContexts } from '../../src/dicom/values';
import { ByteWriter, EXPLICIT_LE, part10 } from './helpers/dicomWriter';
import { assertSameParse, syntheticReader } from './io-support';

const ROWS = 512;
const COLUMNS = 512;
const FRAMES = 4000;

function imageHeader(frames: number): ByteWriter {
  return new ByteWriter(EXPLICIT_LE)
    .text(0x0008, 0x0060, 'CS', 'OT')
    .us(0x0028, 0x0002, 1)
    .text(0x0028, 0x0004, 'CS', 'MONOCHROME2')
    .text(0x0028, 0x0008, 'IS', String(frames))
    .us(0x0028, 0x0010, ROWS)
    .us(0x0028, 0x0011, COLUMNS)
    .us(0x0028, 0x0100, 16)
    .us(0x0028, 0x0101, 16)
    .us(0x0028, 0x0102, 15)
    .us(0x0028, 0x0103, 0);
}

/** Elements after the pixel data: a signature-like sequence with one item, and trailing padding. */
function trailer(start: ByteWriter): Uint8Array {
  const item = new ByteWriter(EXPLICIT_LE).text(0x0400, 0x0510, 'UI', '1.2.3.4.5.6').bytes();
  return start
    .header(0xfffa, 0xfffa, 'SQ', item.length + 8)
    .item(item.length)
    .raw(item)
    .header(0xfffc, 0xfffc, 'OB', 16)
    .raw(new Uint8Array(16))
    .bytes();
}

const pixelByte = (offset: number) => (offset * 7 + (offset >>> 13)) & 0xff;

describe('a 2 GB native file through a reader', () => {
  const frameBytes = ROWS * COLUMNS * 2;
  const pixelLength = frameBytes * FRAMES;
  const head = part10(
    '1.2.840.10008.1.2.1',
    imageHeader(FRAMES).header(0x7fe0, 0x0010, 'OW', pixelLength).bytes(),
  );
  const tail = trailer(new ByteWriter(EXPLICIT_LE));
  const make = () =>
    countingReader(syntheticReader([head, { length: pixelLength, byteAt: pixelByte }, tail]));

  it('parses the header and the trailing elements without reading the pixel data', async () => {
    const reader = make();
    assert.ok(reader.size > 2_000_000_000);
    const file = await parseDicomRanged(reader);
    assert.deepEqual(file.errors, []);
    assert.ok(reader.stats.bytesRead < 200_000, `read ${reader.stats.bytesRead} bytes`);
    assert.ok(reader.stats.reads <= 4, `${reader.stats.reads} reads`);
    const tags = file.dataset.map((e) => e.tag);
    assert.deepEqual(tags.slice(-3), [0x7fe00010, 0xfffafffa, 0xfffcfffc]);
    const signatures = file.dataset[file.dataset.length - 2];
    assert.equal(signatures.offset, head.length + pixelLength);
    const uid = signatures.items?.[0].elements[0];
    assert.ok(uid);
    assert.deepEqual(readTextValues(uid, rootContexts(file).dataset), ['1.2.3.4.5.6']);
    const info = readImageInfo(file);
    assert.equal(info?.problem, undefined);
    assert.equal(info?.format.numberOfFrames, FRAMES);
  });

  it('reads a frame with one read of its size, far into the file', async () => {
    const reader = make();
    const file = await parseDicomRanged(reader);
    const format = readImageInfo(file)?.format as PixelFormat;
    const before = { ...reader.stats };
    const index = FRAMES - 2;
    const frame = await decodeFrame(file, format, index);
    assert.deepEqual(reader.stats, { reads: before.reads + 1, bytesRead: before.bytesRead + frameBytes });
    const start = index * frameBytes;
    for (const pixel of [0, 1, 1000, ROWS * COLUMNS - 1]) {
      const expected = pixelByte(start + pixel * 2) | (pixelByte(start + pixel * 2 + 1) << 8);
      assert.equal(frame.samples[pixel], expected, `pixel ${pixel}`);
    }
  });
});

describe('a 2 GB encapsulated file through a reader', () => {
  const fragmentLength = 524_000;
  const stride = 8 + fragmentLength;
  const head = part10(
    '1.2.840.10008.1.2.4.80',
    imageHeader(FRAMES).header(0x7fe0, 0x0010, 'OB', 0xffffffff).item(0).bytes(),
  );
  // Fragments of one frame each, whose bodies start like JPEG-LS codestreams.
  const fragmentByte = (offset: number): number => {
    const at = offset % stride;
    if (at < 8)
      return [0xfe, 0xff, 0x00, 0xe0, ...new Uint8Array(new Uint32Array([fragmentLength]).buffer)][at];
    return [0xff, 0xd8, 0xff][at - 8] ?? (offset * 31) & 0xff;
  };
  const tail = trailer(new ByteWriter(EXPLICIT_LE).sequenceEnd());
  const make = () =>
    countingReader(syntheticReader([head, { length: stride * FRAMES, byteAt: fragmentByte }, tail]));

  it('indexes the fragments by reading their item headers only', async function () {
    this.timeout(30_000);
    const reader = make();
    const file = await parseDicomRanged(reader);
    assert.deepEqual(file.errors, []);
    const pixelData = file.dataset.find((e) => e.tag === 0x7fe00010);
    assert.equal(pixelData?.fragments?.length, FRAMES + 1);
    assert.deepEqual(pixelData?.fragments?.[FRAMES], {
      offset: head.length + stride * (FRAMES - 1),
      length: fragmentLength,
      valueOffset: head.length + stride * (FRAMES - 1) + 8,
    });
    // One 4 KiB chunk per fragment header at most: under 1% of the file.
    assert.ok(
      reader.stats.bytesRead <= (FRAMES + 4) * 4096 + 200_000,
      `read ${reader.stats.bytesRead} bytes`,
    );
    assert.equal(file.dataset[file.dataset.length - 1].tag, 0xfffcfffc);
  });

  it('reads one frame bitstream with one read of its size', async function () {
    this.timeout(30_000);
    const reader = make();
    const file = await parseDicomRanged(reader);
    const format = readImageInfo(file)?.format as PixelFormat;
    const before = { ...reader.stats };
    const bitstream = await readFrameBitstream(file, format, 2500);
    assert.deepEqual(reader.stats, { reads: before.reads + 1, bytesRead: before.bytesRead + fragmentLength });
    assert.equal(bitstream.length, fragmentLength);
    const valueOffset = head.length + stride * 2500 + 8;
    assert.deepEqual(
      [...bitstream.subarray(0, 4)],
      [0xff, 0xd8, 0xff, fragmentByte(valueOffset - head.length + 3)],
    );
  });
});

describe('fragment item headers predicted by the Basic Offset Table', () => {
  const build = (frames: number, fragmentLength: number, offsetOf: (frame: number) => number): Uint8Array => {
    const body = imageHeader(frames)
      .header(0x7fe0, 0x0010, 'OB', 0xffffffff)
      .item(frames * 4);
    for (let f = 0; f < frames; f++) body.u32(offsetOf(f));
    for (let f = 0; f < frames; f++)
      body.item(fragmentLength).raw(new Uint8Array(fragmentLength).fill(f & 0xff));
    return part10('1.2.840.10008.1.2.4.80', trailer(body.sequenceEnd()));
  };

  it('reads them ahead in parallel, 8 bytes each, when the table is right', async () => {
    const frames = 500;
    const fragmentLength = 100_000;
    const bytes = build(frames, fragmentLength, (f) => f * (fragmentLength + 8));
    const reader = countingReader(bufferReader(bytes));
    const file = await parseDicomRanged(reader);
    assertSameParse(file, parseDicom(bytes), 'predicted');
    assert.ok(reader.stats.bytesRead < 100_000, `read ${reader.stats.bytesRead} bytes`);
  });

  it('parses as the whole file when the table lies', async () => {
    for (const lie of [(f: number) => f * 108 + 2, (f: number) => (f % 2 ? f * 108 : 0), () => 1 << 30]) {
      const bytes = build(20, 100, lie);
      for (const options of [{}, { initialReadSize: 64, maxGrowth: 64, scanChunkSize: 16 }]) {
        assertSameParse(
          await parseDicomRanged(bufferReader(bytes), options),
          parseDicom(bytes),
          'lying table',
        );
      }
    }
  });
});

describe('a long header', () => {
  // A Per-Frame Functional Groups Sequence of defined length, 2 MB of items, before 2 GB of native pixel data.
  const items = 20_000;
  const itemBody = new ByteWriter(EXPLICIT_LE).text(0x0020, 0x9157, 'UL', 'ab').us(0x0028, 0x0011, 1, 2, 3);
  const itemBytes = itemBody.bytes();
  const sequence = new ByteWriter(EXPLICIT_LE).header(0x5200, 0x9230, 'SQ', items * (8 + itemBytes.length));
  for (let i = 0; i < items; i++) sequence.item(itemBytes.length).raw(itemBytes);
  const pixelLength = ROWS * COLUMNS * 2 * FRAMES;
  const head = part10(
    '1.2.840.10008.1.2.1',
    imageHeader(FRAMES).raw(sequence.bytes()).header(0x7fe0, 0x0010, 'OW', pixelLength).bytes(),
  );

  it('is read in one jump to the end of a sequence of defined length, not in doubling steps', async () => {
    const reader = countingReader(syntheticReader([head, { length: pixelLength, byteAt: pixelByte }]));
    const file = await parseDicomRanged(reader);
    assert.deepEqual(file.errors, []);
    assert.equal(file.dataset.find((e) => e.tag === 0x52009230)?.items?.length, items);
    assert.equal(reader.stats.reads, 2, 'the first 64 KiB, then the rest of the sequence and 64 KiB more');
    assert.ok(reader.stats.bytesRead < head.length + 128 * 1024, `read ${reader.stats.bytesRead} bytes`);
  });
});
