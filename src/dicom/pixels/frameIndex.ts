// Finds where frame N's bytes are (PS3.5 §8.2 and Annex A.4), without copying anything: native frames by
// arithmetic (bit-packed back to back for Bits Allocated 1), encapsulated frames through the Extended Offset
// Table, the Basic Offset Table, or, when both are empty, by grouping fragments on codestream start markers.
// The grouping of a file's fragments is computed once and cached per pixel data element.
import type { DicomElement, DicomFile, DicomFragment } from '../model';
import { makeTag } from '../tags';
import { codecFamily } from './transferSyntaxSupport';
import { PixelDataError, type PixelFormat } from './imageTypes';

const EXTENDED_OFFSET_TABLE = makeTag(0x7fe0, 0x0001);
const EXTENDED_OFFSET_TABLE_LENGTHS = makeTag(0x7fe0, 0x0002);

const PIXEL_TAGS = {
  integer: makeTag(0x7fe0, 0x0010),
  float: makeTag(0x7fe0, 0x0008),
  double: makeTag(0x7fe0, 0x0009),
} as const;

/** The pixel data element and the buffer its offsets index (the inflated data set for deflated files). */
export interface PixelSource {
  readonly element: DicomElement;
  readonly bytes: Uint8Array;
  readonly littleEndian: boolean;
}

/** Where one frame's bytes are. `parts` are views into the file's buffer, in order; an encapsulated frame
 *  spread over several fragments has several parts. */
export interface FrameLocation {
  readonly parts: readonly Uint8Array[];
  /** Offset in the buffer of the frame's first byte, or of the fragment item holding it: for messages. */
  readonly offset: number;
  /** Native Bits Allocated 1 only: the bit (0-7, least significant first) of parts[0][0] where the frame starts. */
  readonly bitOffset: number;
  /** Number of bits of a native frame (its exact size, which for 1-bit data need not be whole bytes). */
  readonly bitLength: number;
}

export function pixelSource(file: DicomFile, format: PixelFormat): PixelSource {
  const tag = PIXEL_TAGS[format.pixelDataKind];
  const element = file.dataset.find((e) => e.tag === tag);
  if (!element) throw new PixelDataError('The data set has no pixel data element.', -1);
  return {
    element,
    bytes: file.inflatedDataset ?? file.bytes,
    littleEndian: file.transferSyntax.littleEndian,
  };
}

/** Number of stored samples in one native frame: YBR_FULL_422 keeps two samples per pixel (PS3.3 C.7.6.3.1.2). */
export function nativeSamplesPerFrame(format: PixelFormat): number {
  const pixels = format.rows * format.columns;
  if (format.samplesPerPixel === 3 && format.photometric === 'YBR_FULL_422') return pixels * 2;
  return pixels * format.samplesPerPixel;
}

function checkIndex(format: PixelFormat, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= format.numberOfFrames) {
    const count = format.numberOfFrames;
    throw new PixelDataError(
      `Frame ${index} does not exist: the image has ${count} frame${count === 1 ? '' : 's'} (numbered from 0).`,
      -1,
    );
  }
}

/** A native frame: offset = index × frame size, in bits (Bits Allocated 1 frames are not byte aligned). */
export function locateNativeFrame(source: PixelSource, format: PixelFormat, index: number): FrameLocation {
  checkIndex(format, index);
  const { element, bytes } = source;
  if (element.fragments)
    throw new PixelDataError(
      'Pixel data is encapsulated, but the transfer syntax says native.',
      element.offset,
    );
  const bitLength = nativeSamplesPerFrame(format) * format.bitsAllocated;
  const startBit = index * bitLength;
  const start = Math.floor(startBit / 8);
  const bitOffset = startBit % 8;
  const byteLength = Math.ceil((bitOffset + bitLength) / 8);
  const declared = element.length === 0xffffffff ? 0 : element.length;
  const available = Math.max(0, Math.min(declared, bytes.length - element.valueOffset));
  if (start + byteLength > available) {
    const whole = Math.floor((available * 8) / bitLength);
    throw new PixelDataError(
      `Frame ${index} needs bytes ${start}–${start + byteLength} of the pixel data, but it holds ${available} bytes ` +
        `(${whole} whole frame${whole === 1 ? '' : 's'} of ${format.rows}×${format.columns}, ` +
        `${format.samplesPerPixel} sample${format.samplesPerPixel === 1 ? '' : 's'} of ${format.bitsAllocated} bits).`,
      element.offset,
    );
  }
  const from = element.valueOffset + start;
  return { parts: [bytes.subarray(from, from + byteLength)], offset: from, bitOffset, bitLength };
}

/** One frame of encapsulated data: a run of fragments (indices into element.fragments, 1-based: 0 is the BOT),
 *  and for the Extended Offset Table the exact length of the frame's bitstream. */
interface FrameSpan {
  readonly first: number;
  readonly count: number;
  readonly length?: number;
}

interface FrameTable {
  readonly frames: readonly FrameSpan[];
  /** How the table was found, for messages. */
  readonly method: 'extended offset table' | 'basic offset table' | 'one fragment per frame' | 'scanning';
}

const tables = new WeakMap<DicomElement, FrameTable>();

function fragmentBytes(bytes: Uint8Array, fragment: DicomFragment): Uint8Array {
  return bytes.subarray(fragment.valueOffset, fragment.valueOffset + fragment.length);
}

function readUint32s(view: Uint8Array, littleEndian: boolean): number[] {
  const values: number[] = [];
  const data = new DataView(view.buffer, view.byteOffset, view.byteLength);
  for (let at = 0; at + 4 <= view.length; at += 4) values.push(data.getUint32(at, littleEndian));
  return values;
}

function readUint64s(view: Uint8Array, littleEndian: boolean): number[] {
  const values: number[] = [];
  const data = new DataView(view.buffer, view.byteOffset, view.byteLength);
  for (let at = 0; at + 8 <= view.length; at += 8) values.push(Number(data.getBigUint64(at, littleEndian)));
  return values;
}

function elementBytes(file: DicomFile, source: PixelSource, tag: number): Uint8Array | undefined {
  const element = file.dataset.find((e) => e.tag === tag);
  if (!element || element.length === 0 || element.length === 0xffffffff) return undefined;
  return source.bytes.subarray(element.valueOffset, element.valueOffset + element.length);
}

/** Frames from item offsets (relative to the first fragment's item tag): each offset must start a fragment. */
function spansFromOffsets(
  fragments: readonly DicomFragment[],
  offsets: readonly number[],
  lengths?: readonly number[],
): FrameSpan[] | undefined {
  if (fragments.length < 2) return undefined;
  const base = fragments[1].offset;
  const startOf = new Map<number, number>();
  for (let i = 1; i < fragments.length; i++) startOf.set(fragments[i].offset - base, i);
  const firsts: number[] = [];
  for (const offset of offsets) {
    const first = startOf.get(offset);
    if (first === undefined || (firsts.length > 0 && first <= firsts[firsts.length - 1])) return undefined;
    firsts.push(first);
  }
  return firsts.map((first, k) => {
    const next = k + 1 < firsts.length ? firsts[k + 1] : fragments.length;
    return lengths ? { first, count: 1, length: lengths[k] } : { first, count: next - first };
  });
}

/** Does this fragment begin a codestream of the given family? (JPEG and JPEG-LS: SOI; J2K/HTJ2K: SOC + SIZ;
 *  RLE: a header whose first segment starts at byte 64.) Entropy-coded data cannot hold these marker pairs. */
function startsFrame(data: Uint8Array, family: string): boolean {
  if (data.length < 4) return false;
  switch (family) {
    case 'jpeg':
    case 'jpegLossless':
    case 'jpegLs':
      return data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
    case 'jpeg2000':
    case 'htj2k':
      return data[0] === 0xff && data[1] === 0x4f && data[2] === 0xff && data[3] === 0x51;
    case 'rle': {
      if (data.length < 64) return false;
      const view = new DataView(data.buffer, data.byteOffset, 8);
      const segments = view.getUint32(0, true);
      return segments >= 1 && segments <= 15 && view.getUint32(4, true) === 64;
    }
    default:
      return false;
  }
}

function buildTable(file: DicomFile, source: PixelSource, format: PixelFormat): FrameTable {
  const fragments = source.element.fragments ?? [];
  const frameCount = format.numberOfFrames;
  const dataFragments = fragments.length - 1;
  // Extended Offset Table (PS3.3 C.7.6.3.1.8): 64-bit offsets and lengths, one fragment per frame.
  const eot = elementBytes(file, source, EXTENDED_OFFSET_TABLE);
  const eotLengths = elementBytes(file, source, EXTENDED_OFFSET_TABLE_LENGTHS);
  if (eot && eotLengths) {
    const offsets = readUint64s(eot, source.littleEndian);
    const lengths = readUint64s(eotLengths, source.littleEndian);
    const spans =
      offsets.length === lengths.length ? spansFromOffsets(fragments, offsets, lengths) : undefined;
    if (spans && spans.every((s) => s.length !== undefined && s.length <= fragments[s.first].length)) {
      return { frames: spans, method: 'extended offset table' };
    }
  }
  // Basic Offset Table: 32-bit offsets, a frame may span several fragments.
  const bot = fragments.length > 0 ? fragmentBytes(source.bytes, fragments[0]) : new Uint8Array(0);
  if (bot.length >= 4) {
    const spans = spansFromOffsets(fragments, readUint32s(bot, source.littleEndian));
    if (spans) return { frames: spans, method: 'basic offset table' };
    // A damaged table: fall through to scanning rather than showing the wrong pixels.
  }
  if (dataFragments <= 0) return { frames: [], method: 'scanning' };
  if (frameCount === 1) return { frames: [{ first: 1, count: dataFragments }], method: 'scanning' };
  if (dataFragments === frameCount) {
    return {
      frames: fragments.slice(1).map((_, k) => ({ first: k + 1, count: 1 })),
      method: 'one fragment per frame',
    };
  }
  const family = codecFamily(format.transferSyntaxUid);
  const frames: FrameSpan[] = [];
  for (let i = 1; i < fragments.length; i++) {
    const starts = startsFrame(fragmentBytes(source.bytes, fragments[i]), family);
    if (starts || frames.length === 0) {
      frames.push({ first: i, count: 1 });
    } else {
      const last = frames[frames.length - 1];
      frames[frames.length - 1] = { first: last.first, count: last.count + 1 };
    }
  }
  return { frames, method: 'scanning' };
}

function frameTable(file: DicomFile, source: PixelSource, format: PixelFormat): FrameTable {
  let table = tables.get(source.element);
  if (!table) {
    table = buildTable(file, source, format);
    tables.set(source.element, table);
  }
  return table;
}

/** An encapsulated frame's fragments, as views. Throws PixelDataError when the frame cannot be found or a
 *  fragment is cut short. */
export function locateEncapsulatedFrame(
  file: DicomFile,
  source: PixelSource,
  format: PixelFormat,
  index: number,
): FrameLocation {
  checkIndex(format, index);
  const { element, bytes } = source;
  const fragments = element.fragments;
  if (!fragments)
    throw new PixelDataError(
      'Pixel data is native, but the transfer syntax says encapsulated.',
      element.offset,
    );
  const table = frameTable(file, source, format);
  const span = table.frames[index];
  if (!span) {
    const found = table.frames.length;
    throw new PixelDataError(
      `Frame ${index} is missing: the pixel data holds ${found} frame${found === 1 ? '' : 's'} ` +
        `(found by ${table.method}) in ${fragments.length - 1} fragment${fragments.length === 2 ? '' : 's'}` +
        `${file.errors.length > 0 ? '; the file is damaged' : ''}.`,
      element.offset,
    );
  }
  const parts: Uint8Array[] = [];
  for (let i = span.first; i < span.first + span.count; i++) {
    const fragment = fragments[i];
    const length = span.length ?? fragment.length;
    if (fragment.valueOffset + length > bytes.length) {
      throw new PixelDataError(
        `The fragment of frame ${index} at offset ${fragment.offset} is cut short.`,
        fragment.offset,
      );
    }
    parts.push(bytes.subarray(fragment.valueOffset, fragment.valueOffset + length));
  }
  const bitLength = parts.reduce((sum, part) => sum + part.length, 0) * 8;
  return { parts, offset: fragments[span.first].offset, bitOffset: 0, bitLength };
}

/** The parts as one buffer: a view when there is a single part, else a copy. */
export function joinParts(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
