// The text of each cell of a header row, and its tooltips. Pure, so the wording is tested without a DOM.

import type { TagRow } from '../shared/protocol';

export function lengthText(length: number): string {
  return length === -1 ? 'undefined' : String(length);
}

/** VM means nothing for items and fragments; an element with an empty value has VM 0. */
export function vmText(row: TagRow): string {
  return row.kind === 'element' ? String(row.vm) : '';
}

/** The name column: the dictionary name, or the keyword when the user asked for keywords (falling back to the
 *  name for rows without one: items, fragments, private and unknown tags). */
export function nameText(row: TagRow, showKeywords: boolean): string {
  return showKeywords && row.keyword !== '' ? row.keyword : row.name;
}

/** The name's tooltip is the other label: the keyword under a name, the name under a keyword. */
export function nameTitle(row: TagRow, showKeywords: boolean): string {
  const other = showKeywords ? row.name : row.keyword;
  return other !== nameText(row, showKeywords) ? other : '';
}

/** The value's tooltip: the whole value (the cell may be cut off), then the detail on its own line. */
export function valueTitle(row: TagRow): string {
  return row.detail ? `${row.value}\n${row.detail}` : row.value;
}

/** The tag's tooltip says where the element is in the file, and what the styling of the row means. */
export function tagTitle(row: TagRow): string {
  const notes = [row.isPrivate ? 'private' : '', row.retired ? 'retired' : ''].filter(Boolean);
  const where = `at byte ${row.offset} (0x${row.offset.toString(16).toUpperCase()})`;
  return notes.length > 0 ? `${row.tag} ${where}; ${notes.join(', ')}` : `${row.tag} ${where}`;
}
