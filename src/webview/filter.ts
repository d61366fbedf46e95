// The header table's filter: turns what the user typed into a query, and finds the matching rows. Pure (no DOM)
// so it can be unit-tested. It must stay fast on 100,000 rows, so the lowercase strings it searches are built
// once per model (SearchIndex) and a match is one or two indexOf calls per chunk of rows. On big headers the
// index is built and searched a chunk at a time with turns for the UI in between, and a newer query cancels the
// running one (the *Sliced functions).

import type { TagRow } from '../shared/protocol';
import { yieldMacrotask } from './yieldToUi';

/**
 * What a filter string means.
 * - `tag`: the user wrote a tag, whole or partial: "(0010,0010)", "0010,0010", "0010,", "(0010". `tagPrefix` is the
 *   lowercase "gggg,eeee" form (or a prefix of it) that a row's tag must start with.
 * - `tagOrText`: bare hex digits ("00100010", "0010"): as likely a tag as a value, so a row matches either way.
 * - `text`: a keyword, name or value fragment, matched case-insensitively as a substring.
 */
export type FilterQuery =
  | { readonly kind: 'empty' }
  | { readonly kind: 'tag'; readonly tagPrefix: string }
  | { readonly kind: 'tagOrText'; readonly tagPrefix: string; readonly text: string }
  | { readonly kind: 'text'; readonly text: string };

const HEX_GROUP_AND_ELEMENT = /^([0-9a-f]{4})\s*,\s*([0-9a-f]{0,4})$/;
const HEX_ONLY = /^[0-9a-f]{1,8}$/;

/** "00100010" → "0010,0010"; "00100" → "0010,0"; "001" → "001". */
function compactToTagPrefix(hex: string): string {
  return hex.length > 4 ? `${hex.slice(0, 4)},${hex.slice(4)}` : hex;
}

export function parseFilterQuery(input: string): FilterQuery {
  const trimmed = input.trim();
  if (trimmed === '') return { kind: 'empty' };
  const lower = trimmed.toLowerCase();

  // Parentheses and commas are only ever typed to mean a tag, so their presence decides it.
  const hasParen = lower.startsWith('(');
  const body = lower
    .replace(/^\(\s*/, '')
    .replace(/\s*\)$/, '')
    .trim();
  const hasComma = body.includes(',');
  if (hasParen || hasComma || lower.endsWith(')')) {
    const pair = HEX_GROUP_AND_ELEMENT.exec(body);
    if (pair) return { kind: 'tag', tagPrefix: `${pair[1]},${pair[2]}` };
    if (!hasComma && HEX_ONLY.test(body)) return { kind: 'tag', tagPrefix: compactToTagPrefix(body) };
    return { kind: 'text', text: lower };
  }

  // Four to eight bare hex digits read as a (partial) tag; shorter runs are too ambiguous ("12" would match a
  // quarter of all groups) and stay plain text.
  if (body.length >= 4 && HEX_ONLY.test(body)) {
    return { kind: 'tagOrText', tagPrefix: compactToTagPrefix(body), text: lower };
  }
  return { kind: 'text', text: lower };
}

/**
 * The text the filter searches, lowercased once per model, in chunks of CHUNK_ROWS rows. Within a chunk all rows
 * are joined into one string per kind, each row preceded by ROW_START, so that a search is the engine's native
 * indexOf jumping from match to match instead of a loop over 100,000 strings; `starts` maps a position back to
 * its row by binary search. Chunks let building and searching give the UI a turn between them (the sliced
 * functions below); a match never spans rows (queries cannot contain ROW_START or FIELD_END), so searching
 * chunk by chunk finds exactly what one joined string would.
 */
export interface SearchIndex {
  readonly rowCount: number;
  readonly chunks: readonly SearchChunk[];
}

export interface SearchChunk {
  /** Id of the chunk's first row; its rows are firstRow … firstRow + rowCount - 1. */
  readonly firstRow: number;
  readonly rowCount: number;
  /** ROW_START + "gggg,eeee" per row. */
  readonly tags: string;
  readonly tagStarts: Int32Array;
  /** ROW_START + keyword, name, value and detail separated by FIELD_END, per row. The detail is searchable so
   *  that "ct image storage" finds the UID it names. */
  readonly texts: string;
  readonly textStarts: Int32Array;
}

/** Rows per chunk: a chunk is indexed in a few milliseconds and searched in well under one. */
export const CHUNK_ROWS = 4096;

/** Characters no query contains (queries are single lines, and sanitizeQueryText removes these). */
const ROW_START = '\u0001';
const FIELD_END = '\n';

function sanitizeQueryText(text: string): string {
  return text.split(ROW_START).join('').split(FIELD_END).join('').replace(/\r/g, '');
}

function joinRows(
  first: number,
  rowCount: number,
  text: (i: number) => string,
): { joined: string; starts: Int32Array } {
  const parts = new Array<string>(rowCount);
  for (let i = 0; i < rowCount; i++) parts[i] = ROW_START + text(first + i);
  const raw = parts.join('');
  const lower = raw.toLowerCase();
  // A few characters (e.g. "İ") change length when lowercased; then offsets into `lower` would not match the
  // parts, so the parts are lowercased one by one before the offsets are taken.
  const sameLength = lower.length === raw.length;
  const starts = new Int32Array(rowCount + 1);
  let offset = 0;
  for (let i = 0; i < rowCount; i++) {
    if (!sameLength) parts[i] = parts[i].toLowerCase();
    starts[i] = offset;
    offset += parts[i].length;
  }
  starts[rowCount] = offset;
  return { joined: sameLength ? lower : parts.join(''), starts };
}

function buildChunk(rows: readonly TagRow[], firstRow: number): SearchChunk {
  const rowCount = Math.min(CHUNK_ROWS, rows.length - firstRow);
  const tags = joinRows(firstRow, rowCount, (i) => {
    const tag = rows[i].tag;
    return tag.startsWith('(') && tag.endsWith(')') ? tag.slice(1, -1) : tag;
  });
  const texts = joinRows(firstRow, rowCount, (i) => {
    const row = rows[i];
    return `${row.keyword}${FIELD_END}${row.name}${FIELD_END}${row.value}${FIELD_END}${row.detail ?? ''}`;
  });
  return {
    firstRow,
    rowCount,
    tags: tags.joined,
    tagStarts: tags.starts,
    texts: texts.joined,
    textStarts: texts.starts,
  };
}

export function buildSearchIndex(rows: readonly TagRow[]): SearchIndex {
  const chunks: SearchChunk[] = [];
  for (let first = 0; first < rows.length; first += CHUNK_ROWS) chunks.push(buildChunk(rows, first));
  return { rowCount: rows.length, chunks };
}

export interface FilterMatches {
  /** 1 where the row itself matches. */
  readonly matches: Uint8Array;
  readonly count: number;
}

/** The row (within its chunk) whose segment contains `position`: the last start at or before it. */
function rowAt(starts: Int32Array, position: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Marks every row whose segment of `joined` contains `needle`, skipping to the next row after each hit. */
function markMatches(
  joined: string,
  starts: Int32Array,
  needle: string,
  matches: Uint8Array,
  firstRow: number,
): void {
  if (needle === '') return;
  let from = 0;
  for (;;) {
    const at = joined.indexOf(needle, from);
    if (at < 0) return;
    const row = rowAt(starts, at);
    matches[firstRow + row] = 1;
    from = starts[row + 1];
  }
}

/** The needles of a non-empty query: a tag prefix anchored after ROW_START, and/or a text. */
function needlesOf(query: Exclude<FilterQuery, { kind: 'empty' }>): { tag?: string; text?: string } {
  return {
    // A tag prefix must start right after ROW_START, so searching for both anchors it at the start of the tag.
    tag: query.kind === 'text' ? undefined : ROW_START + sanitizeQueryText(query.tagPrefix),
    text: query.kind === 'tag' ? undefined : sanitizeQueryText(query.text),
  };
}

function searchChunk(
  chunk: SearchChunk,
  needles: { tag?: string; text?: string },
  matches: Uint8Array,
): void {
  if (needles.tag !== undefined)
    markMatches(chunk.tags, chunk.tagStarts, needles.tag, matches, chunk.firstRow);
  if (needles.text !== undefined)
    markMatches(chunk.texts, chunk.textStarts, needles.text, matches, chunk.firstRow);
}

function countMatches(matches: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < matches.length; i++) count += matches[i];
  return count;
}

/** Rows matching the query, or undefined for an empty query (no filtering). */
export function matchRows(index: SearchIndex, query: FilterQuery): FilterMatches | undefined {
  if (query.kind === 'empty') return undefined;
  const matches = new Uint8Array(index.rowCount);
  const needles = needlesOf(query);
  for (const chunk of index.chunks) searchChunk(chunk, needles, matches);
  return { matches, count: countMatches(matches) };
}

// ---- Sliced (non-blocking) building and matching ----

/** Thrown (as a rejection) by the sliced functions when their token is cancelled. */
export class FilterCancelled extends Error {
  constructor() {
    super('filter cancelled');
    this.name = 'FilterCancelled';
  }
}

/** Cancels a sliced run: the run stops at its next chunk boundary and rejects with FilterCancelled. */
export class CancelToken {
  private cancelledFlag = false;
  get cancelled(): boolean {
    return this.cancelledFlag;
  }
  cancel(): void {
    this.cancelledFlag = true;
  }
}

export interface SliceOptions {
  readonly token: CancelToken;
  /** Work this long at most before giving the UI a turn (default SLICE_MS). */
  readonly sliceMs?: number;
  /** Gives the UI a turn (default: a macrotask via MessageChannel, or setTimeout). */
  readonly yieldToUi?: () => Promise<void>;
  /** Clock in milliseconds (default performance.now). */
  readonly now?: () => number;
}

/** Half a 60 Hz frame: typing and scrolling stay fluid while a big header is searched. */
export const SLICE_MS = 8;

/** Runs `step(i)` for i = 0 … count-1, yielding to the UI whenever a slice's time is up; checks cancellation. */
async function sliced(count: number, step: (i: number) => void, options: SliceOptions): Promise<void> {
  const now = options.now ?? (() => performance.now());
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const yieldToUi = options.yieldToUi ?? yieldMacrotask;
  let sliceStart = now();
  for (let i = 0; i < count; i++) {
    if (options.token.cancelled) throw new FilterCancelled();
    step(i);
    if (i + 1 < count && now() - sliceStart >= sliceMs) {
      await yieldToUi();
      sliceStart = now();
    }
  }
  if (options.token.cancelled) throw new FilterCancelled();
}

/** buildSearchIndex, a chunk at a time with turns for the UI in between. */
export async function buildSearchIndexSliced(
  rows: readonly TagRow[],
  options: SliceOptions,
): Promise<SearchIndex> {
  const chunks: SearchChunk[] = [];
  await sliced(
    Math.ceil(rows.length / CHUNK_ROWS),
    (k) => chunks.push(buildChunk(rows, k * CHUNK_ROWS)),
    options,
  );
  return { rowCount: rows.length, chunks };
}

/** matchRows, a chunk at a time with turns for the UI in between: the same matches, in the same order. */
export async function matchRowsSliced(
  index: SearchIndex,
  query: FilterQuery,
  options: SliceOptions,
): Promise<FilterMatches | undefined> {
  if (query.kind === 'empty') return undefined;
  const matches = new Uint8Array(index.rowCount);
  const needles = needlesOf(query);
  await sliced(index.chunks.length, (k) => searchChunk(index.chunks[k], needles, matches), options);
  return { matches, count: countMatches(matches) };
}
