// Pixel values as other tools see them, for comparing the decoder's output: dcmdump's full print of a native
// file's Pixel Data (`dcmdump +L`, committed under test/fixtures/reference), and the Pixel Data bytes of the
// `.raw.dcm` references that dcmtk and GDCM decoded from the compressed fixtures.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDicom } from '../../../src/dicom/parser';

export const FIXTURES = path.resolve(__dirname, '../../fixtures');
export const REFERENCE = path.join(FIXTURES, 'reference');

export function fixtureBytes(relPath: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, relPath)));
}

/** The bytes of (7FE0,0010) as dcmdump printed them (OW words as little-endian byte pairs, OB bytes as they are),
 *  from reference/<relPath without .dcm>.dcmdump.txt. */
export function dcmdumpPixelBytes(relPath: string): Uint8Array {
  const dump = readFileSync(path.join(REFERENCE, relPath.replace(/\.dcm$/, '.dcmdump.txt')), 'latin1');
  const line = dump.split('\n').find((text) => text.startsWith('(7fe0,0010) '));
  if (!line) throw new Error(`no native Pixel Data line in the dcmdump reference of ${relPath}`);
  const match = /^\(7fe0,0010\) (OW|OB) (\S+)/.exec(line);
  if (!match) throw new Error(`unexpected Pixel Data line in the dcmdump reference of ${relPath}`);
  const values = match[2].split('\\').map((hex) => parseInt(hex, 16));
  if (match[1] === 'OB') return Uint8Array.from(values);
  const bytes = new Uint8Array(values.length * 2);
  values.forEach((value, i) => {
    bytes[i * 2] = value & 0xff;
    bytes[i * 2 + 1] = value >> 8;
  });
  return bytes;
}

/** The Pixel Data bytes of a native (explicit VR little endian) reference file, e.g. 'ts/j2k-lossy.raw.dcm'. */
export function referencePixelBytes(relPath: string): Uint8Array {
  const bytes = new Uint8Array(readFileSync(path.join(REFERENCE, relPath)));
  const pixelData = parseDicom(bytes).dataset.find((element) => element.tag === 0x7fe00010);
  if (!pixelData) throw new Error(`no Pixel Data in ${relPath}`);
  return bytes.subarray(pixelData.valueOffset, pixelData.valueOffset + pixelData.length);
}
