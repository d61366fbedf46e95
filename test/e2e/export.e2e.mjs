// End-to-end: getting things out of a DICOM file in the real workbench (code-server), as a person would. The header
// dump document (editor title button, its exact text through the clipboard, folding), the diff of two files from
// the explorer's selection and context menu, Ctrl+click on a tag (and the palette's Reveal in Inspector) landing
// on the row in the inspector, the current frame exported as PNG after a window/level drag (the file compared with
// the canvas pixel for pixel), and a folder exported from the explorer (progress, summary, files). The expected
// dump comes from the product's own sources (register-ts), the same as `dicom-inspect dump`.
// Screenshots go to test-results/screenshots/export-*.png.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { after, before, onFailure, skip, test, waitUntil } from './harness.mjs';
import { fixturePath, Inspector, openInInspector } from './inspector.mjs';
import { repoRoot, startWorkbench } from './workbench.mjs';

const require = createRequire(import.meta.url);
require(join(repoRoot, 'scripts', 'register-ts.js'));
const { headerText } = require(join(repoRoot, 'src', 'extension', 'headerText.ts'));
const { dumpElementLines } = require(join(repoRoot, 'src', 'extension', 'dumpStructure.ts'));
const { decode: decodePng } = require('fast-png');

const LEFT = 'seq-a.dcm'; // test/fixtures/seq/explicit-defined.dcm
const RIGHT = 'seq-b.dcm'; // test/fixtures/seq/explicit-undefined.dcm (the same elements, undefined lengths)
const CT = 'ct-head-phantom.dcm'; // 128 × 128 CT (samples/)
const OVERLAY = 'overlay.dcm'; // 32 × 32 grey with two overlay planes (test/fixtures/render)
const BATCH = 'batch'; // a folder: three images, a text file, a file with no image
const BATCH_IMAGES = ['ct.dcm', 'sub/mr-like.dcm', 'sub/rgb.dcm'];

let wb;
const paths = {};

/** The title of one of the extension's commands as the palette shows it ("DICOM: …"), or undefined. */
function commandTitle(id) {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const nls = JSON.parse(readFileSync(join(repoRoot, 'package.nls.json'), 'utf8'));
  const command = manifest.contributes?.commands?.find((c) => c.command === id);
  if (!command) return undefined;
  const title = command.title.replace(/^%(.+)%$/, (_, key) => nls[key] ?? key);
  return { title, full: command.category ? `${command.category}: ${title}` : title };
}

/** The editor's whole text, as the user would copy it (Ctrl+A, Ctrl+C in the focused editor). */
async function editorText() {
  await wb.page.keyboard.press('Control+A');
  await wb.page.keyboard.press('Control+C');
  const text = await wb.readClipboard();
  await wb.page.keyboard.press('Control+Home');
  return text;
}

/** Moves the cursor of the focused text editor to a 1-based line (Go to Line). */
async function goToLine(line) {
  await wb.page.keyboard.press('Control+G');
  const input = wb.page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  // The palette opens with ':' for Go to Line; typing replaces it, so it is typed again.
  await input.fill(`:${line}`);
  await wb.page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' }).catch(() => {});
  await waitUntil(
    `the cursor on line ${line}`,
    () => wb.page.locator('.part.statusbar').textContent(),
    (text) => new RegExp(`Ln ${line}, Col`).test(text ?? ''),
    { timeout: 5_000 },
  );
}

/** The focused text editor (the active group's). */
const activeEditor = () => wb.page.locator('.editor-group-container.active .monaco-editor').first();

/**
 * Puts the keyboard focus in the active text editor: a click in its text, or, while something still covers it
 * (a hover, a layout in progress), the workbench command that focuses the active editor group.
 */
async function focusTextEditor() {
  const clicked = await activeEditor()
    .locator('.view-lines')
    .click({ position: { x: 300, y: 60 }, timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!clicked) await wb.runCommand('View: Focus Active Editor Group');
}

const canvasPixels = (insp) =>
  insp.frame
    .locator('#image-canvas')
    .evaluate((c) => Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data));

/** RGBA of a decoded PNG (fast-png: any channel count, 8 or 16 bits). */
function pngRgba(png) {
  const { width, height, channels, data, depth } = png;
  const scale = depth === 16 ? 257 : 1;
  const out = new Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const at = (c) => Math.round(data[p * channels + c] / scale);
    const [r, g, b] = channels >= 3 ? [at(0), at(1), at(2)] : [at(0), at(0), at(0)];
    const a = channels === 4 ? at(3) : channels === 2 ? at(1) : 255;
    out.splice(p * 4, 4, r, g, b, a);
  }
  return out;
}

/**
 * Answers a save or open dialog: code-server's simple file dialog is a quick input holding a path; the path is typed
 * over it and accepted.
 */
async function answerFileDialog(target, { suggestsName = true } = {}) {
  const input = wb.page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  // The same quick-input widget shows the command palette ('>…') just before the file dialog: wait for a path,
  // or the target would be typed into the palette as it closes. The dialog fills in the folder first, then (a save
  // dialog) the suggested name.
  await waitUntil(
    'the file dialog (a path in the quick input)',
    () => input.inputValue().catch(() => ''),
    (value) => value.startsWith('/'),
    { timeout: 15_000 },
  );
  const suggested = await waitUntil(
    'the path in the file dialog',
    () => input.inputValue(),
    (value) => !!value && (!suggestsName || !value.endsWith('/')),
    { timeout: 5_000 },
  ).catch(() => input.inputValue());
  await input.fill(target);
  // The dialog checks the typed path asynchronously; accepting at once can be ignored, so accept with its OK
  // button after a moment, and again while it stays open. The targets here are new files (no "replace?").
  const ok = wb.page.locator('.quick-input-widget .monaco-button', { hasText: /^OK$/ }).first();
  for (let attempt = 0; attempt < 5 && (await input.isVisible()); attempt++) {
    await new Promise((r) => setTimeout(r, 400));
    if (await ok.isVisible().catch(() => false)) await ok.click().catch(() => {});
    else await wb.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 3_000 }).catch(() => {});
  }
  return suggested;
}

/**
 * Runs the Export Frame command (`command` from commandTitle) and saves to `target` (a PNG in the workspace):
 * picks PNG if a format quick pick comes first, answers the save dialog, and waits for the file. Resolves with
 * the name the dialog suggested.
 */
async function exportFrameAsPng(command, target) {
  mkdirSync(dirname(target), { recursive: true });
  await wb.runCommand(command.full);
  const pick = wb.page.locator('.quick-input-list .monaco-list-row', { hasText: /^PNG|PNG \(/ }).first();
  if (await pick.isVisible({ timeout: 3_000 }).catch(() => false)) await pick.click();
  const suggested = await answerFileDialog(target);
  await waitUntil(
    'the PNG written',
    () => existsSync(target) && statSync(target).size > 0,
    (v) => v,
    { timeout: 30_000 },
  );
  return suggested;
}

/**
 * Picks an item of the open context menu. A click that lands while the menu is still settling is sometimes
 * ignored (the item only highlights), so Enter on the highlighted item follows if the menu stays open.
 */
async function pickMenuItem(item) {
  await item.hover();
  await item.click();
  const menu = wb.page.locator('.context-view .monaco-menu').first();
  const closed = await menu
    .waitFor({ state: 'hidden', timeout: 2_000 })
    .then(() => true)
    .catch(() => false);
  if (!closed) await wb.page.keyboard.press('Enter');
}

before(async () => {
  const t0 = Date.now();
  const files = [
    { from: fixturePath('seq/explicit-defined.dcm'), to: LEFT },
    { from: fixturePath('seq/explicit-undefined.dcm'), to: RIGHT },
    { from: join(repoRoot, 'samples', CT), to: CT },
    { from: fixturePath('render/overlay.dcm'), to: OVERLAY },
    { from: join(repoRoot, 'samples', CT), to: `${BATCH}/ct.dcm` },
    { from: fixturePath('ts/mono12-explicit-le.dcm'), to: `${BATCH}/sub/mr-like.dcm` },
    { from: fixturePath('ts/rgb-explicit-le.dcm'), to: `${BATCH}/sub/rgb.dcm` },
    { from: fixturePath('damaged/not-dicom.txt'), to: `${BATCH}/notes.txt` },
    { from: fixturePath('seq/implicit-defined.dcm'), to: `${BATCH}/no-image.dcm` },
  ];
  wb = await startWorkbench({ files });
  for (const name of [LEFT, RIGHT, CT, BATCH]) paths[name] = join(wb.workspace, name);
  console.log(`  workbench ready in ${Date.now() - t0} ms`);
});

after(async () => {
  await wb?.teardown();
});

onFailure(async (name) => {
  await wb?.screenshot(`FAILED-export-${name}`);
  // A menu or quick input left open would block the next test's clicks.
  await wb?.page.keyboard.press('Escape').catch(() => {});
});

let left;
const expectedDump = () => headerText(new Uint8Array(readFileSync(paths[LEFT])), 'dump');

test(
  'the editor title button opens the header dump beside: the CLI dump text, read-only, folding',
  async () => {
    left = await openInInspector(wb, LEFT);
    await left.waitForRows();
    const openDump = wb.page
      .locator('.editor-group-container.active .editor-actions [aria-label="Open Header Dump"]')
      .first();
    await openDump.click();
    await wb.waitForActiveTab(`${LEFT}.dump`);
    assert.equal(
      await wb.page.locator('.editor-group-container').count(),
      2,
      'the dump did not open beside the inspector',
    );
    await focusTextEditor();

    const expected = expectedDump();
    assert.equal(await editorText(), expected, 'the dump text is not the CLI dump');
    // Read-only: typing changes nothing.
    await wb.page.keyboard.type('x');
    assert.equal(await editorText(), expected);
    await wb.screenshot('export-01-dump-beside-inspector');

    // Fold the top-level Content Sequence: its 50-odd nested lines disappear from the view.
    const lines = expected.split('\n');
    const sequenceLine = lines.findIndex((l) => /^ *\d+ {2}\(0040,A730\) SQ/.test(l)) + 1;
    const firstNested = lines[sequenceLine]; // the line after it (1-based sequenceLine + 1)
    await goToLine(sequenceLine);
    const view = activeEditor().locator('.view-lines');
    // Monaco renders runs of spaces as no-break spaces.
    const nestedShown = () =>
      view.evaluate((v, t) => v.textContent.replace(/\u00a0/g, ' ').includes(t.trim()), firstNested);
    assert.ok(await nestedShown(), 'the nested line is not in view before folding');
    await wb.page.keyboard.press('Control+Shift+BracketLeft');
    await waitUntil('the sequence folded', nestedShown, (shown) => !shown);
    assert.ok(
      (await activeEditor().locator('.margin .codicon-folding-collapsed').count()) > 0,
      'no folded marker in the gutter',
    );
    await wb.screenshot('export-02-dump-folded');
    await wb.page.keyboard.press('Control+Shift+BracketRight');
    await waitUntil('the sequence unfolded', nestedShown);
  },
  { timeout: 120_000 },
);

test('Ctrl+click on a tag in the dump reveals its row in the inspector; so does the palette command', async () => {
  // Ctrl+click the link on the Accession Number tag.
  await wb.waitForActiveTab(`${LEFT}.dump`);
  const expected = expectedDump();
  const elements = dumpElementLines(expected);
  const lines = expected.split('\n');
  const accession = elements.find((e) => e.tag === '(0008,0050)');
  await focusTextEditor();
  await goToLine(accession.line + 1);
  const link = activeEditor()
    .locator('.view-line', { hasText: 'Accession Number' })
    .locator('.detected-link', { hasText: '(0008,0050)' })
    .first();
  await link.waitFor({ timeout: 15_000 });
  await link.click({ modifiers: ['Control'] });
  await wb.waitForActiveTab(LEFT);
  const frame = await wb.webviewFrame();
  left = new Inspector(frame);
  const selected = async () => (await left.renderedRows()).find((r) => r.selected);
  let row = await waitUntil('the Accession Number row selected', selected, (r) => r?.tag === '(0008,0050)');
  assert.equal(row.id, accession.row);
  assert.ok(
    (await left.rowsInView()).some((r) => r.id === accession.row),
    'the revealed row is not in view',
  );
  await wb.screenshot('export-03-reveal-accession');

  // A nested element, with the table collapsed and filtered to other rows first: from the palette, on the line
  // under the cursor. The filter is cleared and the ancestors expanded.
  await wb.runCommand('DICOM: Collapse All');
  await waitUntil(
    'the table collapsed',
    () => left.expandedIds(),
    (ids) => ids.length === 0,
  );
  await left.filter.fill('Patient');
  await waitUntil(
    'the filter applied',
    () => left.matchCount.textContent(),
    (t) => /match/.test(t ?? ''),
  );
  // The third Relationship Type is inside the nested Content Sequence: depth 4, under two sequences and items.
  const nested = elements.filter((e) => e.tag === '(0040,A010)')[2];
  assert.ok(/^ *\d+ {10}\(0040,A010\)/.test(lines[nested.line]), 'not a depth-4 element');
  await wb.page
    .locator('.tabs-container .tab', { has: wb.page.locator('.label-name', { hasText: `${LEFT}.dump` }) })
    .first()
    .click();
  await wb.waitForActiveTab(`${LEFT}.dump`);
  await focusTextEditor();
  await goToLine(nested.line + 1);
  await wb.runCommand('DICOM: Reveal in Inspector');
  await wb.waitForActiveTab(LEFT);
  row = await waitUntil('the nested row selected', selected, (r) => r?.id === nested.row);
  assert.equal(row.tag, '(0040,A010)');
  assert.equal(row.level, 5, 'aria-level of a depth-4 element');
  assert.equal(await left.filter.inputValue(), '', 'the filter hiding the row was not cleared');
  assert.ok(
    (await left.rowsInView()).some((r) => r.id === nested.row),
    'the nested row is not in view',
  );
  await wb.screenshot('export-04-reveal-nested');
});

test('Compare Selected in the explorer opens the diff editor on the two dumps, with the changed lines', async () => {
  await wb.closeAllEditors();
  await wb.showExplorer();
  await wb.explorerRow(LEFT).first().click();
  await wb
    .explorerRow(RIGHT)
    .first()
    .click({ modifiers: ['Control'] });
  await wb.explorerRow(RIGHT).first().click({ button: 'right' });
  const item = wb.page.getByRole('menuitem', { name: commandTitle('dicomInspector.compareSelected').title });
  await item.waitFor({ timeout: 10_000 });
  await wb.screenshot('export-05-explorer-context-menu');
  await pickMenuItem(item);
  const diff = wb.page.locator('.monaco-diff-editor').first();
  await diff.waitFor({ timeout: 30_000 });
  await waitUntil(
    'the diff tab title',
    () => wb.activeTabLabel(),
    (t) => t?.includes('↔'),
  );
  // The diff has changed lines: the right file writes undefined lengths ("undef") where the left has numbers.
  await waitUntil(
    'changed lines in the diff',
    () => diff.locator('.line-insert, .char-insert, .gutter-insert').count(),
    (n) => n > 0,
  );
  // Monaco renders spaces as no-break spaces.
  const shownText = async (side) =>
    ((await diff.locator(`.editor.${side} .view-lines`).textContent()) ?? '').replace(/\u00a0/g, ' ');
  const modified = await shownText('modified');
  const original = await shownText('original');
  assert.match(modified, /undef/, 'no undefined length on the right');
  assert.match(original, /Content Sequence/);
  await wb.screenshot('export-06-compare-diff');
});

test('Compare with… from the palette asks for the other file and opens the diff', async () => {
  await wb.closeAllEditors();
  await openInInspector(wb, LEFT);
  await wb.runCommand(commandTitle('dicomInspector.compareWith').full);
  await answerFileDialog(paths[RIGHT], { suggestsName: false });
  const diff = wb.page.locator('.monaco-diff-editor').first();
  await diff.waitFor({ timeout: 30_000 });
  await waitUntil(
    'the diff tab title',
    () => wb.activeTabLabel(),
    (t) => t?.includes(`${LEFT} ↔ ${RIGHT}`),
  );
  await waitUntil(
    'the two dumps drawn in the diff, with changes',
    () => diff.locator('.line-insert, .char-insert, .gutter-insert').count(),
    (n) => n > 0,
  );
  await wb.screenshot('export-07-compare-palette');
});

test(
  'Export Frame after a window/level drag writes a PNG equal to the canvas',
  async () => {
    const command = commandTitle('dicomInspector.exportFrame');
    if (!command) skip('dicomInspector.exportFrame is not contributed yet');
    await wb.closeAllEditors();
    const ct = await openInInspector(wb, CT);
    await ct.waitForImage(128, 'the CT drawn');
    const before = await canvasPixels(ct);
    const box = await ct.frame.locator('#image-viewport').boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await wb.page.mouse.move(x, y);
    await wb.page.mouse.down();
    await wb.page.mouse.move(x + box.width / 5, y - box.height / 10, { steps: 8 });
    await wb.page.mouse.up();
    const window = await waitUntil(
      'a changed window',
      async () => ({
        center: Number(await ct.frame.locator('#window-center').inputValue()),
        width: Number(await ct.frame.locator('#window-width').inputValue()),
      }),
      (w) => w.width !== 400 || w.center !== 40,
    );
    await ct.waitForImage(128, 'the CT redrawn', 15_000);
    const shown = await waitUntil(
      'new canvas pixels',
      () => canvasPixels(ct),
      (p) => p.some((v, i) => v !== before[i]),
    );
    console.log(`    window C ${window.center} W ${window.width}`);

    const target = join(wb.workspace, 'exported', 'ct-frame.png');
    const suggested = await exportFrameAsPng(command, target);
    console.log(`    the save dialog suggested ${suggested}`);
    assert.match(suggested, /ct-head-phantom/, 'the suggested name is not made from the file name');
    await wb.screenshot('export-08-frame-exported');
    const png = decodePng(readFileSync(target));
    assert.deepEqual([png.width, png.height], [128, 128], 'not the native resolution');
    const written = pngRgba(png);
    let differing = 0;
    for (let i = 0; i < written.length; i++) if (written[i] !== shown[i]) differing++;
    assert.equal(differing, 0, `${differing} channel values differ between the PNG and the canvas`);
  },
  { timeout: 120_000 },
);

test(
  'Export Frame burns in the overlay planes the viewer shows, and leaves them out once G hides them',
  async () => {
    const command = commandTitle('dicomInspector.exportFrame');
    if (!command) skip('dicomInspector.exportFrame is not contributed yet');
    await wb.closeAllEditors();
    const insp = await openInInspector(wb, OVERLAY);
    const overlayAlpha = () =>
      insp.frame.locator('#overlay-canvas').evaluate((c) => {
        const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        return Array.from({ length: data.length / 4 }, (_, i) => data[i * 4 + 3]);
      });
    const alpha = await waitUntil('the overlays drawn', overlayAlpha, (a) => a.some((v) => v > 0), {
      timeout: 30_000,
    });
    const image = await canvasPixels(insp);
    const colour = await insp.frame
      .locator('#overlay-canvas')
      .evaluate((c) => c.ownerDocument.defaultView.getComputedStyle(c).color);
    const rgb = colour.match(/\d+/g).slice(0, 3).map(Number);
    console.log(`    the viewer draws overlays in ${colour}`);
    const exportTo = async (name) => {
      const target = join(wb.workspace, 'exported', name);
      await exportFrameAsPng(command, target);
      return pngRgba(decodePng(readFileSync(target)));
    };
    // Shown: the overlay pixels in the viewer's overlay colour (the theme's), the rest the image canvas.
    const shown = await exportTo('overlay-shown.png');
    let differing = 0;
    for (let p = 0; p < alpha.length; p++) {
      const expected = alpha[p] > 0 ? [...rgb, 255] : image.slice(p * 4, p * 4 + 4);
      for (let c = 0; c < 4; c++) if (shown[p * 4 + c] !== expected[c]) differing++;
    }
    assert.equal(differing, 0, `${differing} channel values differ from the image with its overlays`);
    // Hidden with G: the image canvas alone.
    await insp.frame.locator('#image-viewport').focus();
    await wb.page.keyboard.press('g');
    await waitUntil('the overlays hidden', overlayAlpha, (a) => a.every((v) => v === 0));
    await new Promise((r) => setTimeout(r, 500)); // the webview reports its view 100 ms after a change
    const hidden = await exportTo('overlay-hidden.png');
    differing = hidden.filter((v, i) => v !== image[i]).length;
    assert.equal(differing, 0, `${differing} channel values differ from the image canvas`);
  },
  { timeout: 120_000 },
);

test(
  'Export Folder from the explorer shows progress, a summary, and writes the images',
  async () => {
    const command = commandTitle('dicomInspector.exportFolder');
    if (!command) skip('dicomInspector.exportFolder is not contributed yet');
    await wb.closeAllEditors();
    await wb.showExplorer();
    await wb.explorerRow(BATCH).first().click({ button: 'right' });
    const item = wb.page.getByRole('menuitem', { name: command.title });
    await item.waitFor({ timeout: 10_000 });
    await pickMenuItem(item);
    const out = join(wb.workspace, 'batch-out');
    // Quick picks (format, layout…) take their first choice; a folder or save dialog gets `out`.
    const input = wb.page.locator('.quick-input-widget input');
    let sawProgress = false;
    const progress = wb.page.locator('.notifications-toasts .notification-toast', {
      hasText: /of \d+|\d+\s*\/\s*\d+/,
    });
    const patientLayout = wb.page.locator('.quick-input-list .monaco-list-row', {
      hasText: 'Patient / Study / Series',
    });
    for (let step = 0; step < 8; step++) {
      if (
        await progress
          .first()
          .isVisible()
          .catch(() => false)
      ) {
        sawProgress = true;
        await wb.screenshot('export-09-folder-progress');
        break;
      }
      if (await input.isVisible().catch(() => false)) {
        const value = await input.inputValue();
        if (value.startsWith('/')) {
          mkdirSync(out, { recursive: true });
          await input.fill(out.endsWith('/') ? out : `${out}/`);
        }
        await wb.screenshot(`export-09-folder-step-${step}`);
        // The layout pick: Patient/Study/Series rather than flat; every other pick takes its first choice.
        if (
          await patientLayout
            .first()
            .isVisible()
            .catch(() => false)
        )
          await patientLayout.first().click();
        else await wb.page.keyboard.press('Enter');
        await new Promise((r) => setTimeout(r, 700));
        continue;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const summary = await waitUntil(
      'the summary notification',
      () => wb.notifications(),
      (list) =>
        list.some((n) => /export/i.test(n.message) && /\d/.test(n.message) && !/of \d+/.test(n.message)),
      { timeout: 60_000 },
    );
    console.log(`    progress seen: ${sawProgress}; summary: ${JSON.stringify(summary)}`);
    await wb.screenshot('export-10-folder-summary');
    const written = [];
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name));
        else written.push(relative(out, join(dir, entry.name)));
      }
    };
    if (existsSync(out)) walk(out);
    console.log(`    written: ${written.join(', ')}`);
    assert.ok(
      written.filter((f) => /\.(png|jpe?g)$/i.test(f)).length >= BATCH_IMAGES.length,
      `fewer images than the ${BATCH_IMAGES.length} in the folder`,
    );
    assert.ok(!written.some((f) => /notes/.test(f)), 'the text file was exported');
    // Patient/Study/Series: every image is three folders down.
    for (const file of written)
      assert.equal(file.split('/').length, 4, `${file} is not in Patient/Study/Series`);
  },
  { timeout: 180_000 },
);
