// Decode speed per codec, side by side with dcmtk/GDCM decoding the same file (part of `npm run bench`, or
// `node scripts/bench-decode.mjs` alone). Never a pass/fail test: medians of a few runs on a noisy machine.
//
// Generates once into bench-data/decode/ (gitignored): a 12-bit and an 8-bit multi-frame (100 frames of
// 512x512 by default; BENCH_DECODE_FRAMES / BENCH_DECODE_SIZE change that), encoded with dcmtk, GDCM and
// OpenJPH. For each file it prints
//   - ours in process: decodeFrame over every frame, after one warm-up frame (wasm loaded, worker started);
//   - ours whole process: `dicom-inspect info --json FILE`, which parses and decodes every frame;
//   - the peer, whole process: dcmdjpls / gdcmconv --raw / dcmdrle / dcmdjpeg FILE → a native file;
// in ms per frame, and the ratio of the two whole-process figures.

import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dir = path.join(root, 'bench-data', 'decode');
const frames = Number(process.env.BENCH_DECODE_FRAMES ?? 100);
const size = Number(process.env.BENCH_DECODE_SIZE ?? 512);
const runs = Number(process.env.BENCH_DECODE_RUNS ?? 3);
const PY = '/usr/bin/python3';
const PC = path.join(root, 'scripts/fixtures/pixelcodecs.py');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const run = (command, args) =>
  execFileSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

function htj2k(source, out) {
  const work = path.join(dir, 'htj2k-frames');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  run(PY, [PC, 'frames-raw', source, path.join(work, 'f')]);
  const codestreams = [];
  for (let k = 0; k < frames; k++) {
    const yuv = path.join(work, `f.${k}.yuv`);
    renameSync(path.join(work, `f.${k}.raw`), yuv);
    const j2c = path.join(work, `f.${k}.j2c`);
    run('ojph_compress', [
      ...['-i', yuv, '-o', j2c, '-dims', `{${size},${size}}`, '-num_comps', '1', '-signed', 'false'],
      ...['-bit_depth', '12', '-downsamp', '{1,1}', '-reversible', 'true'],
    ]);
    codestreams.push(j2c);
  }
  run(PY, [PC, 'wrap', source, '1.2.840.10008.1.2.4.201', out, ...codestreams]);
  rmSync(work, { recursive: true, force: true });
}

/** The benchmark files: [label, file, make(out), peer command or undefined]. */
function variants() {
  const src12 = path.join(dir, 'bench-12bit.dcm');
  const src8 = path.join(dir, 'bench-8bit.dcm');
  const out = path.join(dir, 'peer-out.dcm');
  return [
    ['JPEG-LS lossless (.80)', 'jpegls.dcm', (f) => run('dcmcjpls', ['+el', src12, f]), ['dcmdjpls', out]],
    [
      'JPEG 2000 lossless (.90)',
      'j2k.dcm',
      (f) => run('gdcmconv', ['--j2k', src12, f]),
      ['gdcmconv', '--raw', out],
    ],
    ['HTJ2K lossless (.201)', 'htj2k.dcm', (f) => htj2k(src12, f), ['gdcmconv', '--raw', out]],
    ['RLE lossless (.5)', 'rle.dcm', (f) => run('dcmcrle', [src12, f]), ['dcmdrle', out]],
    [
      'JPEG lossless SV1 (.70)',
      'jpeg-lossless.dcm',
      (f) => run('dcmcjpeg', ['+e1', src12, f]),
      ['dcmdjpeg', out],
    ],
    [
      'JPEG extended 12-bit (.51)',
      'jpeg-12bit.dcm',
      (f) => run('dcmcjpeg', ['+ee', '+un', src12, f]),
      ['dcmdjpeg', out],
    ],
    [
      'JPEG baseline 8-bit (.50)',
      'jpeg-baseline.dcm',
      (f) => run('dcmcjpeg', ['+eb', '+un', src8, f]),
      ['dcmdjpeg', out],
    ],
    ['native 16-bit (.1.2.1)', 'bench-12bit.dcm', () => undefined, ['dcmconv', '+te', out]],
  ];
}

function ensureData() {
  mkdirSync(dir, { recursive: true });
  const stamp = path.join(dir, `sources-${frames}x${size}`);
  if (!existsSync(stamp)) {
    console.log(`Generating the decode benchmark files (${frames} frames of ${size}x${size}, once)…`);
    for (const name of readdirSafe(dir)) rmSync(path.join(dir, name), { recursive: true, force: true });
    run(PY, [PC, 'bench-sources', dir, String(frames), String(size)]);
    copyFileSync(path.join(dir, 'bench-12bit.dcm'), stamp);
  }
  for (const [label, name, make] of variants()) {
    const file = path.join(dir, name);
    if (!existsSync(file)) {
      process.stdout.write(`  encoding ${label}…\n`);
      make(file);
    }
  }
}

function readdirSafe(folder) {
  try {
    return execFileSync('ls', ['-A', folder], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

function timeProcess(command, args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    const elapsed = performance.now() - start;
    if (result.error || result.status !== 0) return undefined;
    times.push(elapsed);
  }
  return median(times);
}

let core;
function loadCore() {
  if (core) return core;
  // Bundled on the fly like scripts/bench.mjs does, but to a file: the codec worker it starts is found from
  // the bundle's folder upwards (dist/codecWorker.js, with the .wasm files next to it).
  const esbuild = require('esbuild');
  const outfile = path.join(dir, 'core.cjs');
  esbuild.buildSync({
    stdin: {
      contents: [
        "export { parseDicom } from './src/dicom/parser';",
        "export { readImageInfo } from './src/dicom/pixels/imageInfo';",
        "export { decodeFrame } from './src/dicom/pixels/decodeFrame';",
        "export { stopCodecSandbox } from './src/dicom/pixels/codecs/sandbox';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'error',
  });
  core = require(outfile);
  return core;
}

async function timeInProcess(file) {
  const { parseDicom, readImageInfo, decodeFrame } = loadCore();
  const parsed = parseDicom(new Uint8Array(readFileSync(file)));
  const format = readImageInfo(parsed).format;
  await decodeFrame(parsed, format, 0); // warm-up: wasm instantiation, worker start, JIT
  const times = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (let i = 0; i < format.numberOfFrames; i++) await decodeFrame(parsed, format, i);
    times.push(performance.now() - start);
  }
  return median(times) / format.numberOfFrames;
}

const fmt = (ms) => (ms === undefined ? 'n/a' : `${ms.toFixed(ms < 10 ? 2 : 1)}`);

export async function benchDecode() {
  if (!existsSync(path.join(root, 'dist/cli.js')) || !existsSync(path.join(root, 'dist/codecWorker.js'))) {
    execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  }
  ensureData();
  console.log(`\nDecode, ms per frame (${frames} frames of ${size}x${size}; medians of ${runs} runs)`);
  console.log(
    `${'codec'.padEnd(28)} ${'MB'.padStart(6)} ${'ours, in process'.padStart(17)} ${'ours, whole'.padStart(12)}   ${'peer (whole process)'.padEnd(22)} ${'peer'.padStart(8)}   ratio`,
  );
  for (const [label, name, , peer] of variants()) {
    const file = path.join(dir, name);
    const mb = statSync(file).size / 1e6;
    const inProcess = await timeInProcess(file);
    const wholeTotal = timeProcess('node', [path.join(root, 'dist/cli.js'), 'info', file, '--json']);
    const whole = wholeTotal === undefined ? undefined : wholeTotal / frames;
    const [command, ...rest] = peer;
    const peerTotal = has(command)
      ? timeProcess(command, [...rest.slice(0, -1), file, rest[rest.length - 1]])
      : undefined;
    const peerMs = peerTotal === undefined ? undefined : peerTotal / frames;
    const ratio = whole !== undefined && peerMs !== undefined ? `${(whole / peerMs).toFixed(2)}×` : 'n/a';
    console.log(
      `${label.padEnd(28)} ${mb.toFixed(1).padStart(6)} ${fmt(inProcess).padStart(17)} ${fmt(whole).padStart(12)}   ${[command, ...rest.slice(0, -1)].join(' ').padEnd(22)} ${fmt(peerMs).padStart(8)}   ${ratio}`,
    );
  }
  rmSync(path.join(dir, 'peer-out.dcm'), { force: true });
  loadCore().stopCodecSandbox();
  console.log('(whole process includes Node start-up and parsing for ours; the peer writes a native file)');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchDecode().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
