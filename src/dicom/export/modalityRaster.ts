// 16-bit greyscale rasters for analysis: the modality values (after Rescale Slope/Intercept or the Modality LUT;
// Hounsfield units for CT) or the stored values, one 16-bit sample per pixel, no window, no rotation.
//
// PNG samples are unsigned, so when the values can be negative (signed stored values, or a rescale that goes
// below zero, e.g. CT's -1024 intercept) every value is written plus 32768 (the "offset binary" convention:
// 0 HU is 32768, -1024 HU is 31744). The offset depends only on the file's pixel format and rescale, never on the
// frame's contents, so every frame of a file gets the same one. Values are rounded to integers and clamped to
// 0..65535 after the offset (fractional rescales, float pixel data). The offset and what the values are travel
// with the PNG as tEXt chunks (pngText).

import type { RasterImage } from '../encode/raster';
import { frameValues } from '../pixels/frameValues';
import type { DecodedFrame, ImageInfo } from '../pixels/imageTypes';
import { modalityTransform } from '../pixels/modalityLut';

export type ValueKind = 'modality' | 'stored';

export interface ModalityRaster {
  /** One channel, Uint16Array samples, rows × columns. */
  readonly raster: RasterImage;
  readonly which: ValueKind;
  /** Added to every value before writing: 0 or 32768. A pixel's value is sample − offset. */
  readonly offset: number;
  /** Unit of modality values ('HU', the Rescale Type, '' when unknown); '' for stored values. */
  readonly unit: string;
  /** How many samples did not fit in 0..65535 after the offset and were clamped. */
  readonly clamped: number;
}

export const SIGNED_OFFSET = 32768;

/** Smallest and largest value of the kind asked for that the file's format allows, for choosing the offset. */
function possibleRange(frame: DecodedFrame, info: ImageInfo, which: ValueKind): [number, number] {
  let low: number;
  let high: number;
  if (frame.sampleType === 'float32' || frame.sampleType === 'float64') {
    [low, high] = [frame.minValue, frame.maxValue];
  } else {
    const bits = Math.max(1, frame.bitsStored);
    [low, high] = frame.signed ? [-(2 ** (bits - 1)), 2 ** (bits - 1) - 1] : [0, 2 ** bits - 1];
  }
  if (which === 'stored') return [low, high];
  const values = frameValues(info, frame.index);
  if (values.modalityLut) return [0, 2 ** values.modalityLut.bitsPerEntry - 1];
  const transform = modalityTransform(values);
  const a = transform(low);
  const b = transform(high);
  return [Math.min(a, b), Math.max(a, b)];
}

/** The frame's modality or stored values as 16-bit grey. Throws RangeError for colour images. */
export function modalityRaster16(frame: DecodedFrame, info: ImageInfo, which: ValueKind): ModalityRaster {
  if (frame.samplesPerPixel !== 1) {
    throw new RangeError('16-bit PNG export needs a greyscale image: this one is colour');
  }
  const [low] = possibleRange(frame, info, which);
  const offset = low < 0 ? SIGNED_OFFSET : 0;
  const values = frameValues(info, frame.index);
  const transform = which === 'modality' ? modalityTransform(values) : (stored: number) => stored;
  const pixels = frame.rows * frame.columns;
  const data = new Uint16Array(pixels);
  const samples = frame.samples;
  const count = Math.min(pixels, samples.length);
  let clamped = 0;
  const convert = (stored: number): number => {
    const v = Math.round(transform(stored)) + offset;
    if (v >= 0 && v <= 65535) return v;
    clamped++;
    return v < 0 ? 0 : v > 65535 ? 65535 : 0; // NaN → 0
  };
  const integer = frame.sampleType !== 'float32' && frame.sampleType !== 'float64';
  const span = frame.maxValue - frame.minValue + 1;
  if (integer && span >= 1 && span <= 1 << 20) {
    // One table over the frame's value range: the transform runs once per distinct value.
    const min = frame.minValue;
    const table = new Uint16Array(span);
    const clampedOf = new Uint8Array(span);
    for (let k = 0; k < span; k++) {
      const before = clamped;
      table[k] = convert(min + k);
      clampedOf[k] = clamped - before;
    }
    clamped = 0;
    for (let i = 0; i < count; i++) {
      const k = samples[i] - min;
      data[i] = table[k];
      clamped += clampedOf[k];
    }
  } else {
    for (let i = 0; i < count; i++) data[i] = convert(samples[i]);
  }
  return {
    raster: { width: frame.columns, height: frame.rows, channels: 1, data },
    which,
    offset,
    unit: which === 'modality' ? values.unit : '',
    clamped,
  };
}

/** tEXt chunks that say what a 16-bit PNG's samples mean (keywords are Latin-1, at most 79 characters). */
export function pngText(result: ModalityRaster): Record<string, string> {
  const text: Record<string, string> = {
    'DICOM values': result.which,
    'DICOM value offset': String(result.offset),
    Comment: `Each sample is the ${result.which} value${result.offset ? ` plus ${result.offset}` : ''}.`,
  };
  if (result.unit) text['DICOM value unit'] = result.unit;
  return text;
}
