// Decoded frames kept in the webview, bounded by bytes with least-recently-used eviction, so that scrubbing back
// over frames already seen costs nothing and a 4,000-frame file cannot exhaust the webview's memory. The host
// gives each webview its share of dicomInspector.cache.webviewMegabytes ('cacheBudget'); a smaller share evicts
// at once. The frame on screen (pinned) is the one exception: it stays even alone over the budget, since it is
// being drawn; any other frame that does not fit is let go, even one just arrived.

/** The part of a DecodedFrame the cache needs. */
export interface CachedFrame {
  readonly index: number;
  readonly samples: { readonly byteLength: number };
}

export const DEFAULT_CACHE_BYTES = 256 * 1024 * 1024;

export class FrameCache<T extends CachedFrame> {
  /** Map iteration order is insertion order: the first entry is the least recently used. */
  private readonly frames = new Map<number, T>();
  private totalBytes = 0;
  private pinned = -1;

  constructor(private budgetBytes: number = DEFAULT_CACHE_BYTES) {}

  get bytes(): number {
    return this.totalBytes;
  }

  get budget(): number {
    return this.budgetBytes;
  }

  /** A new budget from the host; returns the indexes evicted to fit it. */
  setBudget(bytes: number): number[] {
    this.budgetBytes = Math.max(0, bytes);
    return this.evictToBudget();
  }

  get size(): number {
    return this.frames.size;
  }

  /** Without touching its recency (for scheduling decisions). */
  has(index: number): boolean {
    return this.frames.has(index);
  }

  /** The frame, now the most recently used; undefined when not cached. */
  get(index: number): T | undefined {
    const frame = this.frames.get(index);
    if (frame) {
      this.frames.delete(index);
      this.frames.set(index, frame);
    }
    return frame;
  }

  /** The frame on screen is never evicted, even by frames arriving from prefetching. */
  pin(index: number): void {
    this.pinned = index;
  }

  /** Adds (or replaces) a frame as the most recently used; returns the indexes evicted to stay in budget. */
  put(frame: T): number[] {
    const old = this.frames.get(frame.index);
    if (old) {
      this.totalBytes -= old.samples.byteLength;
      this.frames.delete(frame.index);
    }
    this.frames.set(frame.index, frame);
    this.totalBytes += frame.samples.byteLength;
    return this.evictToBudget();
  }

  /** Least recently used first; the newest frame goes last, and the pinned one never. */
  private evictToBudget(): number[] {
    const evicted: number[] = [];
    for (const [index, cached] of this.frames) {
      if (this.totalBytes <= this.budgetBytes) break;
      if (index === this.pinned) continue;
      this.frames.delete(index);
      this.totalBytes -= cached.samples.byteLength;
      evicted.push(index);
    }
    return evicted;
  }

  clear(): void {
    this.frames.clear();
    this.totalBytes = 0;
  }
}
