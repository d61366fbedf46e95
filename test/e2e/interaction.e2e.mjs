// End-to-end: the inspector driven through VS Code's own UI and the keyboard alone.
// - the webview context menu: right-clicking a row shows VS Code's menu with Copy Tag / Copy Keyword / Copy Value
//   (contributed to webview/context, shown for rows through data-vscode-context), and each copies that row's field;
// - keyboard only: "/" to the filter, Escape back to the table, arrows to move, → / ← to expand and collapse,
//   End / Home, * / -, and the copy shortcuts;
// - the palette commands "DICOM: Expand All Elements" / "Collapse All Elements" act on the webview.
// The clipboard is the system one, read from the page (the browser context has clipboard permissions).
import * as assert from 'node:assert/strict';
import { after, before, onFailure, test, waitUntil } from './harness.mjs';
import { fixturePath, openInInspector } from './inspector.mjs';
import { startWorkbench } from './workbench.mjs';

const FILE = 'explicit-defined.dcm'; // test/fixtures/seq: nested sequences, defined lengths
const SENTINEL = 'e2e: nothing copied yet';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const MENU_LABELS = ['Copy Tag', 'Copy Keyword', 'Copy Value'];

let wb;
let insp;

const page = () => wb.page;
const menu = () => page().locator('.context-view .monaco-menu');
const menuItem = (label) =>
  menu().locator('.action-item:not(.disabled) .action-label', { hasText: new RegExp(`^${label}$`) });

async function setClipboard(text) {
  // eslint-disable-next-line no-undef -- evaluated in the page
  await page().evaluate((t) => navigator.clipboard.writeText(t), text);
}

async function clipboardChanged() {
  return waitUntil(
    'the clipboard to change',
    () => wb.readClipboard(),
    (t) => t !== SENTINEL,
    {
      timeout: 10_000,
    },
  );
}

/** Labels of the enabled items of the open context menu, in order. */
async function menuLabels() {
  await menu().first().waitFor({ state: 'visible', timeout: 10_000 });
  return menu()
    .locator('.action-item .action-label')
    .evaluateAll((els) => els.map((el) => (el.textContent ?? '').trim()).filter((t) => t !== ''));
}

/**
 * Right-clicks a row's name cell and returns the menu labels. VS Code's menu items only listen for clicks 100 ms
 * after they are rendered (so that the mouse-up of the right-click cannot pick one); a person never clicks faster.
 */
async function openMenuOn(row) {
  await row.locator('.col-name').click({ button: 'right' });
  const labels = await menuLabels();
  await sleep(300);
  return labels;
}

/** Closes a context menu left open (by a failed test), so that the next test starts clean. */
async function closeMenu() {
  if (await menu().first().isVisible()) {
    await page().keyboard.press('Escape');
    await menu().first().waitFor({ state: 'hidden', timeout: 5_000 });
  }
}

/** The element row of `tag` (the first one rendered) with its model fields read from the cells. */
async function elementRow(tag) {
  const row = insp.rowsByTag(tag).first();
  await row.waitFor({ timeout: 10_000 });
  return row;
}

before(async () => {
  const t0 = Date.now();
  wb = await startWorkbench({ files: [fixturePath(`seq/${FILE}`)] });
  console.log(`  workbench ready in ${Date.now() - t0} ms`);
  insp = await openInInspector(wb, FILE);
  await insp.waitForRows();
});

after(async () => {
  await wb?.teardown();
});

onFailure(async (name) => {
  await wb?.screenshot(`FAILED-interaction-${name}`);
  await closeMenu().catch(() => {});
});

test("right-clicking a row shows VS Code's context menu with Copy Tag, Copy Keyword and Copy Value", async () => {
  const row = await elementRow('(0008,0060)'); // Modality
  const labels = await openMenuOn(row);
  console.log(`    menu: ${JSON.stringify(labels)}`);
  assert.deepEqual(labels, MENU_LABELS, 'the menu should hold exactly the three copy commands');
  // The right-clicked row became the focused row.
  assert.equal(await row.getAttribute('aria-selected'), 'true');
  await wb.screenshot('interaction-01-context-menu');
  await page().keyboard.press('Escape');
  await menu().first().waitFor({ state: 'hidden', timeout: 5_000 });
});

test('the context menu copies the tag, keyword and value of the row', async () => {
  const row = await elementRow('(0008,0060)');
  const expected = {
    'Copy Tag': '(0008,0060)',
    'Copy Keyword': 'Modality',
    'Copy Value': (await row.locator('.col-value .cell-text').textContent()).trim(),
  };
  assert.equal(expected['Copy Value'], 'SR');
  for (const [label, text] of Object.entries(expected)) {
    await setClipboard(SENTINEL);
    await openMenuOn(row);
    await menuItem(label).click();
    assert.equal(await clipboardChanged(), text, `${label} on (0008,0060)`);
  }
});

test('the context menu on a nested row copies that row, not the focused one', async () => {
  await insp.frame.locator('button#expand-all').click();
  await waitUntil(
    'no collapsed row',
    () => insp.frame.locator('.row[data-row-id][aria-expanded="false"]').count(),
    (n) => n === 0,
  );
  // Focus another row first, by clicking it.
  const top = (await insp.rowsInView())[0];
  await insp.row(top.id).locator('.col-name').click();
  assert.equal(await insp.row(top.id).getAttribute('aria-selected'), 'true');
  // Code Meaning in Content Sequence > Item #1 > Concept Name Code Sequence > Item #1 (level 5).
  const row = await insp.wheelTo(
    page(),
    insp.rows().filter({
      has: insp.frame.locator('.col-value', { hasText: 'Language of Content Item and Descendants' }),
    }),
  );
  const deepId = Number(await row.getAttribute('data-row-id'));
  const deep = (await insp.renderedRows()).find((r) => r.id === deepId);
  assert.ok(deep.level >= 4, `expected a deeply nested row, got level ${deep.level}`);
  assert.equal(deep.tag, '(0008,0104)');
  await setClipboard(SENTINEL);
  await openMenuOn(row);
  await menuItem('Copy Tag').click();
  assert.equal(await clipboardChanged(), deep.tag);
  await setClipboard(SENTINEL);
  await openMenuOn(row);
  await menuItem('Copy Value').click();
  assert.equal(await clipboardChanged(), deep.value);
  console.log(`    level ${deep.level}: ${deep.tag} ${deep.name} = ${deep.value}`);
  await insp.frame.locator('button#collapse-all').click();
  await waitUntil(
    'no expanded row',
    () => insp.frame.locator('.row[data-row-id][aria-expanded="true"]').count(),
    (n) => n === 0,
  );
});

test('keyboard only: "/" focuses the filter, Escape returns to the table, arrows move the focused row', async () => {
  // Start from the workbench, then give the editor focus back with the keyboard.
  await wb.focusWorkbench();
  await page().keyboard.press('Control+1'); // View: Focus First Editor Group → the webview
  // VS Code hands the focus on to the webview's document asynchronously (a message to the iframe).
  await waitUntil('the webview document focused', () =>
    // eslint-disable-next-line no-undef -- evaluated in the webview
    insp.table.evaluate(() => document.hasFocus()),
  );
  await page().keyboard.press('/');
  await waitUntil(
    'the filter focused',
    () => insp.activeElement(),
    (a) => a?.id === 'filter',
  );
  await page().keyboard.press('Escape'); // empty filter: Escape leaves it for the table
  await waitUntil(
    'the table focused',
    () => insp.activeElement(),
    (a) => a?.role === 'treegrid',
  );
  await waitUntil(
    'a focused row',
    () => insp.tableState(),
    (s) => !!s.activeRow,
  );
  await page().keyboard.press('Home');
  const rows = await insp.renderedRows();
  await waitUntil(
    'the first row focused',
    () => insp.tableState(),
    (s) => s.activeRow === `row-${rows[0].id}`,
  );
  assert.equal(rows[0].tag, '(0002,0000)');

  for (let i = 0; i < 3; i++) await page().keyboard.press('ArrowDown');
  const third = await insp.tableState();
  assert.equal(third.activeRow, `row-${rows[3].id}`, 'three rows down');
  assert.equal(await insp.row(rows[3].id).getAttribute('aria-selected'), 'true');
  await page().keyboard.press('ArrowUp');
  assert.equal((await insp.tableState()).activeRow, `row-${rows[2].id}`);
  await wb.screenshot('interaction-02-keyboard-moved');
});

test('keyboard only: ArrowRight expands a sequence, again goes to its first child, ArrowLeft goes back and collapses', async () => {
  // Move down with ArrowDown until the focused row is a collapsed sequence with items.
  let target;
  for (let i = 0; i < 80 && !target; i++) {
    const { activeRow } = await insp.tableState();
    const id = Number(activeRow?.replace('row-', ''));
    const expanded = await insp.row(id).getAttribute('aria-expanded');
    if (expanded === 'false') target = id;
    else await page().keyboard.press('ArrowDown');
  }
  assert.ok(target !== undefined, 'no expandable row reached with ArrowDown');
  const row = insp.row(target);
  const level = Number(await row.getAttribute('aria-level'));
  const shown = await insp.count();

  await page().keyboard.press('ArrowRight');
  await waitUntil(
    'aria-expanded=true',
    () => row.getAttribute('aria-expanded'),
    (v) => v === 'true',
  );
  await waitUntil(
    'children shown',
    () => insp.count(),
    (n) => n > shown,
  );
  const after = await insp.renderedRows();
  const at = after.findIndex((r) => r.id === target);
  assert.equal(after[at + 1].level, level + 1, 'the row after the sequence is not its child');
  await wb.screenshot('interaction-03-keyboard-expanded');

  await page().keyboard.press('ArrowRight'); // to the first child
  assert.equal((await insp.tableState()).activeRow, `row-${after[at + 1].id}`);
  await page().keyboard.press('ArrowLeft'); // back to the parent
  assert.equal((await insp.tableState()).activeRow, `row-${target}`);
  await page().keyboard.press('ArrowLeft'); // collapses
  await waitUntil(
    'aria-expanded=false',
    () => row.getAttribute('aria-expanded'),
    (v) => v === 'false',
  );
  await waitUntil(
    'children hidden',
    () => insp.count(),
    (n) => n === shown,
  );
});

test('keyboard only: * expands all, End reaches the last row, Home the first, - collapses all', async () => {
  await page().keyboard.press('*');
  await waitUntil(
    'no collapsed row',
    () => insp.frame.locator('.row[data-row-id][aria-expanded="false"]').count(),
    (n) => n === 0,
  );
  const all = (await insp.tableState()).rowCount;
  await page().keyboard.press('End');
  const end = await waitUntil(
    'the last row focused',
    () => insp.tableState(),
    (s) => s.activeRow !== null,
  );
  const inView = await insp.rowsInView();
  assert.equal(
    end.activeRow,
    `row-${inView[inView.length - 1].id}`,
    'the focused last row is not the last in view',
  );
  assert.equal(inView[inView.length - 1].index, all + 1, 'the last row in view is not the last row');
  assert.ok(end.scrollTop > 0, 'End did not scroll');
  await page().keyboard.press('Home');
  await waitUntil(
    'scrolled to the top',
    () => insp.tableState(),
    (s) => s.scrollTop === 0,
  );
  assert.equal((await insp.rowsInView())[0].tag, '(0002,0000)');
  await page().keyboard.press('-');
  await waitUntil(
    'no expanded row',
    () => insp.frame.locator('.row[data-row-id][aria-expanded="true"]').count(),
    (n) => n === 0,
  );
  assert.ok((await insp.tableState()).rowCount < all);
});

test("keyboard only: Ctrl+Shift+C, Ctrl+Alt+C and Ctrl+C copy the focused row's tag, keyword and value", async () => {
  // Type a tag in the filter and go to the table with Enter: the match is focused.
  await page().keyboard.press('/');
  await page().keyboard.type('0010,0020');
  await page().keyboard.press('Enter');
  await waitUntil(
    'the table focused',
    () => insp.activeElement(),
    (a) => a?.role === 'treegrid',
  );
  const row = await elementRow('(0010,0020)'); // Patient ID
  assert.equal(await row.getAttribute('aria-selected'), 'true');
  const value = (await row.locator('.col-value .cell-text').textContent()).trim();
  for (const [keys, expected] of [
    ['Control+Shift+C', '(0010,0020)'],
    ['Control+Alt+C', 'PatientID'],
    ['Control+C', value],
  ]) {
    await setClipboard(SENTINEL);
    await page().keyboard.press(keys);
    assert.equal(await clipboardChanged(), expected, keys);
  }
  await page().keyboard.press('/');
  await page().keyboard.press('Escape'); // clears the filter
  await waitUntil(
    'the filter cleared',
    () => insp.filter.inputValue(),
    (v) => v === '',
  );
});

test('the palette commands Expand All Elements / Collapse All Elements act on the inspector', async () => {
  await wb.runCommand('DICOM: Expand All Elements');
  await waitUntil(
    'every sequence expanded',
    () => insp.frame.locator('.row[data-row-id][aria-expanded="false"]').count(),
    (n) => n === 0,
  );
  assert.ok((await insp.frame.locator('.row[data-row-id][aria-expanded="true"]').count()) > 0);
  await wb.screenshot('interaction-04-palette-expand-all');
  await wb.runCommand('DICOM: Collapse All Elements');
  await waitUntil(
    'every sequence collapsed',
    () => insp.frame.locator('.row[data-row-id][aria-expanded="true"]').count(),
    (n) => n === 0,
  );
});

test('raised no error or warning notifications', async () => {
  const problems = (await wb.notifications({ all: true })).filter((n) => n.severity !== 'info');
  assert.deepEqual(problems, []);
});
