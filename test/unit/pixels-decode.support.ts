// Shared by the pixels-decode tests: reads a fixture, builds its PixelFormat straight from the data set (so
// these tests do not depend on readImageInfo), and loads the oracle's reference samples (written by
// scripts/fixtures/pixel-codecs.sh: .ref.bin.gz little endian samples and a .ref.json sidecar).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { DicomElement, DicomFile } from '../../src/dicom/model';
import { parseDicom } from '../../src/dicom/parser';
import type { PixelFormat, SampleArray, SampleType } from '../../src/dicom/pixels/imageTypes';
import { readNumbers, readTextValues, rootContexts } from '../../src/dicom/values';

export const FIXTURES = path.resolve(__dirname, '../fixtures');
export const CODEC_FIXTURES = path.join(FIXTURES, 'codec');

export function parseFixture(relative: string): DicomFile {
  return parseDicom(new Uint8Array(readFileSync(path.join(FIXTURES, relative))));
}

function find(file: DicomFile, group: number, element: number): DicomElement | undefined {
  const tag = ((group << 16) | element) >>> 0;
  return file.dataset.find((e) => e.tag === tag);
}

function number(file: DicomFile, group: number, element: number, fallback: number): number {
  const e = find(file, group, element);
  if (!e) return fallback;
  const context = rootContexts(file).dataset;
  if (e.vr === 'IS' || e.vr === 'DS') return Number(readTextValues(e, context)[0] ?? fallback);
  return readNumbers(e, context, 1).values[0] ?? fallback;
}

export function formatOf(file: DicomFile): PixelFormat {
  const context = rootContexts(file).dataset;
  const photometricElement = find(file, 0x0028, 0x0004);
  const kind = find(file, 0x7fe0, 0x0008) ? 'float' : find(file, 0x7fe0, 0x0009) ? 'double' : 'integer';
  const bitsAllocated = number(file, 0x0028, 0x0100, kind === 'double' ? 64 : 32);
  const bitsStored = number(file, 0x0028, 0x0101, bitsAllocated);
  return {
    rows: number(file, 0x0028, 0x0010, 0),
    columns: number(file, 0x0028, 0x0011, 0),
    samplesPerPixel: number(file, 0x0028, 0x0002, 1),
    bitsAllocated,
    bitsStored,
    highBit: number(file, 0x0028, 0x0102, bitsStored - 1),
    pixelRepresentation: number(file, 0x0028, 0x0103, 0) === 1 ? 1 : 0,
    planarConfiguration: number(file, 0x0028, 0x0006, 0) === 1 ? 1 : 0,
    photometric: photometricElement
      ? (readTextValues(photometricElement, context)[0] ?? '').trim()
      : 'MONOCHROME2',
    numberOfFrames: Math.max(1, number(file, 0x0028, 0x0008, 1)),
    pixelDataKind: kind,
    transferSyntaxUid: file.transferSyntax.uid,
  };
}

export interface Reference {
  readonly fixture: string;
  readonly sampleType: SampleType;
  readonly frames: number;
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: number;
  /** Photometric interpretation the decoded frame must report. */
  readonly photometric: string;
  /** Largest absolute difference allowed per sample (0: bit-exact). */
  readonly tolerance: number;
  /** Share of samples allowed to differ at all (1 when unlimited). */
  readonly maxDifferingFraction?: number;
  readonly oracle: string;
  /** All frames, samples interleaved. */
  readonly samples: SampleArray;
}

const ARRAYS: Record<SampleType, (buffer: ArrayBuffer) => SampleArray> = {
  uint8: (b) => new Uint8Array(b),
  int8: (b) => new Int8Array(b),
  uint16: (b) => new Uint16Array(b),
  int16: (b) => new Int16Array(b),
  uint32: (b) => new Uint32Array(b),
  int32: (b) => new Int32Array(b),
  float32: (b) => new Float32Array(b),
  float64: (b) => new Float64Array(b),
};

/** Every reference sidecar under test/fixtures/codec/reference. */
export function loadReferences(): Reference[] {
  const index = JSON.parse(
    readFileSync(path.join(CODEC_FIXTURES, 'reference', 'index.json'), 'utf8'),
  ) as string[];
  return index.map((name) => {
    const base = path.join(CODEC_FIXTURES, 'reference', name);
    const meta = JSON.parse(readFileSync(`${base}.ref.json`, 'utf8')) as Omit<Reference, 'samples'>;
    const raw = gunzipSync(readFileSync(`${base}.ref.bin.gz`));
    const buffer = raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer;
    return { ...meta, samples: ARRAYS[meta.sampleType](buffer) };
  });
}
