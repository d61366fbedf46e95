// Runs the wasm codecs in a worker thread of their own, one frame at a time, with a time limit. A damaged
// codestream can trap a codec in an endless loop (OpenJPH does on some), which no code in the same thread can
// interrupt; a worker can be terminated. After a timeout or a crash the worker is dropped and the next frame
// starts a fresh one. The worker is unref'ed while idle so that it never keeps a CLI process alive.
//
// The worker script is dist/codecWorker.js next to the bundle (scripts/build.mjs builds it); when running
// from the TypeScript sources (mocha) it is codecWorker.ts, loaded through the repository's TS loader.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CodecHints, CodecImage } from './codecImage';
import type { CodecRequest, CodecResponse } from './codecWorker';
import { CodecError } from './embindDecoder';
import type { WasmCodecName } from './wasmCodecs';

interface Job {
  readonly request: CodecRequest;
  readonly timeoutMs: number;
  readonly resolve: (image: CodecImage) => void;
  readonly reject: (error: Error) => void;
}

const settings = {
  /** Time allowed per frame, plus perMegapixelMs for each million samples. */
  baseTimeoutMs: 20_000,
  perMegapixelMs: 4_000,
};

/** Changes the time limits (tests use short ones). */
export function configureCodecSandbox(options: Partial<typeof settings>): void {
  Object.assign(settings, options);
}

function findUp(start: string, relative: string): string | undefined {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, relative);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function startWorker(): Worker {
  const source = path.join(__dirname, 'codecWorker.ts');
  if (existsSync(source)) {
    const loader = findUp(__dirname, path.join('scripts', 'register-ts.js'));
    if (loader) {
      return new Worker(`require(${JSON.stringify(loader)}); require(${JSON.stringify(source)});`, {
        eval: true,
      });
    }
  }
  const bundled = [
    path.join(__dirname, 'codecWorker.js'),
    findUp(__dirname, path.join('dist', 'codecWorker.js')),
  ].find((candidate): candidate is string => candidate !== undefined && existsSync(candidate));
  if (!bundled) throw new CodecError('The codec worker (codecWorker.js) was not found next to the program.');
  return new Worker(bundled);
}

class CodecSandbox {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  private current: { job: Job; timer: NodeJS.Timeout } | undefined;
  private nextId = 1;

  run(codec: WasmCodecName, parts: readonly Uint8Array[], hints: CodecHints): Promise<CodecImage> {
    // A copy of its own: the frame's views share the file's buffer, which must not be transferred away.
    const total = parts.reduce((sum, part) => sum + part.length, 0);
    const data = new Uint8Array(total);
    let at = 0;
    for (const part of parts) {
      data.set(part, at);
      at += part.length;
    }
    const samples = hints.rows * hints.columns * hints.samplesPerPixel;
    const timeoutMs = settings.baseTimeoutMs + (samples / 1e6) * settings.perMegapixelMs;
    return new Promise<CodecImage>((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, codec, data, hints }, timeoutMs, resolve, reject });
      this.pump();
    });
  }

  /** Stops the worker (it is restarted on the next frame). */
  stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    worker.on('message', (response: CodecResponse) => this.onMessage(worker, response));
    worker.on('error', (error: Error) =>
      this.onFailure(worker, `the decoder worker failed: ${error.message}`),
    );
    worker.on('exit', (code) => this.onFailure(worker, `the decoder worker stopped (exit code ${code})`));
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    if (this.current) return;
    const job = this.queue.shift();
    if (!job) return;
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch (error) {
      job.reject(error instanceof Error ? error : new CodecError(String(error)));
      this.pump();
      return;
    }
    worker.ref();
    const timer = setTimeout(() => {
      const seconds = Math.round(job.timeoutMs / 1000);
      this.stop();
      this.finish(
        undefined,
        new CodecError(
          `The decoder did not finish within ${seconds} s (the codestream is probably damaged).`,
        ),
      );
    }, job.timeoutMs);
    this.current = { job, timer };
    worker.postMessage(job.request, [job.request.data.buffer as ArrayBuffer]);
  }

  private finish(image: CodecImage | undefined, error?: Error): void {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    this.current = undefined;
    if (image) current.job.resolve(image);
    else current.job.reject(error ?? new CodecError('The decoder failed.'));
    if (this.queue.length === 0) this.worker?.unref();
    this.pump();
  }

  private onMessage(worker: Worker, response: CodecResponse): void {
    if (worker !== this.worker || !this.current || response.id !== this.current.job.request.id) return;
    if (!response.ok) {
      this.finish(undefined, new CodecError(response.message));
      return;
    }
    const { width, height, components, bitsPerSample, planar, colourConverted, samples } = response;
    this.finish({
      width,
      height,
      components,
      bitsPerSample,
      planar,
      colourConverted,
      samples,
      release: () => undefined,
    });
  }

  private onFailure(worker: Worker, message: string): void {
    if (worker !== this.worker) return; // an old worker we stopped ourselves
    this.worker = undefined;
    this.finish(undefined, new CodecError(`${message[0].toUpperCase()}${message.slice(1)}.`));
  }
}

const sandbox = new CodecSandbox();

/** Decodes one frame with a wasm codec in the codec worker. */
export function decodeInSandbox(
  codec: WasmCodecName,
  parts: readonly Uint8Array[],
  hints: CodecHints,
): Promise<CodecImage> {
  return sandbox.run(codec, parts, hints);
}

/** Stops the codec worker now (it would otherwise idle, unref'ed, until the process ends). */
export function stopCodecSandbox(): void {
  sandbox.stop();
}
