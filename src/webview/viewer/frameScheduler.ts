// Which frames to ask the host for, and when: the frame the user wants first (prefetch=false), then its
// neighbours (prefetch=true), nearest first and ahead of the direction of travel first. Pure: the viewer tells
// it what is cached and what arrived, and sends the requests it returns.
//
// Scrubbing can move across hundreds of frames faster than they decode. Only a few visible requests are kept in
// flight; a frame wanted while they are busy is asked for when one comes back, so the newest wanted frame is
// what gets decoded next rather than the whole trail the mouse left (there is no way to cancel a request).
//
// The host drops queued prefetches far from a new visible request without answering them (extension/
// frameScheduler.ts, 16 frames); this side forgets them by the same rule, or their slots would stay taken.

export interface FrameRequest {
  readonly index: number;
  readonly prefetch: boolean;
}

export interface SchedulerOptions {
  /** Frames prefetched on each side of the current one. */
  readonly radius: number;
  /** Visible (prefetch=false) requests in flight at once. */
  readonly maxVisibleInFlight: number;
  /** Prefetch requests in flight at once. */
  readonly maxPrefetchInFlight: number;
  /** The host drops prefetches farther than this from a new visible request, unanswered. */
  readonly hostDropRadius: number;
}

export const DEFAULT_SCHEDULER_OPTIONS: SchedulerOptions = {
  radius: 5,
  maxVisibleInFlight: 2,
  maxPrefetchInFlight: 4,
  hostDropRadius: 16,
};

export type ResponseVerdict = 'show' | 'stale' | 'unrequested';

export class FrameScheduler {
  private current = -1;
  private direction: 1 | -1 = 1;
  private wrap = false;
  /** Frames asked for and not answered yet: true when asked as visible. */
  private readonly inFlight = new Map<number, boolean>();
  private readonly failed = new Set<number>();

  constructor(
    readonly count: number,
    private readonly options: SchedulerOptions = DEFAULT_SCHEDULER_OPTIONS,
  ) {}

  get currentIndex(): number {
    return this.current;
  }

  isInFlight(index: number): boolean {
    return this.inFlight.has(index);
  }

  hasFailed(index: number): boolean {
    return this.failed.has(index);
  }

  /**
   * The user wants `index` now. `cached(i)` says whether frame i is already here. `wrap` (during cine) makes
   * prefetching run on past the last frame to the first. Returns the requests to send, in order.
   */
  setCurrent(index: number, cached: (index: number) => boolean, wrap = false): FrameRequest[] {
    if (index !== this.current && this.current >= 0) this.direction = index < this.current ? -1 : 1;
    this.current = index;
    this.wrap = wrap;
    return this.plan(cached);
  }

  /**
   * A frame (or a failure) arrived. 'show' when it is the current frame; 'stale' when it was asked for but the
   * user has moved on (cache it, do not draw it); 'unrequested' when it was never asked for.
   */
  onResponse(index: number, ok: boolean): ResponseVerdict {
    const wasRequested = this.inFlight.delete(index);
    if (!ok) this.failed.add(index);
    else this.failed.delete(index);
    if (index === this.current) return 'show';
    return wasRequested ? 'stale' : 'unrequested';
  }

  /** Requests to send now: call again after each response, since responses free slots. */
  plan(cached: (index: number) => boolean): FrameRequest[] {
    const requests: FrameRequest[] = [];
    const current = this.current;
    if (current < 0 || current >= this.count) return requests;
    let visible = 0;
    let prefetching = 0;
    for (const asVisible of this.inFlight.values()) {
      if (asVisible) visible++;
      else prefetching++;
    }
    const wanted = !cached(current) && !this.failed.has(current);
    if (wanted && this.inFlight.get(current) !== true) {
      // Asked before as a prefetch: ask again as visible, so the host moves it ahead of other prefetches.
      if (visible < this.options.maxVisibleInFlight) {
        requests.push({ index: current, prefetch: false });
        this.inFlight.set(current, true);
        visible++;
        for (const [index, asVisible] of this.inFlight) {
          if (!asVisible && Math.abs(index - current) > this.options.hostDropRadius) {
            this.inFlight.delete(index);
            prefetching--;
          }
        }
      } else {
        // Wait for a slot: the response to an older visible request calls plan() again.
        return requests;
      }
    }
    for (const index of this.neighbours()) {
      if (prefetching >= this.options.maxPrefetchInFlight) break;
      if (cached(index) || this.inFlight.has(index) || this.failed.has(index)) continue;
      requests.push({ index, prefetch: true });
      this.inFlight.set(index, false);
      prefetching++;
    }
    return requests;
  }

  /** Neighbours of the current frame, nearest first, ahead of the direction of travel before behind. */
  neighbours(): number[] {
    const out: number[] = [];
    const seen = new Set<number>([this.current]);
    for (let distance = 1; distance <= this.options.radius; distance++) {
      for (const sign of [this.direction, -this.direction]) {
        let index = this.current + sign * distance;
        if (this.wrap) index = ((index % this.count) + this.count) % this.count;
        if (index < 0 || index >= this.count || seen.has(index)) continue;
        seen.add(index);
        out.push(index);
      }
    }
    return out;
  }

  /** Forget failures (e.g. after the file changed on disk) and what is in flight. */
  reset(): void {
    this.inFlight.clear();
    this.failed.clear();
    this.current = -1;
  }
}
