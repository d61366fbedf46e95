// The webview's speed on big inputs (issue 5), printed side by side. Part of `npm run bench`, or
// `node scripts/bench-webview.mjs` alone (BENCH_SKIP_WORKBENCH=1: the Node parts only). Never a pass/fail test.
//
// In Node (the webview's own code, no DOM):
//   1. a window/level drag step on a 4000 x 5500 16-bit frame: the full render against the drag preview
//      (previewFrame.ts: a subsampled copy rendered by the same function);
//   2. the filter on the generated 100,000-element header: what blocks the UI at once (the synchronous search and
//      index build, as before) against the longest slice of the chunked search, and its total time.
// In the real workbench (code-server + Chromium, files generated into bench-data/webview/, never committed):
//   3. the same header: time from opening to the table's first rows, against opening its `dicom-inspect dump`
//      output as a text document in VS Code; filter latency (input to match count);
//   4. a drag step on a 4000 x 5500 frame as the webview paints it (pointer move to the next painted frame);
//   5. scrubbing a 300-frame 512 x 512 CT: frame request (slider input) to drawn, for frames never shown (the host
//      reads and sends them) and for prefetched ones (already in the webview's cache), p50 and p95. No peer fits
//      here: VS Code has no multi-frame image viewer to scrub.
// BENCH_WEBVIEW_SKIP_HEADER=1 and BENCH_WEBVIEW_SKIP_SCRUB=1 leave out parts 3 and 5; BENCH_WB_RUNS sets the
// header's runs (default 3).

/* global document, performance, Event, MutationObserver, requestAnimationFrame, setImmediate */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { writeBenchImage } from './bench-image.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = path.join(root, 'bench-data', 'webview');
require(path.join(root, 'scripts', 'register-ts.js'));

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};
const median = (values) => quantile(values, 0.5);
const ms = (v) => (v === undefined ? 'n/a' : `${v.toFixed(v < 10 ? 2 : 0)} ms`);
const line = (label, ours, peerLabel, peer, ratio = true) =>
  console.log(
    `  ${label.padEnd(46)} ${ms(ours).padStart(9)}   ${peerLabel.padEnd(34)} ${ms(peer).padStart(9)}` +
      (ratio && ours !== undefined && peer !== undefined ? `   ratio ${(ours / peer).toFixed(2)}x` : ''),
  );
/** p50 and p95 of one measure (no ratio: they are not a peer of each other). */
const percentiles = (label, values) =>
  line(`${label}, p50`, median(values), 'p95', quantile(values, 0.95), false);

// ---- Generated inputs ----

function ensureLargeHeader() {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'enhanced-4000-frames.dcm');
  if (!existsSync(file))
    execFileSync('bash', ['scripts/generate-large-fixtures.sh', dir, '--frames', '4000'], {
      cwd: root,
      stdio: 'ignore',
    });
  return file;
}

function ensureImage(name, rows, cols, frames) {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  if (!existsSync(file)) writeBenchImage(file, { rows, cols, frames });
  return file;
}

// ---- 1. Window/level drag step in Node ----

function benchDragStepNode() {
  const { renderFrame } = require(path.join(root, 'src/dicom/pixels/render.ts'));
  const { previewStep, subsampleFrame } = require(path.join(root, 'src/webview/viewer/previewFrame.ts'));
  const columns = 4000;
  const rows = 5500;
  const samples = new Uint16Array(columns * rows);
  for (let y = 0; y < rows; y++)
    for (let x = 0; x < columns; x++) samples[y * columns + x] = (x * 3 + y * 2) % 4096;
  const frame = {
    index: 0,
    rows,
    columns,
    samplesPerPixel: 1,
    photometric: 'MONOCHROME2',
    sampleType: 'uint16',
    samples,
    bitsStored: 12,
    signed: false,
    minValue: 0,
    maxValue: 4095,
  };
  const values = {
    rescaleSlope: 1,
    rescaleIntercept: 0,
    unit: '',
    windows: [{ center: 1200, width: 2400, explanation: '' }],
    voiFunction: 'LINEAR',
    voiLuts: [],
  };
  const info = {
    format: {
      rows,
      columns,
      samplesPerPixel: 1,
      bitsAllocated: 16,
      bitsStored: 12,
      highBit: 11,
      pixelRepresentation: 0,
      planarConfiguration: 0,
      photometric: 'MONOCHROME2',
      numberOfFrames: 1,
      pixelDataKind: 'integer',
      transferSyntaxUid: '1.2.840.10008.1.2.1',
    },
    shared: values,
    overlays: [],
    modality: 'MG',
    canSaveBitstream: true,
  };
  const step = previewStep(columns, rows);
  const fullTarget = new Uint8ClampedArray(columns * rows * 4);
  const time = (fn) => {
    const times = [];
    for (let k = 0; k < 12; k++) {
      const t0 = performance.now();
      fn(k);
      times.push(performance.now() - t0);
    }
    return times.slice(2);
  };
  const window = (k) => ({ window: { center: 1000 + k * 10, width: 2000 + k * 20 } });
  let full;
  try {
    full = time((k) => renderFrame(frame, info, window(k), fullTarget));
  } catch (caught) {
    console.log(`  (the full render failed here: ${caught.message})`);
    return;
  }
  const t0 = performance.now();
  const copy = subsampleFrame(frame, step);
  const copyMs = performance.now() - t0;
  const previewTarget = new Uint8ClampedArray(copy.columns * copy.rows * 4);
  const preview = time((k) => renderFrame(copy, info, window(k), previewTarget));
  console.log(
    `\nWindow/level drag step on a 4000 x 5500 16-bit frame, in Node (render function only; median of 10)` +
      `\n  preview: every ${step}th pixel, ${copy.columns} x ${copy.rows}; made once per drag in ${ms(copyMs)}`,
  );
  line('drag step with the preview', median(preview), 'full-resolution render (before)', median(full));
}

// ---- 2. Filter on the 100,000-element header in Node ----

async function benchFilterNode(file) {
  const { readFileSync } = await import('node:fs');
  const { buildHeaderModel } = require(path.join(root, 'src/extension/headerModelBuilder.ts'));
  const filter = require(path.join(root, 'src/webview/filter.ts'));
  const rows = buildHeaderModel(readFileSync(file), 'x').rows;
  const queries = ['frame acquisition number', '(0020,9157)', '-4\\-4\\3999'];

  const t0 = performance.now();
  const syncIndex = filter.buildSearchIndex(rows);
  const indexSync = performance.now() - t0;
  const syncTimes = [];
  for (const q of queries) {
    const t = performance.now();
    filter.matchRows(syncIndex, filter.parseFilterQuery(q));
    syncTimes.push(performance.now() - t);
  }

  // The sliced runs, with the longest stretch between two turns given to the UI (what a keystroke waits for).
  const measureSliced = async (run) => {
    let longest = 0;
    let last = performance.now();
    const yieldToUi = () =>
      new Promise((resolve) =>
        setImmediate(() => {
          last = performance.now();
          resolve();
        }),
      );
    const start = performance.now();
    await run({
      token: new filter.CancelToken(),
      yieldToUi: () => {
        longest = Math.max(longest, performance.now() - last);
        return yieldToUi();
      },
    });
    longest = Math.max(longest, performance.now() - last);
    return { total: performance.now() - start, longest };
  };
  let index;
  const build = await measureSliced(
    async (options) => (index = await filter.buildSearchIndexSliced(rows, options)),
  );
  const match = [];
  for (const q of queries)
    match.push(await measureSliced((o) => filter.matchRowsSliced(index, filter.parseFilterQuery(q), o)));
  console.log(
    `\nHeader filter on ${rows.length.toLocaleString('en-US')} rows, in Node (3 queries; the UI waits for the longest stretch)`,
  );
  line('index build: longest stretch, chunked', build.longest, 'index build at once (before)', indexSync);
  line('index build: total, chunked', build.total, 'index build at once (before)', indexSync);
  line(
    'search: longest stretch, chunked (worst query)',
    Math.max(...match.map((m) => m.longest)),
    'search at once (worst query)',
    Math.max(...syncTimes),
  );
  line(
    'search: total, chunked (worst query)',
    Math.max(...match.map((m) => m.total)),
    'search at once (worst query)',
    Math.max(...syncTimes),
  );
}

// ---- 3-5. In the real workbench ----

async function benchInWorkbench(headerFile, mammo, ct) {
  const { waitUntil } = await import('../test/e2e/harness.mjs');
  const { openInInspector } = await import('../test/e2e/inspector.mjs');
  const { startWorkbench } = await import('../test/e2e/workbench.mjs');
  const runs = Number(process.env.BENCH_WB_RUNS ?? 3);
  const dumpFile = path.join(dir, 'enhanced-4000-frames.dump.txt');
  if (!existsSync(dumpFile))
    writeFileSync(
      dumpFile,
      execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), 'dump', headerFile], {
        maxBuffer: 1 << 30,
      }),
    );
  const wb = await startWorkbench({ workspace: dir });
  try {
    // -- 3. the header --
    const benchHeader = async () => {
      const headerName = path.basename(headerFile);
      const openTable = async () => {
        const t0 = Date.now();
        const insp = await openInInspector(wb, headerName, { timeout: 120_000 });
        await insp.waitForRows('the first rows', 4, 120_000);
        return { ms: Date.now() - t0, insp };
      };
      const openDump = async () => {
        const t0 = Date.now();
        await wb.openFileFromExplorer(path.basename(dumpFile), { timeout: 120_000 });
        await wb.page
          .locator('.monaco-editor .view-line', { hasText: '(0002,0000)' })
          .first()
          .waitFor({ timeout: 120_000 });
        return Date.now() - t0;
      };
      await openTable(); // warm-up: activation
      await wb.closeAllEditors();
      await openDump();
      await wb.closeAllEditors();
      const table = [];
      const dump = [];
      let insp;
      for (let k = 0; k < runs; k++) {
        const opened = await openTable();
        table.push(opened.ms);
        insp = opened.insp;
        if (k < runs - 1) await wb.closeAllEditors();
      }
      const filterTimes = {};
      for (const q of ['-4\\-4\\3999', '(0020,9157)', 'frame acquisition number', '20240115102000.999000']) {
        const times = [];
        for (let k = 0; k < 3; k++) {
          times.push(
            await insp.filter.evaluate(async (input, value) => {
              const count = document.getElementById('match-count');
              input.value = '';
              input.dispatchEvent(new Event('input', { bubbles: true }));
              await new Promise((r) => setTimeout(r, 300));
              const t0 = performance.now();
              const done = new Promise((resolve) => {
                const observer = new MutationObserver(() => {
                  observer.disconnect();
                  resolve();
                });
                observer.observe(count, { childList: true, characterData: true, subtree: true });
              });
              input.value = value;
              input.dispatchEvent(new Event('input', { bubbles: true }));
              await done;
              await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
              return performance.now() - t0;
            }, q),
          );
        }
        filterTimes[q] = median(times);
      }
      await wb.closeAllEditors();
      for (let k = 0; k < runs; k++) {
        dump.push(await openDump());
        await wb.closeAllEditors();
      }
      console.log(`\nThe 100,000-element header in the real workbench (median of ${runs})`);
      line('open → first table rows shown', median(table), 'open its text dump → first line', median(dump));
      console.log(`    runs: ${table.join(', ')} / ${dump.join(', ')} ms`);
      for (const [q, t] of Object.entries(filterTimes))
        line(`filter "${q}" → match count painted`, t, '(includes the 40 ms debounce)', undefined);
    };
    if (process.env.BENCH_WEBVIEW_SKIP_HEADER !== '1') await benchHeader();

    // -- 4. a drag step on the 4000 x 5500 frame --
    const mammoInsp = await openInInspector(wb, path.basename(mammo), { timeout: 120_000 });
    await waitUntil(
      'the mammogram painted',
      () =>
        mammoInsp.frame.locator('#image-viewport').evaluate((viewport) => {
          const canvas = document.getElementById('image-canvas');
          return !viewport.classList.contains('stale') && canvas.width === 4000;
        }),
      (v) => v,
      { timeout: 120_000, interval: 50 },
    );
    const box = await mammoInsp.frame.locator('#image-viewport').boundingBox();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // Each drag: 40 pointer moves sent as fast as the page takes them, while the page records every animation
    // frame and the window shown in it. A frame that takes long to draw delays the next animation frame, so the
    // intervals between them are what the user sees; the count of distinct windows painted is how closely the
    // image follows the pointer.
    const intervals = [];
    const updatesPerSecond = [];
    const backTimes = [];
    const afterRelease = [];
    const viewport = mammoInsp.frame.locator('#image-viewport');
    for (let run = 0; run < 3; run++) {
      await viewport.evaluate(() => {
        const state = { frames: [], on: true };
        globalThis.__benchDrag = state;
        const center = document.getElementById('window-center');
        const loop = (t) => {
          if (!state.on) return;
          state.frames.push([t, center ? center.value : '']);
          requestAnimationFrame(loop);
        };
        requestAnimationFrame(loop);
      });
      const dir = run % 2 ? -1 : 1;
      await wb.page.mouse.move(cx, cy);
      await wb.page.mouse.down();
      await wb.page.mouse.move(cx + dir * box.width * 0.3, cy - dir * box.height * 0.15, { steps: 40 });
      await wb.page.mouse.up();
      const t1 = Date.now();
      await waitUntil(
        'full resolution back',
        () => viewport.evaluate(() => document.getElementById('image-preview-canvas')?.hidden ?? true),
        (hidden) => hidden,
        { timeout: 30_000, interval: 10 },
      );
      backTimes.push(Date.now() - t1);
      const frames = await viewport.evaluate(() => {
        globalThis.__benchDrag.on = false;
        return globalThis.__benchDrag.frames;
      });
      // From the first frame showing a dragged window to the last new one.
      const changes = frames.filter((f, k) => k > 0 && f[1] !== frames[k - 1][1]);
      if (changes.length < 2) continue;
      const first = frames.indexOf(changes[0]);
      const last = frames.indexOf(changes[changes.length - 1]);
      for (let k = first + 1; k <= last; k++) intervals.push(frames[k][0] - frames[k - 1][0]);
      // After the last new window: the full render coming back, which should not hold the page up either.
      let longestAfter = 0;
      for (let k = last + 1; k < frames.length; k++)
        longestAfter = Math.max(longestAfter, frames[k][0] - frames[k - 1][0]);
      afterRelease.push(Math.round(longestAfter));
      updatesPerSecond.push((changes.length - 1) / ((changes[changes.length - 1][0] - changes[0][0]) / 1000));
    }
    console.log(
      '\nWindow/level drag on a 4000 x 5500 16-bit frame in the real workbench (3 drags of 40 pointer moves)',
    );
    percentiles('frame interval while dragging', intervals);
    console.log(
      `    windows painted per second: ${updatesPerSecond.map((u) => u.toFixed(1)).join(', ')}; ` +
        `release → full resolution back: ${backTimes.join(', ')} ms; ` +
        `longest frame meanwhile: ${afterRelease.join(', ')} ms`,
    );
    await wb.closeAllEditors();
    if (process.env.BENCH_WEBVIEW_SKIP_SCRUB === '1') return;

    // -- 5. scrubbing the 300-frame CT --
    const ctInsp = await openInInspector(wb, path.basename(ct), { timeout: 120_000 });
    await waitUntil(
      'the CT painted',
      () => ctInsp.frame.locator('#frame-label').textContent(),
      (t) => /Frame 1 \/ 300/.test(t ?? ''),
      { timeout: 120_000 },
    );
    const goTo = (frame) =>
      ctInsp.frame.locator('#frame-slider').evaluate(async (slider, k) => {
        const label = document.getElementById('frame-label');
        const viewport = document.getElementById('image-viewport');
        const shown = () => label.textContent === `Frame ${k} / 300` && !viewport.classList.contains('stale');
        const t0 = performance.now();
        const done = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            resolve(performance.now() - t0);
          });
          observer.observe(viewport.closest('.viewer') ?? document.body, {
            attributes: true,
            childList: true,
            characterData: true,
            subtree: true,
          });
        });
        slider.value = String(k);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        return done;
      }, frame);
    await new Promise((r) => setTimeout(r, 1000));
    const uncached = [];
    const cached = [];
    // Far jumps (never near a frame shown before, so never prefetched), each followed by a step to its
    // neighbour once the prefetch around it has landed.
    for (let k = 0; k < 20; k++) {
      const target = 20 + ((k * 137) % 260);
      uncached.push(await goTo(target));
      await new Promise((r) => setTimeout(r, 400));
      cached.push(await goTo(target + 1));
      await new Promise((r) => setTimeout(r, 100));
    }
    console.log(
      '\nScrubbing a 300-frame 512 x 512 CT in the real workbench (slider input → frame drawn, 20 each)',
    );
    percentiles('frame not yet shown (host read + send)', uncached);
    percentiles('prefetched frame (webview cache)', cached);
    console.log('    no peer: VS Code has no multi-frame image viewer to scrub');
  } finally {
    await wb.teardown();
  }
}

export async function benchWebview() {
  const header = ensureLargeHeader();
  // The Node parts need this branch's modules; a checkout without them (to measure "before" in the
  // workbench) says so and goes on.
  try {
    benchDragStepNode();
    await benchFilterNode(header);
  } catch (caught) {
    console.log(`  (Node parts skipped: ${caught.message.split('\n')[0]})`);
  }
  if (process.env.BENCH_SKIP_WORKBENCH === '1') return;
  if (!existsSync(path.join(root, 'dist', 'cli.js')))
    execFileSync('node', ['scripts/build.mjs'], { cwd: root });
  const mammo = ensureImage('mammo-4000x5500.dcm', 5500, 4000, 1);
  const ct = ensureImage('ct-300-frames.dcm', 512, 512, 300);
  await benchInWorkbench(header, mammo, ct);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWebview();
