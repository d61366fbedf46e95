// Export speed (part of `npm run bench`, or `node scripts/bench-export.mjs` alone): every frame of a 300-frame
// 512x512 16-bit CT to JPEG files, whole process, `dicom-inspect export FILE --format jpeg --out DIR` against
// dcmtk's `dcmj2pnm --write-jpeg --all-frames +Wi 1` (the file's window, as ours applies by default; quality 90
// for both) on the same file. Never a pass/fail test: medians of a few runs on a noisy machine.
//
// The CT is generated once with pydicom and numpy into the system's temporary folder (about 160 MB, never in the
// repository): a head-like phantom in HU (air, skin, bone ring, brain, a few lesions moving with the slice) with
// noise, Rescale Intercept -1024, signed 16-bit, Window 40/400. BENCH_EXPORT_FRAMES / BENCH_EXPORT_SIZE /
// BENCH_EXPORT_RUNS change the defaults (300 / 512 / 3).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const frames = Number(process.env.BENCH_EXPORT_FRAMES ?? 300);
const size = Number(process.env.BENCH_EXPORT_SIZE ?? 512);
const runs = Number(process.env.BENCH_EXPORT_RUNS ?? 3);
const dir = path.join(os.tmpdir(), 'dicom-inspect-bench-export');
const PY = '/usr/bin/python3';

const GENERATE = `
import sys, numpy as np, pydicom
from pydicom.dataset import Dataset, FileDataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, generate_uid
out, frames, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = np.random.default_rng(4)
y, x = np.mgrid[0:size, 0:size].astype(np.float32) / size - 0.5
r = np.hypot(x / 0.42, y / 0.48)
base = np.full((size, size), -1000.0, np.float32)
base[r < 1.0] = 40.0                       # skin and soft tissue
base[(r < 0.97) & (r > 0.90)] = 900.0      # skull
base[r <= 0.90] = 30.0                     # brain
stack = np.empty((frames, size, size), np.int16)
for k in range(frames):
    hu = base.copy()
    t = k / max(1, frames - 1)
    for cx, cy, rad, val in ((0.1, -0.1, 0.08, 70.0), (-0.15, 0.12, 0.05, -20.0), (0.0, 0.2, 0.03, 400.0)):
        m = np.hypot(x - cx * (1 + t), y - cy) < rad * (0.5 + np.sin(np.pi * t))
        hu[m] = val
    hu += rng.normal(0, 8, hu.shape).astype(np.float32)
    stack[k] = np.clip(np.rint(hu + 1024), -2048, 4095).astype(np.int16)
meta = FileMetaDataset()
meta.MediaStorageSOPClassUID = '1.2.840.10008.5.1.4.1.1.2'
meta.MediaStorageSOPInstanceUID = generate_uid()
meta.TransferSyntaxUID = ExplicitVRLittleEndian
ds = FileDataset(out, {}, file_meta=meta, preamble=b'\\0' * 128)
ds.is_little_endian, ds.is_implicit_VR = True, False
ds.SOPClassUID, ds.SOPInstanceUID = meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID
ds.Modality, ds.PatientName, ds.PatientID = 'CT', 'Bench^Export', 'BENCH-1'
ds.StudyInstanceUID, ds.SeriesInstanceUID = generate_uid(), generate_uid()
ds.StudyDate, ds.SeriesNumber, ds.InstanceNumber = '20260101', 1, 1
ds.Rows = ds.Columns = size
ds.NumberOfFrames = frames
ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, 'MONOCHROME2'
ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
ds.RescaleIntercept, ds.RescaleSlope, ds.RescaleType = -1024, 1, 'HU'
ds.WindowCenter, ds.WindowWidth = 40, 400
ds.PixelData = stack.tobytes()
ds.save_as(out, write_like_original=False)
`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const fmt = (ms) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);

function ensureData() {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `ct-${frames}x${size}.dcm`);
  if (!existsSync(file)) {
    console.log(`Generating the export benchmark CT (${frames} frames of ${size}x${size}, once, in ${dir})…`);
    execFileSync(PY, ['-c', GENERATE, file + '.tmp', String(frames), String(size)], { stdio: 'inherit' });
    execFileSync('mv', [file + '.tmp', file]);
  }
  return file;
}

/** One run of a command into an empty output folder: wall time, CPU time (user + system, from /usr/bin/time
 *  when there is one: less disturbed than wall time by other work on the machine), files written. */
function runOnce(command, args, outDir) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const timed = hasTime ? ['/usr/bin/time', ['-f', '@cpu %U %S', command, ...args]] : [command, args];
  const start = performance.now();
  const result = spawnSync(timed[0], timed[1], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const wall = performance.now() - start;
  const stderr = result.stderr?.toString() ?? '';
  if (result.error || result.status !== 0) {
    console.log(`  ${command} failed: ${result.error?.message ?? stderr.trim()}`);
    return undefined;
  }
  const cpu = /@cpu ([\d.]+) ([\d.]+)/.exec(stderr);
  return {
    wall,
    cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined,
    written: readdirSync(outDir).length,
  };
}

/** Runs both commands in turn, `runs` times, so that a busy moment hits both alike; medians. */
function timeBoth(commands) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach(([command, args, outDir], k) => {
      if (command === undefined || samples[k] === undefined) return;
      const sample = runOnce(command, args, outDir);
      if (sample) samples[k].push(sample);
      else samples[k] = undefined;
    });
  }
  return samples.map((list) =>
    list?.length
      ? {
          wall: median(list.map((s) => s.wall)),
          cpu: list.every((s) => s.cpu !== undefined) ? median(list.map((s) => s.cpu)) : undefined,
          written: list[list.length - 1].written,
        }
      : { wall: undefined, cpu: undefined, written: 0 },
  );
}

const hasTime = existsSync('/usr/bin/time');

export async function benchExport() {
  if (!existsSync(path.join(root, 'dist/cli.js'))) {
    execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  }
  const file = ensureData();
  const mb = statSync(file).size / 1e6;
  const oursDir = path.join(dir, 'out-ours');
  const peerDir = path.join(dir, 'out-dcmtk');
  console.log(
    `\nExport to JPEG, whole process (${frames} frames of ${size}x${size} 16-bit CT, ${mb.toFixed(0)} MB; ` +
      `quality 90, window 40/400; medians of ${runs} runs)`,
  );
  const oursArgs = [path.join(root, 'dist/cli.js'), 'export', file, '--format', 'jpeg', '--out', oursDir];
  const peerArgs = ['--write-jpeg', '--all-frames', '+Wi', '1', file, path.join(peerDir, 'frame')];
  const [ours, peer] = timeBoth([
    ['node', oursArgs, oursDir],
    [has('dcmj2pnm') ? 'dcmj2pnm' : undefined, peerArgs, peerDir],
  ]);
  const perFrame = (ms) => (ms === undefined ? 'n/a' : `${(ms / frames).toFixed(1)} ms/frame`);
  console.log(`${''.padEnd(50)} ${'wall'.padStart(8)} ${''.padStart(14)}  ${'CPU'.padStart(8)}`);
  const line = (label, result) =>
    console.log(
      `${label.padEnd(50)} ${fmt(result.wall).padStart(8)} ${perFrame(result.wall).padStart(14)}  ${fmt(result.cpu).padStart(8)}  ${String(result.written).padStart(4)} files`,
    );
  line('dicom-inspect export FILE --format jpeg --out DIR', ours);
  line(`dcmj2pnm ${peerArgs.slice(0, 4).join(' ')}`, peer);
  const ratio = (a, b) => (a !== undefined && b !== undefined ? `${(a / b).toFixed(2)}×` : 'n/a');
  console.log(`ratio (ours / dcmtk): wall ${ratio(ours.wall, peer.wall)}, CPU ${ratio(ours.cpu, peer.cpu)}`);
  rmSync(oursDir, { recursive: true, force: true });
  rmSync(peerDir, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await benchExport();
