// Helpers shared by the end-to-end specs for reading and driving the inspector's webview through its DOM contract
// (input#filter, #header-table[role=treegrid], .row[role=row][data-row-id][aria-rowindex], .col-* cells).
// Not a spec itself (run.mjs only runs *.e2e.mjs).
/* global document */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { waitUntil } from './harness.mjs';
import { repoRoot } from './workbench.mjs';

export const FIXTURES = process.env.E2E_FIXTURES || join(repoRoot, 'test', 'fixtures');

/** Absolute path of a fixture (relative to test/fixtures); throws with a clear message when it is missing. */
export function fixturePath(rel) {
  const path = join(FIXTURES, rel);
  if (!existsSync(path)) throw new Error(`fixture ${rel} not found in ${FIXTURES}`);
  return path;
}

/**
 * Opens a workspace file from the explorer in the inspector and returns an Inspector on its webview (rows not
 * awaited). Right after start-up, on a busy machine, VS Code has sometimes not registered the custom editor's
 * contribution yet although the extensions are reported loaded, and opens a .dcm as a binary text file; then the
 * editor is closed and the file opened again (twice at most, logged), so that a slow start-up is not reported as a
 * failure of the extension, while an editor that is never registered still is.
 */
export async function openInInspector(wb, relPath, { timeout = 60_000, retries = 2 } = {}) {
  const binaryNotice = wb.page.getByText('The file is not displayed in the text editor');
  for (let attempt = 0; ; attempt++) {
    await wb.openFileFromExplorer(relPath, { timeout });
    const outcome = await waitUntil(
      `a webview or a text editor for ${relPath}`,
      async () => {
        if (await binaryNotice.first().isVisible()) return 'text';
        const webviews = await wb.page.locator('iframe.webview.ready').count();
        return webviews > 0 ? 'webview' : undefined;
      },
      (v) => v !== undefined,
      { timeout },
    );
    if (outcome === 'webview') {
      const inspector = new Inspector(await wb.webviewFrame({ timeout }));
      inspector.openAttempts = attempt + 1;
      return inspector;
    }
    if (attempt >= retries) throw new Error(`${relPath} opened in the text editor, not in the inspector`);
    console.log(`    note: ${relPath} opened as text (custom editor not registered yet?); opening it again`);
    await wb.closeAllEditors();
    await new Promise((r) => setTimeout(r, 2000));
  }
}

/** A view of one inspector webview (a frame locator from Workbench.webviewFrame()). */
export class Inspector {
  constructor(frame) {
    this.frame = frame;
  }

  get table() {
    return this.frame.locator('#header-table[role="treegrid"]');
  }

  /** Whether the viewer shows a frame `columns` wide: drawn, not stale, the canvas not hidden. */
  imageReady(columns) {
    return this.frame.locator('#image-viewport').evaluate((viewport, width) => {
      const canvas = viewport.ownerDocument.getElementById('image-canvas');
      return !viewport.classList.contains('stale') && !canvas.hidden && canvas.width === width;
    }, columns);
  }

  /** Waits until the viewer shows a frame `columns` wide. */
  waitForImage(columns, what = 'the image', timeout = 30_000) {
    return waitUntil(
      what,
      () => this.imageReady(columns),
      (ready) => ready,
      { timeout },
    );
  }

  get filter() {
    return this.frame.locator('input#filter');
  }

  get matchCount() {
    return this.frame.locator('#match-count');
  }

  rows() {
    return this.frame.locator('.row[role="row"][data-row-id]');
  }

  row(id) {
    return this.frame.locator(`.row[role="row"][data-row-id="${id}"]`);
  }

  /** Rendered rows whose tag cell reads `tag` ("(0020,9111)"). */
  rowsByTag(tag) {
    return this.rows().filter({
      has: this.frame.locator('.col-tag', { hasText: tag }),
    });
  }

  count() {
    return this.rows().count();
  }

  async waitForRows(what = 'header rows', min = 4, timeout = 30_000) {
    return waitUntil(
      what,
      () => this.count(),
      (n) => n >= min,
      { timeout },
    );
  }

  /**
   * The rendered rows in display order: { id, index (aria-rowindex), level, expanded (true/false/null), tag, name,
   * value, selected }. Row elements are recycled, so DOM order is sorted by aria-rowindex.
   */
  async renderedRows() {
    const rows = await this.rows().evaluateAll((els) =>
      els.map((el) => ({
        id: Number(el.getAttribute('data-row-id')),
        index: Number(el.getAttribute('aria-rowindex')),
        level: Number(el.getAttribute('aria-level')),
        expanded: el.hasAttribute('aria-expanded') ? el.getAttribute('aria-expanded') === 'true' : null,
        selected: el.getAttribute('aria-selected') === 'true',
        tag: (el.querySelector('.col-tag')?.textContent ?? '').trim(),
        name: (el.querySelector('.col-name')?.textContent ?? '').trim(),
        value: (el.querySelector('.col-value .cell-text')?.textContent ?? '').trim(),
      })),
    );
    return rows.sort((a, b) => a.index - b.index);
  }

  /** The rows actually inside the table's viewport (below the sticky header), in display order. */
  async rowsInView() {
    return this.table.evaluate((table) => {
      const box = table.getBoundingClientRect();
      const header = table.querySelector('.header-row')?.getBoundingClientRect().height ?? 0;
      return [...table.querySelectorAll('.row[data-row-id]')]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.bottom > box.top + header + 1 && r.top < box.bottom - 1)
        .sort((a, b) => a.r.top - b.r.top)
        .map(({ el }) => ({
          id: Number(el.getAttribute('data-row-id')),
          index: Number(el.getAttribute('aria-rowindex')),
          tag: (el.querySelector('.col-tag')?.textContent ?? '').trim(),
          name: (el.querySelector('.col-name')?.textContent ?? '').trim(),
          value: (el.querySelector('.col-value .cell-text')?.textContent ?? '').trim(),
        }));
    });
  }

  /** { scrollTop, scrollHeight, clientHeight, rowCount (aria-rowcount - 1), activeRow (aria-activedescendant) } */
  async tableState() {
    return this.table.evaluate((t) => ({
      scrollTop: t.scrollTop,
      scrollHeight: t.scrollHeight,
      clientHeight: t.clientHeight,
      rowCount: Number(t.getAttribute('aria-rowcount')) - 1,
      activeRow: t.getAttribute('aria-activedescendant'),
    }));
  }

  /** id / tag / class of document.activeElement inside the webview. */
  async activeElement() {
    return this.table.evaluate(() => {
      const a = document.activeElement;
      return a ? { tag: a.tagName, id: a.id, role: a.getAttribute('role') } : null;
    });
  }

  /**
   * Scrolls the table with the mouse wheel (over `page`) until `locator` (a row) is inside the viewport, going down
   * from where it is; throws when the bottom is reached without it.
   */
  async wheelTo(page, locator, { step = 300, maxSteps = 400 } = {}) {
    await this.table.hover();
    for (let i = 0; i < maxSteps; i++) {
      if ((await locator.count()) > 0) {
        const id = Number(await locator.first().getAttribute('data-row-id'));
        if ((await this.rowsInView()).some((r) => r.id === id)) return locator.first();
      }
      const before = (await this.tableState()).scrollTop;
      await page.mouse.wheel(0, step);
      let after = before;
      for (let w = 0; w < 20 && after === before; w++) {
        await new Promise((r) => setTimeout(r, 25));
        after = (await this.tableState()).scrollTop;
      }
      if (after === before && (await locator.count()) === 0) throw new Error('reached the end of the table');
    }
    throw new Error(`row not reached after ${maxSteps} wheel steps`);
  }

  /** The ids of rendered rows with aria-expanded="true". */
  async expandedIds() {
    return (await this.renderedRows()).filter((r) => r.expanded === true).map((r) => r.id);
  }
}
