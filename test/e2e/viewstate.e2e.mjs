// End-to-end: the inspector's view state survives its tab being hidden. The custom editor is registered with
// retainContextWhenHidden: false, so hiding the tab destroys the webview's document; when the tab is shown again the
// webview is re-created and must restore, from vscode.setState, the filter text, the expanded rows and the scroll
// position. Driven like a person would: twisty clicks, the mouse wheel, typing, clicking tabs.
/* global window */
import * as assert from 'node:assert/strict';
import { after, before, onFailure, test, waitUntil } from './harness.mjs';
import { fixturePath, Inspector, openInInspector } from './inspector.mjs';
import { startWorkbench } from './workbench.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const MAIN = 'enhanced-ct-50-frames.dcm';
const OTHER = 'explicit-le.dcm';
const PER_FRAME = '(5200,9230)'; // Per-Frame Functional Groups Sequence, 50 items
/** The webview saves its state 150 ms after a change; give it time before hiding the tab. */
const SAVE_SETTLE_MS = 600;

let wb;
let insp;

async function showTab(name) {
  await wb.page
    .locator('.tabs-container .tab', { has: wb.page.locator('.label-name', { hasText: name }) })
    .first()
    .click();
  await wb.waitForActiveTab(name);
  insp = new Inspector(await wb.webviewFrame());
  await insp.waitForRows(`rows of ${name}`, 1);
}

/** Marks the current webview document, to tell later whether it was re-created. */
async function markDocument() {
  await insp.table.evaluate(() => {
    window.__e2eMarker = 'before-hide';
  });
}

async function documentMarker() {
  return insp.table.evaluate(() => window.__e2eMarker ?? null);
}

/** Hides MAIN by showing OTHER, checks OTHER is what is shown, then shows MAIN again. */
async function hideAndShowAgain() {
  const firstTime = (await wb.page.locator('.tabs-container .tab', { hasText: OTHER }).count()) === 0;
  if (firstTime) await wb.openFileFromExplorer(OTHER);
  else await showTab(OTHER);
  insp = new Inspector(await wb.webviewFrame());
  await insp.waitForRows(`rows of ${OTHER}`);
  assert.equal((await insp.rowsByTag('(0002,0010)').count()) > 0, true, `${OTHER} is not what is shown`);
  await showTab(MAIN);
}

before(async () => {
  const t0 = Date.now();
  wb = await startWorkbench({
    files: [fixturePath(`enhanced/${MAIN}`), fixturePath(`ts/${OTHER}`)],
  });
  console.log(`  workbench ready in ${Date.now() - t0} ms`);
});

after(async () => {
  await wb?.teardown();
});

onFailure(async (name) => {
  await wb?.screenshot(`FAILED-viewstate-${name}`);
});

test('expanded rows and scroll position are restored after the tab was hidden', async () => {
  insp = await openInInspector(wb, MAIN);
  await insp.waitForRows();

  // Expand the per-frame functional groups, then its second item, with the twisties.
  const perFrame = await insp.wheelTo(wb.page, insp.rowsByTag(PER_FRAME));
  const perFrameId = Number(await perFrame.getAttribute('data-row-id'));
  await perFrame.locator('.twisty').click();
  await waitUntil(
    'per-frame sequence expanded',
    () => perFrame.getAttribute('aria-expanded'),
    (v) => v === 'true',
  );
  const item2 = insp
    .rows()
    .filter({ has: insp.frame.locator('.col-name', { hasText: /^Item #2$/ }) })
    .first();
  const item2Id = Number(await item2.getAttribute('data-row-id'));
  assert.ok(item2Id > perFrameId, 'Item #2 is not after its sequence');
  await item2.locator('.twisty').click();
  await waitUntil(
    'item #2 expanded',
    () => item2.getAttribute('aria-expanded'),
    (v) => v === 'true',
  );

  // Scroll with the mouse wheel to somewhere in the middle (not the end, where a clamped scroll would look
  // restored too).
  await insp.table.hover();
  await wb.page.mouse.wheel(0, -100_000);
  await waitUntil(
    'scrolled to the top',
    () => insp.tableState(),
    (s) => s.scrollTop === 0,
  );
  await wb.page.mouse.wheel(0, 1000);
  const before = await waitUntil(
    'the table scrolled',
    () => insp.tableState(),
    (s) => s.scrollTop > 300,
  );
  await sleep(SAVE_SETTLE_MS);
  const stateBefore = await insp.tableState();
  const maxScroll = stateBefore.scrollHeight - stateBefore.clientHeight;
  assert.ok(
    stateBefore.scrollTop < maxScroll - 50,
    `scrolled to the end (${stateBefore.scrollTop}/${maxScroll})`,
  );
  const viewBefore = await insp.rowsInView();
  const rowCountBefore = stateBefore.rowCount;
  assert.ok(viewBefore.length > 5, 'too few rows in view');
  await wb.screenshot('viewstate-01-expanded-scrolled');
  await markDocument();

  await hideAndShowAgain();

  assert.equal(await documentMarker(), null, 'the webview was not re-created (retainContextWhenHidden?)');
  const stateAfter = await waitUntil(
    'the scroll position restored',
    () => insp.tableState(),
    (s) => Math.abs(s.scrollTop - stateBefore.scrollTop) <= 1,
    { timeout: 10_000 },
  );
  // The visible row count only matches with the same rows expanded; the rows in view only with the same scroll.
  assert.equal(stateAfter.rowCount, rowCountBefore, 'a different number of visible rows');
  assert.deepEqual(await insp.rowsInView(), viewBefore, 'different rows in view');
  console.log(
    `    scrollTop ${before.scrollTop} (of ${maxScroll}) → ${stateAfter.scrollTop}, ${rowCountBefore} visible rows, ` +
      `first in view ${viewBefore[0].tag} ${viewBefore[0].name}`,
  );
  await wb.screenshot('viewstate-02-restored-expanded-scrolled');
  // Back up to the expanded rows themselves.
  await insp.table.hover();
  await wb.page.mouse.wheel(0, -100_000);
  await waitUntil(
    'scrolled to the top',
    () => insp.tableState(),
    (s) => s.scrollTop === 0,
  );
  await insp.wheelTo(wb.page, insp.row(perFrameId));
  assert.equal(await insp.row(perFrameId).getAttribute('aria-expanded'), 'true', 'sequence not expanded');
  await insp.wheelTo(wb.page, insp.row(item2Id));
  assert.equal(await insp.row(item2Id).getAttribute('aria-expanded'), 'true', 'item #2 not expanded');
  await sleep(SAVE_SETTLE_MS);
});

test('the filter text, its matches and the scroll position are restored after the tab was hidden', async () => {
  await insp.filter.click();
  await wb.page.keyboard.type('Frame Acquisition Number', { delay: 20 });
  await waitUntil(
    '50 matches',
    () => insp.matchCount.textContent(),
    (t) => /^50 matches$/.test(t ?? ''),
  );
  const matches = await insp
    .rows()
    .filter({ has: insp.frame.locator('.col-name', { hasText: 'Frame Acquisition Number' }) });
  assert.ok((await matches.count()) > 0, 'no matching row rendered');

  await insp.table.hover();
  await wb.page.mouse.wheel(0, 1200);
  await waitUntil(
    'the filtered table scrolled',
    () => insp.tableState(),
    (s) => s.scrollTop > 300,
  );
  await sleep(SAVE_SETTLE_MS);
  const stateBefore = await insp.tableState();
  const maxScroll = stateBefore.scrollHeight - stateBefore.clientHeight;
  assert.ok(
    stateBefore.scrollTop < maxScroll - 50,
    `scrolled to the end (${stateBefore.scrollTop}/${maxScroll})`,
  );
  const viewBefore = await insp.rowsInView();
  assert.ok(
    viewBefore.some((r) => r.name === 'Frame Acquisition Number'),
    'no match in view',
  );
  await wb.screenshot('viewstate-03-filtered-scrolled');
  await markDocument();

  await hideAndShowAgain();

  assert.equal(await documentMarker(), null, 'the webview was not re-created');
  assert.equal(await insp.filter.inputValue(), 'Frame Acquisition Number');
  await waitUntil(
    'the match count restored',
    () => insp.matchCount.textContent(),
    (t) => t === '50 matches',
  );
  const stateAfter = await waitUntil(
    'the scroll position restored',
    () => insp.tableState(),
    (s) => Math.abs(s.scrollTop - stateBefore.scrollTop) <= 1,
    { timeout: 10_000 },
  );
  assert.equal(stateAfter.rowCount, stateBefore.rowCount);
  assert.deepEqual(await insp.rowsInView(), viewBefore, 'different rows in view');
  await wb.screenshot('viewstate-04-restored-filtered');
});

test('clearing the restored filter shows the expansion made before it', async () => {
  await insp.filter.click();
  await wb.page.keyboard.press('Escape'); // clears the filter
  await waitUntil(
    'the filter cleared',
    () => insp.matchCount.textContent(),
    (t) => t === '',
  );
  assert.equal(await insp.filter.inputValue(), '');
  await insp.table.evaluate((t) => (t.scrollTop = 0));
  const perFrame = await insp.wheelTo(wb.page, insp.rowsByTag(PER_FRAME));
  assert.equal(await perFrame.getAttribute('aria-expanded'), 'true', 'per-frame sequence no longer expanded');
  const item2 = await insp.wheelTo(
    wb.page,
    insp.rows().filter({ has: insp.frame.locator('.col-name', { hasText: /^Item #2$/ }) }),
  );
  assert.equal(await item2.getAttribute('aria-expanded'), 'true', 'item #2 no longer expanded');
  await wb.screenshot('viewstate-05-filter-cleared');
});
