// The header table's filter: turns what the user typed into a query, and finds the matching rows. Pure (no DOM)
// so it can be unit-tested. It must stay fast on 100,000 rows, so the lowercase strings it searches are built
// once per model (SearchIndex) and a match is one or two indexOf/startsWith calls per row.

import type { TagRow } from '../shared/protocol';

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

/** The per-row strings the filter searches, lowercased once. */
export interface SearchIndex {
  /** "gggg,eeee" per row. */
  readonly tags: readonly string[];
  /** Keyword, name, value and value detail joined by a separator that no query contains (queries are trimmed
   *  single lines). The detail is searchable so that "CT Image Storage" finds the UID it names. */
  readonly texts: readonly string[];
}

export function buildSearchIndex(rows: readonly TagRow[]): SearchIndex {
  const tags = new Array<string>(rows.length);
  const texts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    tags[i] = row.tag.replace(/[()\s]/g, '').toLowerCase();
    texts[i] = `${row.keyword}\n${row.name}\n${row.value}\n${row.detail ?? ''}`.toLowerCase();
  }
  return { tags, texts };
}

export interface FilterMatches {
  /** 1 where the row itself matches. */
  readonly matches: Uint8Array;
  readonly count: number;
}

/** Rows matching the query, or undefined for an empty query (no filtering). */
export function matchRows(index: SearchIndex, query: FilterQuery): FilterMatches | undefined {
  if (query.kind === 'empty') return undefined;
  const { tags, texts } = index;
  const matches = new Uint8Array(tags.length);
  let count = 0;
  // One loop per kind keeps the hot loop free of a per-row switch.
  switch (query.kind) {
    case 'tag': {
      const prefix = query.tagPrefix;
      for (let i = 0; i < tags.length; i++) {
        if (tags[i].startsWith(prefix)) {
          matches[i] = 1;
          count++;
        }
      }
      break;
    }
    case 'tagOrText': {
      const { tagPrefix, text } = query;
      for (let i = 0; i < tags.length; i++) {
        if (tags[i].startsWith(tagPrefix) || texts[i].includes(text)) {
          matches[i] = 1;
          count++;
        }
      }
      break;
    }
    case 'text': {
      const text = query.text;
      for (let i = 0; i < texts.length; i++) {
        if (texts[i].includes(text)) {
          matches[i] = 1;
          count++;
        }
      }
      break;
    }
  }
  return { matches, count };
}
