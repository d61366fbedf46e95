// npm run fuzz -- [--seconds N] [--cases N] [--seed N]: the fuzzer of test/unit/fuzz.test.ts for as long as asked
// (default 60 s, a random seed). Every failing case is saved into test/fuzz-crashers/ (its bytes, and a .txt
// saying where it came from and what broke) so that it becomes a regression fixture once fixed. Exit 1 if any.

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
require(path.join(root, 'scripts', 'register-ts.js'));
const { FUZZ_CORPUS, runFuzz } = require(path.join(root, 'test', 'fuzz', 'runner.ts'));

const { values } = parseArgs({
  options: { seconds: { type: 'string' }, cases: { type: 'string' }, seed: { type: 'string' } },
});
const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
const seconds = values.seconds !== undefined ? Number(values.seconds) : values.cases ? undefined : 60;
const cases = values.cases !== undefined ? Number(values.cases) : undefined;
console.log(`fuzz: seed ${seed}, ${seconds !== undefined ? `${seconds} s` : `${cases} cases`}`);

const tty = process.stdout.isTTY;
const result = await runFuzz(FUZZ_CORPUS, {
  seed,
  seconds,
  cases,
  onProgress: (done, found) => {
    if (tty && done % 100 === 0) process.stdout.write(`\r${done} cases, ${found} failing`);
  },
});
if (tty) process.stdout.write('\n');
for (const failure of result.failures) {
  const name = createHash('sha1').update(failure.bytes).digest('hex').slice(0, 16);
  const base = path.join(root, 'test', 'fuzz-crashers', name);
  writeFileSync(`${base}.dcm`, failure.bytes);
  writeFileSync(
    `${base}.txt`,
    `seed ${seed} case ${failure.index}\n${failure.description}\n${failure.finding.step}: ${failure.finding.error}\n`,
  );
  console.log(
    `case ${failure.index}: ${failure.finding.step}: ${failure.finding.error}\n  saved ${base}.dcm`,
  );
}
console.log(
  `fuzz: ${result.cases} cases in ${(result.ms / 1000).toFixed(1)} s, ${result.failures.length} failing; ` +
    `slowest case ${result.slowestMs} ms, most array-buffer memory after a case ${result.peakArrayBufferMb} MB`,
);
process.exitCode = result.failures.length > 0 ? 1 : 0;
