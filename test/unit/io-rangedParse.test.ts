// parseDicomRanged against parseDicom on the whole fixture corpus: the same elements, items, fragments and
// faults at the same offsets, with read sizes from 64 KiB down to 7 bytes so that the ends of the loaded ranges
// fall in the middle of element headers, values, delimiters and fragment item headers; and the same faults for
// files cut at many points.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDicomRanged, type RangedParseOptions } from '../../src/dicom/io/rangedParse';
import { bufferReader, countingReader } from '../../src/dicom/io/reader';
import { dicomJson } from '../../src/dicom/dicomJson';
import { buildHeaderRows } from '../../src/dicom/headerRows';
import { parseDicom } from '../../src/dicom/parser';
import { textDump } from '../../src/dicom/textDump';
import { assertSameParse, corpusFiles, FIXTURES } from './io-support';

const load = (relative: string) => new Uint8Array(readFileSync(path.join(FIXTURES, relative)));

const SETTINGS: Record<string, RangedParseOptions> = {
  'default sizes': {},
  '1000-byte steps': { initialReadSize: 1000, maxGrowth: 1000, scanChunkSize: 1000 },
  '64-byte steps': { initialReadSize: 64, maxGrowth: 64, scanChunkSize: 64 },
  '7 bytes, doubling': { initialReadSize: 7, scanChunkSize: 7 },
  '7-byte steps': { initialReadSize: 7, maxGrowth: 7, scanChunkSize: 7 },
};

describe('parseDicomRanged: the fixture corpus', () => {
  const files = corpusFiles();

  it('finds the corpus', () => {
    assert.ok(files.length > 100, `only ${files.length} fixtures`);
  });

  for (const [name, options] of Object.entries(SETTINGS)) {
    it(`equals parseDicom for every fixture, ${name}`, async function () {
      this.timeout(120_000);
      for (const relative of files) {
        const bytes = load(relative);
        assertSameParse(await parseDicomRanged(bufferReader(bytes), options), parseDicom(bytes), relative);
      }
    });
  }

  it('shows the same header rows, text dump and DICOM JSON as the whole file', async function () {
    this.timeout(60_000);
    for (const relative of files) {
      const bytes = load(relative);
      const whole = parseDicom(bytes);
      const ranged = await parseDicomRanged(bufferReader(bytes), { initialReadSize: 64, maxGrowth: 1024 });
      assert.deepEqual(buildHeaderRows(ranged), buildHeaderRows(whole), `${relative}: header rows`);
      assert.equal(textDump(ranged), textDump(whole), `${relative}: text dump`);
      assert.deepEqual(dicomJson(ranged), dicomJson(whole), `${relative}: DICOM JSON`);
    }
  });

  it('reads the header and the first KiB of a long native pixel data value, no more', async () => {
    const relative = 'multiframe/explicit-le.dcm';
    const bytes = load(relative);
    const reader = countingReader(bufferReader(bytes));
    const file = await parseDicomRanged(reader, { initialReadSize: 1024 });
    const pixelData = file.dataset.find((e) => e.tag === 0x7fe00010);
    assert.ok(pixelData && pixelData.length > 64 * 1024, 'a pixel data value longer than 64 KiB');
    // The prefix overshoots the header by less than one step (1 KiB here), then 1 KiB of preview.
    assert.ok(
      reader.stats.bytesRead <= pixelData.valueOffset + 3 * 1024,
      `read ${reader.stats.bytesRead} bytes, pixel data at ${pixelData.valueOffset}`,
    );
    assert.ok(file.ranged, 'marked as ranged');
    assert.ok(file.bytes.length < bytes.length);
  });

  it('reads deflated files whole and parses them like parseDicom', async () => {
    const bytes = load('codec/native/deflated-rgb-2frames.dcm');
    const reader = countingReader(bufferReader(bytes));
    const file = await parseDicomRanged(reader);
    assert.ok(file.inflatedDataset);
    assert.equal(file.ranged, undefined);
    assertSameParse(file, parseDicom(bytes), 'deflated');
  });
});

describe('parseDicomRanged: cut files', () => {
  // Cut points: a regular grid through each file, and a few bytes into and after every fragment item header and
  // around the pixel data element, where the ranged parse does its own reading.
  const cutsOf = (bytes: Uint8Array): number[] => {
    const whole = parseDicom(bytes);
    const cuts = new Set<number>();
    for (let at = 0; at < bytes.length; at += Math.max(1, Math.floor(bytes.length / 40))) cuts.add(at);
    for (const element of whole.dataset) {
      for (const delta of [0, 3, 7, 8, 11]) cuts.add(element.offset + delta);
      for (const fragment of element.fragments ?? []) {
        for (const delta of [0, 2, 5, 8, 9]) cuts.add(fragment.offset + delta);
      }
    }
    for (const delta of [1, 4, 8]) cuts.add(bytes.length - delta);
    return [...cuts].filter((at) => at >= 0 && at < bytes.length).sort((a, b) => a - b);
  };

  const files = corpusFiles().filter((relative) => !relative.includes('deflated'));
  it(`reports the same faults at the same offsets as parseDicom (${files.length} files)`, async function () {
    this.timeout(180_000);
    let checked = 0;
    for (const relative of files) {
      const bytes = load(relative);
      for (const cut of cutsOf(bytes)) {
        const part = bytes.slice(0, cut);
        const options = { initialReadSize: 64, maxGrowth: 256, scanChunkSize: 16 };
        assertSameParse(
          await parseDicomRanged(bufferReader(part), options),
          parseDicom(part),
          `${relative} cut at ${cut}`,
        );
        checked++;
      }
    }
    assert.ok(checked > 1000, `${checked} cuts`);
  });
});
