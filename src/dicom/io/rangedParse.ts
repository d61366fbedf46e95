// Parses a DICOM file through a RandomAccessReader without loading it: the header is read from the first bytes of
// the file, the pixel data value is skipped (native) or only indexed (encapsulated: the fragment item headers are
// read, not the fragments), and the elements after it are read too. The result equals parseDicom() of the whole
// file (same elements, items, fragments, offsets and faults) except that `bytes` holds only the file's first bytes;
// DicomFile.ranged says where the rest is.
//
// How: the parser itself is synchronous and shared with parseDicom (parser.ts, parseLoaded). It runs over what has
// been loaded so far and throws MissingBytes when it reaches bytes that are not; this module loads them and parses
// again. The prefix grows geometrically, so a header costs a few parses of growing size (at most about twice the
// work of one parse), or jumps to the end of a sequence of defined length that the parser announces. A read far
// beyond the prefix (after a skipped pixel data value) loads a separate segment. Encapsulated fragments are indexed
// in one pass through a chunk cache before the parse that needs them. Memory is the header, the loaded segments and
// 16 bytes per fragment, whatever the size of the pixel data.

import type { DicomElement, DicomFile, FilePiece } from '../model';
import { UNDEFINED_LENGTH } from '../model';
import { MissingBytes, parseDicom, parseLoaded, type OutsideBytes, type ParseOptions } from '../parser';
import { ITEM, makeTag } from '../tags';
import { chunkedReader, readExactly, type RandomAccessReader } from './reader';

export interface RangedParseOptions extends ParseOptions {
  /** Bytes read first, from the start of the file (default 64 KiB). */
  readonly initialReadSize?: number;
  /** Largest step by which a loaded range grows when the parse runs off its end (default 32 MiB): ranges double
   *  until then. */
  readonly maxGrowth?: number;
  /** Chunk size of the cache through which fragment item headers are read (default 4 KiB). */
  readonly scanChunkSize?: number;
}

const DEFAULT_INITIAL_READ = 64 * 1024;
const DEFAULT_MAX_GROWTH = 32 * 1024 * 1024;
const DEFAULT_SCAN_CHUNK = 4096;
/** Largest step by which the prefix grows to reach the end of a sequence the parser is in. */
const MAX_EXPECTED_JUMP = 64 * 1024 * 1024;
/** Values closer together than this beyond the prefix are loaded in one read. */
const VALUE_READ_GAP = 4096;
/** Pixel data values up to this size are loaded whole (as an export inlines them); of longer ones, only the first
 *  PREVIEW_BYTES, which the header table shows. */
const SMALL_PIXEL_VALUE = 64 * 1024;
const PREVIEW_BYTES = 1024;

/** Top-level elements whose values are loaded only when small: the pixel data, read frame by frame, and the
 *  trailing padding, which says nothing. */
const BULK_VALUES = new Set([
  makeTag(0x7fe0, 0x0010),
  makeTag(0x7fe0, 0x0008),
  makeTag(0x7fe0, 0x0009),
  makeTag(0xfffc, 0xfffc),
]);

/** Item headers of one run of fragments, 8 bytes each, as read from the file. */
interface HeaderRun {
  readonly offsets: number[];
  headers: Uint8Array;
}

/** What has been loaded of the file: a prefix from offset 0, segments beyond it, and fragment item headers. */
class LoadedParts implements OutsideBytes {
  prefix: Uint8Array = new Uint8Array(0);
  /** Sorted by offset; may overlap while loading (merged into disjoint pieces at the end). */
  segments: FilePiece[] = [];
  private readonly runs: HeaderRun[] = [];
  private readonly indexed = new Set<number>();
  /** The furthest end of a sequence of defined length that the parser has entered. */
  private expectedEnd = 0;
  /** The last step by which the prefix grew (0 after a jump to an expected end). */
  private prefixStep = 0;

  constructor(
    readonly reader: RandomAccessReader,
    private readonly initialReadSize: number,
    private readonly maxGrowth: number,
  ) {}

  bytesAt(offset: number, length: number): Uint8Array {
    const end = offset + length;
    if (end <= this.prefix.length) return this.prefix.subarray(offset, end);
    for (const segment of this.segments) {
      if (segment.offset <= offset && end <= segment.offset + segment.bytes.length) {
        return segment.bytes.subarray(offset - segment.offset, end - segment.offset);
      }
    }
    for (const run of this.runs) {
      const index = lastAtOrBefore(run.offsets, offset);
      if (index >= 0 && end <= run.offsets[index] + 8) {
        const at = index * 8 + offset - run.offsets[index];
        return run.headers.subarray(at, at + length);
      }
    }
    throw new MissingBytes(offset, length);
  }

  beforeFragments(offset: number, end: number, littleEndian: boolean): void {
    if (!this.indexed.has(offset)) throw new MissingBytes(offset, 8, { fragmentsEnd: end, littleEndian });
  }

  expectParsedUntil(end: number): void {
    this.expectedEnd = Math.max(this.expectedEnd, end);
  }

  private growth(current: number): number {
    return Math.min(Math.max(current, this.initialReadSize), this.maxGrowth);
  }

  /** Loads at least [offset, offset + length): by growing the prefix or a segment when the range is near its end,
   *  else as a new segment. */
  async load(offset: number, length: number): Promise<void> {
    const size = this.reader.size;
    const want = Math.min(offset + length, size);
    const prefixEnd = this.prefix.length;
    // Steps double (a header costs a few parses of growing size), from the first read or from the last jump.
    const step = Math.min(Math.max(this.prefixStep * 2, this.initialReadSize), this.maxGrowth);
    if (offset <= prefixEnd + step) {
      // Straight to the end of the sequence being parsed, when it is known; but never more than MAX_EXPECTED_JUMP
      // at once, since a damaged length may point anywhere in the file.
      const expected =
        offset < this.expectedEnd ? Math.min(this.expectedEnd, prefixEnd + MAX_EXPECTED_JUMP) : 0;
      const jump = expected > prefixEnd + step;
      // After the sequence come more elements: a first step's worth of them is read with it.
      const end = Math.min(size, Math.max(want, jump ? expected + this.initialReadSize : prefixEnd + step));
      this.prefixStep = jump ? 0 : step;
      this.prefix = concat(this.prefix, await readExactly(this.reader, prefixEnd, end - prefixEnd));
      return;
    }
    const index = this.segments.findIndex(
      (s) => s.offset <= offset && offset <= s.offset + s.bytes.length + this.growth(s.bytes.length),
    );
    if (index >= 0) {
      const segment = this.segments[index];
      const segmentEnd = segment.offset + segment.bytes.length;
      const end = Math.min(size, Math.max(want, segmentEnd + this.growth(segment.bytes.length)));
      const more = await readExactly(this.reader, segmentEnd, end - segmentEnd);
      this.segments[index] = { offset: segment.offset, bytes: concat(segment.bytes, more) };
      return;
    }
    const end = Math.min(size, Math.max(want, offset + this.initialReadSize));
    this.addSegment({ offset, bytes: await readExactly(this.reader, offset, end - offset) });
  }

  addSegment(segment: FilePiece): void {
    const at = this.segments.findIndex((s) => s.offset > segment.offset);
    this.segments.splice(at < 0 ? this.segments.length : at, 0, segment);
  }

  /** Reads the item headers of the fragments starting at `offset`, exactly as far as the parser's fragment loop
   *  (parser.ts, readFragments) will look: to the sequence delimiter, the first header that is not an item, the
   *  first fragment that runs past `end`, or `end`. */
  async indexFragments(
    offset: number,
    end: number,
    littleEndian: boolean,
    reader: RandomAccessReader,
  ): Promise<void> {
    const run: HeaderRun = { offsets: [], headers: new Uint8Array(64) };
    let predicted: HeaderPrefetch | undefined;
    let position = offset;
    while (position + 8 <= end) {
      const header = await (predicted?.take(position) ?? readExactly(reader, position, 8));
      if (run.offsets.length * 8 + 8 > run.headers.length) {
        const bigger = new Uint8Array(run.headers.length * 2);
        bigger.set(run.headers);
        run.headers = bigger;
      }
      run.headers.set(header, run.offsets.length * 8);
      run.offsets.push(position);
      const view = new DataView(header.buffer, header.byteOffset, 8);
      const tag = makeTag(view.getUint16(0, littleEndian), view.getUint16(2, littleEndian));
      const length = view.getUint32(4, littleEndian);
      if (tag !== ITEM || position + 8 + length > end) break;
      if (run.offsets.length === 1 && length > 0) {
        predicted = await HeaderPrefetch.fromOffsetTable(
          this.reader,
          position + 8,
          length,
          end,
          littleEndian,
        );
      }
      position += 8 + length;
    }
    run.headers = run.headers.slice(0, run.offsets.length * 8);
    this.runs.push(run);
    this.indexed.add(offset);
  }

  /** True when [offset, end) is in the prefix or in one segment. */
  holds(offset: number, end: number): boolean {
    if (end <= this.prefix.length) return true;
    return this.segments.some((s) => s.offset <= offset && end <= s.offset + s.bytes.length);
  }
}

/** The fragment item headers a Basic Offset Table says where to find, read ahead of the sequential walk a few
 *  dozen at a time, in parallel: the walk must still read each header to find the next (the table only predicts
 *  where frames start, and a damaged one may lie), but its reads are then waiting for it. A wrong prediction costs
 *  one wasted 8-byte read. Without this, a 4000-fragment file costs 4000 reads one after the other. */
class HeaderPrefetch {
  private readonly pending = new Map<number, Promise<Uint8Array>>();
  private next = 0;

  private constructor(
    private readonly reader: RandomAccessReader,
    private readonly positions: readonly number[],
  ) {}

  /** Reads the Basic Offset Table at [valueOffset, valueOffset + length); undefined when it is unusable. */
  static async fromOffsetTable(
    reader: RandomAccessReader,
    valueOffset: number,
    length: number,
    end: number,
    littleEndian: boolean,
  ): Promise<HeaderPrefetch | undefined> {
    if (length % 4 !== 0 || length > MAX_PREDICTING_TABLE) return undefined;
    const table = await readExactly(reader, valueOffset, length);
    const view = new DataView(table.buffer, table.byteOffset, length);
    const first = valueOffset + length;
    const positions: number[] = [];
    for (let at = 0; at < length; at += 4) {
      const position = first + view.getUint32(at, littleEndian);
      if (position + 8 > end || (positions.length > 0 && position <= positions[positions.length - 1])) break;
      positions.push(position);
    }
    return positions.length > 1 ? new HeaderPrefetch(reader, positions) : undefined;
  }

  /** The header at `position` if it was predicted (read ahead), else undefined. */
  take(position: number): Promise<Uint8Array> | undefined {
    while (this.next < this.positions.length && this.positions[this.next] < position) this.next++;
    for (let i = this.next; i < Math.min(this.positions.length, this.next + PREFETCH_WINDOW); i++) {
      const at = this.positions[i];
      if (!this.pending.has(at)) {
        const read = readExactly(this.reader, at, 8);
        read.catch(() => undefined); // a failed read-ahead is only reported if the walk needs that header
        this.pending.set(at, read);
      }
    }
    const header = this.pending.get(position);
    for (const at of this.pending.keys()) if (at <= position) this.pending.delete(at);
    return header;
  }
}

/** Largest Basic Offset Table read to predict fragment positions (1 MiB: 262,144 frames). */
const MAX_PREDICTING_TABLE = 1 << 20;
/** Item headers read ahead of the walk. */
const PREFETCH_WINDOW = 32;

/** Index of the last value ≤ `target` in an ascending array, or -1. */
function lastAtOrBefore(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (values[middle] <= target) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b.slice();
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Parses the file behind `reader` without loading its pixel data. Deflated files are read whole (the data set
 *  must be inflated anyway) and parsed by parseDicom. Rejects only when the reader fails, or returns fewer bytes
 *  than the file's size promises; faults of the file are reported in `errors`, as by parseDicom. */
export async function parseDicomRanged(
  reader: RandomAccessReader,
  options: RangedParseOptions = {},
): Promise<DicomFile> {
  const initialReadSize = Math.max(1, options.initialReadSize ?? DEFAULT_INITIAL_READ);
  const maxGrowth = Math.max(1, options.maxGrowth ?? DEFAULT_MAX_GROWTH);
  const loaded = new LoadedParts(reader, initialReadSize, maxGrowth);
  const headerReader = chunkedReader(reader, options.scanChunkSize ?? DEFAULT_SCAN_CHUNK, { maxChunks: 4 });
  await loaded.load(0, Math.min(initialReadSize, reader.size));
  let lastRequest = '';
  for (;;) {
    let file: DicomFile;
    try {
      file = parseLoaded({ prefix: loaded.prefix, size: reader.size, outside: loaded }, options);
    } catch (caught) {
      if (!(caught instanceof MissingBytes)) throw caught;
      const request = caught.request;
      // Every load covers what was asked: the same request twice would mean a loop, not progress.
      const key = `${caught.offset}:${caught.length}:${JSON.stringify(request)}`;
      if (key === lastRequest) throw new Error(`Ranged parse stuck at offset ${caught.offset}`);
      lastRequest = key;
      if (request === 'whole') return parseDicom(await readExactly(reader, 0, reader.size), options);
      if (request === 'bytes') await loaded.load(caught.offset, caught.length);
      else
        await loaded.indexFragments(caught.offset, request.fragmentsEnd, request.littleEndian, headerReader);
      continue;
    }
    await loadValues(file, loaded);
    return { ...file, ranged: { reader, pieces: mergePieces(loaded.segments) } };
  }
}

/** Loads the values the parse skipped without reading (long values beyond the prefix, the values of elements
 *  after the pixel data), so that every value but the pixel data's can be read from the model. */
async function loadValues(file: DicomFile, loaded: LoadedParts): Promise<void> {
  const ranges: [number, number][] = [];
  const visit = (elements: readonly DicomElement[], topLevel: boolean): void => {
    for (const element of elements) {
      if (element.items) {
        for (const item of element.items) visit(item.elements, false);
        continue;
      }
      if (element.fragments || element.length === UNDEFINED_LENGTH || element.length === 0) continue;
      const bulk = topLevel && BULK_VALUES.has(element.tag) && element.length > SMALL_PIXEL_VALUE;
      const length = bulk ? PREVIEW_BYTES : element.length;
      const end = Math.min(element.valueOffset + length, file.fileSize);
      if (end > element.valueOffset && !loaded.holds(element.valueOffset, end))
        ranges.push([element.valueOffset, end]);
    }
  };
  visit(file.meta, false);
  visit(file.dataset, true);
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < ranges.length;) {
    const from = ranges[i][0];
    let to = ranges[i][1];
    for (i++; i < ranges.length && ranges[i][0] <= to + VALUE_READ_GAP; i++) to = Math.max(to, ranges[i][1]);
    loaded.addSegment({ offset: from, bytes: await readExactly(loaded.reader, from, to - from) });
  }
}

/** Segments sorted by offset, overlapping or touching ones joined, as the model's disjoint pieces. */
function mergePieces(segments: readonly FilePiece[]): FilePiece[] {
  const sorted = [...segments].sort((a, b) => a.offset - b.offset);
  const pieces: FilePiece[] = [];
  for (const segment of sorted) {
    const last = pieces[pieces.length - 1];
    const lastEnd = last ? last.offset + last.bytes.length : -1;
    if (!last || segment.offset > lastEnd) {
      pieces.push(segment);
    } else if (segment.offset + segment.bytes.length > lastEnd) {
      const tail = segment.bytes.subarray(lastEnd - segment.offset);
      pieces[pieces.length - 1] = { offset: last.offset, bytes: concat(last.bytes, tail) };
    }
  }
  return pieces;
}
