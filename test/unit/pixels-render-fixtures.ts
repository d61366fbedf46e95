// Test support for the render tests (not product code): loads test/fixtures/render/*.dcm with their oracle
// outputs (reference/NAME.json.txt, written by scripts/fixtures/pixelrender.py from pydicom and dcmtk), and
// builds DecodedFrame objects from pydicom's pixel_array, so the render tests do not depend on the decoder.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { DicomFile } from '../../src/dicom/model';
import { parseDicom } from '../../src/dicom/parser';
import { readImageInfo } from '../../src/dicom/pixels/imageInfo';
import type { DecodedFrame, ImageInfo, SampleArray, SampleType } from '../../src/dicom/pixels/imageTypes';

export const RENDER_FIXTURES = path.resolve(__dirname, '../fixtures/render');
export const FIXTURES = path.resolve(__dirname, '../fixtures');

export interface RefArray {
  dtype: string;
  shape: number[];
  base64: string;
}

export interface RefWindow {
  index: number;
  function: 'LINEAR' | 'LINEAR_EXACT' | 'SIGMOID';
  yMin: number;
  yMax: number;
  voi: RefArray;
  dcmtk?: RefArray;
  dcmtkOptions?: string;
}

export interface RefFrame {
  index: number;
  stored: RefArray;
  modality?: RefArray;
  windows?: RefWindow[];
  voiLuts?: { index: number; bits: number; voi: RefArray; dcmtk: RefArray }[];
  palette?: RefArray;
  dcmtk?: RefArray;
  dcmtkError?: string;
}

export interface Reference {
  file: string;
  frames: RefFrame[];
  paletteTable?: RefArray;
  overlays?: { group: number; bits: RefArray }[];
  dcmtkOverlays?: RefArray[];
}

const CONSTRUCTORS = {
  uint8: Uint8Array,
  int8: Int8Array,
  uint16: Uint16Array,
  int16: Int16Array,
  uint32: Uint32Array,
  int32: Int32Array,
  float32: Float32Array,
  float64: Float64Array,
} as const;

/** A reference array as numbers (int64 arrays, which pydicom gives for some LUT outputs, as Number). */
export function values(array: RefArray): number[] {
  const bytes = Buffer.from(array.base64, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  if (array.dtype === 'int64' || array.dtype === 'uint64') {
    const view = new DataView(copy.buffer);
    return Array.from({ length: copy.length / 8 }, (_, i) => Number(view.getBigInt64(i * 8, true)));
  }
  const ctor = CONSTRUCTORS[array.dtype as keyof typeof CONSTRUCTORS];
  if (!ctor) throw new Error(`unexpected dtype ${array.dtype}`);
  return Array.from(new ctor(copy.buffer, 0, copy.length / ctor.BYTES_PER_ELEMENT));
}

export interface LoadedFixture {
  name: string;
  file: DicomFile;
  info: ImageInfo;
  ref: Reference;
  frame(index: number): DecodedFrame;
}

export function loadFixture(name: string): LoadedFixture {
  const file = parseDicom(readFileSync(path.join(RENDER_FIXTURES, name)));
  const info = readImageInfo(file);
  if (!info) throw new Error(`${name}: no image info`);
  const ref = JSON.parse(
    readFileSync(path.join(RENDER_FIXTURES, 'reference', name.replace(/\.dcm$/, '.json.txt')), 'utf8'),
  ) as Reference;
  return { name, file, info, ref, frame: (index) => frameFromReference(ref.frames[index], info) };
}

export function frameFromReference(ref: RefFrame, info: ImageInfo): DecodedFrame {
  const numbers = values(ref.stored);
  const sampleType = ref.stored.dtype as SampleType;
  const samples = new CONSTRUCTORS[sampleType](numbers) as SampleArray;
  return makeFrame(samples, sampleType, info, ref.index);
}

export function makeFrame(
  samples: SampleArray,
  sampleType: SampleType,
  info: ImageInfo,
  index = 0,
  overrides: Partial<DecodedFrame> = {},
): DecodedFrame {
  let min = Infinity;
  let max = -Infinity;
  for (const v of samples) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return {
    index,
    rows: info.format.rows,
    columns: info.format.columns,
    samplesPerPixel: info.format.samplesPerPixel,
    photometric: info.format.photometric,
    sampleType,
    samples,
    bitsStored: info.format.bitsStored,
    signed: info.format.pixelRepresentation === 1,
    minValue: min,
    maxValue: max,
    ...overrides,
  };
}

/** Half-up rounding, as render does. */
export const round = (x: number): number => Math.floor(x + 0.5);
