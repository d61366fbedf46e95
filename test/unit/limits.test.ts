// Limits checked before allocating (issue 6): a file's numbers never size a buffer the data cannot back. Each
// test builds the hostile file by hand and checks the fault is reported (with its offset) and that memory stays
// small: the bound is what the data holds, not what the header claims.

import * as assert from 'node:assert/strict';
import { deflateSync } from 'fflate';
import { parseDicom } from '../../src/dicom/parser';
import { decodeFrame } from '../../src/dicom/pixels/decodeFrame';
import { readImageInfo } from '../../src/dicom/pixels/imageInfo';
import { PixelDataError } from '../../src/dicom/pixels/imageTypes';
import { ByteWriter, EXPLICIT_LE, part10, UNDEFINED } from './helpers/dicomWriter';

const DEFLATED = '1.2.840.10008.1.2.1.99';
const EXPLICIT = '1.2.840.10008.1.2.1';
const MB = 1024 * 1024;

function image(rows: number, columns: number, frames: string, pixelBytes: number): Uint8Array {
  const body = new ByteWriter(EXPLICIT_LE)
    .text(0x0008, 0x0016, 'UI', '1.2.840.10008.5.1.4.1.1.7')
    .us(0x0028, 0x0002, 1)
    .text(0x0028, 0x0004, 'CS', 'MONOCHROME2')
    .text(0x0028, 0x0008, 'IS', frames)
    .us(0x0028, 0x0010, rows)
    .us(0x0028, 0x0011, columns)
    .us(0x0028, 0x0100, 16)
    .us(0x0028, 0x0101, 16)
    .us(0x0028, 0x0102, 15)
    .us(0x0028, 0x0103, 0)
    .header(0x7fe0, 0x0010, 'OW', pixelBytes)
    .raw(new Uint8Array(pixelBytes))
    .bytes();
  return part10(EXPLICIT, body);
}

describe('limits checked before allocating', () => {
  it('sequence nesting: 200 levels stop at 64 with the offset; every level before is kept', () => {
    const writer = new ByteWriter(EXPLICIT_LE).text(0x0010, 0x0010, 'PN', 'Deep^Nest');
    for (let level = 0; level < 200; level++) writer.header(0x0040, 0xa730, 'SQ', UNDEFINED).item(UNDEFINED);
    const file = parseDicom(part10(EXPLICIT, writer.bytes()));
    const error = file.errors.find((issue) => /nested deeper than 64 levels/.test(issue.message));
    assert.ok(error, JSON.stringify(file.errors));
    assert.ok(error.offset > 0);
    let depth = 0;
    let elements = file.dataset;
    while (elements.length > 0) {
      const sequence = elements.find((e) => e.items !== undefined);
      if (!sequence?.items?.[0]) break;
      depth++;
      elements = sequence.items[0].elements;
    }
    assert.ok(depth >= 64 && depth <= 66, `${depth} levels kept`);
  });

  it('a deflate bomb (64 MB of zeros in 64 KB) stops at the limit, early, with its offset', () => {
    const dataset = new ByteWriter(EXPLICIT_LE)
      .text(0x0010, 0x0010, 'PN', 'Bomb')
      .header(0x0009, 0x1010, 'OB', 0x40000000)
      .bytes();
    // 64 MB of zeros deflate to about 64 KB: a thousandfold expansion.
    const zeros = new Uint8Array(64 * MB);
    const stream = deflateSync(concat(dataset, zeros), { level: 9 });
    assert.ok(stream.length < 1 * MB, `the bomb is ${stream.length} bytes`);
    const before = process.memoryUsage().arrayBuffers;
    const file = parseDicom(part10(DEFLATED, stream), { maxInflatedBytes: 8 * MB });
    const grown = process.memoryUsage().arrayBuffers - before;
    const error = file.errors.find((issue) => /expands beyond 8388608 bytes/.test(issue.message));
    assert.ok(error, JSON.stringify(file.errors));
    assert.ok(error.offset > 128, 'at the start of the deflated stream');
    assert.ok(grown < 48 * MB, `${Math.round(grown / MB)} MB held for an 8 MB limit`);
    assert.equal(file.dataset[0]?.tag, 0x00100010, 'what was inflated before the limit is read');
  });

  it('a length past the file is an error at its offset, not an allocation', () => {
    const body = new ByteWriter(EXPLICIT_LE)
      .text(0x0010, 0x0010, 'PN', 'Long')
      .header(0x0009, 0x1010, 'OB', 0xfffffff0)
      .raw(new Uint8Array(4))
      .bytes();
    const file = parseDicom(part10(EXPLICIT, body));
    assert.match(
      file.errors[0]?.message ?? '',
      /Value length 4294967280 of \(0009,1010\) .* runs past the end/,
    );
  });

  it('Number of Frames beyond the data: the frames the data holds decode, the others fail with their reason', async () => {
    const file = parseDicom(image(64, 64, '100000000', 64 * 64 * 2 * 3));
    const info = readImageInfo(file);
    assert.ok(info && !info.problem);
    await decodeFrame(file, info.format, 2);
    await assert.rejects(decodeFrame(file, info.format, 5000), (error: unknown) => {
      assert.ok(error instanceof PixelDataError);
      assert.match(error.message, /Frame 5000 needs bytes .* but it holds 24576 bytes \(3 whole frames/);
      return true;
    });
  });

  it('Rows x Columns beyond the data: a problem for the image, no frame buffer allocated', () => {
    const before = process.memoryUsage().arrayBuffers;
    const info = readImageInfo(parseDicom(image(65535, 65535, '1', 64)));
    assert.match(info?.problem ?? '', /holds 64 bytes, less than one frame \(8589672450 bytes\)/);
    assert.ok(process.memoryUsage().arrayBuffers - before < 4 * MB);
  });

  it('many fragments: indexed at 3 numbers each, bounded by the file size (8 bytes per fragment at least)', () => {
    const writer = new ByteWriter(EXPLICIT_LE)
      .us(0x0028, 0x0010, 8)
      .us(0x0028, 0x0011, 8)
      .header(0x7fe0, 0x0010, 'OB', UNDEFINED)
      .item(0);
    const count = 100_000;
    for (let k = 0; k < count; k++) writer.item(0);
    writer.sequenceEnd();
    const file = parseDicom(part10('1.2.840.10008.1.2.4.80', writer.bytes()));
    assert.deepEqual(file.errors, []);
    const pixelData = file.dataset.find((e) => e.tag === 0x7fe00010);
    assert.equal(pixelData?.fragments?.length, count + 1);
  });
});

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
