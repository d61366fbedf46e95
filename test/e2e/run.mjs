#!/usr/bin/env node
// Runs the end-to-end specs (test/e2e/*.e2e.mjs, or the files given) in a real VS Code (code-server), prints one
// line per test and a closing "e2e: N passed, N failed", and exits non-zero on any failure.
//
//   node test/e2e/run.mjs [spec.e2e.mjs ...]      E2E_GREP=regex to pick tests; WB_DEBUG=1 for server/page logs
//
// Needs dist/ built (npm run build) and code-server installed (scripts/setup-code-server.sh; run on demand).
import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beginFile, files, SkipError, withTimeout } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const specs = args.length
  ? args.map((a) => resolve(a))
  : readdirSync(here)
      .filter((f) => f.endsWith('.e2e.mjs'))
      .sort()
      .map((f) => join(here, f));
const grep = process.env.E2E_GREP ? new RegExp(process.env.E2E_GREP) : undefined;
const green = (s) => (process.stdout.isTTY ? `\x1b[32m${s}\x1b[0m` : s);
const red = (s) => (process.stdout.isTTY ? `\x1b[31m${s}\x1b[0m` : s);

let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
const t0 = Date.now();

for (const spec of specs) {
  beginFile(basename(spec));
  const file = files[files.length - 1];
  try {
    await import(pathToFileURL(spec).href);
  } catch (err) {
    console.log(red(`✘ ${file.name}: could not load: ${err?.stack ?? err}`));
    failed++;
    continue;
  }
  const tests = file.tests.filter((t) => !grep || grep.test(t.name));
  if (tests.length === 0) continue;
  console.log(`\n${file.name}`);
  let setupError;
  for (const hook of file.before) {
    try {
      await withTimeout(hook(), 180_000, 'before hook');
    } catch (err) {
      setupError = err;
      break;
    }
  }
  for (const t of tests) {
    const start = Date.now();
    try {
      if (setupError) throw new Error(`setup failed: ${setupError?.stack ?? setupError}`);
      await withTimeout(Promise.resolve().then(t.fn), t.timeout, `test "${t.name}"`);
      passed++;
      console.log(green(`  ✔ ${t.name}`) + ` (${Date.now() - start} ms)`);
    } catch (err) {
      if (err instanceof SkipError) {
        skipped++;
        console.log(`  - ${t.name} (skipped: ${err.message}) (${Date.now() - start} ms)`);
        continue;
      }
      failed++;
      failures.push({ file: file.name, name: t.name, err });
      console.log(red(`  ✘ ${t.name}`) + ` (${Date.now() - start} ms)`);
      for (const hook of setupError ? [] : file.onFailure) {
        await withTimeout(
          Promise.resolve().then(() => hook(t.name)),
          15_000,
          'onFailure hook',
        ).catch(() => {});
      }
    }
  }
  for (const hook of file.after) {
    await withTimeout(Promise.resolve().then(hook), 60_000, 'after hook').catch((err) => {
      console.log(red(`  after hook failed: ${err?.message ?? err}`));
    });
  }
}

for (const [i, f] of failures.entries()) {
  console.log(`\n${i + 1}) ${f.file} › ${f.name}\n${f.err?.stack ?? f.err}`);
}
console.log(`\ne2e finished in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`e2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
