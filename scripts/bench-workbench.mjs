// Time from opening an editor to its first painted image, in the real workbench (code-server + Debian's
// Chromium), side by side with VS Code's built-in image preview opening a PNG of the same size. Part of
// `npm run bench`, or `node scripts/bench-workbench.mjs` alone. Never a pass/fail test: medians on a noisy machine.
//
// Generates once into bench-data/workbench/ (gitignored, never committed):
//   - a mammography-sized single frame: 4000 x 5500, 16-bit (about 44 MB), and the same values as a 16-bit PNG;
//   - a 300-frame 512 x 512 16-bit CT (about 157 MB), and its first frame as a 16-bit PNG.
// Each file is opened with Quick Open (Ctrl+P, Enter); the clock starts at Enter and stops when the page shows
// the image: the inspector's canvas holds the decoded frame at native size, or the preview's <img> has decoded.
// The state is polled every 25 ms, so figures are at most that much late. Runs: BENCH_WB_RUNS (default 3).

/* global document */
import { existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { waitUntil } from '../test/e2e/harness.mjs';
import { openInInspector } from '../test/e2e/inspector.mjs';
import { startWorkbench } from '../test/e2e/workbench.mjs';
import { writeBenchImage } from './bench-image.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = path.join(root, 'bench-data', 'workbench');
const runs = Number(process.env.BENCH_WB_RUNS ?? 3);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// pydicom writes the DICOM files (bench-image.mjs); fast-png, below, the PNGs of the same values.

async function writePng(raw, png, rows, cols) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { encode } = await import('fast-png');
  const bytes = readFileSync(raw);
  const data = new Uint16Array(bytes.buffer, bytes.byteOffset, rows * cols);
  writeFileSync(png, encode({ width: cols, height: rows, data, channels: 1, depth: 16 }));
}

async function generate() {
  mkdirSync(dir, { recursive: true });
  const cases = [
    { label: '4000 x 5500 16-bit, 1 frame', name: 'mammo-4000x5500', rows: 5500, cols: 4000, frames: 1 },
    { label: '512 x 512 16-bit, 300 frames', name: 'ct-300-frames', rows: 512, cols: 512, frames: 300 },
  ];
  for (const c of cases) {
    c.dicom = path.join(dir, `${c.name}.dcm`);
    c.png = path.join(dir, `${c.name}.png`);
    if (existsSync(c.dicom) && existsSync(c.png)) continue;
    console.log(`generating ${c.dicom} and ${path.basename(c.png)}…`);
    const raw = path.join(dir, `${c.name}.raw`);
    writeBenchImage(c.dicom, { rows: c.rows, cols: c.cols, frames: c.frames, raw });
    await writePng(raw, c.png, c.rows, c.cols);
  }
  return cases;
}

async function timeInspector(wb, c) {
  const start = Date.now();
  const insp = await openInInspector(wb, path.basename(c.dicom), { timeout: 120_000 });
  await waitUntil(
    `${c.name} painted`,
    () =>
      insp.frame.locator('#image-viewport').evaluate((viewport) => {
        const canvas = document.getElementById('image-canvas');
        return !viewport.classList.contains('stale') && !canvas.hidden && canvas.width > 0
          ? { width: canvas.width, height: canvas.height }
          : undefined;
      }),
    (s) => s && s.width === c.cols && s.height === c.rows,
    { timeout: 120_000, interval: 25 },
  );
  return Date.now() - start;
}

async function timePreview(wb, c) {
  const start = Date.now();
  await wb.openFileFromExplorer(path.basename(c.png), { timeout: 120_000 });
  const frame = await wb.webviewFrame({ timeout: 120_000 });
  await waitUntil(
    `${c.name}.png painted`,
    () =>
      frame.locator('body').evaluate(() => {
        const img = document.querySelector('img');
        return img && img.complete && img.naturalWidth > 0 ? img.naturalWidth : undefined;
      }),
    (w) => w === c.cols,
    { timeout: 120_000, interval: 25 },
  );
  return Date.now() - start;
}

export async function benchWorkbench() {
  console.log(
    '\nFirst painted image in the real workbench (ms from opening the file; median of ' + runs + ')',
  );
  const cases = await generate();
  const wb = await startWorkbench({ workspace: dir });
  try {
    // One throw-away open of each kind: the extension activates and the preview's scripts load once.
    await timeInspector(wb, cases[1]);
    await wb.closeAllEditors();
    await timePreview(wb, cases[1]);
    await wb.closeAllEditors();
    for (const c of cases) {
      const ours = [];
      const peer = [];
      for (let k = 0; k < runs; k++) {
        ours.push(await timeInspector(wb, c));
        await wb.closeAllEditors();
        peer.push(await timePreview(wb, c));
        await wb.closeAllEditors();
      }
      const [a, b] = [median(ours), median(peer)];
      console.log(
        `  ${c.label.padEnd(30)} inspector ${String(a).padStart(6)} ms   built-in image preview (PNG) ` +
          `${String(b).padStart(6)} ms   ratio ${(a / b).toFixed(2)}x   (runs: ${ours.join(', ')} / ${peer.join(', ')})`,
      );
    }
  } finally {
    await wb.teardown();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWorkbench();
