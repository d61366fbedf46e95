// The random-access readers: over a buffer, through the chunk cache (few real reads for many small ones, the same
// bytes across chunk boundaries, eviction of the least recently used chunk, no caching of failures), and over a
// local file with positioned reads (src/node/fileReader.ts).
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  bufferReader,
  chunkedReader,
  countingReader,
  readExactly,
  type RandomAccessReader,
} from '../../src/dicom/io/reader';
import { openFileReader } from '../../src/node/fileReader';
import { FIXTURES } from './io-support';

const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 13) & 0xff);

describe('bufferReader', () => {
  it('reads ranges and cuts them at the end of the data', async () => {
    const reader = bufferReader(bytes);
    assert.equal(reader.size, 1000);
    assert.deepEqual(await reader.read(10, 5), bytes.subarray(10, 15));
    assert.deepEqual(await reader.read(995, 10), bytes.subarray(995));
    assert.equal((await reader.read(2000, 10)).length, 0);
  });

  it('readExactly throws a RangeError when the data is shorter', async () => {
    await assert.rejects(readExactly(bufferReader(bytes), 990, 20), RangeError);
  });
});

describe('chunkedReader', () => {
  it('serves many small reads with one real read per chunk, across chunk boundaries', async () => {
    const inner = countingReader(bufferReader(bytes));
    const reader = chunkedReader(inner, 64);
    for (let offset = 0; offset < 1000; offset += 3) {
      assert.deepEqual(await reader.read(offset, 5), bytes.subarray(offset, offset + 5), `at ${offset}`);
    }
    assert.equal(inner.stats.reads, Math.ceil(1000 / 64));
    assert.equal(inner.stats.bytesRead, 1000);
  });

  it('gives the same bytes as the reader for every range, with tiny chunks', async () => {
    const reader = chunkedReader(bufferReader(bytes), 7, { maxChunks: 3 });
    for (const [offset, length] of [
      [0, 1],
      [6, 2],
      [6, 15],
      [13, 7],
      [990, 30],
      [999, 1],
      [1000, 4],
    ]) {
      assert.deepEqual(await reader.read(offset, length), bytes.subarray(offset, offset + length));
    }
  });

  it('passes reads larger than a chunk straight through', async () => {
    const inner = countingReader(bufferReader(bytes));
    const reader = chunkedReader(inner, 64);
    assert.deepEqual(await reader.read(100, 500), bytes.subarray(100, 600));
    assert.deepEqual(inner.stats, { reads: 1, bytesRead: 500 });
  });

  it('evicts the least recently used chunk', async () => {
    const inner = countingReader(bufferReader(bytes));
    const reader = chunkedReader(inner, 100, { maxChunks: 2 });
    await reader.read(0, 1); // chunk 0
    await reader.read(100, 1); // chunk 1
    await reader.read(0, 1); // chunk 0 again: cached, now the most recent
    await reader.read(200, 1); // chunk 2 evicts chunk 1
    assert.equal(inner.stats.reads, 3);
    await reader.read(0, 1);
    assert.equal(inner.stats.reads, 3, 'chunk 0 kept');
    await reader.read(100, 1);
    assert.equal(inner.stats.reads, 4, 'chunk 1 read again');
  });

  it('does not keep a failed read', async () => {
    let failures = 1;
    const flaky: RandomAccessReader = {
      size: 100,
      read: (offset, length) =>
        failures-- > 0
          ? Promise.reject(new Error('disk'))
          : bufferReader(bytes.subarray(0, 100)).read(offset, length),
    };
    const reader = chunkedReader(flaky, 10);
    await assert.rejects(reader.read(0, 4), /disk/);
    assert.deepEqual(await reader.read(0, 4), bytes.subarray(0, 4));
  });
});

describe('openFileReader', () => {
  it('reads ranges of a local file with positioned reads', async () => {
    const file = path.join(FIXTURES, 'multiframe/explicit-le.dcm');
    const expected = new Uint8Array(readFileSync(file));
    const reader = await openFileReader(file);
    try {
      assert.equal(reader.size, expected.length);
      assert.deepEqual(await reader.read(128, 4), expected.subarray(128, 132));
      assert.deepEqual(await reader.read(expected.length - 10, 100), expected.subarray(expected.length - 10));
    } finally {
      await reader.close();
    }
  });

  it('returns fewer bytes when the file shrank after it was opened', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dicom-reader-'));
    const file = path.join(dir, 'shrinks.bin');
    writeFileSync(file, bytes);
    const reader = await openFileReader(file);
    try {
      truncateSync(file, 500);
      assert.equal(reader.size, 1000);
      assert.equal((await reader.read(400, 200)).length, 100);
      await assert.rejects(readExactly(reader, 400, 200), RangeError);
    } finally {
      await reader.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
