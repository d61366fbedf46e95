// End-to-end: "hide patient identity" in the real workbench. The palette command blurs the patient's name and ID
// (and the other identifying values) in the header table, the summary strip and the viewer's corner text; the
// value is then nowhere in the webview's DOM (only the word "hidden", blurred); copying it copies nothing and says
// so; the webview's toolbar button and the viewer's D key toggle the same setting; showing restores every value.
/* global document, getComputedStyle */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, onFailure, test, waitUntil } from './harness.mjs';
import { openInInspector } from './inspector.mjs';
import { repoRoot, startWorkbench } from './workbench.mjs';

const CT = 'ct-head-phantom.dcm';
// Read off `dcmdump samples/ct-head-phantom.dcm`.
const NAME = 'Phantom^Head';
const ID = 'DI-0001';
const IDENTIFYING = [NAME, ID, '19700101', 'ACC0001', 'Fixture General Hospital', 'Referrer^Rita^^Dr.'];

let wb;

before(async () => {
  // Wide enough for the table's value column to show beside the image in the screenshot.
  wb = await startWorkbench({
    files: [join(repoRoot, 'samples', CT)],
    viewport: { width: 1900, height: 900 },
  });
});

after(async () => {
  await wb?.teardown();
});

onFailure(async (name) => {
  await wb?.screenshot(`privacy-FAILED-${name.replace(/\W+/g, '-').slice(0, 40)}`);
});

/** What identity-bearing places show: the summary's patient fields, the top-left corner lines, and the value
 *  cells of the rows for (0010,0010) and (0010,0020) (found through the filter: the table is virtual). */
async function shown(insp) {
  const summary = await insp.frame.locator('.summary').evaluate((section) => {
    const item = (field) => section.querySelector(`[data-field="${field}"] .summary-value`);
    const read = (el) => ({
      text: el?.textContent ?? '',
      hidden: !!el?.classList.contains('identity-hidden'),
      blur: el ? getComputedStyle(el).filter : '',
    });
    return { patient: read(item('patient')), patientId: read(item('patientId')) };
  });
  const corner = await insp.frame.locator('.corner-top-left').evaluate((el) =>
    [...el.children].map((line) => ({
      text: line.textContent ?? '',
      hidden: line.classList.contains('identity-hidden'),
    })),
  );
  const cell = async (tag) => {
    await insp.filter.fill(tag);
    const value = insp.rowsByTag(tag).first().locator('.col-value .cell-text');
    await value.waitFor({ timeout: 15_000 });
    return value.evaluate((el) => ({
      text: el.textContent ?? '',
      hidden: el.classList.contains('identity-hidden'),
      blur: getComputedStyle(el).filter,
      title: el.parentElement?.getAttribute('title') ?? '',
    }));
  };
  const name = await cell('(0010,0010)');
  const id = await cell('(0010,0020)');
  await insp.filter.fill('');
  return { summary, corner, name, id };
}

/** Every text of the webview, attributes included, to look for a hidden value in. */
async function webviewMarkup(insp) {
  return insp.frame.locator('body').evaluate(() => document.body.outerHTML);
}

async function waitForImage(insp) {
  await waitUntil(
    'the image and its corner text',
    () => insp.frame.locator('.corner-top-left').evaluate((el) => el.children.length),
    (n) => n >= 2,
    { timeout: 30_000 },
  );
}

test('Hide Patient Identity blurs the name and ID in the table, the summary and the corner text', async () => {
  const insp = await openInInspector(wb, CT);
  await insp.waitForRows('rows of the CT', 20);
  await waitForImage(insp);

  const before = await shown(insp);
  assert.equal(before.summary.patient.text, NAME);
  assert.equal(before.summary.patient.hidden, false);
  assert.deepEqual(
    before.corner.slice(0, 2).map((line) => line.text),
    [NAME, ID],
  );
  assert.equal(before.name.text, NAME);
  assert.equal(before.id.text, ID);
  assert.equal(await insp.frame.locator('#toggle-identity').getAttribute('aria-pressed'), 'false');

  await wb.runCommand('DICOM: Hide Patient Identity');
  await waitUntil(
    'the summary to hide the patient',
    async () => (await shown(insp)).summary.patient.text,
    (text) => text === 'hidden',
  );
  const after = await shown(insp);
  for (const [where, value] of [
    ['summary patient', after.summary.patient],
    ['summary patient ID', after.summary.patientId],
    ['table (0010,0010)', after.name],
    ['table (0010,0020)', after.id],
  ]) {
    assert.equal(value.text, 'hidden', where);
    assert.ok(value.hidden, `${where} is marked hidden`);
    assert.match(value.blur, /blur\(/, `${where} is blurred`);
  }
  assert.match(after.name.title, /^Hidden: patient identity/);
  assert.ok(after.corner.length >= 3);
  for (const line of after.corner) assert.deepEqual(line, { text: 'hidden', hidden: true }, 'corner line');
  assert.equal(await insp.frame.locator('#toggle-identity').getAttribute('aria-pressed'), 'true');

  // The values are nowhere in the webview: not in text, titles or attributes.
  const markup = await webviewMarkup(insp);
  for (const value of IDENTIFYING) assert.ok(!markup.includes(value), `"${value}" is in the webview's DOM`);

  // The filter may match a hidden value, but shows it hidden.
  await insp.filter.fill('Phantom');
  await waitUntil(
    'a row matching the hidden name',
    () => insp.rowsByTag('(0010,0010)').count(),
    (n) => n >= 1,
  );
  const matched = insp.rowsByTag('(0010,0010)').first().locator('.col-value .cell-text');
  assert.equal(await matched.textContent(), 'hidden');

  // Copying the hidden value copies nothing and says so.
  await insp.rowsByTag('(0010,0010)').first().click();
  await insp.table.focus();
  await wb.page.keyboard.press('Control+C');
  await waitUntil(
    'the copy refusal',
    () => insp.frame.locator('#status').textContent(),
    (text) => /hidden.*nothing was copied/.test(text ?? ''),
  );
  await insp.filter.fill('');
  await waitForImage(insp);
  await wb.screenshot('privacy-01-hidden');
});

test('the toolbar button and the viewer key toggle it, and showing restores every value', async () => {
  const insp = await openInInspector(wb, CT);
  await insp.waitForRows('rows of the CT', 20);
  await waitForImage(insp);
  assert.equal((await shown(insp)).summary.patient.text, 'hidden', 'still hidden from the first test');

  await insp.frame.locator('#toggle-identity').click();
  await waitUntil(
    'the summary to show the patient again',
    async () => (await shown(insp)).summary.patient.text,
    (text) => text === NAME,
  );
  const restored = await shown(insp);
  assert.equal(restored.summary.patientId.text, ID);
  assert.equal(restored.summary.patient.hidden, false);
  assert.equal(restored.name.text, NAME);
  assert.equal(restored.name.hidden, false);
  assert.equal(restored.id.text, ID);
  assert.deepEqual(
    restored.corner.slice(0, 2).map((line) => line.text),
    [NAME, ID],
  );
  assert.ok(restored.corner.every((line) => !line.hidden));

  // D in the viewer hides again; the palette's Show command shows again.
  await insp.frame.locator('#image-viewport').focus();
  await wb.page.keyboard.press('d');
  await waitUntil(
    'D to hide the patient',
    async () => (await shown(insp)).summary.patient.text,
    (text) => text === 'hidden',
  );
  await wb.runCommand('DICOM: Show Patient Identity');
  await waitUntil(
    'Show Patient Identity',
    async () => (await shown(insp)).summary.patient.text,
    (text) => text === NAME,
  );
  await waitForImage(insp);
  await wb.screenshot('privacy-02-shown');
});
