// Orders frame decodes for every panel of every document over the one document worker. The worker decodes one
// frame at a time, so the order is decided here:
// - a frame on screen (prefetch false) goes before any prefetch; among those, the newest request first (while
//   scrubbing, the frame under the slider now matters more than the one it passed);
// - a new visible request of a panel drops that panel's queued prefetches far from it (scrubbed past); they are
//   answered 'dropped', and nothing is posted for them;
// - the same frame is never decoded twice at once: requests for a frame queued or decoding share its promise;
// - decoded frames go into the host's LRU (frameCache.ts), which answers repeats without the worker.

import type { DecodedFrame } from '../dicom/pixels/imageTypes';
import type { FrameCache } from './frameCache';

export interface FrameRequest {
  readonly docId: number;
  readonly index: number;
  /** Which panel asked (several panels may show one document). */
  readonly panel: number;
  readonly prefetch: boolean;
}

/** What a request resolves to: the frame, or 'dropped' when it was a prefetch that lost its reason to be. */
export type FrameOutcome = { readonly frame: DecodedFrame } | 'dropped';

interface Waiter {
  readonly panel: number;
  prefetch: boolean;
  /** Order of arrival (or of the last visible request that renewed it). */
  sequence: number;
  resolve(outcome: FrameOutcome): void;
  reject(error: unknown): void;
}

interface Job {
  readonly docId: number;
  readonly index: number;
  readonly waiters: Waiter[];
  started: boolean;
}

export interface FrameSchedulerOptions {
  /** Prefetches farther than this many frames from a panel's new visible frame are dropped. Default 16. */
  readonly prefetchRadius?: number;
  /** Decodes in flight at once. Default 1: the worker is one thread. */
  readonly concurrency?: number;
}

export class FrameScheduler {
  private readonly jobs = new Map<string, Job>();
  private running = 0;
  private sequence = 0;
  private readonly prefetchRadius: number;
  private readonly concurrency: number;

  constructor(
    private readonly decode: (docId: number, index: number) => Promise<DecodedFrame>,
    private readonly cache: FrameCache,
    options: FrameSchedulerOptions = {},
  ) {
    this.prefetchRadius = options.prefetchRadius ?? 16;
    this.concurrency = options.concurrency ?? 1;
  }

  request(request: FrameRequest): Promise<FrameOutcome> {
    const { docId, index, panel, prefetch } = request;
    const cached = this.cache.get(docId, index);
    if (cached) return Promise.resolve({ frame: cached });
    if (!prefetch) this.dropFarPrefetches(docId, panel, index);

    const key = keyOf(docId, index);
    let job = this.jobs.get(key);
    if (!job) {
      job = { docId, index, waiters: [], started: false };
      this.jobs.set(key, job);
    }
    const sequence = ++this.sequence;
    const promise = new Promise<FrameOutcome>((resolve, reject) => {
      job.waiters.push({ panel, prefetch, sequence, resolve, reject });
    });
    this.pump();
    return promise;
  }

  /** Forgets a panel's queued requests (its webview is gone): they resolve 'dropped'. */
  dropPanel(panel: number): void {
    this.removeWaiters((_job, waiter) => waiter.panel === panel);
  }

  /** Forgets a document's queued requests (it was closed): they resolve 'dropped'. */
  dropDocument(docId: number): void {
    this.removeWaiters((job) => job.docId === docId);
  }

  /** Frames queued, not yet started (for tests and diagnostics). */
  get queued(): number {
    let count = 0;
    for (const job of this.jobs.values()) if (!job.started) count++;
    return count;
  }

  private dropFarPrefetches(docId: number, panel: number, index: number): void {
    this.removeWaiters(
      (job, waiter) =>
        job.docId === docId &&
        waiter.panel === panel &&
        waiter.prefetch &&
        Math.abs(job.index - index) > this.prefetchRadius,
    );
  }

  private removeWaiters(matches: (job: Job, waiter: Waiter) => boolean): void {
    for (const [key, job] of this.jobs) {
      if (job.started) continue;
      for (let i = job.waiters.length - 1; i >= 0; i--) {
        const waiter = job.waiters[i];
        if (!matches(job, waiter)) continue;
        job.waiters.splice(i, 1);
        waiter.resolve('dropped');
      }
      if (job.waiters.length === 0) this.jobs.delete(key);
    }
  }

  /** The next job: the newest visible request, else the oldest prefetch. */
  private next(): Job | undefined {
    let bestVisible: { job: Job; sequence: number } | undefined;
    let bestPrefetch: { job: Job; sequence: number } | undefined;
    for (const job of this.jobs.values()) {
      if (job.started) continue;
      for (const waiter of job.waiters) {
        if (!waiter.prefetch) {
          if (!bestVisible || waiter.sequence > bestVisible.sequence)
            bestVisible = { job, sequence: waiter.sequence };
        } else if (!bestPrefetch || waiter.sequence < bestPrefetch.sequence) {
          bestPrefetch = { job, sequence: waiter.sequence };
        }
      }
    }
    return (bestVisible ?? bestPrefetch)?.job;
  }

  private pump(): void {
    while (this.running < this.concurrency) {
      const job = this.next();
      if (!job) return;
      job.started = true;
      this.running++;
      const key = keyOf(job.docId, job.index);
      this.decode(job.docId, job.index)
        .then(
          (frame) => {
            this.cache.set(job.docId, frame);
            for (const waiter of job.waiters) waiter.resolve({ frame });
          },
          (error: unknown) => {
            for (const waiter of job.waiters) waiter.reject(error);
          },
        )
        .finally(() => {
          if (this.jobs.get(key) === job) this.jobs.delete(key);
          this.running--;
          this.pump();
        });
    }
  }
}

function keyOf(docId: number, index: number): string {
  return `${docId}:${index}`;
}
