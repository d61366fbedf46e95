// The header inspector: puts the summary strip, toolbar and tree table on the page, and carries out what the
// user and the host ask for: expanding, filtering, moving the focused row, copying, and keeping the view state
// across the webview being hidden and re-created. Beside the image viewer, it follows the frame on screen: the
// Per-frame Functional Groups item of that frame opens in place of the previous frame's (followFrame).

import type { CopyField, HeaderCommand, HeaderModel, HostMessage, RevealTarget } from '../shared/protocol';
import { ColumnLayout, tagColumnWidthFor } from './columns';
import { element } from './dom';
import type { FilterMatches, FilterQuery, SearchIndex } from './filter';
import {
  buildSearchIndex,
  buildSearchIndexSliced,
  CancelToken,
  FilterCancelled,
  matchRows,
  matchRowsSliced,
  parseFilterQuery,
} from './filter';
import { highlightNeedles } from './highlight';
import type { TableAction } from './keyboard';
import { filterKeyAction, globalKeyAction, tableKeyAction } from './keyboard';
import type { ColumnWidths, FocusArea, ViewState } from './state';
import { modelFingerprint, sanitizeViewState } from './state';
import { SummaryStrip } from './summaryStrip';
import { hiddenCopyText, isHiddenRow } from './identityMask';
import type { Toolbar } from './toolbar';
import { createToolbar } from './toolbar';
import { TreeModel } from './treeModel';
import type { PerFrameItems } from './viewer/perFrameItems';
import { correspondingRow, findPerFrameItems } from './viewer/perFrameItems';
import type { HostConnection } from './vscodeApi';
import { ROW_HEIGHT, VirtualTable } from './virtualTable';

/** Above this many rows, typing in the filter waits for a pause before searching, and the search runs in slices
 *  with turns for the UI in between (a newer query cancels it); below, it is instant and synchronous. */
const INSTANT_FILTER_ROWS = 20_000;
const FILTER_DEBOUNCE_MS = 40;
const SAVE_STATE_DELAY_MS = 150;
const STATUS_CLEAR_MS = 2500;

/** requestIdleCallback where there is one (not in Safari, where VS Code for the Web may run). */
function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 2000 });
  else setTimeout(callback, 300);
}

const COPY_LABELS: Readonly<Record<CopyField, string>> = { tag: 'tag', keyword: 'keyword', value: 'value' };

/** Where the page puts the table when it shares the page with the image viewer (viewer/splitLayout.ts). */
export interface InspectorPlacement {
  /** Takes the table's place in the page: the split holding the viewer and `headerPane`. */
  readonly body: HTMLElement;
  /** Where the toolbar and the table go. */
  readonly headerPane: HTMLElement;
}

interface IndexBuild {
  readonly model: HeaderModel;
  readonly token: CancelToken;
  readonly done: Promise<SearchIndex>;
}

export class HeaderInspector {
  private readonly summary = new SummaryStrip();
  private readonly toolbar: Toolbar;
  private readonly table: VirtualTable;
  private readonly loadFailed: HTMLElement;
  private readonly columns: ColumnLayout;

  private model: HeaderModel | undefined;
  private tree: TreeModel | undefined;
  private searchIndex: SearchIndex | undefined;
  /** The sliced index build of the current model, shared by every filter run that needs it. */
  private indexBuild: IndexBuild | undefined;
  /** The sliced filter run in progress, cancelled by the next query. */
  private filterRun: CancelToken | undefined;
  /** Set while the model shown is only the first rows of a bigger one (the rest is on its way): the total. */
  private partialOf: number | undefined;
  private focusedRow = -1;
  private showKeywords: boolean;
  /** "Hide patient identity", as the host last said (the setting); it owns the state, the button asks it. */
  private hideIdentity = false;
  private columnWidths: ColumnWidths;
  /** The filter text the table shows the result of; undefined while none is (a search was cancelled). */
  private appliedFilter: string | undefined = '';
  private focusArea: FocusArea = 'none';
  /** The state to restore when the first model arrives (after that, the live view is the state). */
  private pendingRestore: ViewState | undefined;
  /** Per-frame functional group items of the model (null: none), found on first use. */
  private perFrame: PerFrameItems | null | undefined;
  /** The frame the viewer showed last, -1 before the first. */
  private followedFrame = -1;
  /** A reveal asked for before the model arrived (the host may send it right after opening the editor). */
  private pendingReveal: RevealTarget | undefined;

  private filterTimer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private statusTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly root: HTMLElement,
    private readonly host: HostConnection,
    placement?: InspectorPlacement,
  ) {
    const saved = sanitizeViewState(host.loadState());
    this.pendingRestore = saved;
    this.showKeywords = saved.showKeywords;
    this.columnWidths = saved.columnWidths;

    this.table = new VirtualTable({
      onRowPointed: (id) => this.focusRow(id, false),
      onToggleRow: (id) => this.toggleRow(id),
      onScrolled: () => this.scheduleSave(SAVE_STATE_DELAY_MS),
    });
    this.table.element.id = 'header-table';
    this.toolbar = createToolbar(this.table.element.id);
    this.toolbar.filter.value = saved.filter;
    this.loadFailed = element('div', { className: 'load-failed', attributes: { role: 'alert' } });
    this.loadFailed.hidden = true;

    let body: Node[] = [this.toolbar.root, this.table.root];
    if (placement) {
      placement.headerPane.replaceChildren(...body);
      body = [placement.body];
    }
    root.replaceChildren(
      element('p', { className: 'loading-message', text: 'Loading…' }),
      this.summary.summaryElement,
      this.summary.errorsElement,
      ...body,
      this.loadFailed,
    );
    // CSS shows only the loading message while `loading`, only the failure while `failed`.
    root.classList.add('loading');
    root.setAttribute('aria-busy', 'true');

    this.columns = new ColumnLayout(this.table.element, this.table.header, this.columnWidths, (widths) => {
      this.columnWidths = widths;
      this.scheduleSave();
    });
    this.applyKeywordToggle();
    this.wireEvents();
  }

  handleMessage(message: HostMessage): void {
    switch (message.type) {
      case 'header':
        this.showModel(message.model, message.partialOf);
        break;
      case 'loadFailed':
        this.showLoadFailed(message.message);
        break;
      case 'command':
        this.runCommand(message.command);
        break;
      case 'reveal':
        this.reveal(message);
        break;
      case 'privacy':
        this.setHideIdentity(message.hideIdentity);
        break;
    }
  }

  /** Blurs identifying values in the summary and the table, and keeps them out of copies (identityMask.ts). */
  setHideIdentity(hide: boolean): void {
    this.hideIdentity = hide;
    this.summary.setHideIdentity(hide);
    this.table.setHideIdentity(hide);
    this.toolbar.identityToggle.setAttribute('aria-pressed', String(hide));
  }

  /**
   * Shows one element: clears a filter that hides it, expands its ancestors, scrolls it into view, and focuses
   * it. The row id comes from a dump line; its tag and offset are checked, so a dump out of step with the table
   * (the file changed, a value with a line break) finds the element by tag and offset, or says it cannot.
   */
  private reveal(target: RevealTarget): void {
    const model = this.model;
    const tree = this.tree;
    if (!model || !tree || this.partialOf !== undefined) {
      this.pendingReveal = target;
      return;
    }
    const matches = (id: number): boolean => {
      const row = model.rows[id];
      return (
        row !== undefined &&
        row.tag.toUpperCase() === target.tag &&
        (target.offset === null || row.offset === target.offset)
      );
    };
    const id = matches(target.row)
      ? target.row
      : target.offset === null
        ? -1
        : model.rows.findIndex((_, candidate) => matches(candidate));
    if (id < 0) return this.showStatus(`${target.tag} is not in this table; the file may have changed.`);

    if (tree.isFiltering() && !tree.isMatch(id)) {
      this.toolbar.filter.value = '';
      this.applyFilter('', true);
    }
    tree.reveal(id);
    this.focusedRow = id;
    this.table.setFocusedRow(id);
    const position = tree.positionOf(id);
    // Near the middle of the view rather than at its edge, so the rows around it show too.
    this.table.scrollTop = Math.max(0, position * ROW_HEIGHT - this.table.element.clientHeight / 2);
    this.table.revealPosition(position);
    this.table.element.focus({ preventScroll: true });
    this.scheduleSave();
  }

  /**
   * Shows a model. `partialOf` (the full row count) marks the first rows of a big header, sent ahead so that the
   * first screen shows while the rest is carried and unpacked: it is shown as it is, and the view state to
   * restore waits for the full model, which replaces it.
   */
  private showModel(model: HeaderModel, partialOf?: number): void {
    if (partialOf !== undefined) {
      // The live view of a complete model (the file changed on disk) is what the full model restores.
      if (this.model && this.partialOf === undefined) this.pendingRestore ??= this.snapshot();
      this.partialOf = partialOf;
      const tree = this.setModel(model);
      this.table.setModel(model.rows, tree);
      this.focusedRow = -1;
      this.appliedFilter = '';
      this.applyFilter(this.toolbar.filter.value, false);
      this.table.scrollTop = 0;
      return;
    }
    this.partialOf = undefined;
    // A model sent again (the file changed on disk) keeps the live view where it can; the first one restores
    // what was saved before the webview was last destroyed.
    const restore = this.pendingRestore ?? this.snapshot();
    this.pendingRestore = undefined;
    const sameModel = restore.fingerprint === modelFingerprint(model);

    const tree = this.setModel(model);
    if (sameModel) tree.restoreExpanded(restore.expanded);
    this.table.setModel(model.rows, tree);
    this.focusedRow = sameModel && restore.focusedRow < model.rows.length ? restore.focusedRow : -1;
    this.appliedFilter = '';
    this.applyFilter(this.toolbar.filter.value, false);
    this.ensureFocusVisible();
    this.table.setFocusedRow(this.focusedRow);
    this.table.scrollTop = sameModel ? restore.scrollTop : 0;

    if (restore.focusArea === 'table') this.table.element.focus({ preventScroll: true });
    else if (restore.focusArea === 'filter') this.toolbar.filter.focus({ preventScroll: true });
    this.scheduleSave();

    const reveal = this.pendingReveal;
    this.pendingReveal = undefined;
    if (reveal) this.reveal(reveal);

    // Build the search index while the user is reading rather than on their first keystroke in the filter.
    whenIdle(() => {
      if (this.model !== model || this.searchIndex) return;
      if (!this.slicedFilter(model)) this.searchIndex = buildSearchIndex(model.rows);
      else this.indexOf(model).catch(() => undefined);
    });
  }

  /** Takes the model: its tree, summary and column widths, with any search of the previous model stopped. */
  private setModel(model: HeaderModel): TreeModel {
    this.model = model;
    const tree = new TreeModel(model.rows);
    this.tree = tree;
    this.searchIndex = undefined;
    this.indexBuild?.token.cancel();
    this.indexBuild = undefined;
    this.filterRun?.cancel();
    this.filterRun = undefined;
    this.perFrame = undefined;
    this.root.classList.remove('loading', 'failed');
    this.root.removeAttribute('aria-busy');
    this.loadFailed.hidden = true;
    this.summary.update(model.fileName, model.summary, model.errors);
    let maxDepth = 0;
    for (const row of model.rows) if (row.depth > maxDepth) maxDepth = row.depth;
    this.columns.setDefaultWidth('tag', tagColumnWidthFor(maxDepth));
    return tree;
  }

  /** Whether filtering this model runs in slices (big headers) rather than at once. */
  private slicedFilter(model: HeaderModel): boolean {
    return model.rows.length > INSTANT_FILTER_ROWS;
  }

  /** The model's search index, built in slices once and shared by the filter runs that wait for it. */
  private indexOf(model: HeaderModel): Promise<SearchIndex> {
    if (this.searchIndex && this.model === model) return Promise.resolve(this.searchIndex);
    if (this.indexBuild?.model !== model) {
      this.indexBuild?.token.cancel();
      const token = new CancelToken();
      const done = buildSearchIndexSliced(model.rows, { token }).then((index) => {
        if (this.model === model) this.searchIndex = index;
        return index;
      });
      this.indexBuild = { model, token, done };
    }
    return this.indexBuild.done;
  }

  /**
   * The viewer shows frame `index` (0-based). While the Per-frame Functional Groups Sequence is open and no
   * filter is active, that frame's item opens and the previous frame's closes; the focused row moves to the same
   * element in the new item, and an item that was in view stays at the same place on screen.
   */
  followFrame(index: number): void {
    const previous = this.followedFrame;
    this.followedFrame = index;
    const model = this.model;
    const tree = this.tree;
    if (!model || !tree || tree.isFiltering() || previous < 0 || previous === index) return;
    // The first rows of a big header lack the per-frame items; the full model follows the frame from then on.
    if (this.partialOf !== undefined) return;
    if (this.perFrame === undefined) this.perFrame = findPerFrameItems(model.rows) ?? null;
    const perFrame = this.perFrame;
    const from = perFrame?.items[previous];
    const to = perFrame?.items[index];
    if (!perFrame || from === undefined || to === undefined || !tree.isExpanded(perFrame.sequence)) return;

    const fromPosition = tree.positionOf(from);
    const offset = fromPosition * ROW_HEIGHT - this.table.scrollTop;
    const anchored = fromPosition >= 0 && offset >= 0 && offset < this.table.element.clientHeight;
    const focused = this.focusedRow;
    const inFrom = focused >= from && focused < perFrame.ends[previous];
    const target =
      correspondingRow(model.rows, perFrame, previous, index, focused) ?? (inFrom ? to : undefined);

    tree.setExpanded(from, false);
    tree.setExpanded(to, true);
    if (target !== undefined) this.focusedRow = target;
    this.ensureFocusVisible();
    this.table.setFocusedRow(this.focusedRow);
    if (anchored) this.table.scrollTop = tree.positionOf(to) * ROW_HEIGHT - offset;
    else if (target !== undefined) this.table.revealPosition(tree.positionOf(target));
    else this.table.refresh();
    this.scheduleSave(SAVE_STATE_DELAY_MS);
  }

  private showLoadFailed(message: string): void {
    this.root.classList.remove('loading');
    this.root.classList.add('failed');
    this.root.removeAttribute('aria-busy');
    this.loadFailed.replaceChildren(
      element('p', { className: 'load-failed-title', text: 'This file could not be opened.' }),
      element('p', { className: 'load-failed-message', text: message }),
    );
    this.loadFailed.hidden = false;
  }

  private runCommand(command: HeaderCommand): void {
    switch (command) {
      case 'expandAll':
        return this.expandAll();
      case 'collapseAll':
        return this.collapseAll();
      case 'focusFilter':
        return this.focusFilter();
      case 'copyTag':
        return this.copy('tag');
      case 'copyKeyword':
        return this.copy('keyword');
      case 'copyValue':
        return this.copy('value');
    }
  }

  private wireEvents(): void {
    const { filter, expandAll, collapseAll, keywordToggle } = this.toolbar;
    filter.addEventListener('input', () => this.scheduleFilter());
    filter.addEventListener('keydown', (event) => {
      const action = filterKeyAction(event, filter.value);
      if (!action) return;
      // Handled keys stop here: VS Code forwards unhandled webview keys to its own keybindings.
      event.preventDefault();
      event.stopPropagation();
      if (action === 'clear') {
        filter.value = '';
        this.applyFilter('', true);
      } else {
        // Enter/↓ should act on the text as typed, not as it was before the debounce.
        if (action === 'toTable') this.applyFilter(filter.value, true);
        this.focusTable();
      }
    });
    expandAll.addEventListener('click', () => this.expandAll());
    collapseAll.addEventListener('click', () => this.collapseAll());
    this.toolbar.identityToggle.addEventListener('click', () =>
      this.host.post({ type: 'setHideIdentity', hide: !this.hideIdentity }),
    );
    keywordToggle.addEventListener('click', () => {
      this.showKeywords = !this.showKeywords;
      this.applyKeywordToggle();
      this.scheduleSave();
    });

    this.table.element.addEventListener('keydown', (event) => {
      if (event.target !== this.table.element) return;
      const action = tableKeyAction(event);
      if (!action) return;
      // A mouse selection inside the table is the user's to copy with the browser's own Copy.
      if (action.type === 'copy' && this.hasTextSelectionIn(this.table.element)) return;
      event.preventDefault();
      event.stopPropagation();
      this.runTableAction(action);
    });
    // VS Code's Edit > Copy runs document.execCommand('copy') in the webview: answer it with the focused row.
    document.addEventListener('copy', (event) => {
      if (document.activeElement !== this.table.element || this.hasTextSelectionIn(this.table.element))
        return;
      const row = this.model?.rows[this.focusedRow];
      if (!row || !event.clipboardData) return;
      event.preventDefault();
      if (isHiddenRow(row, this.hideIdentity)) return this.showStatus(hiddenCopyText(row.tag));
      event.clipboardData.setData('text/plain', row.value);
    });

    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      const typing =
        !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      if (globalKeyAction(event, typing) !== 'focusFilter') return;
      event.preventDefault();
      event.stopPropagation();
      this.focusFilter();
    });

    document.addEventListener('focusin', () => this.trackFocusArea());
    document.addEventListener('focusout', () => setTimeout(() => this.trackFocusArea(), 0));
  }

  private runTableAction(action: TableAction): void {
    switch (action.type) {
      case 'move':
        return this.move(action.to);
      case 'expandOrFirstChild':
        return this.expandOrFirstChild();
      case 'collapseOrParent':
        return this.collapseOrParent();
      case 'toggle':
        if (this.focusedRow >= 0) this.toggleRow(this.focusedRow);
        return;
      case 'expandAll':
        return this.expandAll();
      case 'collapseAll':
        return this.collapseAll();
      case 'copy':
        return this.copy(action.field);
    }
  }

  private move(to: 'up' | 'down' | 'pageUp' | 'pageDown' | 'home' | 'end'): void {
    const tree = this.tree;
    if (!tree) return;
    const count = tree.visibleCountNow();
    if (count === 0) return;
    const current = tree.positionOf(this.focusedRow);
    const page = this.table.pageSize();
    let target: number;
    if (current < 0) target = to === 'end' || to === 'up' ? count - 1 : 0;
    else {
      switch (to) {
        case 'up':
          target = current - 1;
          break;
        case 'down':
          target = current + 1;
          break;
        case 'pageUp':
          target = current - page;
          break;
        case 'pageDown':
          target = current + page;
          break;
        case 'home':
          target = 0;
          break;
        case 'end':
          target = count - 1;
          break;
      }
    }
    this.focusRow(tree.rowAt(Math.min(count - 1, Math.max(0, target))), true);
  }

  private expandOrFirstChild(): void {
    const tree = this.tree;
    const id = this.focusedRow;
    if (!tree || id < 0) return this.move('home');
    if (!tree.isExpandable(id)) return;
    if (!tree.isExpanded(id)) {
      tree.setExpanded(id, true);
      this.afterExpansionChange();
      return;
    }
    const next = tree.rowAt(tree.positionOf(id) + 1);
    if (next >= 0 && tree.parentOf(next) === id) this.focusRow(next, true);
  }

  private collapseOrParent(): void {
    const tree = this.tree;
    const id = this.focusedRow;
    if (!tree || id < 0) return this.move('home');
    if (tree.isExpanded(id)) {
      tree.setExpanded(id, false);
      this.afterExpansionChange();
      return;
    }
    const parent = tree.parentOf(id);
    if (parent >= 0 && tree.positionOf(parent) >= 0) this.focusRow(parent, true);
  }

  private toggleRow(id: number): void {
    if (!this.tree?.isExpandable(id)) return;
    this.tree.toggle(id);
    this.afterExpansionChange();
  }

  private expandAll(): void {
    if (!this.tree) return;
    this.tree.expandAll();
    this.afterExpansionChange();
  }

  private collapseAll(): void {
    if (!this.tree) return;
    this.tree.collapseAll();
    this.afterExpansionChange();
  }

  private afterExpansionChange(): void {
    this.ensureFocusVisible();
    this.table.setFocusedRow(this.focusedRow);
    if (this.tree) this.table.revealPosition(this.tree.positionOf(this.focusedRow));
    this.scheduleSave();
  }

  /** A row hidden by collapsing an ancestor hands the focus to its nearest visible ancestor, as in VS Code. */
  private ensureFocusVisible(): void {
    const tree = this.tree;
    if (!tree) return;
    if (this.focusedRow >= tree.size) this.focusedRow = -1;
    while (this.focusedRow >= 0 && tree.positionOf(this.focusedRow) < 0)
      this.focusedRow = tree.parentOf(this.focusedRow);
  }

  private focusRow(id: number, reveal: boolean): void {
    if (!this.tree || id < 0) return;
    this.focusedRow = id;
    this.table.setFocusedRow(id);
    if (reveal) this.table.revealPosition(this.tree.positionOf(id));
    this.scheduleSave();
  }

  private focusTable(): void {
    if (this.focusedRow < 0 && this.tree && this.tree.visibleCountNow() > 0)
      this.focusRow(this.tree.rowAt(0), true);
    this.table.element.focus({ preventScroll: true });
  }

  private focusFilter(): void {
    this.toolbar.filter.focus();
    this.toolbar.filter.select();
  }

  private scheduleFilter(): void {
    clearTimeout(this.filterTimer);
    // A keystroke stops the search of the text before it at once, rather than after the typing pause.
    if (this.filterRun) {
      this.filterRun.cancel();
      this.filterRun = undefined;
      this.appliedFilter = undefined;
      this.table.element.removeAttribute('aria-busy');
    }
    const rows = this.model?.rows.length ?? 0;
    const delay = rows > INSTANT_FILTER_ROWS ? FILTER_DEBOUNCE_MS : 0;
    this.filterTimer = setTimeout(() => this.applyFilter(this.toolbar.filter.value, true), delay);
  }

  /**
   * Filters the table. `interactive` is false while restoring state, where the saved scroll position wins. On a
   * big header the search runs in slices (the UI stays responsive) and the table and match count change when it
   * is done; a newer call cancels it.
   */
  private applyFilter(text: string, interactive: boolean): void {
    clearTimeout(this.filterTimer);
    const model = this.model;
    const tree = this.tree;
    if (!model || !tree) return;
    if (text === this.appliedFilter && interactive) return;
    this.appliedFilter = text;
    this.filterRun?.cancel();
    this.filterRun = undefined;
    this.table.element.removeAttribute('aria-busy');

    const query = parseFilterQuery(text);
    // Restoring a saved filter stays synchronous: the focused row and scroll position restored next are only
    // valid in the filtered view. It happens once, when the webview is re-created.
    if (query.kind === 'empty' || !interactive || !this.slicedFilter(model)) {
      let result: FilterMatches | undefined;
      if (query.kind !== 'empty') {
        this.searchIndex ??= buildSearchIndex(model.rows);
        result = matchRows(this.searchIndex, query);
      }
      this.showFilterResult(text, query, result, interactive);
      return;
    }

    const token = new CancelToken();
    this.filterRun = token;
    this.table.element.setAttribute('aria-busy', 'true');
    this.indexOf(model)
      .then((index) => {
        if (token.cancelled) throw new FilterCancelled();
        return matchRowsSliced(index, query, { token });
      })
      .then(
        (result) => {
          if (token.cancelled || this.model !== model) return;
          this.filterRun = undefined;
          this.table.element.removeAttribute('aria-busy');
          this.showFilterResult(text, query, result, interactive);
        },
        (caught: unknown) => {
          // A cancelled run was replaced by a newer one, which owns the busy state; anything else is a bug, left
          // to the webview's console rather than hidden.
          if (!(caught instanceof FilterCancelled)) throw caught;
        },
      );
  }

  /** Applies a filter's result (undefined: no filter) to the tree, the table and the match count. */
  private showFilterResult(
    text: string,
    query: FilterQuery,
    result: FilterMatches | undefined,
    interactive: boolean,
  ): void {
    const model = this.model;
    const tree = this.tree;
    if (!model || !tree) return;
    const wasFiltering = tree.isFiltering();
    tree.setFilter(result?.matches);
    this.table.setHighlight(highlightNeedles(query));

    if (!result) {
      // Leaving the filter keeps the row the user found in view, in its place in the tree.
      if (wasFiltering && this.focusedRow >= 0) tree.reveal(this.focusedRow);
      this.toolbar.matchCount.textContent = '';
      this.table.setEmptyMessage(model.rows.length === 0 ? 'This file has no elements.' : '');
    } else {
      const count = result.count;
      this.toolbar.matchCount.textContent =
        count === 0 ? 'No matches' : `${count.toLocaleString('en-US')} match${count === 1 ? '' : 'es'}`;
      this.table.setEmptyMessage(count === 0 ? `No element matches “${text.trim()}”.` : '');
    }

    if (!interactive) {
      this.table.refresh();
      return;
    }
    // Keep the focused row while it still matches; otherwise go to the first match, so that Enter or ↓ in the
    // filter box lands on something the user was looking for.
    if (result && !tree.isMatch(this.focusedRow)) this.focusedRow = this.firstMatch(tree);
    this.ensureFocusVisible();
    this.table.setFocusedRow(this.focusedRow);
    const position = tree.positionOf(this.focusedRow);
    // From the top, so that a match near the start is shown under the ancestors that lead to it.
    this.table.scrollTop = 0;
    this.table.revealPosition(position);
    this.scheduleSave();
  }

  private firstMatch(tree: TreeModel): number {
    const visible = tree.visibleRows();
    for (let p = 0; p < visible.length; p++) if (tree.isMatch(visible[p])) return visible[p];
    return -1;
  }

  private copy(field: CopyField): void {
    const row = this.model?.rows[this.focusedRow];
    if (!row) return this.showStatus('Select a row to copy from.');
    if (field === 'keyword' && row.keyword === '') return this.showStatus(`${row.tag} has no keyword.`);
    // A hidden value is not copied: a paste would reveal it. The clipboard keeps what it had.
    if (field === 'value' && isHiddenRow(row, this.hideIdentity))
      return this.showStatus(hiddenCopyText(row.tag));
    this.host.post({ type: 'copy', rowId: row.id, field });
    this.showStatus(`Copied the ${COPY_LABELS[field]} of ${row.tag}.`);
  }

  private showStatus(text: string): void {
    clearTimeout(this.statusTimer);
    this.toolbar.status.textContent = text;
    this.statusTimer = setTimeout(() => (this.toolbar.status.textContent = ''), STATUS_CLEAR_MS);
  }

  private applyKeywordToggle(): void {
    this.toolbar.keywordToggle.setAttribute('aria-pressed', String(this.showKeywords));
    this.table.setShowKeywords(this.showKeywords);
  }

  private hasTextSelectionIn(container: HTMLElement): boolean {
    const selection = document.getSelection();
    return !!selection && !selection.isCollapsed && container.contains(selection.anchorNode);
  }

  private trackFocusArea(): void {
    const active = document.activeElement;
    const area: FocusArea =
      active === this.toolbar.filter ? 'filter' : active === this.table.element ? 'table' : 'none';
    if (area !== this.focusArea) {
      this.focusArea = area;
      this.scheduleSave();
    }
  }

  private snapshot(): ViewState {
    return {
      version: 1,
      fingerprint: this.model ? modelFingerprint(this.model) : '',
      scrollTop: this.table.scrollTop,
      expanded: this.tree?.expandedIds() ?? [],
      focusedRow: this.focusedRow,
      focusArea: this.focusArea,
      filter: this.toolbar.filter.value,
      showKeywords: this.showKeywords,
      columnWidths: this.columnWidths,
    };
  }

  /**
   * Saves the view state: at once by default, since hiding the tab destroys the webview without warning (a
   * change made just before must not be lost); after `delayMs` for scrolling, which fires many times a second.
   */
  private scheduleSave(delayMs = 0): void {
    if (delayMs === 0) {
      if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      this.saveNow();
      return;
    }
    if (this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.saveNow();
    }, delayMs);
  }

  private saveNow(): void {
    // Before the first complete model arrives there is nothing live to save; keep what was saved.
    if (!this.model || this.partialOf !== undefined) return;
    this.host.saveState(this.snapshot());
  }
}
