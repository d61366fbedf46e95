// End-to-end: a window drag on a big frame (issue 5). A 2000 x 1000 16-bit image (2 Mpixels, over the preview
// budget) is generated at test time; while the window is dragged the viewer shows a subsampled preview on its
// own canvas, and once the drag ends the image canvas holds exactly what the shared render function makes for
// the window shown (compared by a hash of all 8 MB of RGBA computed in the page). Skipped when python3 with
// pydicom and numpy is missing.
/* global document, MutationObserver */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before, onFailure, skip, test, waitUntil } from './harness.mjs';
import { openInInspector } from './inspector.mjs';
import { makeScratch, repoRoot, startWorkbench } from './workbench.mjs';

const require = createRequire(import.meta.url);
require(join(repoRoot, 'scripts', 'register-ts.js'));
const core = (path) => require(join(repoRoot, 'src', ...path.split('/')));
const { parseDicom } = core('dicom/parser.ts');
const { readImageInfo } = core('dicom/pixels/imageInfo.ts');
const { decodeFrame } = core('dicom/pixels/decodeFrame.ts');
const { renderFrame } = core('dicom/pixels/render.ts');

const NAME = 'big-2000x1000.dcm';
const GENERATE = String.raw`
import sys, numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid
rows, cols = 1000, 2000
y, x = np.mgrid[0:rows, 0:cols]
pixels = ((x * 3 + y * 5) % 4096).astype(np.uint16)
meta = FileMetaDataset()
meta.MediaStorageSOPClassUID = '1.2.840.10008.5.1.4.1.1.7'
meta.MediaStorageSOPInstanceUID = generate_uid()
meta.TransferSyntaxUID = ExplicitVRLittleEndian
ds = Dataset()
ds.file_meta = meta
ds.SOPClassUID = meta.MediaStorageSOPClassUID
ds.SOPInstanceUID = meta.MediaStorageSOPInstanceUID
ds.Modality = 'OT'
ds.Rows, ds.Columns = rows, cols
ds.SamplesPerPixel = 1
ds.PhotometricInterpretation = 'MONOCHROME2'
ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
ds.WindowCenter, ds.WindowWidth = 2048, 4096
ds.PixelData = pixels.tobytes()
ds.is_little_endian, ds.is_implicit_VR = True, False
ds.save_as(sys.argv[1], write_like_original=False)
`;

/** FNV-1a over bytes: the same in Node and in the page. */
function fnv(bytes) {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
  return h;
}

let skipReason;
let dir;
let file;
let wb;
let insp;

before(async () => {
  dir = makeScratch('dicom-inspector-drag-');
  file = join(dir, NAME);
  try {
    execFileSync('/usr/bin/python3', ['-c', GENERATE, file], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    skipReason = `python3 with pydicom and numpy could not write the image (${String(
      err.stderr ?? err.message,
    )
      .trim()
      .split('\n')
      .pop()})`;
    return;
  }
  wb = await startWorkbench({ files: [{ from: file, to: NAME }] });
});

after(async () => {
  await wb?.teardown();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

onFailure(async (name) => {
  await wb?.screenshot(`FAILED-drag-preview-${name}`);
});

test(
  'a window drag on a 2-Mpixel frame shows a preview, then exactly the render function’s pixels',
  async () => {
    if (skipReason) skip(skipReason);
    insp = await openInInspector(wb, NAME);
    const viewport = insp.frame.locator('#image-viewport');
    await waitUntil(
      'the image drawn',
      () =>
        viewport.evaluate((v) => {
          const canvas = document.getElementById('image-canvas');
          return !v.classList.contains('stale') && !canvas.hidden && canvas.width;
        }),
      (w) => w === 2000,
      { timeout: 60_000 },
    );
    // Record what the preview canvas shows during the drag.
    await viewport.evaluate(() => {
      const seen = [];
      globalThis.__previewSeen = seen;
      const preview = document.getElementById('image-preview-canvas');
      new MutationObserver(() => {
        if (!preview.hidden) seen.push([preview.width, preview.height, preview.style.width]);
      }).observe(preview, { attributes: true });
    });
    const box = await viewport.boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await wb.page.mouse.move(x, y);
    await wb.page.mouse.down();
    await wb.page.mouse.move(x - box.width / 5, y + box.height / 10, { steps: 12 });
    await wb.page.mouse.up();
    const seen = await viewport.evaluate(() => globalThis.__previewSeen);
    assert.ok(seen.length > 0, 'no preview was shown during the drag');
    assert.deepEqual(
      seen[0],
      [1000, 500, '2000px'],
      'the preview is every 2nd pixel, stretched to the image',
    );

    await waitUntil(
      'the preview hidden and the full image drawn',
      () =>
        viewport.evaluate(
          () =>
            document.getElementById('image-preview-canvas').hidden &&
            !document.getElementById('image-canvas').hidden,
        ),
      (done) => done,
      { timeout: 30_000 },
    );
    const window = {
      center: Number(await insp.frame.locator('#window-center').inputValue()),
      width: Number(await insp.frame.locator('#window-width').inputValue()),
    };
    assert.ok(window.width < 4096, `the window did not narrow: ${window.width}`);
    const shown = await insp.frame.locator('#image-canvas').evaluate((canvas) => {
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let h = 0x811c9dc5;
      for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i], 0x01000193) >>> 0;
      return { hash: h, width: canvas.width, height: canvas.height };
    });
    const parsed = parseDicom(new Uint8Array(readFileSync(file)));
    const info = readImageInfo(parsed);
    const frame = await decodeFrame(parsed, info.format, 0);
    const expected = fnv(renderFrame(frame, info, { window }));
    assert.deepEqual(
      shown,
      { hash: expected, width: 2000, height: 1000 },
      `window ${window.center}/${window.width}`,
    );
    console.log(
      `    dragged to C ${window.center} W ${window.width}; ${seen.length} preview draws; full pixels exact`,
    );
    await wb.screenshot('drag-preview-after');
  },
  { timeout: 180_000 },
);
