// The bounded fuzz run of the test command, and the regression cases the fuzzer found. A case must finish within
// its time bound and memory bound and may only fail with the project's own errors (see test/fuzz/pipeline.ts).
// `npm run fuzz -- --seconds N` runs the same fuzzer for as long as asked and keeps what it finds.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runPipeline } from '../fuzz/pipeline';
import { FUZZ_CORPUS, runFuzz } from '../fuzz/runner';

const CRASHERS = path.resolve(__dirname, '..', 'fuzz-crashers');
/** The test command's share: a fixed seed, so a failure here is seen again on every run. */
const BOUNDED_CASES = Number(process.env.FUZZ_CASES ?? 1500);

describe('fuzzing', () => {
  it(`${BOUNDED_CASES} mutated fixtures: no uncaught error, no hang, no runaway memory`, async function () {
    this.timeout(300_000);
    const result = await runFuzz(FUZZ_CORPUS, { seed: 20261204, cases: BOUNDED_CASES, timeoutMs: 15_000 });
    const report = result.failures
      .map((f) => `case ${f.index} (${f.description}): ${f.finding.step}: ${f.finding.error}`)
      .join('\n');
    assert.equal(result.failures.length, 0, report);
    assert.equal(result.cases, BOUNDED_CASES);
  });

  for (const name of readdirSync(CRASHERS).filter((n) => n.endsWith('.dcm'))) {
    it(`regression: ${name}`, async function () {
      this.timeout(30_000);
      const finding = await runPipeline(new Uint8Array(readFileSync(path.join(CRASHERS, name))));
      assert.equal(finding, undefined, finding && `${finding.step}: ${finding.error}`);
    });
  }
});
