// Runs fuzz cases in a worker thread under a time bound per case and a memory bound (the worker's V8 heap via
// resourceLimits, array buffers measured after each case). A case that hangs is stopped by terminating the
// worker; a case that kills it (out of memory, a crash) is recorded; either way a fresh worker takes the next
// case. The runner makes the failing case's bytes again from (seed, index) so that it can be kept.

import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadCorpus, makeCase } from './mutate';
import type { Finding } from './pipeline';

export interface FuzzOptions {
  readonly seed: number;
  /** Stop after this many cases, or after `seconds`, whichever comes first (at least one of them). */
  readonly cases?: number;
  readonly seconds?: number;
  /** Time bound per case. */
  readonly timeoutMs?: number;
  /** Bound of the worker's V8 heap. */
  readonly heapMb?: number;
  /** Bound of the array buffers held just after a case. */
  readonly arrayBufferMb?: number;
  readonly onProgress?: (done: number, findings: number) => void;
}

export interface FuzzFailure {
  readonly index: number;
  readonly description: string;
  readonly finding: Finding;
  readonly bytes: Uint8Array;
}

export interface FuzzResult {
  readonly cases: number;
  readonly ms: number;
  /** Slowest case, in ms, and most array-buffer memory seen after a case, in MB. */
  readonly slowestMs: number;
  readonly peakArrayBufferMb: number;
  readonly failures: FuzzFailure[];
}

interface Reply {
  readonly index: number;
  readonly finding?: Finding;
  readonly ms: number;
  readonly arrayBuffers: number;
}

export const FUZZ_CORPUS = path.resolve(__dirname, '..', 'fixtures');

export async function runFuzz(corpusDir: string, options: FuzzOptions): Promise<FuzzResult> {
  const { seed, timeoutMs = 10_000, heapMb = 512, arrayBufferMb = 512 } = options;
  const maxCases = options.cases ?? Number.POSITIVE_INFINITY;
  const deadline = options.seconds === undefined ? Infinity : Date.now() + options.seconds * 1000;
  const corpus = loadCorpus(corpusDir);
  const failures: FuzzFailure[] = [];
  const started = Date.now();
  let slowestMs = 0;
  let peakArrayBuffers = 0;
  const fail = (index: number, finding: Finding): void => {
    const fuzzCase = makeCase(corpus, seed, index);
    failures.push({ index, description: fuzzCase.description, finding, bytes: fuzzCase.bytes });
  };

  let worker: Worker | undefined;
  const startWorker = (): Worker =>
    new Worker(path.join(__dirname, 'worker.js'), {
      workerData: { corpusDir, seed },
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });

  let index = 0;
  for (; index < maxCases && Date.now() < deadline; index++) {
    worker ??= startWorker();
    const current = worker;
    const outcome = await new Promise<Reply | Finding>((resolve) => {
      const onMessage = (reply: Reply): void => done(reply);
      const onError = (error: Error): void =>
        done({
          step: 'worker',
          error: `${(error as { code?: string }).code ?? error.name}: ${error.message}`,
        });
      const onExit = (code: number): void => done({ step: 'worker', error: `exited with code ${code}` });
      const timer = setTimeout(
        () => done({ step: 'time bound', error: `no answer within ${timeoutMs} ms` }),
        timeoutMs,
      );
      function done(value: Reply | Finding): void {
        clearTimeout(timer);
        current.off('message', onMessage).off('error', onError).off('exit', onExit);
        resolve(value);
      }
      current.on('message', onMessage).on('error', onError).on('exit', onExit);
      current.postMessage({ index });
    });
    if ('step' in outcome) {
      fail(index, outcome);
      await current.terminate();
      worker = undefined;
    } else {
      slowestMs = Math.max(slowestMs, outcome.ms);
      peakArrayBuffers = Math.max(peakArrayBuffers, outcome.arrayBuffers);
      if (outcome.finding) fail(index, outcome.finding);
      else if (outcome.arrayBuffers > arrayBufferMb * 1024 * 1024)
        fail(index, { step: 'memory bound', error: `${Math.round(outcome.arrayBuffers / 2 ** 20)} MB held` });
    }
    options.onProgress?.(index + 1, failures.length);
  }
  await worker?.terminate();
  return {
    cases: index,
    ms: Date.now() - started,
    slowestMs: Math.round(slowestMs),
    peakArrayBufferMb: Math.round(peakArrayBuffers / 2 ** 20),
    failures,
  };
}
