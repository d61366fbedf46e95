// RLE Lossless (1.2.840.10008.1.2.5), PS3.5 Annex G: a 64-byte header of up to 15 segment offsets, then one
// PackBits segment per byte plane: for each sample, its most significant byte first. Bits Allocated 1 data is
// one segment of packed bits. The output is interleaved whatever the Planar Configuration says (the
// segments already separate the samples).
import type { CodecHints, CodecImage } from './codecImage';
import { CodecError } from './embindDecoder';

/** PackBits (G.3.1) into `out`; returns how many bytes were written (never more than out.length). */
function unpackBits(data: Uint8Array, start: number, end: number, out: Uint8Array): number {
  let at = start;
  let o = 0;
  const size = out.length;
  while (at < end && o < size) {
    const n = data[at++];
    if (n < 128) {
      const count = Math.min(n + 1, end - at, size - o);
      out.set(data.subarray(at, at + count), o);
      o += count;
      at += n + 1;
    } else if (n > 128) {
      if (at >= end) break;
      const count = Math.min(257 - n, size - o);
      out.fill(data[at++], o, o + count);
      o += count;
    }
    // n = 128 (-128): no operation
  }
  return o;
}

export function decodeRle(data: Uint8Array, hints: CodecHints): CodecImage {
  if (data.length < 64) throw new CodecError('The RLE frame is shorter than its 64-byte header.');
  const view = new DataView(data.buffer, data.byteOffset, 64);
  const segmentCount = view.getUint32(0, true);
  const pixels = hints.rows * hints.columns;
  const bytesPerSample = hints.bitsAllocated === 1 ? 1 : hints.bitsAllocated >> 3;
  const expectedSegments = hints.bitsAllocated === 1 ? 1 : hints.samplesPerPixel * bytesPerSample;
  if (segmentCount !== expectedSegments) {
    throw new CodecError(
      `The RLE header lists ${segmentCount} segments where ${hints.samplesPerPixel} sample(s) of ` +
        `${hints.bitsAllocated} bits need ${expectedSegments}.`,
    );
  }
  const offsets: number[] = [];
  for (let i = 0; i < segmentCount; i++) offsets.push(view.getUint32(4 + 4 * i, true));
  offsets.push(data.length);
  const segmentLength = hints.bitsAllocated === 1 ? Math.ceil(pixels / 8) : pixels;
  // PackBits expands at most 64-fold (2 bytes → 128): a header promising more is damaged, not a big image.
  if (segmentLength * segmentCount > data.length * 64) {
    throw new CodecError('The RLE frame is too short for the image size the data set gives.');
  }
  const samplesPerPixel = hints.bitsAllocated === 1 ? 1 : hints.samplesPerPixel;
  const planes: Uint8Array[] = [];
  for (let segment = 0; segment < segmentCount; segment++) {
    const start = offsets[segment];
    const end = Math.min(offsets[segment + 1], data.length);
    if (start < 64 || start > end)
      throw new CodecError(`RLE segment ${segment + 1} has an invalid offset (${start}).`);
    const plane = new Uint8Array(segmentLength);
    const written = unpackBits(data, start, end, plane);
    if (written < segmentLength) {
      throw new CodecError(
        `RLE segment ${segment + 1} holds ${written} bytes where ${segmentLength} are needed.`,
      );
    }
    planes.push(plane);
  }
  let output: Uint8Array | Uint16Array | Uint32Array;
  if (hints.bitsAllocated === 1) {
    output = new Uint8Array(pixels);
    const bits = planes[0];
    for (let i = 0; i < pixels; i++) output[i] = (bits[i >> 3] >> (i & 7)) & 1;
  } else if (bytesPerSample === 1) {
    output = new Uint8Array(pixels * samplesPerPixel);
    for (let s = 0; s < samplesPerPixel; s++) {
      const p = planes[s];
      for (let i = 0, o = s; i < pixels; i++, o += samplesPerPixel) output[o] = p[i];
    }
  } else if (bytesPerSample === 2) {
    output = new Uint16Array(pixels * samplesPerPixel);
    for (let s = 0; s < samplesPerPixel; s++) {
      const high = planes[2 * s];
      const low = planes[2 * s + 1];
      for (let i = 0, o = s; i < pixels; i++, o += samplesPerPixel) output[o] = (high[i] << 8) | low[i];
    }
  } else {
    output = new Uint32Array(pixels * samplesPerPixel);
    for (let s = 0; s < samplesPerPixel; s++) {
      const [b3, b2, b1, b0] = planes.slice(4 * s, 4 * s + 4);
      for (let i = 0, o = s; i < pixels; i++, o += samplesPerPixel) {
        output[o] = ((b3[i] << 24) | (b2[i] << 16) | (b1[i] << 8) | b0[i]) >>> 0;
      }
    }
  }
  return {
    width: hints.columns,
    height: hints.rows,
    components: samplesPerPixel,
    bitsPerSample: hints.bitsAllocated,
    samples: output,
    release: () => undefined,
  };
}
