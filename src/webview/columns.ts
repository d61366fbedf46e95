// The header table's columns, and dragging their right edges to resize them. Widths live in CSS custom
// properties on the table (set through the CSSOM, which the CSP allows), so header and rows always line up.

import type { ColumnWidths, ResizableColumn } from './state';

export interface ColumnSpec {
  readonly id: ResizableColumn | 'value';
  readonly label: string;
  readonly className: string;
  /** Pixels; the value column takes what is left, at least this much. */
  readonly defaultWidth: number;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { id: 'tag', label: 'Tag', className: 'col-tag', defaultWidth: 190 },
  { id: 'name', label: 'Name', className: 'col-name', defaultWidth: 280 },
  { id: 'vr', label: 'VR', className: 'col-vr', defaultWidth: 44 },
  { id: 'vm', label: 'VM', className: 'col-vm', defaultWidth: 44 },
  { id: 'length', label: 'Length', className: 'col-length', defaultWidth: 100 },
  { id: 'value', label: 'Value', className: 'col-value', defaultWidth: 240 },
];

/** Indentation per nesting level in the tag column; the stylesheet reads it from --indent-step. */
export const INDENT_STEP = 14;
const MIN_WIDTH = 32;
const MAX_AUTO_TAG_WIDTH = 480;

/** A tag column wide enough for "(gggg,eeee)" after the twisty at the deepest nesting in the file. */
export function tagColumnWidthFor(maxDepth: number): number {
  return Math.min(MAX_AUTO_TAG_WIDTH, Math.max(190, 132 + maxDepth * INDENT_STEP));
}

/**
 * Column widths: the user's (dragged, persisted) where set, defaults otherwise. Each `.resizer` handle in the
 * header is draggable; double-click resets its column. `onChange` receives the user's widths after each drag.
 */
export class ColumnLayout {
  private widths: ColumnWidths;
  private readonly defaults = new Map<ResizableColumn, number>();

  constructor(
    private readonly table: HTMLElement,
    header: HTMLElement,
    initial: ColumnWidths,
    private readonly onChange: (widths: ColumnWidths) => void,
  ) {
    this.widths = { ...initial };
    table.style.setProperty('--indent-step', `${INDENT_STEP}px`);
    this.apply();
    header.addEventListener('pointerdown', (event) => this.startDrag(event));
    header.addEventListener('dblclick', (event) => {
      const column = this.columnOf(event.target);
      if (!column) return;
      const rest = { ...this.widths };
      delete rest[column];
      this.widths = rest;
      this.apply();
      this.onChange(this.widths);
    });
  }

  /** A default that depends on the file (the tag column's nesting depth); the user's own width still wins. */
  setDefaultWidth(column: ResizableColumn, width: number): void {
    this.defaults.set(column, width);
    this.apply();
  }

  private widthOf(column: ResizableColumn): number {
    const spec = COLUMNS.find((c) => c.id === column);
    return this.widths[column] ?? this.defaults.get(column) ?? spec?.defaultWidth ?? 100;
  }

  private apply(): void {
    let total = 0;
    for (const column of COLUMNS) {
      if (column.id === 'value') {
        total += column.defaultWidth;
        continue;
      }
      const width = this.widthOf(column.id);
      total += width;
      this.table.style.setProperty(`--col-${column.id}`, `${width}px`);
    }
    // Rows never get narrower than their columns; past that the table scrolls sideways.
    this.table.style.setProperty('--table-min-width', `${total}px`);
  }

  private columnOf(target: EventTarget | null): ResizableColumn | undefined {
    const handle = target instanceof Element ? target.closest<HTMLElement>('.resizer') : null;
    return handle?.dataset.column as ResizableColumn | undefined;
  }

  private startDrag(event: PointerEvent): void {
    const column = this.columnOf(event.target);
    const handle = event.target instanceof Element ? event.target.closest<HTMLElement>('.resizer') : null;
    if (!column || !handle || event.button !== 0) return;
    event.preventDefault();
    const startWidth = this.widthOf(column);
    const startX = event.clientX;
    handle.setPointerCapture(event.pointerId);
    handle.classList.add('active');
    const move = (moveEvent: PointerEvent) => {
      this.widths = {
        ...this.widths,
        [column]: Math.max(MIN_WIDTH, Math.round(startWidth + moveEvent.clientX - startX)),
      };
      this.apply();
    };
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      handle.classList.remove('active');
      this.onChange(this.widths);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  }
}
