// End-to-end: a big header. An enhanced multi-frame CT with 4000 frames of per-frame functional groups (about
// 100,000 data elements and 28,000 items) is generated at test time by scripts/generate-large-fixtures.sh into a
// scratch folder (never into the repository), opened from the explorer, expanded, scrolled to its end and filtered
// for one element deep in the per-frame functional groups. The measured times are printed.
//
// When the generator is missing or cannot run here (it needs python3-pydicom, numpy, dcmtk and GDCM), the tests
// are reported as skipped with the reason.
/* global document, performance, MutationObserver, Event, requestAnimationFrame */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, onFailure, skip, test, waitUntil } from './harness.mjs';
import { Inspector, openInInspector } from './inspector.mjs';
import { makeScratch, repoRoot, startWorkbench } from './workbench.mjs';

// E2E_LARGE_GENERATOR overrides the generator (e.g. a missing path, to see the skip).
const GENERATOR = process.env.E2E_LARGE_GENERATOR || join(repoRoot, 'scripts', 'generate-large-fixtures.sh');
const CLI = join(repoRoot, 'dist', 'cli.js');
const FRAMES = 4000;
/** The value of Image Position (Patient) in the last frame's Plane Position Sequence: one match, at level 5. */
const DEEP_VALUE = `-4\\-4\\${FRAMES - 1}`;

let skipReason;
let genDir;
let name;
let expectedRows;
let wb;
let insp;
const timings = {};

const ms = (t) => `${Math.round(t)} ms`;

/** Runs the generator into a scratch folder; returns the generated file or sets skipReason. */
function generate() {
  if (!existsSync(GENERATOR)) {
    skipReason = `${GENERATOR} not found`;
    return undefined;
  }
  genDir = makeScratch('dicom-inspector-large-');
  const t0 = Date.now();
  try {
    const out = execFileSync('bash', [GENERATOR, genDir, '--frames', String(FRAMES)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 300_000,
    });
    for (const line of out.trim().split('\n')) console.log(`    generator: ${line}`);
  } catch (err) {
    const detail = `${err.stderr ?? ''}${err.stdout ?? ''}`.trim().split('\n').slice(-3).join(' | ');
    skipReason = `scripts/generate-large-fixtures.sh failed (${detail || err.message})`;
    return undefined;
  }
  const files = readdirSync(genDir).filter((f) => f.endsWith('.dcm'));
  if (files.length === 0) {
    skipReason = 'scripts/generate-large-fixtures.sh wrote no .dcm file';
    return undefined;
  }
  const file = join(genDir, files.find((f) => f.includes(`${FRAMES}-frames`)) ?? files[0]);
  timings.generateMs = Date.now() - t0;
  console.log(
    `    generated ${files[0]} (${(statSync(file).size / 1e6).toFixed(1)} MB) in ${ms(timings.generateMs)}`,
  );
  return file;
}

/** Rows the inspector should have: one per line of `dicom-inspect dump`, without its section comments. */
function dumpRowCount(file) {
  if (!existsSync(CLI)) return undefined;
  const dump = execFileSync(process.execPath, [CLI, 'dump', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return dump.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).length;
}

/**
 * Sets the filter the way typing does (value + one input event) and measures, inside the webview, the time until
 * the match count shows the result. Includes the filter's debounce (40 ms above 20,000 rows).
 */
async function timedFilter(text) {
  return insp.filter.evaluate(async (input, value) => {
    const count = document.getElementById('match-count');
    const t0 = performance.now();
    // Every applied filter rewrites the count (even with the same text), so the first mutation is the result.
    const done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(count, { childList: true, characterData: true, subtree: true });
    });
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await done;
    // Until the next frame is painted with the result.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { ms: performance.now() - t0, text: count.textContent };
  }, text);
}

before(async () => {
  const file = generate();
  if (!file) {
    console.log(`    skipping the big-header tests: ${skipReason}`);
    return;
  }
  name = file.split('/').pop();
  expectedRows = dumpRowCount(file);
  const t0 = Date.now();
  // The file is copied into the workbench's own scratch workspace (removed at teardown); the copy here goes now.
  wb = await startWorkbench({ files: [{ from: file, to: name }] });
  rmSync(genDir, { recursive: true, force: true });
  genDir = undefined;
  console.log(`  workbench ready in ${Date.now() - t0} ms; ${expectedRows ?? '?'} rows expected`);
});

after(async () => {
  if (genDir) rmSync(genDir, { recursive: true, force: true });
  await wb?.teardown();
  const parts = Object.entries(timings).map(([k, v]) => `${k} ${ms(v)}`);
  if (parts.length) console.log(`  big header timings: ${parts.join(', ')}`);
});

onFailure(async (testName) => {
  await wb?.screenshot(`FAILED-large-${testName}`);
});

test(
  'a ~100,000-element enhanced multi-frame file opens and shows its first rows',
  async () => {
    if (skipReason) skip(skipReason);
    if (expectedRows !== undefined)
      assert.ok(expectedRows >= 100_000, `only ${expectedRows} rows in the dump`);
    await wb.showExplorer();
    const row = wb.explorerRow(name).first();
    await row.waitFor({ timeout: 30_000 });
    const t0 = Date.now();
    insp = await openInInspector(wb, name);
    timings.openToWebview = Date.now() - t0;
    if (insp.openAttempts > 1) console.log('    (the open timings include re-opening the file)');
    await insp.waitForRows('the first rows', 4, 120_000);
    timings.openToFirstRows = Date.now() - t0;
    await insp.rowsByTag('(0002,0000)').first().waitFor({ state: 'visible', timeout: 10_000 });
    timings.openToFirstRowVisible = Date.now() - t0;
    console.log(
      `    open → webview ${ms(timings.openToWebview)}, → first rows ${ms(timings.openToFirstRows)}, ` +
        `→ (0002,0000) visible ${ms(timings.openToFirstRowVisible)}`,
    );
    const summary = insp.frame.locator('section.summary');
    assert.match((await summary.textContent()) ?? '', new RegExp(`Frames\\s*${FRAMES}`));
    await wb.screenshot('large-01-opened');

    // Again with the extension host already running: parse, transfer and first paint only.
    await wb.closeAllEditors();
    await waitUntil(
      'no editor',
      () => wb.page.locator('.tabs-container .tab').count(),
      (n) => n === 0,
    );
    const t1 = Date.now();
    await row.dblclick();
    await wb.waitForActiveTab(name, 60_000);
    insp = new Inspector(await wb.webviewFrame({ timeout: 60_000 }));
    await insp.waitForRows('the first rows (reopened)', 4, 120_000);
    timings.reopenToFirstRows = Date.now() - t1;
    // Of which: since the webview's document started (its script loaded, 'ready' sent, the host parsed and posted
    // the model, the webview built its tree and painted).
    const doc = await insp.table.evaluate(() => ({
      now: performance.now(),
      script: performance.getEntriesByType('resource').find((e) => /main\.js/.test(e.name))?.responseEnd,
    }));
    timings.reopenWebviewDocToRows = doc.now;
    if (doc.script !== undefined) timings.reopenScriptLoadedToRows = doc.now - doc.script;
    console.log(
      `    reopen → first rows ${ms(timings.reopenToFirstRows)} ` +
        `(${ms(timings.reopenWebviewDocToRows)} of it since the webview document started, ` +
        `${doc.script === undefined ? '?' : ms(doc.now - doc.script)} since its script was loaded)`,
    );
  },
  { timeout: 240_000 },
);

test(
  'Expand all shows every row, and End scrolls to the last ones',
  async () => {
    if (skipReason) skip(skipReason);
    const t0 = Date.now();
    await insp.frame.locator('button#expand-all').click();
    const state = await waitUntil(
      'every row visible',
      () => insp.tableState(),
      (s) => (expectedRows !== undefined ? s.rowCount === expectedRows : s.rowCount >= 100_000),
      { timeout: 60_000 },
    );
    timings.expandAll = Date.now() - t0;
    console.log(`    Expand all: ${state.rowCount} rows in ${ms(timings.expandAll)}`);
    assert.ok(state.rowCount >= 100_000, `${state.rowCount} rows`);

    // The middle of the table: rows are rendered where the view is, contiguous.
    await insp.table.evaluate((t) => (t.scrollTop = t.scrollHeight / 2));
    const middle = await waitUntil(
      'rows in the middle',
      () => insp.rowsInView(),
      (r) => r.length > 10,
    );
    for (let i = 1; i < middle.length; i++)
      assert.equal(middle[i].index, middle[0].index + i, 'a gap in the rows');
    assert.ok(
      Math.abs(middle[0].index - state.rowCount / 2) < 100,
      `middle starts at row ${middle[0].index}`,
    );

    // The keyboard's End from a focused row.
    await insp.row(middle[0].id).locator('.col-name').click();
    const t1 = Date.now();
    await insp.table.press('End');
    const last = await waitUntil(
      'the last row in view',
      () => insp.rowsInView(),
      (r) => r.length > 0 && r[r.length - 1].index === state.rowCount + 1,
    );
    timings.endKey = Date.now() - t1;
    const end = last[last.length - 1];
    assert.equal(end.tag, '(7FE0,0010)', 'the last row should be Pixel Data');
    assert.equal((await insp.tableState()).activeRow, `row-${end.id}`);
    // Before it, the last frame's Pixel Value Transformation item: Rescale Intercept, Slope, Type.
    assert.deepEqual(
      last.slice(-4, -1).map((r) => [r.tag, r.value]),
      [
        ['(0028,1052)', '-1024'],
        ['(0028,1053)', '1'],
        ['(0028,1054)', 'HU'],
      ],
    );
    console.log(
      `    End: last row ${end.tag} ${end.name} at row ${end.index - 1} in view after ${ms(timings.endKey)}`,
    );
    await wb.screenshot('large-02-expanded-end');
    await insp.frame.locator('button#collapse-all').click();
    await waitUntil(
      'collapsed',
      () => insp.tableState(),
      (s) => s.rowCount < 200,
      { timeout: 30_000 },
    );
  },
  { timeout: 180_000 },
);

test(
  'the filter finds an element deep in the per-frame functional groups',
  async () => {
    if (skipReason) skip(skipReason);
    // The first filter may have to build the search index (normally built when the webview is idle).
    const first = await timedFilter(DEEP_VALUE);
    timings.filterDeepValue = first.ms;
    assert.equal(first.text, '1 match');
    const view = await waitUntil(
      'the match in view',
      () => insp.rowsInView(),
      (r) => r.some((x) => x.value === DEEP_VALUE),
    );
    const match = view.find((x) => x.value === DEEP_VALUE);
    assert.equal(match.tag, '(0020,0032)');
    assert.equal(await insp.row(match.id).getAttribute('aria-level'), '5');
    // Shown under the ancestors that lead to it.
    assert.deepEqual(
      view.map((r) => r.name),
      [
        'Per-Frame Functional Groups Sequence',
        `Item #${FRAMES}`,
        'Plane Position Sequence',
        'Item #1',
        'Image Position (Patient)',
      ],
    );
    await wb.screenshot('large-03-filter-deep-value');

    const tag = await timedFilter('(0020,9157)');
    timings.filterTag4000 = tag.ms;
    assert.equal(tag.text, `${FRAMES.toLocaleString('en-US')} matches`);
    const text = await timedFilter('frame acquisition number');
    timings.filterText4000 = text.ms;
    assert.equal(text.text, `${FRAMES.toLocaleString('en-US')} matches`);
    const again = await timedFilter(DEEP_VALUE);
    timings.filterDeepValueAgain = again.ms;
    assert.equal(again.text, '1 match');
    // The same through the keyboard, measured from Playwright (includes the round trips of the polling).
    await insp.filter.fill('');
    await waitUntil(
      'filter cleared',
      () => insp.matchCount.textContent(),
      (t) => t === '',
    );
    const t0 = Date.now();
    // Frame Reference / Acquisition DateTime of frames 1000, 2000, 3000 and 4000.
    await insp.filter.fill('20240115102000.999000');
    await waitUntil(
      'matches',
      () => insp.matchCount.textContent(),
      (t) => t === '8 matches',
    );
    timings.filterTypedRoundTrip = Date.now() - t0;
    console.log(
      `    filter latency (input → match count painted): deep value ${ms(timings.filterDeepValue)} (first), ` +
        `${ms(timings.filterDeepValueAgain)} (again); tag (0020,9157) ${FRAMES} matches ${ms(timings.filterTag4000)}; ` +
        `text ${FRAMES} matches ${ms(timings.filterText4000)}; fill → count seen from Playwright ` +
        `${ms(timings.filterTypedRoundTrip)} (${await insp.matchCount.textContent()})`,
    );
  },
  { timeout: 180_000 },
);

test(
  'clearing the filter keeps the found row in view, in its place in the tree',
  async () => {
    if (skipReason) skip(skipReason);
    await timedFilter(DEEP_VALUE);
    const found = (await insp.rowsInView()).find((r) => r.value === DEEP_VALUE);
    await insp.row(found.id).locator('.col-name').click();
    await insp.filter.click();
    const t0 = Date.now();
    await wb.page.keyboard.press('Escape');
    await waitUntil(
      'filter cleared',
      () => insp.matchCount.textContent(),
      (t) => t === '',
    );
    timings.clearFilter = Date.now() - t0;
    const view = await waitUntil(
      'the found row in view',
      () => insp.rowsInView(),
      (r) => r.some((x) => x.id === found.id),
    );
    assert.ok(view.length > 10, 'the table is not full of rows');
    assert.equal((await insp.tableState()).activeRow, `row-${found.id}`);
    assert.equal(await insp.row(found.id).getAttribute('aria-selected'), 'true');
    await wb.screenshot('large-04-filter-cleared');
  },
  { timeout: 120_000 },
);
