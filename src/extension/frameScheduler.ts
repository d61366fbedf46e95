// Orders frame decodes for every panel of every document over the one document worker. The worker decodes one
// frame at a time, so the order is decided here:
// - a frame on screen (prefetch false) goes before any prefetch; among those, the newest request first (while
//   scrubbing, the frame under the slider now matters more than the one it passed);
// - a new visible request of a panel drops that panel's queued prefetches far from it (scrubbed past); they are
//   answered 'dropped', and nothing is posted for them;
// - the same frame is never decoded twice at once: requests for a frame queued or decoding share its decode,
//   and a panel gets one answer per frame (its repeat, e.g. a prefetch asked again as visible, renews the first
//   request and resolves 'dropped');
// - decoded frames go into the host's LRU (frameCache.ts), which answers repeats without the worker;
// - a frame that failed `maxFailures` times (a codec abort that kills the worker, a damaged fragment) is not
//   decoded again: later requests fail at once with FrameGaveUpError, so no panel, prefetch or re-opened webview
//   can loop on it. Closing the document (or reloading it after a change on disk) forgets the count.

import type { DecodedFrame } from '../dicom/pixels/imageTypes';
import type { FrameCache } from './frameCache';

export interface FrameRequest {
  readonly docId: number;
  readonly index: number;
  /** Which panel asked (several panels may show one document). */
  readonly panel: number;
  readonly prefetch: boolean;
}

/** A frame given up on after repeated failures: says how many, and the last reason. */
export class FrameGaveUpError extends Error {
  constructor(
    readonly index: number,
    readonly attempts: number,
    readonly lastError: unknown,
  ) {
    const reason = (lastError instanceof Error ? lastError.message : String(lastError)).replace(/\.\s*$/, '');
    super(
      `it failed ${attempts} times and is not decoded again until the file is reopened or changes (${reason})`,
    );
    this.name = 'FrameGaveUpError';
  }
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
  /** Its document was closed while it decoded: the frame is not cached (nobody can ask for it again). */
  abandoned: boolean;
}

export interface FrameSchedulerOptions {
  /** Prefetches farther than this many frames from a panel's new visible frame are dropped. Default 16. */
  readonly prefetchRadius?: number;
  /** Decodes in flight at once. Default 1: the worker is one thread. */
  readonly concurrency?: number;
  /** Failures of one frame after which it is given up. Default 2. */
  readonly maxFailures?: number;
}

export class FrameScheduler {
  private readonly jobs = new Map<string, Job>();
  private running = 0;
  private sequence = 0;
  private readonly prefetchRadius: number;
  private readonly concurrency: number;
  private readonly maxFailures: number;
  private readonly failures = new Map<string, { count: number; last: unknown }>();

  constructor(
    private readonly decode: (docId: number, index: number) => Promise<DecodedFrame>,
    private readonly cache: FrameCache,
    options: FrameSchedulerOptions = {},
  ) {
    this.prefetchRadius = options.prefetchRadius ?? 16;
    this.concurrency = options.concurrency ?? 1;
    this.maxFailures = Math.max(1, options.maxFailures ?? 2);
  }

  request(request: FrameRequest): Promise<FrameOutcome> {
    const { docId, index, panel, prefetch } = request;
    const cached = this.cache.get(docId, index);
    if (cached) return Promise.resolve({ frame: cached });
    const key = keyOf(docId, index);
    const failed = this.failures.get(key);
    if (failed && failed.count >= this.maxFailures) {
      return Promise.reject(new FrameGaveUpError(index, failed.count, failed.last));
    }
    if (!prefetch) this.dropFarPrefetches(docId, panel, index);

    let job = this.jobs.get(key);
    if (!job) {
      job = { docId, index, waiters: [], started: false, abandoned: false };
      this.jobs.set(key, job);
    }
    const sequence = ++this.sequence;
    const asked = job.waiters.find((waiter) => waiter.panel === panel);
    if (asked) {
      // The panel asked before (a prefetch, now wanted on screen): one answer per panel, from the first
      // request. A visible request renews it, so it goes first among visible ones; the repeat gets 'dropped'.
      if (!prefetch) {
        asked.prefetch = false;
        asked.sequence = sequence;
      }
      return Promise.resolve('dropped');
    }
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
    for (const job of this.jobs.values()) if (job.docId === docId) job.abandoned = true;
    for (const key of this.failures.keys()) if (key.startsWith(`${docId}:`)) this.failures.delete(key);
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
            if (job.abandoned) return job.waiters.forEach((waiter) => waiter.resolve('dropped'));
            this.failures.delete(key);
            this.cache.set(job.docId, frame);
            for (const waiter of job.waiters) waiter.resolve({ frame });
          },
          (error: unknown) => {
            if (job.abandoned) return job.waiters.forEach((waiter) => waiter.resolve('dropped'));
            const count = (this.failures.get(key)?.count ?? 0) + 1;
            this.failures.set(key, { count, last: error });
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
