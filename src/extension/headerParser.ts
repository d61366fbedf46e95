// Runs header parsing in a worker thread (dist/parseWorker.js), falling back to the main thread if a worker
// cannot start. The worker is created on first use and recycled if it dies. The model comes back with its rows
// packed (rowPacking.ts) and stays packed on the host, which sends it on as it is.

import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import type { PackedHeader } from '../shared/protocol';
import { buildPackedHeader } from './headerModelBuilder';

interface Pending {
  resolve(header: PackedHeader): void;
  reject(error: Error): void;
}

export class HeaderParser {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly distPath: string,
    private readonly log: (message: string) => void,
  ) {}

  parse(bytes: Uint8Array, fileName: string): Promise<PackedHeader> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.resolve(buildPackedHeader(bytes, fileName));
    const id = this.nextId++;
    return new Promise<PackedHeader>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Transfer the buffer when the bytes own all of it; otherwise the worker gets a copy of the view's slice.
      const ownsBuffer = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      const buffer = ownsBuffer ? bytes.buffer : bytes.slice().buffer;
      worker.postMessage({ id, buffer, byteOffset: 0, byteLength: bytes.byteLength, fileName }, [
        buffer as ArrayBuffer,
      ]);
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(path.join(this.distPath, 'parseWorker.js'));
      worker.on('message', (reply: { id: number; header?: PackedHeader; error?: string }) => {
        const waiting = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if (!waiting) return;
        if (reply.header) waiting.resolve(reply.header);
        else waiting.reject(new Error(reply.error ?? 'parse failed'));
      });
      worker.on('error', (error) => this.failAll(`Parse worker failed: ${error.message}`));
      worker.on('exit', (code) => {
        if (this.worker === worker) this.worker = undefined;
        if (code !== 0) this.failAll(`Parse worker exited with code ${code}`);
      });
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (caught) {
      this.log(`Parse worker unavailable, parsing on the main thread: ${String(caught)}`);
      return undefined;
    }
  }

  private failAll(message: string): void {
    this.log(message);
    for (const waiting of this.pending.values()) waiting.reject(new Error(message));
    this.pending.clear();
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
