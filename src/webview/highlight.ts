// Marks the part of a cell's text that the filter matched, as <mark> around a text node. Only text nodes are
// created, so file data stays text.

import type { FilterQuery } from './filter';

export type TextRange = readonly [start: number, end: number];

/** Where `needle` (already lowercase) occurs in `text`, case-insensitively. */
export function findTextRange(text: string, needle: string | undefined): TextRange | undefined {
  if (!needle) return undefined;
  const lower = text.toLowerCase();
  // Lowercasing can change the length of a few characters (e.g. "İ"); then indexes into `lower` no longer point
  // into `text`, and not highlighting is better than highlighting the wrong characters.
  if (lower.length !== text.length) return undefined;
  const at = lower.indexOf(needle);
  return at < 0 ? undefined : [at, at + needle.length];
}

/** Where a tag prefix ("0010,00") matches a displayed tag ("(0010,0010)"): only at its start, after "(". */
export function findTagRange(tag: string, prefix: string | undefined): TextRange | undefined {
  if (!prefix) return undefined;
  const start = tag.startsWith('(') ? 1 : 0;
  return tag.slice(start, start + prefix.length).toLowerCase() === prefix
    ? [start, start + prefix.length]
    : undefined;
}

export function setCellText(cell: HTMLElement, text: string, range: TextRange | undefined): void {
  if (!range) {
    // Setting textContent also drops an earlier <mark>; skip it when nothing changed, to spare layout work.
    if (cell.childElementCount > 0 || cell.textContent !== text) cell.textContent = text;
    return;
  }
  const mark = document.createElement('mark');
  mark.textContent = text.slice(range[0], range[1]);
  cell.replaceChildren(text.slice(0, range[0]), mark, text.slice(range[1]));
}

/** What to highlight for a query: a substring in the text columns, a prefix in the tag column. */
export function highlightNeedles(query: FilterQuery): { readonly text?: string; readonly tag?: string } {
  switch (query.kind) {
    case 'empty':
      return {};
    case 'text':
      return { text: query.text };
    case 'tag':
      return { tag: query.tagPrefix };
    case 'tagOrText':
      return { text: query.text, tag: query.tagPrefix };
  }
}
