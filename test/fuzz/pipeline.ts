// What one fuzz case runs: everything a file goes through when a user opens it (parse, header rows, text dump,
// DICOM JSON, the ranged parse of big files, image info, decoding the first and last frames, rendering) and the
// rules each step must keep.
// Parsing and the text views never throw; image info never throws; decoding fails only with PixelDataError, and
// not one that merely wraps an unexpected JavaScript error (decodeFrame's last-resort "could not be decoded:").

import { dicomJson, stringifyDicomJson } from '../../src/dicom/dicomJson';
import { bufferReader } from '../../src/dicom/io/reader';
import { parseDicomRanged } from '../../src/dicom/io/rangedParse';
import { buildHeaderRows } from '../../src/dicom/headerRows';
import { parseDicom } from '../../src/dicom/parser';
import { decodeFrame } from '../../src/dicom/pixels/decodeFrame';
import { readImageInfoOrThrow } from '../../src/dicom/pixels/imageInfo';
import { PixelDataError } from '../../src/dicom/pixels/imageTypes';
import { renderFrame } from '../../src/dicom/pixels/render';
import { textDump } from '../../src/dicom/textDump';

/** A broken rule: which step and what happened (an error's name and message, never the file's values). */
export interface Finding {
  readonly step: string;
  readonly error: string;
}

/** Inflated data sets above this are refused by the parser: a bomb must stop early, not fill the memory. */
export const FUZZ_MAX_INFLATED_BYTES = 64 * 1024 * 1024;

const ESCAPED = /could not be decoded: /;

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500);
  return String(error).slice(0, 500);
}

async function step<T>(name: string, run: () => T | Promise<T>): Promise<T | Finding> {
  try {
    return await run();
  } catch (error) {
    return { step: name, error: describe(error) };
  }
}

const isFinding = (value: unknown): value is Finding =>
  typeof value === 'object' && value !== null && 'step' in value && 'error' in value;

/** Runs the case; undefined when every rule held. */
export async function runPipeline(bytes: Uint8Array): Promise<Finding | undefined> {
  const file = await step('parse', () => parseDicom(bytes, { maxInflatedBytes: FUZZ_MAX_INFLATED_BYTES }));
  if (isFinding(file)) return file;
  const rows = await step('header rows', () => buildHeaderRows(file));
  if (isFinding(rows)) return rows;
  const dump = await step('text dump', () => textDump(file));
  if (isFinding(dump)) return dump;
  const json = await step('DICOM JSON', () => stringifyDicomJson(dicomJson(file)));
  if (isFinding(json)) return json;
  // Parsing through a reader in small steps (as big local files are read) must give the same tree and faults.
  const ranged = await step('ranged parse', () =>
    parseDicomRanged(bufferReader(bytes), { initialReadSize: 97, maxInflatedBytes: FUZZ_MAX_INFLATED_BYTES }),
  );
  if (isFinding(ranged)) return ranged;
  const shape = (parsed: typeof file, text: string): string =>
    JSON.stringify([parsed.errors, text.length, parsed.dataset.length, parsed.meta.length]);
  if (shape(ranged, textDump(ranged)) !== shape(file, dump)) {
    return { step: 'ranged parse', error: 'differs from the whole-buffer parse (errors, elements or dump)' };
  }
  const info = await step('image info', () => readImageInfoOrThrow(file));
  if (isFinding(info)) return info;
  if (!info || info.problem) return undefined;
  const last = info.format.numberOfFrames - 1;
  for (const index of last > 0 ? [0, last] : [0]) {
    try {
      const frame = await decodeFrame(file, info.format, index);
      renderFrame(frame, info, {});
    } catch (error) {
      if (!(error instanceof PixelDataError) || ESCAPED.test(error.message))
        return { step: `frame ${index}`, error: describe(error) };
    }
  }
  return undefined;
}
