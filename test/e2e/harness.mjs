// A minimal sequential test harness for the end-to-end specs (*.e2e.mjs), run by run.mjs. Tests in a file run in
// order and share state (one workbench per file), as a person's session would.
//
//   import { after, before, onFailure, test } from './harness.mjs';
//   before(async () => { ... });
//   test('does a thing', async () => { ... }, { timeout: 60_000 });
export const files = [];
let current;

/** Called by run.mjs before importing a spec file. */
export function beginFile(name) {
  current = { name, before: [], after: [], onFailure: [], tests: [] };
  files.push(current);
}

function file() {
  if (!current) throw new Error('harness: specs must be run by test/e2e/run.mjs');
  return current;
}

export const before = (fn) => file().before.push(fn);
export const after = (fn) => file().after.push(fn);
/** Called with the test's name when a test fails (e.g. to save a screenshot). */
export const onFailure = (fn) => file().onFailure.push(fn);
export const test = (name, fn, { timeout = 60_000 } = {}) => file().tests.push({ name, fn, timeout });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Thrown by skip(): run.mjs reports the test as skipped (not passed, not failed) with the reason. */
export class SkipError extends Error {
  constructor(reason) {
    super(reason);
    this.name = 'SkipError';
  }
}

/** Ends the current test as skipped, e.g. when what it needs cannot be made on this machine. */
export function skip(reason) {
  throw new SkipError(reason);
}

/**
 * Polls `probe` until `accept(value)` holds (default: truthy) and returns the value; throws with `what` and the
 * last value seen after `timeout` ms.
 */
export async function waitUntil(what, probe, accept = (v) => !!v, { timeout = 15_000, interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `error: ${lastError.message}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`timed out after ${timeout} ms waiting for ${what} (${seen})`);
    }
    await sleep(interval);
  }
}

export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]);
}
