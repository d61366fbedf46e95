// The fuzzer's worker: makes case i (the same bytes as the runner would), runs the pipeline on it and answers
// with what broke, if anything, and how much memory the process held in array buffers just after the case
// (decoded frames and codec memories live there, outside the V8 heap that resourceLimits bounds).

import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus, makeCase } from './mutate';
import { runPipeline } from './pipeline';

interface WorkerData {
  readonly corpusDir: string;
  readonly seed: number;
}

const { corpusDir, seed } = workerData as WorkerData;
const corpus = loadCorpus(corpusDir);

parentPort?.on('message', (message: { readonly index: number }) => {
  const started = performance.now();
  const fuzzCase = makeCase(corpus, seed, message.index);
  void runPipeline(fuzzCase.bytes).then((finding) => {
    parentPort?.postMessage({
      index: message.index,
      finding,
      ms: performance.now() - started,
      arrayBuffers: process.memoryUsage().arrayBuffers,
    });
  });
});
