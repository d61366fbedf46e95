// End-to-end: hostile and broken files in the real workbench. A file whose values are HTML, script, template
// and terminal-escape payloads must show them as literal text with nothing run (no dialog, no element made from
// a value); a file whose codestream makes the decoder fail must show that frame's error; and afterwards the
// workbench still answers: the same editors respond and another file opens and shows its image.
/* global document */
import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, onFailure, test, waitUntil } from './harness.mjs';
import { fixturePath, openInInspector } from './inspector.mjs';
import { makeScratch, repoRoot, startWorkbench } from './workbench.mjs';

const HOSTILE = 'hostile-strings.dcm';
const BAD_CODEC = 'bad-codestream.dcm'; // JPEG-LS fixture whose codestream header was zeroed
const CT = 'ct-head-phantom.dcm';

/** A copy of the JPEG-LS fixture with the 22 bytes after its start-of-image marker zeroed: CharLS refuses it. */
function badCodestreamFile() {
  const bytes = Buffer.from(readFileSync(fixturePath('ts/jpegls-lossless.dcm')));
  const pixelData = bytes.indexOf(Buffer.from([0xe0, 0x7f, 0x10, 0x00]));
  const soi = bytes.indexOf(Buffer.from([0xff, 0xd8]), pixelData);
  assert.ok(pixelData > 0 && soi > pixelData, 'the JPEG-LS fixture has a codestream');
  bytes.fill(0, soi + 2, soi + 24);
  const path = join(makeScratch('dicom-inspector-hostile-'), BAD_CODEC);
  writeFileSync(path, bytes);
  return path;
}

let wb;
const dialogs = [];

before(async () => {
  wb = await startWorkbench({
    files: [
      fixturePath(`hostile/${HOSTILE}`),
      { from: badCodestreamFile(), to: BAD_CODEC },
      join(repoRoot, 'samples', CT),
    ],
  });
  // A value that ran as script would most likely call alert(): every frame's dialogs reach the page.
  wb.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

after(async () => {
  await wb?.teardown();
});

onFailure(async (name) => {
  await wb?.screenshot(`hostile-FAILED-${name.replace(/\W+/g, '-').slice(0, 40)}`);
});

/** The value cell text of the row whose tag cell reads `tag`, found through the filter (the table is virtual). */
async function valueOf(insp, tag) {
  await insp.filter.fill(tag);
  const row = insp.rowsByTag(tag).first();
  await row.waitFor({ timeout: 15_000 });
  return row.locator('.col-value .cell-text').textContent();
}

test('values that look like HTML, script or templates show as literal text, and nothing runs', async () => {
  const insp = await openInInspector(wb, HOSTILE);
  await insp.waitForRows('rows of the hostile file', 20);
  assert.equal(await valueOf(insp, '(0010,0010)'), '<img src=x onerror=alert(1)>^Evil');
  assert.equal(await valueOf(insp, '(0008,1030)'), '</script><script>alert(2)</script>');
  assert.equal(await valueOf(insp, '(0008,103E)'), `"'><svg onload=alert(3)>`);
  assert.equal(await valueOf(insp, '(0010,0020)'), "{{constructor.constructor('alert(4)')()}}");
  assert.equal(await valueOf(insp, '(0008,0090)'), '${alert(7)}^<b>bold</b>');
  const comments = await valueOf(insp, '(0020,4000)');
  assert.match(comments, /^CTRL: NUL\[/);
  assert.match(comments, /<iframe src="javascript:alert\(6\)"><\/iframe>/);

  // No element was made from a value: the webview holds only its own markup.
  const made = await insp.frame.locator('body').evaluate(() => ({
    img: document.querySelectorAll('img').length,
    iframe: document.querySelectorAll('iframe').length,
    svg: document.querySelectorAll('svg').length,
    b: document.querySelectorAll('b').length,
    scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? s.textContent),
  }));
  assert.deepEqual(
    { img: made.img, iframe: made.iframe, svg: made.svg, b: made.b },
    {
      img: 0,
      iframe: 0,
      svg: 0,
      b: 0,
    },
  );
  // The extension's bundle, and the script VS Code itself puts in every webview (acquireVsCodeApi): no script
  // holds a value from the file.
  assert.ok(
    made.scripts.some((src) => src.endsWith('/dist/webview/main.js')),
    "the extension's own script",
  );
  for (const script of made.scripts) assert.doesNotMatch(script, /alert\(/, 'a script made from a value');
  await insp.filter.fill('onerror');
  await waitUntil(
    'a filter match on the payload',
    () => insp.count(),
    (n) => n >= 1,
  );
  await wb.screenshot('hostile-01-literal-values');
  assert.deepEqual(dialogs, [], 'no dialog opened');
});

test('a frame the decoder refuses shows its error, and the header still shows', async () => {
  const insp = await openInInspector(wb, BAD_CODEC);
  await insp.waitForRows('rows of the file with a broken codestream', 20);
  const message = await waitUntil(
    'the frame error in the viewer',
    () => insp.frame.locator('#viewer-message').evaluate((el) => (el.hidden ? '' : (el.textContent ?? ''))),
    (text) => text.length > 0,
    { timeout: 30_000 },
  );
  assert.match(message, /not a JPEG stream|could not|Frame 1/i);
  await wb.screenshot('hostile-02-decoder-failure');
});

test('afterwards the workbench answers: the same editors respond and another file shows its image', async () => {
  const insp = await openInInspector(wb, CT);
  await insp.waitForImage(128, 'the CT image');
  await wb.openFileFromExplorer(HOSTILE);
  const again = await wb.webviewFrame();
  await again.locator('input#filter').fill('(0010,0010)');
  await waitUntil(
    'the hostile file answering its filter',
    () => again.locator('.row[role="row"][data-row-id]').count(),
    (n) => n >= 1,
  );
  await wb.screenshot('hostile-03-workbench-answers');
  assert.deepEqual(dialogs, [], 'no dialog opened');
});
