// The host's side of the document worker (dist/parseWorker.js): requests with ids, replies matched to them.
// The worker is started on first use. If it dies (a wasm abort, out of memory), every pending request fails with
// a message saying so, and the next request starts a new worker and re-opens the documents it needs from their
// files, transparently: the host keeps for each document a way to read its bytes again, never the bytes.

import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import type { DecodedFrame } from '../dicom/pixels/imageTypes';
import type {
  BitstreamResult,
  OpenResult,
  WorkerFailure,
  WorkerReply,
  WorkerRequest,
  WorkerRequestType,
  WorkerResults,
} from './documentWorkerProtocol';
import { buildPackedHeader } from './headerModelBuilder';

/** A request that failed in the worker: the failure as the worker described it. */
export class DocumentWorkerError extends Error {
  constructor(
    readonly failure: WorkerFailure,
    /** True when the worker died rather than answering. */
    readonly crashed = false,
  ) {
    super(failure.message);
    this.name = failure.name;
  }
}

interface Pending {
  readonly type: WorkerRequestType;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Registered {
  readonly fileName: string;
  readonly read: () => Promise<Uint8Array>;
}

type RequestBody = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/** Worker memory limit: a runaway decode kills the worker, not the extension host. Decoded pixels and file
 *  bytes are ArrayBuffers, outside this heap. */
const WORKER_HEAP_MB = 2048;

export class DocumentWorker {
  private worker: Worker | undefined;
  /** Documents open in the current worker (cleared when it dies), and re-opens under way. */
  private openIn = new Set<number>();
  private readonly reopening = new Map<number, Promise<void>>();
  private readonly documents = new Map<number, Registered>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private nextDocId = 1;
  private unavailable = false;
  private disposed = false;

  constructor(
    private readonly workerFile: string,
    private readonly log: (message: string) => void,
  ) {}

  /** The worker of a packaged extension: dist/parseWorker.js. */
  static inExtension(distPath: string, log: (message: string) => void): DocumentWorker {
    return new DocumentWorker(path.join(distPath, 'parseWorker.js'), log);
  }

  /** Reads and opens a document; `read` is kept to open it again in a new worker after a crash. */
  async open(fileName: string, read: () => Promise<Uint8Array>): Promise<{ docId: number } & OpenResult> {
    const docId = this.nextDocId++;
    this.documents.set(docId, { fileName, read });
    const bytes = await read();
    if (!this.ensureWorker()) {
      // No worker at all (it failed to start): the header is cheap enough to build here; pixels need the worker.
      return { docId, header: buildPackedHeader(bytes, fileName), image: null };
    }
    const result = await this.send({ type: 'open', docId, fileName, bytes: ownedBuffer(bytes) });
    this.openIn.add(docId);
    return { docId, ...result };
  }

  async frame(docId: number, index: number): Promise<DecodedFrame> {
    await this.ready(docId);
    return this.send({ type: 'frame', docId, index });
  }

  async bitstream(docId: number, index: number): Promise<BitstreamResult> {
    await this.ready(docId);
    return this.send({ type: 'bitstream', docId, index });
  }

  close(docId: number): void {
    this.documents.delete(docId);
    if (this.openIn.delete(docId) && this.worker) {
      this.send({ type: 'close', docId }).catch(() => undefined);
    }
  }

  dispose(): void {
    this.disposed = true;
    this.fail('The DICOM decoder was shut down.', false);
    void this.worker?.terminate();
    this.worker = undefined;
  }

  /** Makes sure the document is open in the current worker, re-reading its file after a worker restart. */
  private async ready(docId: number): Promise<void> {
    if (this.disposed) throw new Error('The DICOM decoder was shut down.');
    if (!this.ensureWorker()) throw new Error('The DICOM decoder could not be started.');
    if (this.openIn.has(docId)) return;
    const document = this.documents.get(docId);
    if (!document) throw new Error('The document is closed.');
    let reopen = this.reopening.get(docId);
    if (!reopen) {
      reopen = (async () => {
        const bytes = await document.read();
        await this.send({ type: 'open', docId, fileName: document.fileName, bytes: ownedBuffer(bytes) });
        if (this.documents.has(docId)) this.openIn.add(docId);
      })().finally(() => this.reopening.delete(docId));
      this.reopening.set(docId, reopen);
    }
    await reopen;
  }

  private send<T extends WorkerRequestType>(
    body: Extract<RequestBody, { type: T }>,
  ): Promise<WorkerResults[T]> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.reject(new Error('The DICOM decoder could not be started.'));
    const id = this.nextId++;
    const request = { ...body, id } as WorkerRequest;
    return new Promise<WorkerResults[T]>((resolve, reject) => {
      this.pending.set(id, { type: body.type, resolve: resolve as (result: unknown) => void, reject });
      worker.postMessage(request, request.type === 'open' ? [request.bytes] : []);
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (this.unavailable || this.disposed) return undefined;
    let worker: Worker;
    try {
      worker = new Worker(this.workerFile, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    } catch (caught) {
      this.unavailable = true;
      this.log(`Document worker unavailable: ${caught instanceof Error ? caught.message : String(caught)}`);
      return undefined;
    }
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new DocumentWorkerError(reply.failure));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : error.message;
      this.log(`Document worker failed: ${reason}`);
      this.retire(worker, `The decoder stopped (${reason}).`);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker && !this.disposed) this.log(`Document worker exited with code ${code}`);
      this.retire(worker, `The decoder stopped unexpectedly (exit code ${code}).`);
    });
    // The worker must not keep the extension host (or a test process) alive on its own.
    worker.unref();
    this.worker = worker;
    this.openIn = new Set();
    return worker;
  }

  /** Forgets a dead worker: its documents must be re-opened, its pending requests fail. */
  private retire(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.openIn = new Set();
    this.fail(message, true);
    void worker.terminate();
  }

  private fail(message: string, crashed: boolean): void {
    for (const waiting of this.pending.values()) {
      waiting.reject(new DocumentWorkerError({ name: 'DocumentWorkerError', message, offset: -1 }, crashed));
    }
    this.pending.clear();
  }

  /** For tests: kills the worker as a crash would. */
  async crashForTests(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    await worker.terminate();
  }
}

/** An ArrayBuffer holding exactly `bytes`, to transfer: the bytes' own buffer when they span all of it. */
function ownedBuffer(bytes: Uint8Array): ArrayBuffer {
  const spansBuffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (spansBuffer ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
}
