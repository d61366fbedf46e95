// Turns a frame's bytes (native pixel data, or a codec's output) into stored values of the right JavaScript
// type: byte order, Bits Allocated 1/8/16/32 and float/double containers, Bits Stored masking with the High Bit
// position (PS3.5 §8.1.1), and sign extension for Pixel Representation 1. Output arrays are exactly sized.
import { PixelDataError, type PixelFormat, type SampleArray, type SampleType } from './imageTypes';

const HOST_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The JavaScript type a format's stored values are returned in. */
export function sampleTypeOf(format: PixelFormat): SampleType {
  if (format.pixelDataKind === 'float') return 'float32';
  if (format.pixelDataKind === 'double') return 'float64';
  const signed = format.pixelRepresentation === 1 && format.bitsAllocated > 1;
  switch (format.bitsAllocated) {
    case 1:
      return 'uint8';
    case 8:
      return signed ? 'int8' : 'uint8';
    case 16:
      return signed ? 'int16' : 'uint16';
    case 32:
      return signed ? 'int32' : 'uint32';
    default:
      throw new PixelDataError(
        `Bits Allocated ${format.bitsAllocated} is not supported (1, 8, 16 or 32 are).`,
        -1,
      );
  }
}

export function newSampleArray(type: SampleType, length: number): SampleArray {
  switch (type) {
    case 'uint8':
      return new Uint8Array(length);
    case 'int8':
      return new Int8Array(length);
    case 'uint16':
      return new Uint16Array(length);
    case 'int16':
      return new Int16Array(length);
    case 'uint32':
      return new Uint32Array(length);
    case 'int32':
      return new Int32Array(length);
    case 'float32':
      return new Float32Array(length);
    case 'float64':
      return new Float64Array(length);
  }
}

const BYTES_PER_SAMPLE: Record<SampleType, number> = {
  uint8: 1,
  int8: 1,
  uint16: 2,
  int16: 2,
  uint32: 4,
  int32: 4,
  float32: 4,
  float64: 8,
};

/** Bits Stored and High Bit as they apply to integer values: the shift that brings the stored bits down to
 *  bit 0, the mask, and the sign bit (0 for unsigned). Undefined when the values need no change. */
interface BitLayout {
  readonly shift: number;
  readonly bits: number;
  readonly signed: boolean;
}

function bitLayout(format: PixelFormat): BitLayout | undefined {
  if (format.pixelDataKind !== 'integer' || format.bitsAllocated === 1) return undefined;
  const bits = Math.min(Math.max(1, format.bitsStored), format.bitsAllocated);
  // A High Bit below Bits Stored - 1 is invalid; read it as the usual bits-at-the-bottom layout.
  const highBit = Math.min(Math.max(format.highBit, bits - 1), format.bitsAllocated - 1);
  return { shift: highBit + 1 - bits, bits, signed: format.pixelRepresentation === 1 };
}

/** Stores `count` values from `read(i)` into a new array of the format's type, masked and sign-extended. */
export function storeValues(format: PixelFormat, count: number, values: ArrayLike<number>): SampleArray {
  const type = sampleTypeOf(format);
  const out = newSampleArray(type, count);
  const layout = bitLayout(format);
  if (values.length < count) {
    throw new PixelDataError(
      `The decoder returned ${values.length} samples where ${count} were expected.`,
      -1,
    );
  }
  if (!layout) {
    for (let i = 0; i < count; i++) out[i] = values[i];
    return out;
  }
  const { shift, bits, signed } = layout;
  if (bits === 32) {
    // Whole 32-bit words: the typed array's own conversion wraps to the right signedness.
    for (let i = 0; i < count; i++) out[i] = values[i];
    return out;
  }
  const mask = 2 ** bits - 1;
  const sign = signed ? 2 ** (bits - 1) : 0;
  const wrap = 2 ** bits;
  for (let i = 0; i < count; i++) {
    // Values may arrive already sign-extended (negative) from a codec: & keeps the low 32 bits either way.
    let v = (values[i] >>> shift) & mask;
    if (sign !== 0 && v >= sign) v -= wrap;
    out[i] = v;
  }
  return out;
}

/** The word size in which big endian data of this VR is byte-swapped (PS3.5 §7.3): OW 16-bit words, OF/OL
 *  32-bit, OD/OV 64-bit; OB is a byte stream and is never swapped. Other VRs (UN) by Bits Allocated. */
export function swapUnit(vr: string, bitsAllocated: number): number {
  if (vr === 'OB') return 1;
  if (vr === 'OW') return 2;
  if (vr === 'OF' || vr === 'OL') return 4;
  if (vr === 'OD' || vr === 'OV') return 8;
  return Math.max(1, bitsAllocated >> 3);
}

/** A copy of `bytes` with every `unit`-byte word reversed (big endian → little endian). */
export function swapBytes(bytes: Uint8Array, unit: number): Uint8Array {
  if (unit <= 1) return bytes;
  const out = new Uint8Array(bytes.length);
  const whole = bytes.length - (bytes.length % unit);
  for (let at = 0; at < whole; at += unit) {
    for (let k = 0; k < unit; k++) out[at + k] = bytes[at + unit - 1 - k];
  }
  out.set(bytes.subarray(whole), whole);
  return out;
}

/** A typed view of little endian bytes when the host and alignment allow it, else a copy. */
function littleEndianArray<T extends Uint16Array | Uint32Array | Float32Array | Float64Array>(
  make: new (buffer: ArrayBufferLike, byteOffset: number, length: number) => T,
  bytes: Uint8Array,
  size: number,
  count: number,
): T {
  if (!HOST_LITTLE_ENDIAN) throw new PixelDataError('Big endian hosts are not supported.', -1);
  if (bytes.byteOffset % size === 0) return new make(bytes.buffer, bytes.byteOffset, count);
  const copy = bytes.slice(0, count * size);
  return new make(copy.buffer, 0, count);
}

/** Unpacks Bits Allocated 1 data (PS3.5 Annex D: the first pixel in the least significant bit) into 0/1 bytes. */
export function unpackBits(bytes: Uint8Array, bitOffset: number, count: number): Uint8Array {
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const bit = bitOffset + i;
    out[i] = (bytes[bit >> 3] >> (bit & 7)) & 1;
  }
  return out;
}

/**
 * Stored values of `count` samples from little endian bytes laid out as the format's container (native pixel
 * data after byte-order correction, encapsulated uncompressed frames).
 */
export function storedFromBytes(
  format: PixelFormat,
  bytes: Uint8Array,
  bitOffset: number,
  count: number,
): SampleArray {
  if (format.bitsAllocated === 1 && format.pixelDataKind === 'integer')
    return unpackBits(bytes, bitOffset, count);
  const type = sampleTypeOf(format);
  const size = BYTES_PER_SAMPLE[type];
  if (bytes.length < count * size) {
    throw new PixelDataError(`The frame holds ${bytes.length} bytes where ${count * size} are needed.`, -1);
  }
  const layout = bitLayout(format);
  const needsMasking = layout !== undefined && (layout.shift > 0 || layout.bits < format.bitsAllocated);
  switch (type) {
    case 'uint8':
    case 'int8': {
      const view = bytes.subarray(0, count);
      if (needsMasking) return storeValues(format, count, view);
      return type === 'uint8' ? view.slice() : new Int8Array(view.slice().buffer);
    }
    case 'uint16':
    case 'int16': {
      const view = littleEndianArray(Uint16Array, bytes, 2, count);
      if (needsMasking) return storeValues(format, count, view);
      const copy = view.slice();
      return type === 'uint16' ? copy : new Int16Array(copy.buffer);
    }
    case 'uint32':
    case 'int32': {
      const view = littleEndianArray(Uint32Array, bytes, 4, count);
      if (needsMasking) return storeValues(format, count, view);
      const copy = view.slice();
      return type === 'uint32' ? copy : new Int32Array(copy.buffer);
    }
    case 'float32':
      return littleEndianArray(Float32Array, bytes, 4, count).slice();
    case 'float64':
      return littleEndianArray(Float64Array, bytes, 8, count).slice();
  }
}

/** Smallest and largest value, skipping NaN (0 and 0 when there is none). */
export function valueRange(samples: SampleArray): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < samples.length; i++) {
    const v = samples[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min > max) return { min: 0, max: 0 };
  return { min, max };
}
