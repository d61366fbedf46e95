// Packs the header table's rows into a few ArrayBuffers and back. A big enhanced multi-frame header has over
// 100,000 rows; as objects they cost a structured clone from the parse worker, then JSON and structured clones
// on the way to the webview (half a second to seconds at each hop). As buffers they are transferred from the
// worker and carried by VS Code as binary. The strings repeat a lot (768,000 in 128,000 rows, 21,000 distinct),
// so each distinct string is stored once and rows refer to it by index.
//
// Layout of PackedRows (protocol.ts), for n = count rows:
//   numbers      Float64 offset[n], Float64 length[n], then Int32 parent[n], depth[n], vm[n], childCount[n],
//                bits[n] (kind code | 4 if private | 8 if retired), and six string indexes: tag[n], keyword[n],
//                name[n], vr[n], value[n], detail[n]
//   text         the distinct strings, joined and UTF-8 encoded
//   textOffsets  Uint32 start of each string in the decoded text, in UTF-16 code units, then its length
// Lengths and offsets are Float64, exact for any file size; the Int32 columns hold counts and ids far below 2^31.
// Text offsets count code units rather than bytes so that the whole text decodes in one call and each string is
// a slice of it. TextEncoder turns every lone surrogate into one U+FFFD, so the lengths hold even then.
//
// The reader never trusts the buffers: sizes, offsets, string indexes, kinds and parents are all checked before
// a row is built, and any mismatch throws a PackedRowsError.

import type { PackedRows, TagRow } from './protocol';

const FLOAT_COLUMNS = 2;
const INT_COLUMNS = 11;
/** Bytes per row in PackedRows.numbers. */
export const PACKED_ROW_BYTES = FLOAT_COLUMNS * 8 + INT_COLUMNS * 4;

// Column numbers within their section.
const OFFSET = 0;
const LENGTH = 1;
const PARENT = 0;
const DEPTH = 1;
const VM = 2;
const CHILD_COUNT = 3;
const BITS = 4;
const TAG = 5;
const KEYWORD = 6;
const NAME = 7;
const VR = 8;
const VALUE = 9;
const DETAIL = 10;

const KINDS: readonly TagRow['kind'][] = ['element', 'item', 'fragment'];
const KIND_MASK = 3;
const PRIVATE_BIT = 4;
const RETIRED_BIT = 8;
const KNOWN_BITS = KIND_MASK | PRIVATE_BIT | RETIRED_BIT;

/** Thrown when packed rows are inconsistent; the message says what, never file content. */
export class PackedRowsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackedRowsError';
  }
}

export function packRows(rows: readonly TagRow[]): PackedRows {
  const n = rows.length;
  const numbers = new ArrayBuffer(n * PACKED_ROW_BYTES);
  const floats = new Float64Array(numbers, 0, FLOAT_COLUMNS * n);
  const ints = new Int32Array(numbers, FLOAT_COLUMNS * 8 * n, INT_COLUMNS * n);

  const stringIds = new Map<string, number>();
  const strings: string[] = [];
  const intern = (text: string): number => {
    let id = stringIds.get(text);
    if (id === undefined) {
      id = strings.length;
      stringIds.set(text, id);
      strings.push(text);
    }
    return id;
  };

  for (let i = 0; i < n; i++) {
    const row = rows[i];
    floats[OFFSET * n + i] = row.offset;
    floats[LENGTH * n + i] = row.length;
    ints[PARENT * n + i] = row.parent;
    ints[DEPTH * n + i] = row.depth;
    ints[VM * n + i] = row.vm;
    ints[CHILD_COUNT * n + i] = row.childCount;
    const kind = KINDS.indexOf(row.kind);
    if (kind < 0) throw new PackedRowsError('unknown row kind');
    ints[BITS * n + i] = kind | (row.isPrivate ? PRIVATE_BIT : 0) | (row.retired ? RETIRED_BIT : 0);
    ints[TAG * n + i] = intern(row.tag);
    ints[KEYWORD * n + i] = intern(row.keyword);
    ints[NAME * n + i] = intern(row.name);
    ints[VR * n + i] = intern(row.vr);
    ints[VALUE * n + i] = intern(row.value);
    ints[DETAIL * n + i] = intern(row.detail);
  }

  const offsets = new Uint32Array(strings.length + 1);
  let position = 0;
  for (let k = 0; k < strings.length; k++) {
    offsets[k] = position;
    position += strings[k].length;
  }
  offsets[strings.length] = position;
  if (position > 0xffffffff) throw new PackedRowsError('row text too long to pack');

  const encoded = new TextEncoder().encode(strings.join(''));
  const text =
    encoded.byteOffset === 0 && encoded.byteLength === encoded.buffer.byteLength
      ? encoded.buffer
      : encoded.slice().buffer;
  return { count: n, numbers, text, textOffsets: offsets.buffer };
}

/** Decodes packed rows into TagRow objects (equal strings become one shared string). Throws PackedRowsError. */
export function unpackRows(packed: PackedRows): TagRow[] {
  const table = new PackedRowTable(packed);
  const rows = new Array<TagRow>(table.count);
  for (let i = 0; i < rows.length; i++) rows[i] = table.row(i);
  return rows;
}

const isArrayBuffer = (value: unknown): value is ArrayBuffer => value instanceof ArrayBuffer;

/**
 * Checked random access to packed rows: the constructor validates everything (one pass over the columns and the
 * text), then row(i) builds any row in O(1). Throws PackedRowsError if the buffers are inconsistent.
 */
export class PackedRowTable {
  readonly count: number;
  private readonly floats: Float64Array;
  private readonly ints: Int32Array;
  private readonly strings: string[];

  constructor(packed: PackedRows) {
    const { count, numbers, text, textOffsets } = packed as Partial<Record<keyof PackedRows, unknown>>;
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
      throw new PackedRowsError('bad row count');
    }
    if (!isArrayBuffer(numbers) || !isArrayBuffer(text) || !isArrayBuffer(textOffsets)) {
      throw new PackedRowsError('missing buffers');
    }
    if (numbers.byteLength !== count * PACKED_ROW_BYTES) throw new PackedRowsError('numbers size mismatch');
    if (textOffsets.byteLength < 4 || textOffsets.byteLength % 4 !== 0) {
      throw new PackedRowsError('text offsets size mismatch');
    }
    const n = count;
    this.count = n;
    this.floats = new Float64Array(numbers, 0, FLOAT_COLUMNS * n);
    this.ints = new Int32Array(numbers, FLOAT_COLUMNS * 8 * n, INT_COLUMNS * n);

    // ignoreBOM keeps a leading U+FEFF (a string may start with one) instead of dropping it.
    const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(text);
    const offsets = new Uint32Array(textOffsets);
    const stringCount = offsets.length - 1;
    if (offsets[0] !== 0 || offsets[stringCount] !== decoded.length) {
      throw new PackedRowsError('text offsets do not match the text');
    }
    const strings = new Array<string>(stringCount);
    for (let k = 0; k < stringCount; k++) {
      const start = offsets[k];
      const end = offsets[k + 1];
      if (end < start) throw new PackedRowsError('text offsets out of order');
      strings[k] = decoded.slice(start, end);
    }
    this.strings = strings;

    const ints = this.ints;
    for (let i = 0; i < n; i++) {
      const parent = ints[PARENT * n + i];
      // Rows are in pre-order, so a parent always comes before its children.
      if (parent < -1 || parent >= i) throw new PackedRowsError('bad parent');
      const bits = ints[BITS * n + i];
      if ((bits & ~KNOWN_BITS) !== 0 || (bits & KIND_MASK) >= KINDS.length) {
        throw new PackedRowsError('bad kind');
      }
    }
    for (let k = TAG * n; k < (DETAIL + 1) * n; k++) {
      // An index is valid if 0 ≤ index < stringCount; unsigned comparison catches negatives too.
      if (ints[k] >>> 0 >= stringCount) throw new PackedRowsError('bad string index');
    }
  }

  /** Row `id` (0 ≤ id < count), built afresh on each call. */
  row(id: number): TagRow {
    const { floats, ints, strings, count: n } = this;
    if (!Number.isInteger(id) || id < 0 || id >= n) throw new PackedRowsError('row out of range');
    const bits = ints[BITS * n + id];
    return {
      id,
      parent: ints[PARENT * n + id],
      depth: ints[DEPTH * n + id],
      kind: KINDS[bits & KIND_MASK],
      tag: strings[ints[TAG * n + id]],
      keyword: strings[ints[KEYWORD * n + id]],
      name: strings[ints[NAME * n + id]],
      vr: strings[ints[VR * n + id]],
      vm: ints[VM * n + id],
      length: floats[LENGTH * n + id],
      offset: floats[OFFSET * n + id],
      value: strings[ints[VALUE * n + id]],
      detail: strings[ints[DETAIL * n + id]],
      childCount: ints[CHILD_COUNT * n + id],
      isPrivate: (bits & PRIVATE_BIT) !== 0,
      retired: (bits & RETIRED_BIT) !== 0,
    };
  }
}

/** The ArrayBuffers of packed rows, for a postMessage transfer list. */
export function packedRowsTransferList(packed: PackedRows): ArrayBuffer[] {
  return [packed.numbers, packed.text, packed.textOffsets];
}

/**
 * The first `count` rows of packed rows, for sending a big header's first screen ahead of the rest. Rows are in
 * pre-order, so a prefix is a valid tree on its own (every parent comes before its children). The column section
 * is copied (count × PACKED_ROW_BYTES bytes); the string table is shared, not copied.
 */
export function headOfPackedRows(packed: PackedRows, count: number): PackedRows {
  const n = packed.count;
  const head = Math.max(0, Math.min(n, Math.floor(count)));
  const numbers = new ArrayBuffer(head * PACKED_ROW_BYTES);
  const floatsIn = new Float64Array(packed.numbers, 0, FLOAT_COLUMNS * n);
  const intsIn = new Int32Array(packed.numbers, FLOAT_COLUMNS * 8 * n, INT_COLUMNS * n);
  const floatsOut = new Float64Array(numbers, 0, FLOAT_COLUMNS * head);
  const intsOut = new Int32Array(numbers, FLOAT_COLUMNS * 8 * head, INT_COLUMNS * head);
  for (let c = 0; c < FLOAT_COLUMNS; c++) floatsOut.set(floatsIn.subarray(c * n, c * n + head), c * head);
  for (let c = 0; c < INT_COLUMNS; c++) intsOut.set(intsIn.subarray(c * n, c * n + head), c * head);
  return { count: head, numbers, text: packed.text, textOffsets: packed.textOffsets };
}
