// `frame --format raw`: a decoded frame's stored values as bytes, little-endian, samples interleaved, one value
// per sample as wide as Bits Allocated (1-bit data: one byte per pixel), signed per Pixel Representation,
// float and double pixel data as IEEE floats. What DecodedFrame holds already has those semantics (YBR turned into
// RGB, palette indices left alone); this only fixes the width and the byte order.

import type { DecodedFrame } from '../dicom/pixels/imageTypes';

/** Bytes per value for a frame whose file says `bitsAllocated`. */
export function rawSampleBytes(frame: DecodedFrame, bitsAllocated: number): 1 | 2 | 4 | 8 {
  if (frame.sampleType === 'float64') return 8;
  if (frame.sampleType === 'float32') return 4;
  if (bitsAllocated <= 8) return 1;
  if (bitsAllocated <= 16) return 2;
  return 4;
}

export function rawFrameBytes(frame: DecodedFrame, bitsAllocated: number): Uint8Array {
  const { samples } = frame;
  const width = rawSampleBytes(frame, bitsAllocated);
  const bytes = new Uint8Array(samples.length * width);
  const view = new DataView(bytes.buffer);
  const float = frame.sampleType === 'float32' || frame.sampleType === 'float64';
  for (let i = 0; i < samples.length; i++) {
    const value = samples[i];
    const at = i * width;
    if (float) {
      if (width === 8) view.setFloat64(at, value, true);
      else view.setFloat32(at, value, true);
    } else if (width === 1) {
      if (frame.signed) view.setInt8(at, value);
      else view.setUint8(at, value);
    } else if (width === 2) {
      if (frame.signed) view.setInt16(at, value, true);
      else view.setUint16(at, value, true);
    } else if (frame.signed) {
      view.setInt32(at, value, true);
    } else {
      view.setUint32(at, value, true);
    }
  }
  return bytes;
}
