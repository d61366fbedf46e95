// Finds where frame N's bytes are (PS3.5 §8.2 and Annex A.4), without copying anything: native frames by
// arithmetic (bit-packed back to back for Bits Allocated 1), encapsulated frames through the Extended Offset
// Table, the Basic Offset Table, or, when both are empty, by grouping fragments on codestream start markers.
// The grouping of a file's fragments is computed once and cached per pixel data element.
//
// Files parsed whole are located synchronously, as views into their buffer. Files parsed through a reader
// (io/rangedParse.ts) do not hold their pixel data: readFrameParts reads a frame's parts, and what the frame table
// needs (the Basic Offset Table, the first bytes of each fragment when scanning), through the reader.
import { chunkedReader, readExactly, type RandomAccessReader } from '../io/reader';
import type { DicomElement, DicomFile, DicomFragment, FilePiece } from '../model';
import { makeTag } from '../tags';
import { valueBytes } from '../values';
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
  /** Size of the data the element's offsets index (the file, or the inflated data set): with a reader, `bytes`
   *  holds only its start. Defaults to `bytes.length`. */
  readonly size?: number;
  /** Ranged-parsed files: reads the bytes that are not in `bytes`. */
  readonly reader?: RandomAccessReader;
  /** Ranged-parsed files: loaded pieces beyond `bytes` (element values after the pixel data). */
  readonly pieces?: readonly FilePiece[];
}

/** A range of the data a frame is read from. */
export interface ByteRange {
  readonly offset: number;
  readonly length: number;
}

const NOT_IN_MEMORY =
  'The pixel data of this file is not in memory (it was parsed through a reader): read frames with readFrameParts.';

/** The bytes of a range, as a view, when they are in memory; throws PixelDataError for a ranged file's pixel
 *  data, which must be read with readFrameParts. */
export function viewOf(source: PixelSource, range: ByteRange): Uint8Array {
  const end = range.offset + range.length;
  if (source.reader && end > source.bytes.length) throw new PixelDataError(NOT_IN_MEMORY, range.offset);
  return source.bytes.subarray(range.offset, end);
}

/** The bytes [from, to) of the data: a view when they are in memory, else read through the source's reader. */
export async function sourceBytes(source: PixelSource, from: number, to: number): Promise<Uint8Array> {
  if (!source.reader || to <= source.bytes.length) return source.bytes.subarray(from, to);
  try {
    return await readExactly(source.reader, from, to - from);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PixelDataError(`Could not read bytes ${from}–${to} of the file: ${reason}`, from);
  }
}

/** Size of the data the source's offsets index. */
export function sizeOf(source: PixelSource): number {
  return source.size ?? source.bytes.length;
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
  if (file.inflatedDataset) {
    return { element, bytes: file.inflatedDataset, littleEndian: file.transferSyntax.littleEndian };
  }
  return {
    element,
    bytes: file.bytes,
    littleEndian: file.transferSyntax.littleEndian,
    size: file.ranged ? file.fileSize : file.bytes.length,
    reader: file.ranged?.reader,
    pieces: file.ranged?.pieces,
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
  const { range, bitOffset, bitLength } = nativeFrameRange(source, format, index);
  return { parts: [viewOf(source, range)], offset: range.offset, bitOffset, bitLength };
}

/** Where a native frame's bytes are; throws PixelDataError when the pixel data is too short to hold it. */
function nativeFrameRange(
  source: PixelSource,
  format: PixelFormat,
  index: number,
): { range: ByteRange; bitOffset: number; bitLength: number } {
  checkIndex(format, index);
  const { element } = source;
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
  const available = Math.max(0, Math.min(declared, sizeOf(source) - element.valueOffset));
  if (start + byteLength > available) {
    const whole = Math.floor((available * 8) / bitLength);
    throw new PixelDataError(
      `Frame ${index} needs bytes ${start}–${start + byteLength} of the pixel data, but it holds ${available} bytes ` +
        `(${whole} whole frame${whole === 1 ? '' : 's'} of ${format.rows}×${format.columns}, ` +
        `${format.samplesPerPixel} sample${format.samplesPerPixel === 1 ? '' : 's'} of ${format.bitsAllocated} bits).`,
      element.offset,
    );
  }
  return { range: { offset: element.valueOffset + start, length: byteLength }, bitOffset, bitLength };
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

/** The bytes of fragment `index` (0 is the Basic Offset Table) that building a frame table looks at: all of the
 *  table, and at least the first SCAN_HEAD_BYTES of the others (startsFrame looks no further). */
type FragmentData = (index: number) => Uint8Array;

const SCAN_HEAD_BYTES = 64;

function fragmentRange(fragment: DicomFragment): ByteRange {
  return { offset: fragment.valueOffset, length: fragment.length };
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
  return valueBytes(element, {
    bytes: source.bytes,
    littleEndian: source.littleEndian,
    charsets: [],
    pieces: source.pieces,
  });
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

function buildTable(
  file: DicomFile,
  source: PixelSource,
  format: PixelFormat,
  data: FragmentData,
): FrameTable {
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
  const bot = fragments.length > 0 ? data(0) : new Uint8Array(0);
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
    const starts = startsFrame(data(i), family);
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
    const fragments = source.element.fragments ?? [];
    table = buildTable(file, source, format, (i) => viewOf(source, fragmentRange(fragments[i])));
    tables.set(source.element, table);
  }
  return table;
}

/** Thrown by the fragment data of a ranged file when scanning needs the fragments' first bytes. */
class NeedsFragmentHeads extends Error {}

/** frameTable for a file whose fragments may not be in memory: reads the Basic Offset Table, and the first bytes
 *  of every fragment if (only if) the frames must be found by scanning. */
async function readFrameTable(
  file: DicomFile,
  source: PixelSource,
  format: PixelFormat,
): Promise<FrameTable> {
  const cached = tables.get(source.element);
  if (cached) return cached;
  const fragments = source.element.fragments ?? [];
  const bot =
    fragments.length > 0
      ? await sourceBytes(source, fragments[0].valueOffset, fragments[0].valueOffset + fragments[0].length)
      : undefined;
  let heads: Uint8Array[] | undefined;
  const data: FragmentData = (i) => {
    if (i === 0 && bot) return bot;
    if (!heads) throw new NeedsFragmentHeads();
    return heads[i];
  };
  let table: FrameTable;
  try {
    table = buildTable(file, source, format, data);
  } catch (error) {
    if (!(error instanceof NeedsFragmentHeads)) throw error;
    // Consecutive small reads: through a chunk cache, so that small fragments cost one read per chunk.
    const reader = source.reader ? chunkedReader(source.reader, 64 * 1024, { maxChunks: 2 }) : undefined;
    const headSource: PixelSource = { ...source, reader };
    heads = [new Uint8Array(0)];
    for (let i = 1; i < fragments.length; i++) {
      const { valueOffset, length } = fragments[i];
      heads.push(await sourceBytes(headSource, valueOffset, valueOffset + Math.min(length, SCAN_HEAD_BYTES)));
    }
    table = buildTable(file, source, format, data);
  }
  tables.set(source.element, table);
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
  const fragments = checkEncapsulated(source, format, index);
  const ranges = encapsulatedFrameRanges(file, source, index, fragments, frameTable(file, source, format));
  return encapsulatedLocation(
    ranges.map((range) => viewOf(source, range)),
    fragments,
    ranges,
  );
}

function checkEncapsulated(source: PixelSource, format: PixelFormat, index: number): DicomFragment[] {
  checkIndex(format, index);
  const { element } = source;
  if (!element.fragments)
    throw new PixelDataError(
      'Pixel data is native, but the transfer syntax says encapsulated.',
      element.offset,
    );
  return element.fragments;
}

function encapsulatedLocation(
  parts: Uint8Array[],
  fragments: readonly DicomFragment[],
  ranges: readonly (ByteRange & { first: number })[],
): FrameLocation {
  const bitLength = parts.reduce((sum, part) => sum + part.length, 0) * 8;
  return { parts, offset: fragments[ranges[0].first].offset, bitOffset: 0, bitLength };
}

/** The ranges of an encapsulated frame's fragments (each with the index of the frame's first fragment). */
function encapsulatedFrameRanges(
  file: DicomFile,
  source: PixelSource,
  index: number,
  fragments: readonly DicomFragment[],
  table: FrameTable,
): (ByteRange & { first: number })[] {
  const { element } = source;
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
  const ranges: (ByteRange & { first: number })[] = [];
  for (let i = span.first; i < span.first + span.count; i++) {
    const fragment = fragments[i];
    const length = span.length ?? fragment.length;
    if (fragment.valueOffset + length > sizeOf(source)) {
      throw new PixelDataError(
        `The fragment of frame ${index} at offset ${fragment.offset} is cut short.`,
        fragment.offset,
      );
    }
    ranges.push({ offset: fragment.valueOffset, length, first: span.first });
  }
  return ranges;
}

/** Where frame `index` is, with its parts in memory: for files parsed whole, the views the locate functions give;
 *  for files parsed through a reader (DicomFile.ranged), the parts read through it. Native or encapsulated as the
 *  transfer syntax says, like decodeFrame. */
export function readFrameParts(
  file: DicomFile,
  source: PixelSource,
  format: PixelFormat,
  index: number,
): Promise<FrameLocation> {
  return readParts(file, source, format, index, codecFamily(format.transferSyntaxUid) === 'native');
}

/** readFrameParts, native or encapsulated as told. */
export async function readParts(
  file: DicomFile,
  source: PixelSource,
  format: PixelFormat,
  index: number,
  native: boolean,
): Promise<FrameLocation> {
  if (!source.reader) {
    return native
      ? locateNativeFrame(source, format, index)
      : locateEncapsulatedFrame(file, source, format, index);
  }
  if (native) {
    const { range, bitOffset, bitLength } = nativeFrameRange(source, format, index);
    const part = await sourceBytes(source, range.offset, range.offset + range.length);
    return { parts: [part], offset: range.offset, bitOffset, bitLength };
  }
  const fragments = checkEncapsulated(source, format, index);
  const table = await readFrameTable(file, source, format);
  const ranges = encapsulatedFrameRanges(file, source, index, fragments, table);
  const parts: Uint8Array[] = [];
  for (const range of ranges)
    parts.push(await sourceBytes(source, range.offset, range.offset + range.length));
  return encapsulatedLocation(parts, fragments, ranges);
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
