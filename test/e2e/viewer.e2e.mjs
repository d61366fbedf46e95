// End-to-end: the image viewer in the real workbench. The host decodes the frames; the webview draws them with
// the shared render function. The oracle is that same core run here in Node (parser → readImageInfo →
// decodeFrame → renderFrame / probePixel, loaded from the TypeScript sources like the unit tests), so the canvas
// must hold exactly the RGBA it computes: any loss between the host's decoder and the webview's canvas (transfer,
// validation, drawing, a stale frame) shows as a difference. Driven as a person would: mouse drags, the wheel, keys.
/* global document, getComputedStyle */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, onFailure, test, waitUntil } from './harness.mjs';
import { fixturePath, Inspector, openInInspector } from './inspector.mjs';
import { repoRoot, startWorkbench } from './workbench.mjs';

const CT = 'ct-head-phantom.dcm'; // 128 × 128 CT, windows BRAIN 40/400 and LUNG -600/1500
const CINE = 'multiframe-cine.dcm'; // 12 frames of 64 × 64, Frame Time 40 ms
const ENHANCED = 'enhanced-ct-50-frames.dcm'; // 50 frames with Per-frame Functional Groups
const RGB = 'rgb-jpeg.dcm'; // JPEG baseline, RGB
const DAMAGED = 'truncated-in-pixel-data.dcm'; // pixel data shorter than one frame
const OVERLAY = 'overlay.dcm'; // one 60xx overlay plane (test/fixtures/render)
const PER_FRAME = '(5200,9230)';

// ---- The oracle: the core, from its sources ----

const require = createRequire(import.meta.url);
require(join(repoRoot, 'scripts', 'register-ts.js'));
const core = (path) => require(join(repoRoot, 'src', ...path.split('/')));
const { parseDicom } = core('dicom/parser.ts');
const { readImageInfo } = core('dicom/pixels/imageInfo.ts');
const { decodeFrame } = core('dicom/pixels/decodeFrame.ts');
const { renderFrame } = core('dicom/pixels/render.ts');
const { probePixel } = core('dicom/pixels/probe.ts');
const { probeText } = core('webview/viewer/probeText.ts');
const { imageInfoOf } = core('dicom/pixels/imageInfoOf.ts');

const oracles = new Map();
/** { info, frame(index) → Promise<DecodedFrame> } for a workspace file. */
function oracle(path) {
  if (!oracles.has(path)) {
    const file = parseDicom(new Uint8Array(readFileSync(path)));
    const info = readImageInfo(file);
    assert.ok(info && !info.problem, `${path}: no image the oracle can decode`);
    const frames = new Map();
    const frame = (index) => {
      if (!frames.has(index)) frames.set(index, decodeFrame(file, info.format, index));
      return frames.get(index);
    };
    oracles.set(path, { info, frame });
  }
  return oracles.get(path);
}

async function expectedRgba(path, index, options = {}) {
  const { info, frame } = oracle(path);
  return Array.from(renderFrame(await frame(index), info, options));
}

// ---- The viewer in the webview ----

let wb;
const paths = {};

/** The state of the viewer that the tests wait on. */
function viewerState(insp) {
  return insp.frame.locator('#image-viewport').evaluate((viewport) => {
    const message = document.getElementById('viewer-message');
    const canvas = document.getElementById('image-canvas');
    return {
      ready: !viewport.classList.contains('stale') && message.hidden && !canvas.hidden,
      message: message.hidden ? '' : message.textContent,
      label: document.getElementById('frame-label').textContent,
      width: canvas.width,
      height: canvas.height,
    };
  });
}

async function waitForImage(insp, what, accept = () => true, timeout = 30_000) {
  return waitUntil(
    what,
    () => viewerState(insp),
    (s) => s.ready && accept(s),
    { timeout },
  );
}

function canvasPixels(insp) {
  return insp.frame
    .locator('#image-canvas')
    .evaluate((c) => Array.from(c.getContext('2d').getImageData(0, 0, c.width, c.height).data));
}

/** Asserts the canvas holds exactly `expected` (RGBA), saying where and how much it differs otherwise. */
function assertSamePixels(actual, expected, what) {
  assert.equal(
    actual.length,
    expected.length,
    `${what}: ${actual.length / 4} pixels, expected ${expected.length / 4}`,
  );
  let differing = 0;
  let first = -1;
  let maxDiff = 0;
  for (let i = 0; i < actual.length; i++) {
    const d = Math.abs(actual[i] - expected[i]);
    if (d > 0) {
      differing++;
      if (first < 0) first = i;
      maxDiff = Math.max(maxDiff, d);
    }
  }
  assert.equal(
    differing,
    0,
    `${what}: ${differing} channel values differ (max by ${maxDiff}); first at pixel ${first >> 2}: ` +
      `${actual.slice(first & ~3, (first & ~3) + 4)} instead of ${expected.slice(first & ~3, (first & ~3) + 4)}`,
  );
}

/** The window typed in the toolbar's C and W fields. */
async function shownWindow(insp) {
  return {
    center: Number(await insp.frame.locator('#window-center').inputValue()),
    width: Number(await insp.frame.locator('#window-width').inputValue()),
  };
}

/**
 * Where a fitted, unrotated image lies on the page: its zoom, the viewport's centre, and centreOf(x, y), the page
 * position of the centre of image pixel (x, y). Pointing at pixel centres keeps the tests clear of rounding.
 */
async function imageGeometry(insp, columns, rows) {
  const viewport = insp.frame.locator('#image-viewport');
  const box = await viewport.boundingBox();
  const inner = await viewport.evaluate((v) => ({
    left: v.clientLeft,
    top: v.clientTop,
    width: v.clientWidth,
    height: v.clientHeight,
  }));
  const zoom = Math.min(inner.width / columns, inner.height / rows);
  const cx = box.x + inner.left + inner.width / 2;
  const cy = box.y + inner.top + inner.height / 2;
  const centreOf = (x, y) => ({
    x: cx + (x + 0.5 - columns / 2) * zoom,
    y: cy + (y + 0.5 - rows / 2) * zoom,
  });
  return { zoom, cx, cy, centreOf };
}

async function showTab(name) {
  await wb.page
    .locator('.tabs-container .tab', { has: wb.page.locator('.label-name', { hasText: name }) })
    .first()
    .click();
  await wb.waitForActiveTab(name);
  return new Inspector(await wb.webviewFrame());
}

before(async () => {
  const t0 = Date.now();
  const files = [
    join(repoRoot, 'samples', CT),
    join(repoRoot, 'samples', CINE),
    fixturePath(`enhanced/${ENHANCED}`),
    join(repoRoot, 'samples', RGB),
    fixturePath(`damaged/${DAMAGED}`),
    fixturePath(`render/${OVERLAY}`),
  ];
  wb = await startWorkbench({ files });
  for (const name of [CT, CINE, ENHANCED, RGB, DAMAGED, OVERLAY]) paths[name] = join(wb.workspace, name);
  console.log(`  workbench ready in ${Date.now() - t0} ms`);
});

after(async () => {
  await wb?.teardown();
});

onFailure(async (name) => {
  await wb?.screenshot(`FAILED-viewer-${name}`);
});

let ct;

test(
  'a CT shows its image at once, beside the header, pixel for pixel what renderFrame makes',
  async () => {
    const t0 = Date.now();
    ct = await openInInspector(wb, CT);
    const state = await waitForImage(ct, 'the CT drawn');
    console.log(`    first image ${Date.now() - t0} ms after opening`);
    assert.deepEqual([state.width, state.height], [128, 128], 'the canvas is not at the native size');
    // Side by side with the header table.
    await ct.waitForRows();
    const viewerBox = await ct.frame.locator('#image-viewport').boundingBox();
    const tableBox = await ct.table.boundingBox();
    assert.ok(viewerBox.x + viewerBox.width <= tableBox.x + 1, 'the image is not left of the table');
    // The default window is the file's first (BRAIN 40/400), and that is what is drawn.
    assert.deepEqual(await shownWindow(ct), { center: 40, width: 400 });
    assertSamePixels(await canvasPixels(ct), await expectedRgba(paths[CT], 0), 'default window');
    // The presets: the file's windows by explanation, then CT presets, then Auto.
    const presets = await ct.frame.locator('#window-preset option').allTextContents();
    assert.ok(
      presets.some((p) => /^BRAIN/.test(p)) && presets.some((p) => /^LUNG/.test(p)),
      presets.join(' | '),
    );
    assert.ok(
      presets.some((p) => /^Auto/.test(p)),
      presets.join(' | '),
    );
    // The corner text shows the window and the status bar the frame.
    assert.match(await ct.frame.locator('.corner-bottom-right').textContent(), /C 40\s+W 400/);
    await waitUntil(
      'the frame in the status bar',
      () => wb.page.locator('.part.statusbar').textContent(),
      (t) => /Frame 1\/1/.test(t ?? ''),
    );
    await wb.screenshot('viewer-01-ct-default-window');
  },
  { timeout: 120_000 },
);

test('choosing the LUNG preset draws that window', async () => {
  const select = ct.frame.locator('#window-preset');
  const lung = (await select.locator('option').allTextContents()).findIndex((t) => /^LUNG/.test(t));
  await select.selectOption({ index: lung });
  await waitUntil(
    'the LUNG window',
    () => shownWindow(ct),
    (w) => w.center === -600 && w.width === 1500,
  );
  await waitForImage(ct, 'the CT redrawn');
  const expected = await expectedRgba(paths[CT], 0, { window: { center: -600, width: 1500 } });
  await waitUntil(
    'the LUNG pixels',
    () => canvasPixels(ct),
    (p) => p.every((v, i) => v === expected[i]),
  );
  await wb.screenshot('viewer-02-ct-lung');
  // Reset goes back to the file's default.
  await ct.frame.locator('#reset-window').click();
  await waitUntil(
    'the default window back',
    () => shownWindow(ct),
    (w) => w.center === 40 && w.width === 400,
  );
});

test('dragging with the left button changes the window, and the canvas follows', async () => {
  const before = await canvasPixels(ct);
  const box = await ct.frame.locator('#image-viewport').boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await wb.page.mouse.move(x, y);
  await wb.page.mouse.down();
  await wb.page.mouse.move(x + box.width / 4, y - box.height / 8, { steps: 8 });
  await wb.page.mouse.up();
  // Right widens, up lowers the centre.
  const window = await waitUntil(
    'a wider window',
    () => shownWindow(ct),
    (w) => w.width > 400 && w.center < 40,
  );
  await waitForImage(ct, 'the CT redrawn after the drag');
  const after = await canvasPixels(ct);
  assert.notDeepEqual(after, before, 'the pixels did not change');
  assertSamePixels(
    after,
    await expectedRgba(paths[CT], 0, { window }),
    `window ${window.center}/${window.width}`,
  );
  assert.equal(await ct.frame.locator('#window-preset').inputValue(), 'custom');
  console.log(`    dragged to C ${window.center} W ${window.width}`);
  await wb.screenshot('viewer-03-ct-dragged-window');
  ct.window = window;
});

test('the probe reads the pixel under the pointer, also after rotating (which does not re-render)', async () => {
  const { info, frame } = oracle(paths[CT]);
  const decoded = await frame(0);
  const { zoom, cx, cy, centreOf } = await imageGeometry(ct, 128, 128);
  const probe = () => ct.frame.locator('#probe').textContent();
  const expectedText = (x, y) => probeText(probePixel(decoded, info, { window: ct.window }, x, y));

  // Fitted, unrotated.
  let at = centreOf(70, 52);
  await wb.page.mouse.move(at.x, at.y);
  let text = await waitUntil('the probe of (70, 52)', probe, (t) => /^x 70\s+y 52\s/.test(t ?? ''));
  assert.equal(text, expectedText(70, 52));
  assert.match(text, /HU$/, 'no HU in the probe of a CT');
  console.log(`    probe: ${text}`);

  // A quarter turn clockwise: image offset (ox, oy) from the centre is on screen at (-oy, ox).
  const pixels = await canvasPixels(ct);
  await ct.frame.locator('#image-viewport').focus();
  await wb.page.keyboard.press('r');
  await waitUntil(
    'rotated',
    () => ct.frame.locator('.corner-bottom-right').textContent(),
    (t) => /Rot 90°/.test(t),
  );
  const [x, y] = [40, 90];
  at = { x: cx - (y + 0.5 - 64) * zoom, y: cy + (x + 0.5 - 64) * zoom };
  await wb.page.mouse.move(at.x, at.y);
  text = await waitUntil('the probe of (40, 90)', probe, (t) => /^x 40\s+y 90\s/.test(t ?? ''));
  assert.equal(text, expectedText(x, y));
  assert.deepEqual(await canvasPixels(ct), pixels, 'rotating changed the canvas pixels');
  await wb.screenshot('viewer-04-ct-rotated-probe');
  await wb.page.keyboard.press('0'); // reset the view
});

test('the wheel zooms around the pointer, Shift+drag pans, F fits again', async () => {
  const viewport = ct.frame.locator('#image-viewport');
  const { centreOf } = await imageGeometry(ct, 128, 128);
  const point = centreOf(75, 60);
  const probe = () => ct.frame.locator('#probe').textContent();
  const zoomText = () => ct.frame.locator('.corner-bottom-right').textContent();
  await wb.page.mouse.move(point.x, point.y);
  const before = await waitUntil('the probe of (75, 60)', probe, (t) => /^x 75\s+y 60\s/.test(t ?? ''));
  const fitted = /Zoom (\d+) %/.exec(await zoomText())[1];

  await wb.page.mouse.wheel(0, -300);
  await waitUntil('zoomed in', zoomText, (t) => Number(/Zoom (\d+) %/.exec(t)[1]) > Number(fitted) * 1.3);
  // The pixel under the pointer is the same one, now bigger.
  assert.equal(await probe(), before, 'the wheel did not zoom around the pointer');
  await wb.screenshot('viewer-05-ct-zoomed');

  await wb.page.keyboard.down('Shift');
  await wb.page.mouse.down();
  await wb.page.mouse.move(point.x - 40, point.y, { steps: 5 });
  await wb.page.mouse.up();
  await wb.page.keyboard.up('Shift');
  // What was under the pointer moved 40 px left with the image.
  await waitUntil('the panned pixel under the pointer', probe, (t) => t === before);
  await wb.page.mouse.move(point.x, point.y);
  await waitUntil('another pixel at the old place', probe, (t) => t !== before && /^x \d+/.test(t ?? ''));

  await viewport.focus();
  await wb.page.keyboard.press('f');
  await waitUntil('fitted again', zoomText, (t) => new RegExp(`Zoom ${fitted} %`).test(t));
  assert.equal(await ct.frame.locator('#zoom-fit').getAttribute('aria-pressed'), 'true');
});

let cine;

test('a multi-frame file scrubbed with the keyboard shows each frame’s pixels and number', async () => {
  cine = await openInInspector(wb, CINE);
  await waitForImage(cine, 'frame 1 drawn', (s) => s.label === 'Frame 1 / 12');
  assertSamePixels(await canvasPixels(cine), await expectedRgba(paths[CINE], 0), 'frame 1');
  const first = await canvasPixels(cine);

  await cine.frame.locator('#image-viewport').focus();
  for (let i = 0; i < 3; i++) await wb.page.keyboard.press('ArrowRight');
  await waitForImage(cine, 'frame 4 drawn', (s) => s.label === 'Frame 4 / 12');
  const fourth = await canvasPixels(cine);
  assert.notDeepEqual(fourth, first, 'frame 4 looks like frame 1');
  assertSamePixels(fourth, await expectedRgba(paths[CINE], 3), 'frame 4');
  assert.equal(await cine.frame.locator('#frame-slider').inputValue(), '4');
  await wb.screenshot('viewer-06-cine-frame-4');

  await wb.page.keyboard.press('End');
  await waitForImage(cine, 'the last frame drawn', (s) => s.label === 'Frame 12 / 12');
  assertSamePixels(await canvasPixels(cine), await expectedRgba(paths[CINE], 11), 'frame 12');
  await waitUntil(
    'the last frame in the status bar',
    () => wb.page.locator('.part.statusbar').textContent(),
    (t) => /Frame 12\/12/.test(t ?? ''),
  );
  await wb.page.keyboard.press('Home');
  await waitForImage(cine, 'the first frame again', (s) => s.label === 'Frame 1 / 12');
  assertSamePixels(await canvasPixels(cine), first, 'frame 1 again');
});

test('cine plays and pauses with Space', async () => {
  await cine.frame.locator('#image-viewport').focus();
  assert.equal(await cine.frame.locator('#cine-fps').inputValue(), '25', 'not the file’s 1000 / 40 ms');
  await wb.page.keyboard.press(' ');
  await waitUntil(
    'cine past frame 5',
    () => viewerState(cine),
    (s) => Number(/Frame (\d+)/.exec(s.label)[1]) > 5,
  );
  await wb.page.keyboard.press(' ');
  const stopped = (await viewerState(cine)).label;
  await new Promise((r) => setTimeout(r, 400));
  assert.equal((await viewerState(cine)).label, stopped, 'still playing after the second Space');
  assert.equal(await cine.frame.locator('#cine-play').getAttribute('aria-pressed'), 'false');
});

test('the frame, window and inversion survive hiding the tab', async () => {
  await cine.frame.locator('#image-viewport').focus();
  await wb.page.keyboard.press('End');
  await wb.page.keyboard.press('i');
  await waitForImage(cine, 'the last frame inverted', (s) => s.label === 'Frame 12 / 12');
  await waitUntil(
    'inverted',
    () => cine.frame.locator('#invert').getAttribute('aria-pressed'),
    (v) => v === 'true',
  );
  await new Promise((r) => setTimeout(r, 400)); // the state is saved 100 ms after a change
  await showTab(CT);
  cine = await showTab(CINE);
  await waitForImage(cine, 'the restored frame', (s) => s.label === 'Frame 12 / 12');
  assert.equal(await cine.frame.locator('#invert').getAttribute('aria-pressed'), 'true');
  assertSamePixels(
    await canvasPixels(cine),
    await expectedRgba(paths[CINE], 11, { invert: true }),
    'restored frame 12 inverted',
  );
  await wb.screenshot('viewer-07-cine-restored-inverted');
});

test('the header follows the frame: the current frame’s per-frame item opens', async () => {
  const insp = await openInInspector(wb, ENHANCED);
  await insp.waitForRows();
  await waitForImage(insp, 'frame 1 of the enhanced CT', (s) => s.label === 'Frame 1 / 50');
  const sequence = await insp.wheelTo(wb.page, insp.rowsByTag(PER_FRAME));
  await sequence.locator('.twisty').click();
  await waitUntil(
    'the sequence open',
    () => sequence.getAttribute('aria-expanded'),
    (v) => v === 'true',
  );
  const item = (n) =>
    insp
      .rows()
      .filter({ has: insp.frame.locator('.col-name', { hasText: new RegExp(`^Item #${n}$`) }) })
      .first();
  await insp.frame.locator('#image-viewport').focus();
  await wb.page.keyboard.press('ArrowRight');
  await waitForImage(insp, 'frame 2', (s) => s.label === 'Frame 2 / 50');
  await waitUntil(
    'item #2 open',
    () => item(2).getAttribute('aria-expanded'),
    (v) => v === 'true',
  );
  await wb.page.keyboard.press('ArrowRight');
  await waitForImage(insp, 'frame 3', (s) => s.label === 'Frame 3 / 50');
  await waitUntil(
    'item #3 open',
    () => item(3).getAttribute('aria-expanded'),
    (v) => v === 'true',
  );
  assert.equal(await item(2).getAttribute('aria-expanded'), 'false', 'item #2 still open');
  assertSamePixels(await canvasPixels(insp), await expectedRgba(paths[ENHANCED], 2), 'enhanced frame 3');
  await wb.screenshot('viewer-08-enhanced-header-follows');
});

test('a colour image: exact pixels, RGB in the probe, no window controls, left drag pans', async () => {
  const insp = await openInInspector(wb, RGB);
  await waitForImage(insp, 'the RGB image drawn');
  assertSamePixels(await canvasPixels(insp), await expectedRgba(paths[RGB], 0), 'RGB JPEG');
  for (const id of ['#window-preset', '#window-center', '#window-width', '#reset-window'])
    assert.equal(await insp.frame.locator(id).isDisabled(), true, `${id} enabled for a colour image`);
  const { info } = oracle(paths[RGB]);
  const { centreOf } = await imageGeometry(insp, info.format.columns, info.format.rows);
  const point = centreOf(40, 70);
  const probe = () => insp.frame.locator('#probe').textContent();
  await wb.page.mouse.move(point.x, point.y);
  const before = await waitUntil('the probe of (40, 70)', probe, (t) => /^x 40\s+y 70\s/.test(t ?? ''));
  assert.match(before, /RGB \d+, \d+, \d+$/);
  const pixels = await canvasPixels(insp);
  await wb.page.mouse.down();
  await wb.page.mouse.move(point.x + 50, point.y, { steps: 5 });
  await wb.page.mouse.up();
  await waitUntil('the image panned with it', probe, (t) => t === before);
  assert.deepEqual(await canvasPixels(insp), pixels, 'dragging a colour image changed its pixels');
  await wb.screenshot('viewer-10-rgb');
});

test('an image that cannot be shown says why in the viewer, with the header beside it', async () => {
  const info = imageInfoOf(parseDicom(new Uint8Array(readFileSync(paths[DAMAGED]))));
  assert.ok(info?.problem, 'the oracle sees no problem in the damaged file');
  const insp = await openInInspector(wb, DAMAGED);
  await insp.waitForRows();
  const message = insp.frame.locator('#viewer-message');
  await waitUntil(
    'the problem shown',
    () => message.textContent(),
    (t) => (t ?? '').includes(info.problem),
  );
  assert.equal(await insp.frame.locator('#image-canvas').isVisible(), false, 'a canvas is shown');
  assert.equal(await insp.frame.locator('#save-bitstream').isVisible(), info.canSaveBitstream);
  await wb.screenshot('viewer-11-problem');
});

test('overlay planes (60xx) are drawn where the file puts them, and G hides them', async () => {
  const { info } = oracle(paths[OVERLAY]);
  assert.equal(info.overlays.length, 2, 'the oracle finds other than 2 overlay planes');
  const insp = await openInInspector(wb, OVERLAY);
  await waitForImage(insp, 'the overlay file drawn');
  // The overlay canvas has the image's size; its opaque pixels are exactly the plane's set bits.
  const overlayBits = () =>
    insp.frame.locator('#overlay-canvas').evaluate((c) => {
      const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      const bits = [];
      for (let i = 3; i < data.length; i += 4) bits.push(data[i] > 0 ? 1 : 0);
      return {
        width: c.width,
        height: c.height,
        hidden: getComputedStyle(c).display === 'none' || c.hidden,
        bits,
      };
    });
  const drawn = await waitUntil('the overlay drawn', overlayBits, (o) => o.bits.some((b) => b === 1));
  assert.deepEqual([drawn.width, drawn.height], [info.format.columns, info.format.rows]);
  const expected = new Array(info.format.columns * info.format.rows).fill(0);
  for (const plane of info.overlays)
    for (let r = 0; r < plane.rows; r++)
      for (let c = 0; c < plane.columns; c++) {
        const y = r + plane.originRow;
        const x = c + plane.originColumn;
        if (
          plane.bits[r * plane.columns + c] &&
          y >= 0 &&
          x >= 0 &&
          y < info.format.rows &&
          x < info.format.columns
        )
          expected[y * info.format.columns + x] = 1;
      }
  const differing = drawn.bits.filter((b, i) => b !== expected[i]).length;
  assert.equal(differing, 0, `${differing} overlay pixels differ from the file's plane`);
  await wb.screenshot('viewer-12-overlay');
  await insp.frame.locator('#image-viewport').focus();
  await wb.page.keyboard.press('g');
  await waitUntil('the overlay hidden', overlayBits, (o) => o.hidden || o.bits.every((b) => b === 0));
});

test('layout: image only, header only, both; the splitter resizes with the keyboard', async () => {
  const insp = await showTab(CT);
  await insp.frame.locator('#layout-header').click();
  await waitUntil('the viewer hidden', () => insp.frame.locator('#viewer-pane').isHidden());
  assert.equal(await insp.table.isVisible(), true);
  await insp.frame.locator('#layout-image').click();
  await waitUntil('the table hidden', () => insp.table.isHidden());
  assert.equal(await insp.frame.locator('#image-canvas').isVisible(), true);
  await wb.screenshot('viewer-09-image-only');
  await insp.frame.locator('#layout-both').click();
  const splitter = insp.frame.locator('#splitter[role="separator"]');
  await splitter.focus();
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  const width = (await insp.frame.locator('#viewer-pane').boundingBox()).width;
  await wb.page.keyboard.press('PageDown');
  assert.equal(Number(await splitter.getAttribute('aria-valuenow')), Math.min(85, before + 10));
  await waitUntil(
    'the viewer wider',
    async () => (await insp.frame.locator('#viewer-pane').boundingBox()).width,
    (w) => w > width + 20,
  );
  // The colours are the theme's: the viewport's background is the editor's.
  const colours = await insp.frame.locator('#image-viewport').evaluate((v) => ({
    viewport: getComputedStyle(v).backgroundColor,
    editor: getComputedStyle(document.body).backgroundColor,
  }));
  assert.equal(colours.viewport, colours.editor);
});
