// The tree table's DOM: a scrolling treegrid that holds only the rows in view (plus a few either side). Every
// row has the same height, so a row's place is its visible position times that height, and an element as tall
// as all visible rows gives the scrollbar its full range. Row elements are recycled as the view scrolls.
//
// Keyboard focus stays on the treegrid element itself and aria-activedescendant points at the focused row:
// with virtualised rows the focused row's element may be recycled at any time, so it cannot hold DOM focus.

import type { RowMenuContext, TagRow } from '../shared/protocol';
import { lengthText, nameText, nameTitle, tagTitle, vmText } from './cellText';
import { shownValue } from './identityMask';
import { COLUMNS } from './columns';
import { element } from './dom';
import { findTagRange, findTextRange, setCellText } from './highlight';
import type { TreeModel } from './treeModel';

/** The one source of the row height: the stylesheet reads --row-height, which is set from this. */
export const ROW_HEIGHT = 22;
/** Rows rendered beyond each edge of the view, so fast scrolling does not show blank space for a frame. */
const OVERSCAN = 10;

export interface VirtualTableEvents {
  /** A row was clicked or right-clicked: it becomes the focused row. */
  onRowPointed(id: number): void;
  onToggleRow(id: number): void;
  /** The view scrolled (for saving state). */
  onScrolled(): void;
}

interface RowCells {
  readonly twisty: HTMLElement;
  readonly tag: HTMLElement;
  readonly name: HTMLElement;
  readonly nameCell: HTMLElement;
  readonly vr: HTMLElement;
  readonly vm: HTMLElement;
  readonly length: HTMLElement;
  readonly value: HTMLElement;
  readonly detail: HTMLElement;
  readonly valueCell: HTMLElement;
  readonly tagCell: HTMLElement;
}

export class VirtualTable {
  /** What the page places: the table plus the message shown over it when no row is visible. */
  readonly root: HTMLElement;
  /** The scroll container, role="treegrid"; it takes keyboard focus. */
  readonly element: HTMLElement;
  readonly header: HTMLElement;
  private readonly nameHeader: HTMLElement;
  private readonly body: HTMLElement;
  private readonly emptyMessage: HTMLElement;

  private rows: readonly TagRow[] = [];
  private tree: TreeModel | undefined;
  private readonly bound = new Map<number, HTMLElement>();
  private readonly cells = new WeakMap<HTMLElement, RowCells>();
  /** Bumped when display options change; a bound row filled under an older version is filled again when drawn. */
  private contentVersion = 0;
  private readonly filledVersion = new WeakMap<HTMLElement, number>();
  private readonly pool: HTMLElement[] = [];
  private focusedRow = -1;
  private showKeywords = false;
  private hideIdentity = false;
  private textNeedle: string | undefined;
  private tagNeedle: string | undefined;
  /** A render is queued for the end of the current task (see invalidate). */
  private renderPending = false;
  /** A render is queued for the next animation frame (scrolling, resizing). */
  private frameQueued = false;

  constructor(private readonly events: VirtualTableEvents) {
    this.nameHeader = element('span', { text: 'Name' });
    this.header = element(
      'div',
      { className: 'row header-row', attributes: { role: 'row', 'aria-rowindex': '1' } },
      COLUMNS.map((column) =>
        element(
          'div',
          { className: `cell ${column.className}`, attributes: { role: 'columnheader' } },
          column.id === 'value'
            ? [element('span', { text: column.label })]
            : [
                column.id === 'name' ? this.nameHeader : element('span', { text: column.label }),
                element('span', {
                  className: 'resizer',
                  attributes: { 'data-column': column.id, 'aria-hidden': 'true', title: 'Drag to resize' },
                }),
              ],
        ),
      ),
    );
    this.body = element('div', { className: 'rows', attributes: { role: 'rowgroup' } });
    this.emptyMessage = element('div', { className: 'empty-message', attributes: { role: 'status' } });
    this.emptyMessage.hidden = true;
    this.element = element(
      'div',
      {
        className: 'table',
        attributes: {
          role: 'treegrid',
          'aria-label': 'Header elements',
          'aria-colcount': String(COLUMNS.length),
          'aria-multiselectable': 'false',
          tabindex: '0',
        },
      },
      [
        element('div', { className: 'header-group', attributes: { role: 'rowgroup' } }, [this.header]),
        this.body,
      ],
    );
    this.root = element('div', { className: 'table-container' }, [this.element, this.emptyMessage]);
    this.element.style.setProperty('--row-height', `${ROW_HEIGHT}px`);

    this.element.addEventListener('scroll', () => {
      this.scheduleRender();
      this.events.onScrolled();
    });
    // One listener per kind of event for all rows, since row elements come and go.
    this.body.addEventListener('mousedown', (event) => {
      const id = this.rowIdOf(event.target);
      if (id === undefined) return;
      if ((event.target as Element).closest('.twisty') && event.button === 0) {
        // The twisty toggles on mousedown, like VS Code's trees, and must not also start a text selection.
        event.preventDefault();
        this.events.onRowPointed(id);
        this.events.onToggleRow(id);
        this.element.focus({ preventScroll: true });
        return;
      }
      this.events.onRowPointed(id);
    });
    this.body.addEventListener('dblclick', (event) => {
      const id = this.rowIdOf(event.target);
      if (id !== undefined && !(event.target as Element).closest('.twisty') && this.tree?.isExpandable(id)) {
        this.events.onToggleRow(id);
      }
    });
    // Right-click focuses the row first, so VS Code's context menu (driven by data-vscode-context) and the
    // focused row agree. The default is not prevented: VS Code needs the event to open its menu.
    this.body.addEventListener('contextmenu', (event) => {
      const id = this.rowIdOf(event.target);
      if (id !== undefined) this.events.onRowPointed(id);
    });
    new ResizeObserver(() => this.scheduleRender()).observe(this.element);
  }

  setModel(rows: readonly TagRow[], tree: TreeModel): void {
    this.rows = rows;
    this.tree = tree;
    this.focusedRow = -1;
    this.releaseAll();
    this.invalidate();
  }

  setShowKeywords(showKeywords: boolean): void {
    this.showKeywords = showKeywords;
    this.nameHeader.textContent = showKeywords ? 'Keyword' : 'Name';
    this.contentVersion++;
    this.invalidate();
  }

  /** Blurs identifying values ("hide patient identity", identityMask.ts). */
  setHideIdentity(hide: boolean): void {
    if (hide === this.hideIdentity) return;
    this.hideIdentity = hide;
    this.contentVersion++;
    this.invalidate();
  }

  setHighlight(needles: { readonly text?: string; readonly tag?: string }): void {
    this.textNeedle = needles.text;
    this.tagNeedle = needles.tag;
    this.contentVersion++;
    this.invalidate();
  }

  setEmptyMessage(text: string): void {
    this.emptyMessage.textContent = text;
    this.emptyMessage.hidden = text === '';
  }

  setFocusedRow(id: number): void {
    this.focusedRow = id;
    this.invalidate();
  }

  /** The visible rows changed (expand, collapse, filter): lay the view out again. */
  refresh(): void {
    this.invalidate();
  }

  /** Rows that fit in the view, for PageUp/PageDown. */
  pageSize(): number {
    return Math.max(1, Math.floor((this.element.clientHeight - ROW_HEIGHT) / ROW_HEIGHT));
  }

  get scrollTop(): number {
    return this.element.scrollTop;
  }

  set scrollTop(value: number) {
    // The spacer must have its new height first, or the browser clamps the scroll position to the old one.
    this.syncHeight();
    this.element.scrollTop = value;
    this.invalidate();
  }

  /** Scrolls just enough for the row at a visible position to be in view, below the sticky header. */
  revealPosition(position: number): void {
    if (position < 0) return;
    this.syncHeight();
    const top = position * ROW_HEIGHT;
    const viewHeight = this.element.clientHeight - ROW_HEIGHT;
    if (top < this.element.scrollTop) this.element.scrollTop = top;
    else if (top + ROW_HEIGHT > this.element.scrollTop + viewHeight) {
      this.element.scrollTop = top + ROW_HEIGHT - viewHeight;
    }
    this.invalidate();
  }

  private rowIdOf(target: EventTarget | null): number | undefined {
    const row = target instanceof Element ? target.closest<HTMLElement>('.row[data-row-id]') : null;
    const id = row ? Number(row.dataset.rowId) : NaN;
    return Number.isInteger(id) ? id : undefined;
  }

  private scheduleRender(): void {
    if (this.frameQueued) return;
    this.frameQueued = true;
    requestAnimationFrame(() => {
      this.frameQueued = false;
      this.render();
    });
  }

  /**
   * Renders once at the end of the current task however many changes it made: each render reads the layout
   * (scroll position, view height), and every extra read after a DOM change costs a forced layout.
   */
  private invalidate(): void {
    if (this.renderPending) return;
    this.renderPending = true;
    queueMicrotask(() => {
      this.renderPending = false;
      this.render();
    });
  }

  private syncHeight(): void {
    const count = this.tree?.visibleCountNow() ?? 0;
    const height = `${count * ROW_HEIGHT}px`;
    if (this.body.style.height !== height) this.body.style.height = height;
    this.element.setAttribute('aria-rowcount', String(count + 1));
  }

  private releaseAll(): void {
    for (const row of this.bound.values()) {
      row.remove();
      this.pool.push(row);
    }
    this.bound.clear();
  }

  private render(): void {
    const tree = this.tree;
    if (!tree) return;
    const count = tree.visibleCountNow();
    this.syncHeight();

    const scrollTop = this.element.scrollTop;
    const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(
      count,
      Math.ceil((scrollTop + this.element.clientHeight - ROW_HEIGHT) / ROW_HEIGHT) + OVERSCAN,
    );

    for (const [id, row] of this.bound) {
      const position = tree.positionOf(id);
      if (position < first || position >= last) {
        row.remove();
        this.pool.push(row);
        this.bound.delete(id);
      }
    }

    // Keep DOM order equal to display order, so that assistive technology reading the DOM reads rows in order.
    let previous: Element | null = null;
    for (let position = first; position < last; position++) {
      const id = tree.rowAt(position);
      let row = this.bound.get(id);
      if (!row) {
        row = this.pool.pop() ?? this.createRow();
        this.bound.set(id, row);
        this.fill(row, id);
      } else if (this.filledVersion.get(row) !== this.contentVersion) {
        this.fill(row, id);
      }
      const expected: Element | null = previous ? previous.nextElementSibling : this.body.firstElementChild;
      if (expected !== row) this.body.insertBefore(row, expected);
      this.updateState(row, id, position, tree);
      previous = row;
    }

    if (this.focusedRow >= 0 && this.bound.has(this.focusedRow)) {
      this.element.setAttribute('aria-activedescendant', `row-${this.focusedRow}`);
    } else {
      this.element.removeAttribute('aria-activedescendant');
    }
  }

  private createRow(): HTMLElement {
    const cell = (className: string, children: readonly Node[] = []) =>
      element('div', { className: `cell ${className}`, attributes: { role: 'gridcell' } }, children);
    const twisty = element('span', { className: 'twisty', attributes: { 'aria-hidden': 'true' } });
    const tag = element('span', { className: 'cell-text' });
    const name = element('span', { className: 'cell-text' });
    const value = element('span', { className: 'cell-text' });
    const detail = element('span', { className: 'value-detail' });
    const tagCell = cell('col-tag', [twisty, tag]);
    const nameCell = cell('col-name', [name]);
    const vr = cell('col-vr');
    const vm = cell('col-vm');
    const length = cell('col-length');
    const valueCell = cell('col-value', [value, detail]);
    const row = element('div', { attributes: { role: 'row' } }, [
      tagCell,
      nameCell,
      vr,
      vm,
      length,
      valueCell,
    ]);
    this.cells.set(row, { twisty, tag, name, nameCell, vr, vm, length, value, detail, valueCell, tagCell });
    return row;
  }

  /** Everything about a row that depends only on its data and the display options. */
  private fill(row: HTMLElement, id: number): void {
    const data = this.rows[id];
    const cells = this.cells.get(row);
    if (!data || !cells) return;
    this.filledVersion.set(row, this.contentVersion);
    row.id = `row-${id}`;
    row.dataset.rowId = String(id);
    const context: RowMenuContext = {
      webviewSection: 'tagRow',
      rowId: data.id,
      preventDefaultContextMenuItems: true,
    };
    row.setAttribute('data-vscode-context', JSON.stringify(context));
    row.setAttribute('aria-level', String(data.depth + 1));
    // --depth drives the indentation of the tag column in CSS.
    row.style.setProperty('--depth', String(data.depth));

    const label = nameText(data, this.showKeywords);
    setCellText(cells.tag, data.tag, findTagRange(data.tag, this.tagNeedle));
    cells.tagCell.title = tagTitle(data);
    setCellText(cells.name, label, findTextRange(label, this.textNeedle));
    cells.nameCell.title = nameTitle(data, this.showKeywords);
    cells.vr.textContent = data.vr;
    cells.vm.textContent = vmText(data);
    cells.length.textContent = lengthText(data.length);
    // Older hosts may leave the detail out (shownValue reads it as ''); a hidden value shows "hidden", unmatched.
    const shown = shownValue(data, this.hideIdentity);
    setCellText(
      cells.value,
      shown.value,
      shown.hidden ? undefined : findTextRange(shown.value, this.textNeedle),
    );
    setCellText(cells.detail, shown.detail, findTextRange(shown.detail, this.textNeedle));
    cells.value.classList.toggle('identity-hidden', shown.hidden);
    cells.valueCell.title = shown.title;
  }

  /** Everything that changes with expansion, focus, filtering or scrolling. */
  private updateState(row: HTMLElement, id: number, position: number, tree: TreeModel): void {
    const data = this.rows[id];
    const focused = id === this.focusedRow;
    const expandable = tree.isExpandable(id);
    let className = 'row';
    if (data.kind !== 'element') className += ` kind-${data.kind}`;
    if (data.isPrivate) className += ' private';
    if (data.retired) className += ' retired';
    if (expandable) className += ' expandable';
    if (focused) className += ' focused';
    if (tree.isFilterAncestor(id)) className += ' filter-ancestor';
    if (row.className !== className) row.className = className;
    row.style.top = `${position * ROW_HEIGHT}px`;
    row.setAttribute('aria-rowindex', String(position + 2));
    row.setAttribute('aria-selected', focused ? 'true' : 'false');
    if (expandable) row.setAttribute('aria-expanded', tree.isExpanded(id) ? 'true' : 'false');
    else row.removeAttribute('aria-expanded');
  }
}
