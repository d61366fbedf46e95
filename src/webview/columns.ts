// The header table's columns, and dragging their right edges to resize them. Widths live in CSS custom
// properties on the table (set through the CSSOM, which the CSP allows), so header and rows always line up.

import type { ColumnWidths, ResizableColumn } from './state';

export interface ColumnSpec {
  readonly id: ResizableColumn | 'value';
  readonly label: string;
  readonly className: string;
  /** Pixels; the value column takes what is left. */
  readonly defaultWidth: number;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { id: 'tag', label: 'Tag', className: 'col-tag', defaultWidth: 190 },
  { id: 'name', label: 'Name', className: 'col-name', defaultWidth: 280 },
  { id: 'vr', label: 'VR', className: 'col-vr', defaultWidth: 44 },
  { id: 'vm', label: 'VM', className: 'col-vm', defaultWidth: 44 },
  { id: 'length', label: 'Length', className: 'col-length', defaultWidth: 84 },
  { id: 'value', label: 'Value', className: 'col-value', defaultWidth: 240 },
];

const MIN_WIDTH = 32;

/** Writes the widths as --col-* properties, plus the minimum row width that keeps the value column usable. */
export function applyColumnWidths(table: HTMLElement, widths: ColumnWidths): void {
  let total = 0;
  for (const column of COLUMNS) {
    const width = column.id === 'value' ? column.defaultWidth : (widths[column.id] ?? column.defaultWidth);
    total += width;
    if (column.id !== 'value') table.style.setProperty(`--col-${column.id}`, `${width}px`);
  }
  table.style.setProperty('--table-min-width', `${total}px`);
}

/**
 * Makes each `.resizer` handle in the header draggable. Double-click resets the column. `onChange` receives the
 * complete width map after every change so the caller can persist it.
 */
export function enableColumnResizing(
  table: HTMLElement,
  header: HTMLElement,
  initial: ColumnWidths,
  onChange: (widths: ColumnWidths) => void,
): void {
  let widths: ColumnWidths = { ...initial };
  applyColumnWidths(table, widths);

  header.addEventListener('pointerdown', (event) => {
    const handle = (event.target as Element).closest<HTMLElement>('.resizer');
    const column = handle?.dataset.column as ResizableColumn | undefined;
    if (!handle || !column || event.button !== 0) return;
    event.preventDefault();
    const spec = COLUMNS.find((c) => c.id === column);
    const startWidth = widths[column] ?? spec?.defaultWidth ?? 100;
    const startX = event.clientX;
    handle.setPointerCapture(event.pointerId);
    handle.classList.add('active');
    const move = (moveEvent: PointerEvent) => {
      widths = {
        ...widths,
        [column]: Math.max(MIN_WIDTH, Math.round(startWidth + moveEvent.clientX - startX)),
      };
      applyColumnWidths(table, widths);
    };
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
      handle.classList.remove('active');
      onChange(widths);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  });

  header.addEventListener('dblclick', (event) => {
    const column = (event.target as Element).closest<HTMLElement>('.resizer')?.dataset.column as
      ResizableColumn | undefined;
    if (!column) return;
    const rest = { ...widths };
    delete rest[column];
    widths = rest;
    applyColumnWidths(table, widths);
    onChange(widths);
  });
}
