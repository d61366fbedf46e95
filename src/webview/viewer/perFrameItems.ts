// Where each frame's item of the Per-frame Functional Groups Sequence (5200,9230) is in the header rows, and
// which row of one frame's item corresponds to a row of another's, so the header table can follow the frame
// shown in the viewer. Pure: works on the rows alone.

export interface FrameItemRow {
  readonly parent: number;
  readonly kind: 'element' | 'item' | 'fragment';
  readonly tag: string;
}

export interface PerFrameItems {
  /** Row id of the (5200,9230) element. */
  readonly sequence: number;
  /** Row id of each frame's item, in frame order. */
  readonly items: readonly number[];
  /** One past the last row of each item's subtree (rows are in pre-order, so a subtree is a contiguous run). */
  readonly ends: readonly number[];
}

export const PER_FRAME_FUNCTIONAL_GROUPS = '(5200,9230)';

export function findPerFrameItems(rows: readonly FrameItemRow[]): PerFrameItems | undefined {
  const sequence = rows.findIndex((row) => row.parent === -1 && row.tag === PER_FRAME_FUNCTIONAL_GROUPS);
  if (sequence < 0) return undefined;
  const items: number[] = [];
  const ends: number[] = [];
  // Children of the sequence follow it until a row whose ancestry leaves it: the next top-level row.
  let end = sequence + 1;
  while (end < rows.length && rows[end].parent !== -1) end++;
  for (let id = sequence + 1; id < end; id++) {
    if (rows[id].parent === sequence && rows[id].kind === 'item') {
      if (items.length > 0) ends.push(id);
      items.push(id);
    }
  }
  if (items.length === 0) return undefined;
  ends.push(end);
  return { sequence, items, ends };
}

/**
 * The row in frame `to`'s item that stands where `row` stands in frame `from`'s item (same offset in the item,
 * same tag), or undefined when the items differ there. The item rows themselves correspond to each other.
 */
export function correspondingRow(
  rows: readonly FrameItemRow[],
  perFrame: PerFrameItems,
  from: number,
  to: number,
  row: number,
): number | undefined {
  const fromItem = perFrame.items[from];
  const toItem = perFrame.items[to];
  if (fromItem === undefined || toItem === undefined) return undefined;
  if (row < fromItem || row >= perFrame.ends[from]) return undefined;
  const candidate = toItem + (row - fromItem);
  if (candidate >= perFrame.ends[to]) return undefined;
  return rows[candidate].tag === rows[row].tag ? candidate : undefined;
}
