// Reads a lookup table from its LUT Descriptor and LUT Data (PS3.3 C.11.1.1.1, C.11.2.1.1, C.7.6.3.1.5-6): the
// Modality LUT, the VOI LUTs and the three palette channels all share this layout.
//
// The descriptor's three values: number of entries (0 means 65536), first input value mapped, bits per entry.
// The parser reads every LUT descriptor as US (its first and third values are always unsigned); the second is
// two's complement when the input can be negative, which only the caller knows, so it says so with `signedFirst`.
// Entries of 8 bits or fewer come packed two to a 16-bit word or one per word (low byte; some writers put them in
// the high byte, which we recognise when every low byte is zero).

import type { Tag } from '../model';
import type { LookupTable } from './imageTypes';
import type { AttributeReader } from './attributes';
import { expandSegmentedLut } from './segmentedPalette';

export interface LutDescriptor {
  readonly entries: number;
  readonly firstValueMapped: number;
  readonly bitsPerEntry: number;
}

export function readLutDescriptor(
  reader: AttributeReader,
  tag: Tag,
  signedFirst: boolean,
): LutDescriptor | undefined {
  const values = reader.numbers(tag, 3);
  if (values.length < 3 || !values.every(Number.isFinite)) return undefined;
  const entries = values[0] & 0xffff || 0x10000;
  const raw = values[1] & 0xffff;
  const firstValueMapped = signedFirst && raw >= 0x8000 ? raw - 0x10000 : raw;
  return { entries, firstValueMapped, bitsPerEntry: values[2] };
}

/** A LUT with plain LUT Data, or undefined when the descriptor or the data is missing. */
export function readLookupTable(
  reader: AttributeReader,
  descriptorTag: Tag,
  dataTag: Tag,
  signedFirst: boolean,
  explanation = '',
): LookupTable | undefined {
  const descriptor = readLutDescriptor(reader, descriptorTag, signedFirst);
  if (!descriptor) return undefined;
  const bytes = reader.bytes(dataTag);
  if (bytes.length === 0) return undefined;
  const { entries } = descriptor;
  // Bits per entry outside 1-16 is damage: trust the data's size instead (one byte or one word per entry).
  let bits = descriptor.bitsPerEntry;
  if (!(bits >= 1 && bits <= 16)) bits = bytes.length < entries * 2 ? 8 : 16;
  let data: Uint16Array;
  if (bits <= 8 && bytes.length >= entries && bytes.length < entries * 2) {
    data = Uint16Array.from(reader.logicalBytes(dataTag).subarray(0, entries));
  } else {
    data = wordEntries(reader.words(dataTag), entries, bits);
  }
  return { firstValueMapped: descriptor.firstValueMapped, bitsPerEntry: bits, data, explanation };
}

/** A palette channel given as Segmented Palette Color Lookup Table Data (PS3.3 C.7.9.2). */
export function readSegmentedLookupTable(
  reader: AttributeReader,
  descriptorTag: Tag,
  segmentedTag: Tag,
  signedFirst: boolean,
): LookupTable | undefined {
  const descriptor = readLutDescriptor(reader, descriptorTag, signedFirst);
  if (!descriptor || !reader.has(segmentedTag)) return undefined;
  const bits = descriptor.bitsPerEntry === 8 ? 8 : 16;
  // 8-bit segmented data (allowed by pydicom, refused by dcm4che) has one byte per field.
  const segments = bits === 8 ? reader.logicalBytes(segmentedTag) : reader.words(segmentedTag);
  if (segments.length === 0) return undefined;
  const data = expandSegmentedLut(segments, descriptor.entries, bits === 8 ? 1 : 2);
  return { firstValueMapped: descriptor.firstValueMapped, bitsPerEntry: bits, data, explanation: '' };
}

function wordEntries(words: Uint16Array, entries: number, bits: number): Uint16Array {
  const data = new Uint16Array(entries);
  const n = Math.min(words.length, entries);
  if (bits <= 8) {
    let lowBytesUsed = false;
    let anyAbove = false;
    for (let i = 0; i < n; i++) {
      if (words[i] & 0xff) lowBytesUsed = true;
      if (words[i] > 0xff) anyAbove = true;
    }
    const highByte = anyAbove && !lowBytesUsed;
    for (let i = 0; i < n; i++) data[i] = highByte ? words[i] >> 8 : words[i] & 0xff;
  } else {
    data.set(words.subarray(0, n));
  }
  if (n > 0) data.fill(data[n - 1], n);
  return data;
}
