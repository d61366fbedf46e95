// End-to-end: a 1 GB multi-frame file (generated at test time, never committed) opens in the real workbench
// without the extension host reading it whole: the header and the first frame show, frames far apart decode on
// demand, and the extension host's peak memory grows by far less than the file's size (issue 5's budget:
// 300 MB whatever the size). LARGE_FILE_FRAMES changes the size (2000 frames of 512 x 512 16-bit = 1 GB).
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, onFailure, test, waitUntil } from './harness.mjs';
import {
  imageState,
  memoryOf,
  resetPeak,
  timeOpen,
  waitForExtensionHost,
  writeLargeNativeFile,
} from './largeFile.mjs';
import { makeScratch, startWorkbench } from './workbench.mjs';

const FRAMES = Number(process.env.LARGE_FILE_FRAMES ?? 2000);
const NAME = 'large-native.dcm';
const BUDGET_MB = 300;

let wb;
let folder;

before(async () => {
  folder = join(makeScratch('dicom-inspector-large-'), 'ws');
  mkdirSync(folder, { recursive: true });
  const started = Date.now();
  const { bytes } = writeLargeNativeFile(join(folder, NAME), FRAMES);
  console.log(`    wrote ${(bytes / 2 ** 30).toFixed(2)} GB in ${Date.now() - started} ms`);
  wb = await startWorkbench({ workspace: folder });
});

after(async () => {
  await wb?.teardown();
  if (folder && !process.env.KEEP_RUN) rmSync(folder, { recursive: true, force: true });
});

onFailure(async () => {
  await wb?.screenshot('large-file-FAILED');
});

test(`a ${FRAMES}-frame file of ${((FRAMES * 512 * 512 * 2) / 2 ** 30).toFixed(1)} GB opens without reading it whole`, async () => {
  const pid = await waitForExtensionHost(wb);
  const before = memoryOf(pid);
  resetPeak(pid);
  const { insp, headerMs, firstFrameMs } = await timeOpen(wb, NAME, 512);
  console.log(`    header shown after ${headerMs} ms, first frame after ${firstFrameMs} ms`);

  // Far-apart frames decode on demand: the last, then back to the first.
  await insp.frame.locator('#image-viewport').focus();
  await wb.page.keyboard.press('End');
  await waitUntil(
    'the last frame',
    () => imageState(insp),
    (s) => s.ready && s.label.includes(`${FRAMES} / ${FRAMES}`),
    { timeout: 60_000 },
  );
  await wb.page.keyboard.press('Home');
  await waitUntil(
    'the first frame again',
    () => imageState(insp),
    (s) => s.ready && s.label.startsWith('Frame 1 /'),
    { timeout: 60_000 },
  );
  await wb.screenshot('large-file-01-opened');

  const peak = memoryOf(pid).peakMb;
  const growth = peak - before.rssMb;
  console.log(
    `    extension host: ${before.rssMb.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB (growth ${growth.toFixed(0)} MB)`,
  );
  assert.ok(
    growth < BUDGET_MB,
    `the extension host grew by ${growth.toFixed(0)} MB (budget ${BUDGET_MB} MB)`,
  );
});
