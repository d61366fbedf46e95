// Frames of files parsed through a reader: decodeFrame and readFrameBitstream read them through the reader and
// give what they give for the whole file (samples, failures and their offsets), on every fixture with pixel data;
// the synchronous whole-buffer functions refuse such files clearly instead of reading missing bytes.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDicomRanged } from '../../src/dicom/io/rangedParse';
import { bufferReader, countingReader } from '../../src/dicom/io/reader';
import type { DicomFile } from '../../src/dicom/model';
import { parseDicom } from '../../src/dicom/parser';
import { decodeFrame, frameBitstream, readFrameBitstream } from '../../src/dicom/pixels/decodeFrame';
import { locateEncapsulatedFrame, locateNativeFrame, pixelSource } from '../../src/dicom/pixels/frameIndex';
import { PixelDataError, type PixelFormat } from '../../src/dicom/pixels/imageTypes';
import { readImageInfo } from '../../src/dicom/pixels/imageInfo';
import { corpusFiles, FIXTURES } from './io-support';

async function outcome<T>(work: () => Promise<T>): Promise<T | { error: string; offset: number }> {
  try {
    return await work();
  } catch (error) {
    assert.ok(error instanceof PixelDataError, `not a PixelDataError: ${String(error)}`);
    return { error: error.message, offset: error.offset };
  }
}

function formatOf(file: DicomFile): PixelFormat | undefined {
  return readImageInfo(file)?.format;
}

describe('frames through a reader', () => {
  const files = corpusFiles().filter((relative) => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, relative)));
    return formatOf(parseDicom(bytes)) !== undefined;
  });

  it('finds the fixtures with pixel data, codec fixtures included', () => {
    assert.ok(files.filter((relative) => relative.startsWith('codec')).length >= 35, `${files.length} files`);
  });

  for (const relative of files) {
    it(`decodes ${relative} as from the whole buffer`, async function () {
      this.timeout(60_000);
      const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, relative)));
      const whole = parseDicom(bytes);
      const ranged = await parseDicomRanged(bufferReader(bytes), { initialReadSize: 64, scanChunkSize: 16 });
      const format = formatOf(whole) as PixelFormat;
      assert.deepEqual(formatOf(ranged), format, 'same image info');
      // One frame past the end too: the same refusal.
      for (let index = 0; index <= Math.min(format.numberOfFrames, 8); index++) {
        assert.deepEqual(
          await outcome(() => decodeFrame(ranged, format, index)),
          await outcome(() => decodeFrame(whole, format, index)),
          `frame ${index}`,
        );
        assert.deepEqual(
          await outcome(() => readFrameBitstream(ranged, format, index)),
          await outcome(() => Promise.resolve(frameBitstream(whole, format, index))),
          `bitstream ${index}`,
        );
        assert.deepEqual(
          await outcome(() => readFrameBitstream(whole, format, index)),
          await outcome(() => Promise.resolve(frameBitstream(whole, format, index))),
          `bitstream of the whole file ${index}`,
        );
      }
    });
  }

  it('refuses the synchronous locate functions for pixel data that is not in memory', async () => {
    for (const relative of ['multiframe/explicit-le.dcm', 'codec/encapsulated/j2k-3frames.dcm']) {
      const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, relative)));
      const ranged = await parseDicomRanged(bufferReader(bytes), { initialReadSize: 256 });
      const format = formatOf(ranged) as PixelFormat;
      const source = pixelSource(ranged, format);
      const locate = () =>
        ranged.dataset.some((e) => e.fragments)
          ? locateEncapsulatedFrame(ranged, source, format, format.numberOfFrames - 1)
          : locateNativeFrame(source, format, format.numberOfFrames - 1);
      assert.throws(locate, /not in memory.*readFrameParts/);
      assert.throws(() => frameBitstream(ranged, format, format.numberOfFrames - 1), /not in memory/);
    }
  });

  it('reads one frame with one read of its own size', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'multiframe/explicit-le.dcm')));
    const reader = countingReader(bufferReader(bytes));
    const file = await parseDicomRanged(reader);
    const format = formatOf(file) as PixelFormat;
    const before = { ...reader.stats };
    await decodeFrame(file, format, format.numberOfFrames - 1);
    const frameBytes = (format.rows * format.columns * format.samplesPerPixel * format.bitsAllocated) / 8;
    assert.deepEqual(reader.stats, { reads: before.reads + 1, bytesRead: before.bytesRead + frameBytes });
  });
});

describe('a reader that fails', () => {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, 'multiframe/explicit-le.dcm')));
  const failingBeyond = (limit: number) => ({
    size: bytes.length,
    read: (offset: number, length: number) =>
      offset + length > limit
        ? Promise.reject(new Error('device not ready'))
        : bufferReader(bytes).read(offset, length),
  });

  it('makes parseDicomRanged reject with the reader error', async () => {
    await assert.rejects(parseDicomRanged(failingBeyond(100), { initialReadSize: 64 }), /device not ready/);
  });

  it('makes decodeFrame reject with a PixelDataError that says which bytes could not be read', async () => {
    const header = await parseDicomRanged(bufferReader(bytes));
    const format = formatOf(header) as PixelFormat;
    const file = await parseDicomRanged(failingBeyond(header.bytes.length + 4096));
    const error = await outcome(() => decodeFrame(file, format, format.numberOfFrames - 1));
    assert.match(
      (error as { error: string }).error,
      /^Could not read bytes \d+–\d+ of the file: device not ready/,
    );
  });
});
