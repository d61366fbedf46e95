// Decoded frames kept in the webview, bounded by bytes with least-recently-used eviction, so that scrubbing back
// over frames already seen costs nothing and a 4,000-frame file cannot exhaust the webview's memory.

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

  constructor(private readonly budgetBytes: number = DEFAULT_CACHE_BYTES) {}

  get bytes(): number {
    return this.totalBytes;
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
    const evicted: number[] = [];
    if (this.totalBytes <= this.budgetBytes) return evicted;
    for (const [index, cached] of this.frames) {
      if (this.totalBytes <= this.budgetBytes) break;
      // The newest frame and the pinned one stay even alone over budget: they are what is being shown.
      if (index === frame.index || index === this.pinned) continue;
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
