// The host's side of the document worker (dist/parseWorker.js): requests with ids, replies matched to them.
// The worker is started on first use. If it dies (a wasm abort, out of memory), every pending request fails with
// a message saying so, and the next request starts a new worker and re-opens the documents it needs from their
// files, transparently: the host keeps for each document a way to read its bytes again, never the bytes.

import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import type { DecodedFrame } from '../dicom/pixels/imageTypes';
import type { ExportImageRequest, ExportProbe } from './exportJobs';
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
import type { HeaderTextKind } from './headerText';
import { headerText } from './headerText';

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
  /** Opened for an export only: re-opened the same way (no header model) after a worker restart. */
  readonly forExport?: boolean;
  /** A file on the local disk, which the worker opens by path. */
  readonly localPath?: string;
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

  /**
   * Opens a document; `read` is kept to open it again in a new worker after a crash. With `localPath` (a file on
   * the local disk) the worker reads it itself with positioned reads: the header and the frames asked for, never
   * the whole file, and nothing crosses from the host; `read` is then used only if there is no worker at all.
   */
  async open(
    fileName: string,
    read: () => Promise<Uint8Array>,
    localPath?: string,
  ): Promise<{ docId: number } & OpenResult> {
    const docId = this.nextDocId++;
    this.documents.set(docId, { fileName, read, localPath });
    if (localPath !== undefined && this.ensureWorker()) {
      const result = await this.send({ type: 'openPath', docId, fileName, path: localPath });
      this.openIn.add(docId);
      return { docId, ...result };
    }
    const bytes = await read();
    if (!this.ensureWorker()) {
      // No worker at all (it failed to start): the header is cheap enough to build here; pixels need the worker.
      return { docId, header: buildPackedHeader(bytes, fileName), image: null };
    }
    const result = await this.send({ type: 'open', docId, fileName, bytes: ownedBuffer(bytes) });
    this.openIn.add(docId);
    return { docId, ...result };
  }

  /** Opens a file for an export only (no header model): what it offers. Close it with close(docId) when done;
   *  a file with nothing to export (`keep` false) is not kept in the worker. */
  async openForExport(
    fileName: string,
    read: () => Promise<Uint8Array>,
    localPath?: string,
  ): Promise<{ docId: number } & ExportProbe> {
    if (this.disposed) throw new Error('The DICOM decoder was shut down.');
    if (!this.ensureWorker()) throw new Error('The DICOM decoder could not be started.');
    const docId = this.nextDocId++;
    this.documents.set(docId, { fileName, read, forExport: true, localPath });
    const probe = await this.sendOpen(docId, fileName, true, read, localPath);
    if (this.documents.has(docId) && probe.keep) this.openIn.add(docId);
    return { docId, ...probe };
  }

  /** What an open document (the editor's) offers to an export: its naming fields, frame count, colour. */
  async exportProbe(docId: number): Promise<ExportProbe> {
    await this.ready(docId);
    return this.send({ type: 'exportProbe', docId });
  }

  /** One frame of an open document as image file bytes, decoded and encoded in the worker. */
  async exportImage(docId: number, index: number, request: ExportImageRequest): Promise<Uint8Array> {
    await this.ready(docId);
    return this.send({ type: 'exportImage', docId, index, request });
  }

  async frame(docId: number, index: number): Promise<DecodedFrame> {
    await this.ready(docId);
    return this.send({ type: 'frame', docId, index });
  }

  async bitstream(docId: number, index: number): Promise<BitstreamResult> {
    await this.ready(docId);
    return this.send({ type: 'bitstream', docId, index });
  }

  /** The header of a file as text, made in the worker (on this thread when the worker cannot start). */
  /** The header of a local file as text, read by the worker with positioned reads (never the whole file). */
  async textOfPath(localPath: string, kind: HeaderTextKind, fileName = ''): Promise<string> {
    if (this.disposed) throw new Error('The DICOM decoder was shut down.');
    if (!this.ensureWorker()) throw new Error('The DICOM decoder could not be started.');
    return this.send({ type: 'textPath', kind, fileName, path: localPath });
  }

  async text(bytes: Uint8Array, kind: HeaderTextKind, fileName = ''): Promise<string> {
    if (this.disposed) throw new Error('The DICOM decoder was shut down.');
    if (!this.ensureWorker()) return headerText(bytes, kind, fileName);
    return this.send({ type: 'text', kind, fileName, bytes: ownedBuffer(bytes) });
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

  /** Opens `docId` in the current worker: by path for a local file (the worker reads it in parts), else with
   *  the bytes `read` gives (transferred); for the editor (header model) or for an export only. */
  private sendOpen(
    docId: number,
    fileName: string,
    forExport: true,
    read: () => Promise<Uint8Array>,
    localPath: string | undefined,
  ): Promise<ExportProbe>;
  private sendOpen(
    docId: number,
    fileName: string,
    forExport: boolean,
    read: () => Promise<Uint8Array>,
    localPath: string | undefined,
  ): Promise<OpenResult | ExportProbe>;
  private async sendOpen(
    docId: number,
    fileName: string,
    forExport: boolean,
    read: () => Promise<Uint8Array>,
    localPath: string | undefined,
  ): Promise<OpenResult | ExportProbe> {
    if (localPath !== undefined) {
      return forExport
        ? this.send({ type: 'exportOpenPath', docId, fileName, path: localPath })
        : this.send({ type: 'openPath', docId, fileName, path: localPath });
    }
    const bytes = ownedBuffer(await read());
    return forExport
      ? this.send({ type: 'exportOpen', docId, fileName, bytes })
      : this.send({ type: 'open', docId, fileName, bytes });
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
        const { fileName, read, forExport = false, localPath } = document;
        await this.sendOpen(docId, fileName, forExport, read, localPath);
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
      const transfer =
        request.type === 'open' || request.type === 'text' || request.type === 'exportOpen'
          ? [request.bytes]
          : [];
      worker.postMessage(request, transfer);
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
