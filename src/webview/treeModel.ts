// Which rows of the header table are visible, given what is expanded and what the filter matches. Pure (no DOM).
//
// Rows arrive as a flat pre-order list with parent ids, so every subtree is a contiguous run of rows. The model
// precomputes where each subtree ends; collapsing a row then means jumping over its run, and computing the visible
// list costs O(visible rows), not O(all rows). All per-row state lives in typed arrays indexed by row id so that
// 100,000 rows stay cheap in memory and time.

/** The part of a row the tree structure needs (TagRow satisfies it). */
export interface TreeRow {
  readonly parent: number;
}

export class TreeModel {
  readonly size: number;
  private readonly parents: Int32Array;
  /** Index one past the last descendant of each row. */
  private readonly subtreeEnd: Int32Array;
  private readonly expanded: Uint8Array;
  /** expandedIds() result, kept until the user's expansion changes: view state is saved on every scroll. */
  private expandedCache: readonly number[] | undefined;

  // Filtering: `matches` marks rows that match; `matchBelow` marks rows with a matching descendant. Rows with a
  // match below are shown expanded (so the match is visible) unless the user collapsed them while this filter was
  // active, which `collapsedByUser` remembers until the filter changes.
  private matches: Uint8Array | undefined;
  private matchBelow: Uint8Array | undefined;
  private collapsedByUser: Uint8Array | undefined;

  private readonly visible: Int32Array;
  private visibleCount = 0;
  /** Position of each row in the visible list, -1 when hidden. */
  private readonly positions: Int32Array;
  private dirty = true;

  constructor(rows: readonly TreeRow[]) {
    const size = rows.length;
    this.size = size;
    this.parents = new Int32Array(size);
    this.subtreeEnd = new Int32Array(size);
    this.expanded = new Uint8Array(size);
    this.visible = new Int32Array(size);
    this.positions = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      const parent = rows[i].parent;
      // A parent must come before its child in pre-order; anything else is treated as top level rather than
      // trusted, so a malformed model cannot send the traversal backwards.
      this.parents[i] = Number.isInteger(parent) && parent >= 0 && parent < i ? parent : -1;
      this.subtreeEnd[i] = i + 1;
    }
    // Children come after parents, so walking backwards finishes every subtree before its parent is updated.
    for (let i = size - 1; i >= 0; i--) {
      const parent = this.parents[i];
      if (parent >= 0 && this.subtreeEnd[i] > this.subtreeEnd[parent])
        this.subtreeEnd[parent] = this.subtreeEnd[i];
    }
  }

  parentOf(id: number): number {
    return this.parents[id];
  }

  /** Whether the row has child rows (sequences with items, items with elements, encapsulated pixel data). */
  isExpandable(id: number): boolean {
    return this.subtreeEnd[id] > id + 1;
  }

  /** Whether the row shows its children now (taking the filter's automatic expansion into account). */
  isExpanded(id: number): boolean {
    if (!this.isExpandable(id)) return false;
    if (this.matchBelow?.[id]) return !this.collapsedByUser?.[id];
    return this.expanded[id] === 1;
  }

  isFiltering(): boolean {
    return this.matches !== undefined;
  }

  /** Whether the row itself matches the active filter (false when not filtering). */
  isMatch(id: number): boolean {
    return this.matches?.[id] === 1;
  }

  /** Shown only because something below it matches the active filter. */
  isFilterAncestor(id: number): boolean {
    return this.matchBelow?.[id] === 1 && this.matches?.[id] !== 1;
  }

  setExpanded(id: number, expand: boolean): void {
    if (!this.isExpandable(id) || this.isExpanded(id) === expand) return;
    if (this.matchBelow?.[id] && this.collapsedByUser) this.collapsedByUser[id] = expand ? 0 : 1;
    else {
      this.expanded[id] = expand ? 1 : 0;
      this.expandedCache = undefined;
    }
    this.dirty = true;
  }

  toggle(id: number): void {
    this.setExpanded(id, !this.isExpanded(id));
  }

  expandAll(): void {
    for (let i = 0; i < this.size; i++) this.expanded[i] = this.isExpandable(i) ? 1 : 0;
    this.collapsedByUser?.fill(0);
    this.expandedCache = undefined;
    this.dirty = true;
  }

  collapseAll(): void {
    this.expanded.fill(0);
    if (this.matchBelow && this.collapsedByUser) this.collapsedByUser.set(this.matchBelow);
    this.expandedCache = undefined;
    this.dirty = true;
  }

  /** Expands every ancestor of the row so that it is visible (used when leaving the filter with a match focused). */
  reveal(id: number): void {
    for (let parent = this.parents[id]; parent >= 0; parent = this.parents[parent]) this.expanded[parent] = 1;
    this.expandedCache = undefined;
    this.dirty = true;
  }

  /** Ids of the rows the user expanded (not counting the filter's automatic expansion), for saving view state. */
  expandedIds(): readonly number[] {
    if (!this.expandedCache) {
      const ids: number[] = [];
      for (let i = 0; i < this.size; i++) if (this.expanded[i]) ids.push(i);
      this.expandedCache = ids;
    }
    return this.expandedCache;
  }

  restoreExpanded(ids: readonly number[]): void {
    this.expanded.fill(0);
    for (const id of ids)
      if (Number.isInteger(id) && id >= 0 && id < this.size && this.isExpandable(id)) this.expanded[id] = 1;
    this.expandedCache = undefined;
    this.dirty = true;
  }

  /** Applies a filter's matches (one flag per row), or clears filtering with undefined. */
  setFilter(matches: Uint8Array | undefined): void {
    this.dirty = true;
    if (!matches) {
      this.matches = this.matchBelow = this.collapsedByUser = undefined;
      return;
    }
    const below = new Uint8Array(this.size);
    for (let i = this.size - 1; i >= 0; i--) {
      const parent = this.parents[i];
      if (parent >= 0 && (matches[i] || below[i])) below[parent] = 1;
    }
    this.matches = matches;
    this.matchBelow = below;
    this.collapsedByUser = new Uint8Array(this.size);
  }

  /** The visible rows in display order. The array is a view that the next change overwrites; do not keep it. */
  visibleRows(): Int32Array {
    this.update();
    return this.visible.subarray(0, this.visibleCount);
  }

  visibleCountNow(): number {
    this.update();
    return this.visibleCount;
  }

  /** The row's position in the visible list, or -1 when it is hidden. */
  positionOf(id: number): number {
    this.update();
    return id >= 0 && id < this.size ? this.positions[id] : -1;
  }

  rowAt(position: number): number {
    this.update();
    return position >= 0 && position < this.visibleCount ? this.visible[position] : -1;
  }

  private update(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.visibleCount = 0;
    if (this.matches && this.matchBelow) this.collectFiltered(this.matches, this.matchBelow);
    else this.collectRange(0, this.size);
    this.positions.fill(-1);
    for (let p = 0; p < this.visibleCount; p++) this.positions[this.visible[p]] = p;
  }

  /** Unfiltered rows of [start, end): each row, then its subtree only if it is expanded. */
  private collectRange(start: number, end: number): void {
    let i = start;
    while (i < end) {
      this.visible[this.visibleCount++] = i;
      i = this.expanded[i] ? i + 1 : this.subtreeEnd[i];
    }
  }

  /**
   * Filtered rows: matches and the ancestors that lead to them, with non-matching siblings hidden. A matching row
   * with nothing matching below it shows its whole subtree when the user expands it, so a matched sequence can
   * still be browsed.
   */
  private collectFiltered(matches: Uint8Array, below: Uint8Array): void {
    const collapsedByUser = this.collapsedByUser;
    let i = 0;
    while (i < this.size) {
      if (!matches[i] && !below[i]) {
        i = this.subtreeEnd[i];
        continue;
      }
      this.visible[this.visibleCount++] = i;
      if (below[i]) {
        i = collapsedByUser?.[i] ? this.subtreeEnd[i] : i + 1;
      } else {
        if (this.expanded[i]) this.collectRange(i + 1, this.subtreeEnd[i]);
        i = this.subtreeEnd[i];
      }
    }
  }
}
