// The view state kept across the webview being hidden and re-created (vscode.setState/getState): where the user
// was, what was expanded, what was typed. What comes back from getState is treated as untrusted and sanitised,
// since it may have been written by an older version of this code.
//
// One state object holds it all: the header table's ViewState at its top level (as it was before the viewer
// existed), the viewer's state under `viewer` and the split's under `layout` (viewer/viewerState.ts checks those).
// splitStateStore gives each part its own load/save over the one vscode state.

import type { HeaderModel } from '../shared/protocol';
import type { HostConnection } from './vscodeApi';

export const COLUMN_IDS = ['tag', 'name', 'vr', 'vm', 'length'] as const;
export type ResizableColumn = (typeof COLUMN_IDS)[number];
export type ColumnWidths = Partial<Record<ResizableColumn, number>>;

export type FocusArea = 'table' | 'filter' | 'none';

export interface ViewState {
  readonly version: 1;
  /** Identifies the model the row-specific fields belong to; they are ignored for a different model. */
  readonly fingerprint: string;
  readonly scrollTop: number;
  readonly expanded: readonly number[];
  readonly focusedRow: number;
  readonly focusArea: FocusArea;
  readonly filter: string;
  readonly showKeywords: boolean;
  readonly columnWidths: ColumnWidths;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  version: 1,
  fingerprint: '',
  scrollTop: 0,
  expanded: [],
  focusedRow: -1,
  focusArea: 'none',
  filter: '',
  showKeywords: false,
  columnWidths: {},
};

/**
 * A cheap identity for a model: row ids are indexes, so expanded ids only mean the same rows if the rows are the
 * same. File name, row count and a few tags catch a file changed on disk without hashing 100,000 rows.
 */
export function modelFingerprint(model: HeaderModel): string {
  const rows = model.rows;
  const sample = [0, rows.length >> 1, rows.length - 1]
    .filter((i) => i >= 0 && i < rows.length)
    .map((i) => rows[i].tag)
    .join('');
  return `${model.fileName}|${rows.length}|${sample}`;
}

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export function sanitizeViewState(raw: unknown): ViewState {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_VIEW_STATE;
  const state = raw as Record<string, unknown>;
  if (state.version !== 1) return DEFAULT_VIEW_STATE;
  const columnWidths: Record<string, number> = {};
  if (typeof state.columnWidths === 'object' && state.columnWidths !== null) {
    const widths = state.columnWidths as Record<string, unknown>;
    for (const column of COLUMN_IDS) {
      const width = widths[column];
      if (isFiniteNumber(width) && width >= 24 && width <= 4000) columnWidths[column] = width;
    }
  }
  const focusArea = state.focusArea === 'table' || state.focusArea === 'filter' ? state.focusArea : 'none';
  return {
    version: 1,
    fingerprint: typeof state.fingerprint === 'string' ? state.fingerprint : '',
    scrollTop: isFiniteNumber(state.scrollTop) && state.scrollTop > 0 ? state.scrollTop : 0,
    expanded: Array.isArray(state.expanded)
      ? state.expanded.filter((id) => Number.isSafeInteger(id) && id >= 0)
      : [],
    focusedRow: Number.isSafeInteger(state.focusedRow) ? (state.focusedRow as number) : -1,
    focusArea,
    filter: typeof state.filter === 'string' ? state.filter.slice(0, 1000) : '',
    showKeywords: state.showKeywords === true,
    columnWidths,
  };
}

/** One part of the saved state, loaded unvalidated (its owner sanitises it) and saved on its own. */
export interface StatePart {
  load(): unknown;
  save(value: unknown): void;
}

export interface StateStores {
  /** The header inspector's connection: its loadState/saveState see the top-level ViewState. */
  readonly header: HostConnection;
  readonly viewer: StatePart;
  readonly layout: StatePart;
}

/** Splits the webview's one saved state into the header's, the viewer's and the layout's parts. */
export function splitStateStore(host: HostConnection): StateStores {
  const raw = host.loadState();
  const saved: Record<string, unknown> = typeof raw === 'object' && raw !== null ? { ...raw } : {};
  let header: Record<string, unknown> = saved;
  let viewer: unknown = saved.viewer;
  let layout: unknown = saved.layout;
  const write = () => host.saveState({ ...header, viewer, layout });
  return {
    header: {
      post: (message) => host.post(message),
      loadState: () => raw,
      saveState: (state) => {
        header = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
        write();
      },
    },
    viewer: {
      load: () => viewer,
      save: (value) => {
        viewer = value;
        write();
      },
    },
    layout: {
      load: () => layout,
      save: (value) => {
        layout = value;
        write();
      },
    },
  };
}
