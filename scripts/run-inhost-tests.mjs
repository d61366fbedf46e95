#!/usr/bin/env node
// Runs the in-extension-host mocha suite (out/test/suite/index.js, the @vscode/test-electron `run()` contract) in a
// real VS Code: code-server 4.100.3 driven by Debian's Chromium, offline. The suite's output is forwarded and the
// process exits with the suite's code (0 passed, 1 failed or did not finish).
//
//   node scripts/run-inhost-tests.mjs [--no-build] [--extension DIR] [--tests FILE] [--fixtures DIR] [--timeout S]
//
// By default it first runs `node scripts/build.mjs --tests`, loads the extension from the repository and uses a temp
// copy of test/fixtures as the workspace folder. DICOM_SUITE_GREP=pattern filters tests; WB_DEBUG=1 shows the
// server's and the page's own logs too; KEEP_RUN=1 keeps the scratch folder.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, parseArgs } from 'node:util';
import {
  launchChromium,
  makeScratch,
  makeWorkspace,
  repoRoot,
  startCodeServer,
  workbenchUrl,
} from '../test/e2e/workbench.mjs';

const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    extension: { type: 'string', default: repoRoot },
    tests: { type: 'string', default: join(repoRoot, 'out', 'test', 'suite', 'index.js') },
    fixtures: { type: 'string', default: join(repoRoot, 'test', 'fixtures') },
    timeout: { type: 'string', default: '600' },
  },
});
/** Workbench log lines that are not the suite's output (see the recipe's list of harmless noise). */
const NOISE = [
  /^Resolv(?:ing|ed) connection token/,
  /^Creating a socket/,
  /^Ignoring fetching additional builtin extensions/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /^Creation of workbench contribution/,
  /^\[driver\]/,
  /vsda/,
  /Long running operations during shutdown/,
  /^Started local extension host/,
];
function isWorkbenchNoise(text) {
  return NOISE.some((re) => re.test(text));
}

const debug = !!process.env.WB_DEBUG;
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const say = (msg) => console.error(`run-inhost-tests: ${msg}`);

if (!opts['no-build']) {
  say('building (node scripts/build.mjs --tests)');
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), '--tests'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}
const extensionPath = resolve(opts.extension);
const testsPath = resolve(opts.tests).replace(/\.js$/, '');
if (!existsSync(`${testsPath}.js`)) {
  say(`${testsPath}.js not found (build with: node scripts/build.mjs --tests)`);
  process.exit(1);
}

const scratch = makeScratch('dicom-inspector-inhost-');
// The DICOM fixtures, without the reference outputs of other tools (test/fixtures/reference) or anything large.
const fixturesRoot = resolve(opts.fixtures);
const workspace = makeWorkspace(join(scratch, 'ws'), [{ from: fixturesRoot, to: '.' }], {
  skip: (path, stats) =>
    path === join(fixturesRoot, 'reference') || (stats.isFile() && stats.size > 16 << 20),
});
let server;
let browser;
let exitCode = 1;
let sawSummary = false;
try {
  server = await startCodeServer({ scratch });
  say(`code-server listening on port ${server.port} after ${elapsed()}`);
  browser = await launchChromium();
  const page = await browser.newPage();

  let finish;
  const finished = new Promise((r) => (finish = r));
  // The workbench forwards the extension host's console (the suite's output) and its own log to codeAutomationLog.
  // Messages are console argument lists (a format string and its arguments).
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    const text = Array.isArray(message) ? format(...message) : String(message);
    if (!debug && isWorkbenchNoise(text)) return;
    if (/^in-host: \d+ passed, \d+ failed/m.test(text)) sawSummary = true;
    (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(`${text}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
  if (debug) page.on('console', (m) => process.stderr.write(`[page:${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => process.stderr.write(`[pageerror] ${e.message}\n`));

  const url = workbenchUrl({
    port: server.port,
    folder: workspace,
    extensionPath,
    extensionTestsPath: testsPath,
  });
  await page.goto(url);
  const timeoutMs = Number(opts.timeout) * 1000;
  const timer = setTimeout(() => finish('timeout'), timeoutMs);
  const result = await finished;
  clearTimeout(timer);
  if (result === 'timeout') {
    say(`the suite did not finish within ${opts.timeout} s`);
    exitCode = 1;
  } else {
    exitCode = result;
    say(`suite exited with ${exitCode} after ${elapsed()}`);
  }
} catch (err) {
  say(`failed: ${err?.stack ?? err}`);
  exitCode = 1;
} finally {
  await browser?.close().catch(() => {});
  await server?.stop();
  if (!process.env.KEEP_RUN) rmSync(scratch, { recursive: true, force: true });
  else say(`scratch folder kept: ${scratch}`);
}
// The suite prints "in-host: N passed, N failed"; when it never ran (build, load or start-up failure) say so too.
if (exitCode !== 0 && !sawSummary) console.log('in-host: 0 passed, 1 failed');
process.exit(exitCode);
