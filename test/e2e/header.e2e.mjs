// End-to-end: the header inspector in a real VS Code (code-server), driven like a person would through the
// explorer, the command palette and the webview. Run by test/e2e/run.mjs; screenshots go to
// test-results/screenshots/. Written against the webview's DOM contract (summary strip, filter, treegrid rows).
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, onFailure, test, waitUntil } from './harness.mjs';
import { repoRoot, startWorkbench } from './workbench.mjs';

const FIXTURES = process.env.E2E_FIXTURES || join(repoRoot, 'test', 'fixtures');

/** The first fixture (relative to test/fixtures) that exists among `candidates`, or the first file in `dirs`. */
function pickFixture(what, candidates, dirs = []) {
  for (const c of candidates) if (existsSync(join(FIXTURES, c))) return c;
  for (const d of dirs) {
    if (!existsSync(join(FIXTURES, d))) continue;
    const files = readdirSync(join(FIXTURES, d), { withFileTypes: true }).filter((e) => e.isFile());
    if (files.length) return `${d}/${files[0].name}`;
  }
  throw new Error(`no fixture for ${what} (looked for ${[...candidates, ...dirs].join(', ')})`);
}

const fixtures = {
  main: pickFixture('an explicit VR little endian file', ['ts/explicit-le.dcm']),
  noext: pickFixture('an extensionless DICOM file', ['noext/CT_NOEXT']),
  damaged: pickFixture(
    'a damaged file',
    process.env.E2E_DAMAGED
      ? [process.env.E2E_DAMAGED]
      : ['damaged/truncated-mid-dataset.dcm', 'damaged/truncated-in-sequence.dcm'],
    ['damaged'],
  ),
  sequence: pickFixture(
    'a file with sequences',
    ['seq/explicit-defined.dcm', 'seq/explicit-undefined.dcm'],
    ['seq'],
  ),
};
const base = (p) => p.split('/').pop();
// A flat workspace of the chosen files: the explorer shows them all without scrolling or expanding folders.
const names = {
  main: base(fixtures.main),
  noext: base(fixtures.noext),
  damaged: `damaged-${base(fixtures.damaged)}`,
  sequence: fixtures.sequence === fixtures.main ? base(fixtures.main) : `seq-${base(fixtures.sequence)}`,
};

let wb;
let frame;
const rows = () => frame.locator('[role="row"][data-row-id]');
const rowByTag = (tag) =>
  rows().filter({ has: frame.locator('.col-tag', { hasText: new RegExp(tag.replace(/[()]/g, ''), 'i') }) });
const text = async (locator) => ((await locator.first().textContent({ timeout: 10_000 })) ?? '').trim();
const count = () => rows().count();

/** Opens a file from the explorer and waits for the inspector's rows (or an error) in its webview. */
async function openInInspector(name, { expectRows = true } = {}) {
  await wb.openFileFromExplorer(name);
  frame = await wb.webviewFrame();
  if (expectRows) await waitUntil(`header rows of ${name}`, count, (n) => n > 3, { timeout: 30_000 });
  return frame;
}

before(async () => {
  const t0 = Date.now();
  const files = [
    { from: join(FIXTURES, fixtures.main), to: names.main },
    { from: join(FIXTURES, fixtures.noext), to: names.noext },
    { from: join(FIXTURES, fixtures.damaged), to: names.damaged },
  ];
  if (names.sequence !== names.main)
    files.push({ from: join(FIXTURES, fixtures.sequence), to: names.sequence });
  wb = await startWorkbench({ files });
  console.log(`  workbench ready in ${Date.now() - t0} ms (server ${wb.timings.serverMs} ms)`);
});

after(async () => {
  await wb?.teardown();
});

onFailure(async (name) => {
  await wb?.screenshot(`FAILED-header-${name}`);
});

test('opens a .dcm from the explorer in the DICOM Inspector', async () => {
  await openInInspector(names.main);
  assert.equal(await wb.activeTabLabel(), names.main);
  await frame.locator('[role="treegrid"]').first().waitFor();
  await wb.screenshot('header-01-opened');
});

test('shows header rows with tag, name, VR, VM, length and value', async () => {
  const ts = rowByTag('(0002,0010)');
  await ts.first().waitFor({ timeout: 10_000 });
  assert.match(await text(ts.locator('.col-name')), /Transfer Syntax/i);
  assert.equal(await text(ts.locator('.col-vr')), 'UI');
  assert.match(await text(ts.locator('.col-value')), /1\.2\.840\.10008\.1\.2\.1(?![.\d])/);
  assert.match(await text(ts.locator('.col-vm')), /^1$/);
  assert.match(await text(ts.locator('.col-length')), /\d/);
  assert.equal(await ts.first().getAttribute('aria-level'), '1');
  // Every rendered row has a tag (or an item / delimiter label) and a level.
  const all = await rows().evaluateAll((els) =>
    els.map((el) => ({
      level: el.getAttribute('aria-level'),
      tag: el.querySelector('.col-tag')?.textContent,
    })),
  );
  assert.ok(all.length > 3);
  for (const r of all) {
    assert.match(r.level ?? '', /^\d+$/);
    assert.ok((r.tag ?? '').trim().length > 0, 'a row without a tag cell');
  }
});

test('summary strip shows patient, modality and transfer syntax', async () => {
  const summary = frame.locator('section.summary');
  await summary.waitFor({ timeout: 10_000 });
  assert.match(await text(summary.locator('[data-field="transferSyntax"]')), /Explicit VR Little Endian/i);
  assert.ok(await summary.locator('[data-field="patient"]').count(), 'no patient field');
  const modalityRow = rowByTag('(0008,0060)');
  if (await modalityRow.count()) {
    const modality = await text(modalityRow.locator('.col-value'));
    assert.ok(modality, 'empty Modality value');
    assert.ok((await text(summary.locator('[data-field="modality"]'))).includes(modality));
  }
});

test('filter narrows the rows and clearing it restores them', async () => {
  const filter = frame.locator('input#filter');
  const initial = await count();
  await filter.fill('0002,0010');
  await waitUntil('only the Transfer Syntax UID row', count, (n) => n === 1);
  assert.match(await text(rows().locator('.col-tag')), /0002,0010/);
  await wb.screenshot('header-02-filter-tag');

  await filter.fill('transfer syntax');
  await waitUntil('rows matching "transfer syntax"', count, (n) => n >= 1 && n < initial);
  assert.equal(await rowByTag('(0010,0010)').count(), 0, "Patient's Name still shown");
  await wb.screenshot('header-03-filter-text');

  await filter.fill('');
  await waitUntil('all rows back', count, (n) => n === initial);
});

test('expands a sequence with its twisty, ArrowRight and Expand All', async () => {
  if (names.sequence !== names.main) await openInInspector(names.sequence);
  await frame.locator('button#collapse-all').click();
  const expanded = () => frame.locator('[role="row"][data-row-id][aria-expanded="true"]');
  const collapsed = () => frame.locator('[role="row"][data-row-id][aria-expanded="false"]');
  await waitUntil(
    'no expanded row',
    () => expanded().count(),
    (n) => n === 0,
  );
  // Pick a top-level sequence that has items (an empty one has nothing to expand): expand everything, take the
  // first level-1 row that is followed by a deeper row, collapse everything again.
  await frame.locator('button#expand-all').click();
  await waitUntil(
    'an expanded row',
    () => expanded().count(),
    (n) => n > 0,
  );
  const id = await rows().evaluateAll((unordered) => {
    // Row elements are recycled by the virtual table: order them by their position.
    const els = unordered.sort(
      (a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')),
    );
    for (let i = 0; i + 1 < els.length; i++) {
      const here = els[i];
      if (here.getAttribute('aria-level') !== '1' || here.getAttribute('aria-expanded') !== 'true') continue;
      if (Number(els[i + 1].getAttribute('aria-level')) > 1) return here.getAttribute('data-row-id');
    }
    return null;
  });
  assert.ok(id, `no top-level sequence with items in ${names.sequence}`);
  const level = 1;
  await frame.locator('button#collapse-all').click();
  await waitUntil(
    'no expanded row again',
    () => expanded().count(),
    (n) => n === 0,
  );
  const row = frame.locator(`[role="row"][data-row-id="${id}"]`);
  const shown = await count();
  const childLevel = () => frame.locator(`[role="row"][data-row-id][aria-level="${level + 1}"]`).count();

  await row.locator('.twisty').click();
  await waitUntil(
    'the sequence expanded',
    () => row.getAttribute('aria-expanded'),
    (v) => v === 'true',
  );
  await waitUntil('its items shown', count, (n) => n > shown);
  assert.ok((await childLevel()) > 0, `no row at level ${level + 1}`);
  await wb.screenshot('header-04-sequence-expanded');

  await row.locator('.twisty').click();
  await waitUntil(
    'the sequence collapsed',
    () => row.getAttribute('aria-expanded'),
    (v) => v === 'false',
  );
  await waitUntil('its items hidden', count, (n) => n === shown);

  await row.locator('.col-name').click();
  await frame.locator('[role="treegrid"]').first().press('ArrowRight');
  await waitUntil(
    'ArrowRight expanded it',
    () => row.getAttribute('aria-expanded'),
    (v) => v === 'true',
  );

  await frame.locator('button#expand-all').click();
  await waitUntil(
    'no collapsed row',
    () => collapsed().count(),
    (n) => n === 0,
  );
  await wb.screenshot('header-05-expand-all');
  await frame.locator('button#collapse-all').click();
  await waitUntil('collapsed again', count, (n) => n <= shown);
});

test('opens an extensionless file with F1 → "DICOM: Open in DICOM Inspector"', async () => {
  await wb.openFileFromExplorer(names.noext); // no DICOM extension: VS Code opens it as a (binary) text file
  await wb.runCommand('DICOM: Open in DICOM Inspector');
  await wb.waitForActiveTab(names.noext);
  frame = await wb.webviewFrame();
  await waitUntil(`header rows of ${names.noext}`, count, (n) => n > 3, { timeout: 30_000 });
  assert.ok(await rowByTag('(0002,0010)').count(), 'no Transfer Syntax UID row');
  await wb.screenshot('header-06-extensionless');
});

test('shows the errors of a damaged file', async () => {
  await openInInspector(names.damaged, { expectRows: false });
  const problem = frame.locator('.errors:not([hidden]), .load-failed:not([hidden])');
  await problem.first().waitFor({ state: 'visible', timeout: 30_000 });
  const message = await text(problem);
  assert.ok(message.length > 0, 'empty error message');
  console.log(`    ${names.damaged}: ${message.replace(/\s+/g, ' ').slice(0, 160)}`);
  await wb.screenshot('header-07-damaged');
});

test('raised no error or warning notifications', async () => {
  // e.g. "There are multiple default editors available for the resource." when two selectors of the custom
  // editor match one file (VS Code matches filenamePattern case-insensitively: *.dcm covers *.DCM).
  const problems = (await wb.notifications({ all: true })).filter((n) => n.severity !== 'info');
  assert.deepEqual(problems, []);
});
