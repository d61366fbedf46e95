// Large files (issue 5): `dicom-inspect info` on a 2 GB multi-frame file, native and JPEG-LS, against dcmdump and
// gdcminfo on the same files, whole process: wall time and peak RSS (GNU time's %M), medians of BENCH_LARGE_RUNS
// (default 3). Part of `npm run bench` when BENCH_LARGE=1 (the files take minutes to generate and 4 GB of disk),
// or `node scripts/bench-large.mjs` alone.
//
// Generates once into bench-data/large/ (gitignored, never committed): 4000 frames of 512 x 512, 16-bit
// (BENCH_LARGE_FRAMES changes the count), written frame by frame so that the generator itself stays small, and the
// same frames in JPEG-LS lossless (dcmcjpls).

import { execFileSync, spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = path.join(root, 'bench-data', 'large');
const frames = Number(process.env.BENCH_LARGE_FRAMES ?? 4000);
const runs = Number(process.env.BENCH_LARGE_RUNS ?? 3);
const SIZE = 512;
const PY = '/usr/bin/python3';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// The header, written by pydicom with an empty Pixel Data that this script then replaces by the frames.
const HEADER = String.raw`
import sys
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid
out, frames, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
meta = FileMetaDataset()
meta.MediaStorageSOPClassUID = '1.2.840.10008.5.1.4.1.1.2'
meta.MediaStorageSOPInstanceUID = generate_uid()
meta.TransferSyntaxUID = ExplicitVRLittleEndian
ds = Dataset()
ds.file_meta = meta
ds.SOPClassUID, ds.SOPInstanceUID = meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID
ds.Modality, ds.PatientName, ds.PatientID = 'CT', 'Bench^Large', 'LARGE-1'
ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
ds.Rows = ds.Columns = size
ds.NumberOfFrames = frames
ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, 'MONOCHROME2'
ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
ds.RescaleSlope, ds.RescaleIntercept = 1, -1024
ds.WindowCenter, ds.WindowWidth = 1064, 400
ds.is_little_endian, ds.is_implicit_VR = True, False
ds.save_as(out, write_like_original=False)
`;

function generateNative(file) {
  const header = `${file}.header`;
  execFileSync(PY, ['-c', HEADER, header, String(frames), String(SIZE)], { stdio: 'inherit' });
  const partial = `${file}.partial`;
  const fd = openSync(partial, 'w');
  try {
    writeSync(fd, readFileSync(header));
    const frameBytes = SIZE * SIZE * 2;
    const element = Buffer.alloc(12);
    element.writeUInt16LE(0x7fe0, 0);
    element.writeUInt16LE(0x0010, 2);
    element.write('OW', 4, 'latin1');
    element.writeUInt32LE(frameBytes * frames, 8);
    writeSync(fd, element);
    const frame = new Uint16Array(SIZE * SIZE); // little-endian on every machine this runs on
    for (let k = 0; k < frames; k++) {
      // A moving disc on a gradient: compressible like an image, different on every frame.
      const cx = 256 + Math.round(150 * Math.cos(k / 40));
      const cy = 256 + Math.round(150 * Math.sin(k / 40));
      for (let y = 0; y < SIZE; y++) {
        for (let x = 0; x < SIZE; x++) {
          const disc = (x - cx) ** 2 + (y - cy) ** 2 < 60 * 60 ? 1500 : 0;
          frame[y * SIZE + x] = (((x + y + k) & 1023) + disc) & 0xfff;
        }
      }
      writeSync(fd, frame);
    }
  } finally {
    closeSync(fd);
    rmSync(header, { force: true });
  }
  renameSync(partial, file);
}

function generate() {
  mkdirSync(dir, { recursive: true });
  const native = path.join(dir, `native-${frames}x${SIZE}.dcm`);
  const jpegls = path.join(dir, `jpegls-${frames}x${SIZE}.dcm`);
  if (!existsSync(native)) {
    console.log(`generating ${native}…`);
    generateNative(native);
  }
  if (!existsSync(jpegls)) {
    console.log(`generating ${jpegls} (dcmcjpls)…`);
    execFileSync('dcmcjpls', ['+el', native, `${jpegls}.partial`], { stdio: 'inherit' });
    renameSync(`${jpegls}.partial`, jpegls);
  }
  return [native, jpegls];
}

/** { ms, rssMb } of one whole-process run, timed by GNU time. */
function measure(command, args) {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - started;
  const lines = run.stderr.trim().split('\n');
  const rssKb = Number(lines[lines.length - 1]);
  if (!Number.isFinite(rssKb)) throw new Error(`${command}: ${run.stderr.slice(0, 300)}`);
  return { ms, rssMb: rssKb / 1024 };
}

function row(label, command, args) {
  const samples = Array.from({ length: runs }, () => measure(command, args));
  const ms = median(samples.map((s) => s.ms));
  const rssMb = median(samples.map((s) => s.rssMb));
  console.log(
    `  ${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms ${rssMb.toFixed(0).padStart(7)} MB peak RSS`,
  );
  return { ms, rssMb };
}

/** In the real workbench: time to header and first frame, and the extension host's peak memory growth. */
async function benchWorkbench(files, { small }) {
  const { startWorkbench } = await import('../test/e2e/workbench.mjs');
  const { memoryOf, resetPeak, timeOpen, waitForExtensionHost } = await import('../test/e2e/largeFile.mjs');
  console.log('In the real workbench (code-server): opening each file in the inspector');
  const wb = await startWorkbench({ workspace: dir });
  try {
    const pid = await waitForExtensionHost(wb);
    for (const file of files) {
      const header = [];
      const first = [];
      const growth = [];
      for (let k = 0; k < runs; k++) {
        const before = memoryOf(pid).rssMb;
        resetPeak(pid);
        const columns = file === small ? 128 : SIZE;
        const { headerMs, firstFrameMs } = await timeOpen(wb, path.basename(file), columns);
        growth.push(memoryOf(pid).peakMb - before);
        header.push(headerMs);
        first.push(firstFrameMs);
        await wb.closeAllEditors();
      }
      console.log(
        `  ${path.basename(file).padEnd(26)} header shown ${median(header).toFixed(0).padStart(6)} ms, first frame ` +
          `${median(first).toFixed(0).padStart(6)} ms, extension host peak growth ${median(growth).toFixed(0)} MB ` +
          `(first open, extension activation included: ${growth[0].toFixed(0)} MB)`,
      );
    }
  } finally {
    await wb.teardown();
  }
}

export async function benchLarge() {
  console.log(`\nLarge files: ${frames} frames of ${SIZE}x${SIZE} 16-bit, whole process, median of ${runs}`);
  const cli = path.join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) execFileSync('node', [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  for (const file of generate()) {
    const mb = statSync(file).size / 2 ** 20;
    console.log(`${path.basename(file)} (${mb.toFixed(0)} MB)`);
    const ours = row('dicom-inspect info', 'node', [cli, 'info', file]);
    const dump = row('dcmdump -M (values over 4 KB not loaded)', 'dcmdump', ['-M', file]);
    const gdcm = row('gdcminfo', 'gdcminfo', [file]);
    console.log(
      `  ratio: time ${(ours.ms / dump.ms).toFixed(2)}x dcmdump, ${(ours.ms / gdcm.ms).toFixed(2)}x gdcminfo; ` +
        `peak RSS ${(ours.rssMb / dump.rssMb).toFixed(2)}x dcmdump, ${(ours.rssMb / gdcm.rssMb).toFixed(2)}x gdcminfo`,
    );
  }
  if (process.env.BENCH_SKIP_WORKBENCH !== '1') {
    // A 33 KB file in the same run shows what opening an editor costs whatever the file's size.
    const small = path.join(dir, 'small-ct-128x128.dcm');
    copyFileSync(path.join(root, 'samples', 'ct-head-phantom.dcm'), small);
    await benchWorkbench([...generate(), small], { small });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchLarge();
