// Colour layout and colour space of decoded samples: colour-by-plane to colour-by-pixel, YBR_FULL_422 native
// sample pairs to full resolution, and YBR_FULL to RGB with the equations of PS3.3 C.7.6.3.1.2 (ITU-T T.871).
import { newSampleArray } from './nativePixels';
import type { SampleArray, SampleType } from './imageTypes';

function sampleTypeOfArray(samples: SampleArray): SampleType {
  if (samples instanceof Uint8Array) return 'uint8';
  if (samples instanceof Int8Array) return 'int8';
  if (samples instanceof Uint16Array) return 'uint16';
  if (samples instanceof Int16Array) return 'int16';
  if (samples instanceof Uint32Array) return 'uint32';
  if (samples instanceof Int32Array) return 'int32';
  if (samples instanceof Float32Array) return 'float32';
  return 'float64';
}

/** R…R G…G B…B (Planar Configuration 1) → R,G,B,R,G,B… */
export function planarToInterleaved(
  samples: SampleArray,
  pixels: number,
  samplesPerPixel: number,
): SampleArray {
  const out = newSampleArray(sampleTypeOfArray(samples), pixels * samplesPerPixel);
  for (let s = 0; s < samplesPerPixel; s++) {
    const plane = s * pixels;
    for (let p = 0, o = s; p < pixels; p++, o += samplesPerPixel) out[o] = samples[plane + p];
  }
  return out;
}

/** Native YBR_FULL_422 (Y1 Y2 Cb Cr per pair of pixels, PS3.3 C.7.6.3.1.2) → Y,Cb,Cr per pixel; the
 *  chroma of each pair is repeated for both pixels (no interpolation, as dcmtk and pydicom do). */
export function expandYbr422(samples: SampleArray, rows: number, columns: number): SampleArray {
  const out = newSampleArray(sampleTypeOfArray(samples), rows * columns * 3);
  const pairs = (rows * columns) >> 1;
  for (let k = 0, i = 0, o = 0; k < pairs; k++, i += 4, o += 6) {
    const cb = samples[i + 2];
    const cr = samples[i + 3];
    out[o] = samples[i];
    out[o + 1] = cb;
    out[o + 2] = cr;
    out[o + 3] = samples[i + 1];
    out[o + 4] = cb;
    out[o + 5] = cr;
  }
  return out;
}

/**
 * YBR_FULL → RGB in place, for interleaved unsigned samples of `bits` bits:
 *   R = Y + 1.402 (Cr − h),  G = Y − 0.344136 (Cb − h) − 0.714136 (Cr − h),  B = Y + 1.772 (Cb − h)
 * with h = 2^(bits−1), rounded half up and clamped to [0, 2^bits − 1].
 */
export function ybrFullToRgb(samples: SampleArray, bits: number): void {
  const half = 2 ** (bits - 1);
  const max = 2 ** bits - 1;
  // The green coefficients exactly as the standard derives them (0.114·1.772/0.587 and 0.299·1.402/0.587).
  const gb = (0.114 * 1.772) / 0.587;
  const gr = (0.299 * 1.402) / 0.587;
  const clamp = (v: number) => (v < 0 ? 0 : v > max ? max : v);
  for (let i = 0; i + 2 < samples.length; i += 3) {
    const y = samples[i];
    const cb = samples[i + 1] - half;
    const cr = samples[i + 2] - half;
    samples[i] = clamp(Math.floor(y + 1.402 * cr + 0.5));
    samples[i + 1] = clamp(Math.floor(y - gb * cb - gr * cr + 0.5));
    samples[i + 2] = clamp(Math.floor(y + 1.772 * cb + 0.5));
  }
}
