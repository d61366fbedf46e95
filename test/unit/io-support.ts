// Shared by the io-* tests: the fixture corpus, a comparison of a ranged parse with the whole-file parse, and
// readers that fake big files with computed bytes (nothing big is written to disk).
import * as assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { RandomAccessReader } from '../../src/dicom/io/reader';
import type { DicomElement, DicomFile } from '../../src/dicom/model';
import { makeTag } from '../../src/dicom/tags';
import { rootContexts, valueBytes, type ValueContext } from '../../src/dicom/values';

export const FIXTURES = path.resolve(__dirname, '../fixtures');

/** Every .dcm fixture, the damaged folder's other files and the files without extension. */
export function corpusFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return walk(full);
      const relative = path.relative(FIXTURES, full);
      const wanted =
        name.endsWith('.dcm') ||
        relative.startsWith(`damaged${path.sep}`) ||
        relative.startsWith(`noext${path.sep}`);
      return wanted ? [relative] : [];
    });
  return walk(FIXTURES).sort();
}

/** The file without the fields a ranged parse may differ in. */
function structure(file: DicomFile): Omit<DicomFile, 'bytes' | 'ranged'> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { bytes, ranged, ...rest } = file;
  return rest;
}

const PIXEL_TAGS = new Set([makeTag(0x7fe0, 0x0010), makeTag(0x7fe0, 0x0008), makeTag(0x7fe0, 0x0009)]);
const TRAILING_PADDING = makeTag(0xfffc, 0xfffc);

/** Asserts that a ranged parse equals the whole-file parse: the same tree, offsets, lengths and faults, and the
 *  same value bytes for every element but the pixel data (and the trailing padding, which is not loaded). */
export function assertSameParse(ranged: DicomFile, whole: DicomFile, label: string): void {
  assert.deepEqual(structure(ranged), structure(whole), `${label}: tree or faults differ`);
  if (whole.inflatedDataset) return; // deflated files are read whole: nothing more to compare
  const rangedContexts = rootContexts(ranged);
  const wholeContexts = rootContexts(whole);
  const compare = (
    a: readonly DicomElement[],
    aContext: ValueContext,
    bContext: ValueContext,
    topLevel: boolean,
  ): void => {
    for (const element of a) {
      if (element.items) {
        for (const item of element.items) compare(item.elements, aContext, bContext, false);
        continue;
      }
      if (topLevel && (PIXEL_TAGS.has(element.tag) || element.tag === TRAILING_PADDING)) continue;
      if (element.fragments) continue;
      assert.deepEqual(
        valueBytes(element, aContext),
        valueBytes(element, bContext),
        `${label}: value of element at offset ${element.offset} differs`,
      );
    }
  };
  compare(ranged.meta, rangedContexts.meta, wholeContexts.meta, false);
  compare(ranged.dataset, rangedContexts.dataset, wholeContexts.dataset, true);
}

/** A reader over a file made of parts given as bytes or as computed runs, so that gigabytes cost nothing. */
export type FilePart = Uint8Array | { readonly length: number; readonly byteAt: (offset: number) => number };

export function syntheticReader(parts: readonly FilePart[]): RandomAccessReader {
  const starts: number[] = [];
  let size = 0;
  for (const part of parts) {
    starts.push(size);
    size += part.length;
  }
  return {
    size,
    read(offset, length) {
      const from = Math.max(0, Math.min(offset, size));
      const to = Math.max(from, Math.min(offset + length, size));
      const out = new Uint8Array(to - from);
      parts.forEach((part, i) => {
        const start = starts[i];
        const a = Math.max(from, start);
        const b = Math.min(to, start + part.length);
        if (a >= b) return;
        if (part instanceof Uint8Array) out.set(part.subarray(a - start, b - start), a - from);
        else for (let at = a; at < b; at++) out[at - from] = part.byteAt(at - start);
      });
      return Promise.resolve(out);
    },
  };
}
