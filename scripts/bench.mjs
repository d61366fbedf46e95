// npm run bench: figures printed side by side with a peer measured in the same run. Never a pass/fail test:
// the machine is noisy, so it reports medians over several runs and the ratio to the peer.
//
//  1. whole-process time of `dicom-inspect dump` against dcmdump on a large-header file (an enhanced
//     multi-frame with thousands of per-frame functional-group items, generated into bench-data/);
//  2. in-process parse time of the core (parse only, and parse + table rows) against dicom-parser alone.
//  3. decode speed per codec (bench-decode.mjs);
//  4. export of a 300-frame 512x512 CT to JPEG files against dcmj2pnm (bench-export.mjs);
//  5. with BENCH_LARGE=1: `info` on a 2 GB multi-frame file against dcmdump and gdcminfo (bench-large.mjs);
//  6. first painted image in the real workbench against VS Code's image preview (bench-workbench.mjs; skipped
//     with BENCH_SKIP_WORKBENCH=1).

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dataDir = path.join(root, 'bench-data');
const runs = Number(process.env.BENCH_RUNS ?? 7);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (ms) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;

/** The peers and generators the benchmarks run (dcmtk, GDCM, OpenJPH's tools, pydicom): installed with apt-get when missing and
 *  running as root, as the fixture generator does; otherwise the command to install them is printed. */
function ensurePeers() {
  const have = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
  const python = spawnSync('/usr/bin/python3', ['-c', 'import pydicom, numpy']).status === 0;
  const tools = ['dcmdump', 'dcm2json', 'dcmj2pnm', 'dcmdjpls', 'gdcmconv', 'gdcminfo', 'ojph_compress'];
  if (tools.every(have) && python) return;
  const packages = ['dcmtk', 'libgdcm-tools', 'openjph-tools', 'python3-pydicom', 'python3-numpy'];
  if (process.getuid?.() !== 0 || !have('apt-get')) {
    console.error(`bench: install the peers first: sudo apt-get install ${packages.join(' ')}`);
    process.exit(1);
  }
  console.log(`bench: installing ${packages.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { env, stdio: 'ignore' });
}

function ensureBuilt() {
  if (!existsSync(path.join(root, 'dist/cli.js'))) execFileSync('node', ['scripts/build.mjs'], { cwd: root });
}

function ensureLargeHeader() {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'large-header.dcm');
  if (!existsSync(file)) {
    console.log('Generating the large-header file (once)…');
    execFileSync('bash', ['scripts/generate-large-fixtures.sh', dataDir, '--name', 'large-header.dcm'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  return file;
}

function timeProcess(command, args) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    times.push(performance.now() - start);
    if (result.error) return undefined;
  }
  return median(times);
}

function timeInProcess(fn) {
  fn(); // warm up: JIT and first-use table loading
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

function row(label, ours, peerLabel, peer) {
  const ratio = ours !== undefined && peer !== undefined ? `${(ours / peer).toFixed(2)}×` : 'n/a';
  console.log(
    `${label.padEnd(44)} ${fmt(ours).padStart(10)}   ${peerLabel.padEnd(22)} ${peer === undefined ? 'unavailable'.padStart(10) : fmt(peer).padStart(10)}   ratio ${ratio}`,
  );
}

async function main() {
  ensurePeers();
  ensureBuilt();
  const file = ensureLargeHeader();
  const size = statSync(file).size;
  const elementCount = (() => {
    const { parseDicom } = loadCore();
    let count = 0;
    const walk = (elements) => {
      for (const e of elements) {
        count++;
        for (const item of e.items ?? []) walk(item.elements);
      }
    };
    const parsed = parseDicom(new Uint8Array(readFileSync(file)));
    walk(parsed.meta);
    walk(parsed.dataset);
    return count;
  })();
  console.log(
    `\nLarge-header file: ${path.relative(root, file)}, ${(size / 1e6).toFixed(1)} MB, ${elementCount} elements`,
  );
  console.log(`Medians of ${runs} runs on ${process.platform}/${process.arch}, Node ${process.version}\n`);

  console.log('Whole process (read, parse, print everything to /dev/null)');
  const oursDump = timeProcess('node', [path.join(root, 'dist/cli.js'), 'dump', file]);
  const dcmdump = timeProcess('dcmdump', ['+L', file]);
  row('dicom-inspect dump', oursDump, 'dcmdump +L', dcmdump);
  const oursJson = timeProcess('node', [path.join(root, 'dist/cli.js'), 'json', file]);
  const dcm2json = timeProcess('dcm2json', [file]);
  row('dicom-inspect json', oursJson, 'dcm2json', dcm2json);
  const startup = timeProcess('node', ['-e', '0']);
  console.log(`(Node's own start-up, included above: ${fmt(startup)})\n`);

  console.log('In process (buffer already in memory)');
  const bytes = new Uint8Array(readFileSync(file));
  const { parseDicom, buildHeaderRows } = loadCore();
  const dicomParser = require('dicom-parser');
  const peer = timeInProcess(() => dicomParser.parseDicom(bytes));
  row(
    'core parseDicom',
    timeInProcess(() => parseDicom(bytes)),
    'dicom-parser',
    peer,
  );
  row(
    'core parseDicom + table rows (all values)',
    timeInProcess(() => buildHeaderRows(parseDicom(bytes))),
    'dicom-parser',
    peer,
  );
  await (await import('./bench-decode.mjs')).benchDecode();
  await (await import('./bench-export.mjs')).benchExport();
  if (process.env.BENCH_LARGE === '1') await (await import('./bench-large.mjs')).benchLarge();
  if (process.env.BENCH_SKIP_WORKBENCH !== '1')
    await (await import('./bench-workbench.mjs')).benchWorkbench();
  await (await import('./bench-webview.mjs')).benchWebview(); // issue 5: drag preview, header filter, scrubbing
}

let core;
function loadCore() {
  if (core) return core;
  // The core is TypeScript: bundle the two entry points on the fly with esbuild into one CommonJS module.
  const esbuild = require('esbuild');
  const out = esbuild.buildSync({
    stdin: {
      contents:
        "export { parseDicom } from './src/dicom/parser'; export { buildHeaderRows } from './src/dicom/headerRows';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, require);
  core = module.exports;
  return core;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
