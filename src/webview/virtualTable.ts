// The tree table's DOM: a scrolling treegrid that holds only the rows in view (plus a few either side). Every
// row has the same height, so a row's place is its visible position times that height, and an element as tall
// as all visible rows gives the scrollbar its full range. Row elements are recycled as the view scrolls.
//
// Keyboard focus stays on the treegrid element itself and aria-activedescendant points at the focused row:
// with virtualised rows the focused row's element may be recycled at any time, so it cannot hold DOM focus.

import type { RowMenuContext, TagRow } from '../shared/protocol';
import { lengthText, nameText, nameTitle, tagTitle, valueTitle, vmText } from './cellText';
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
  private readonly pool: HTMLElement[] = [];
  private focusedRow = -1;
  private showKeywords = false;
  private textNeedle: string | undefined;
  private tagNeedle: string | undefined;
  private renderQueued = false;

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
    this.render();
  }

  setShowKeywords(showKeywords: boolean): void {
    this.showKeywords = showKeywords;
    this.nameHeader.textContent = showKeywords ? 'Keyword' : 'Name';
    this.refillBound();
  }

  setHighlight(needles: { readonly text?: string; readonly tag?: string }): void {
    this.textNeedle = needles.text;
    this.tagNeedle = needles.tag;
    this.refillBound();
  }

  setEmptyMessage(text: string): void {
    this.emptyMessage.textContent = text;
    this.emptyMessage.hidden = text === '';
  }

  setFocusedRow(id: number): void {
    this.focusedRow = id;
    this.render();
  }

  /** The visible rows changed (expand, collapse, filter): lay the view out again now. */
  refresh(): void {
    this.render();
  }

  /** Rows that fit in the view, for PageUp/PageDown. */
  pageSize(): number {
    return Math.max(1, Math.floor((this.element.clientHeight - ROW_HEIGHT) / ROW_HEIGHT));
  }

  get scrollTop(): number {
    return this.element.scrollTop;
  }

  set scrollTop(value: number) {
    this.element.scrollTop = value;
    this.render();
  }

  /** Scrolls just enough for the row at a visible position to be in view, below the sticky header. */
  revealPosition(position: number): void {
    if (position < 0) return;
    const top = position * ROW_HEIGHT;
    const viewHeight = this.element.clientHeight - ROW_HEIGHT;
    if (top < this.element.scrollTop) this.element.scrollTop = top;
    else if (top + ROW_HEIGHT > this.element.scrollTop + viewHeight) {
      this.element.scrollTop = top + ROW_HEIGHT - viewHeight;
    }
    this.render();
  }

  private rowIdOf(target: EventTarget | null): number | undefined {
    const row = target instanceof Element ? target.closest<HTMLElement>('.row[data-row-id]') : null;
    const id = row ? Number(row.dataset.rowId) : NaN;
    return Number.isInteger(id) ? id : undefined;
  }

  private scheduleRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    requestAnimationFrame(() => {
      this.renderQueued = false;
      this.render();
    });
  }

  private releaseAll(): void {
    for (const row of this.bound.values()) {
      row.remove();
      this.pool.push(row);
    }
    this.bound.clear();
  }

  private refillBound(): void {
    for (const [id, row] of this.bound) this.fill(row, id);
  }

  private render(): void {
    const tree = this.tree;
    if (!tree) return;
    const count = tree.visibleCountNow();
    this.body.style.height = `${count * ROW_HEIGHT}px`;
    this.element.setAttribute('aria-rowcount', String(count + 1));

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
        this.fill(row, id);
        this.bound.set(id, row);
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
    setCellText(cells.value, data.value, findTextRange(data.value, this.textNeedle));
    // Older hosts may leave the detail out (hostMessages.ts accepts that).
    const detail = data.detail ?? '';
    setCellText(cells.detail, detail, findTextRange(detail, this.textNeedle));
    cells.valueCell.title = valueTitle(data);
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
