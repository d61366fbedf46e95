// Cine playback timing, pure: the rate a file asks for (Frame Time or Recommended Display Frame Rate, else a
// default), and a clock that says when the next frame is due. Every frame is shown (medical cine must not skip
// frames silently); when decoding falls behind, the clock waits for the frame instead of bursting to catch up.

import type { ImageInfo } from '../../dicom/pixels/imageTypes';

export const DEFAULT_FPS = 10;
export const MIN_FPS = 1;
export const MAX_FPS = 60;

export function clampFps(fps: number): number {
  if (!Number.isFinite(fps)) return DEFAULT_FPS;
  return Math.min(MAX_FPS, Math.max(MIN_FPS, fps));
}

/** The file's own rate: 1000 / Frame Time, else the Recommended Display Frame Rate, else DEFAULT_FPS. */
export function fileFps(info: Pick<ImageInfo, 'frameTimeMs' | 'recommendedFps'>): number {
  const { frameTimeMs, recommendedFps } = info;
  if (frameTimeMs !== undefined && Number.isFinite(frameTimeMs) && frameTimeMs > 0)
    return clampFps(1000 / frameTimeMs);
  if (recommendedFps !== undefined && Number.isFinite(recommendedFps) && recommendedFps > 0)
    return clampFps(recommendedFps);
  return DEFAULT_FPS;
}

/** The frame after `index` in playback order (wrapping to the first after the last). */
export function nextCineFrame(index: number, count: number): number {
  return count > 0 ? (index + 1) % count : 0;
}

export class CineClock {
  private nextDue = 0;
  private period: number;

  constructor(fps: number) {
    this.period = 1000 / clampFps(fps);
  }

  get fps(): number {
    return 1000 / this.period;
  }

  /** Playback starts: the first advance is one period from now. */
  start(now: number): void {
    this.nextDue = now + this.period;
  }

  setFps(fps: number, now: number): void {
    const previous = this.period;
    this.period = 1000 / clampFps(fps);
    // Keep the phase: a frame due soon at the old rate is due as soon at the new one, never later than a period.
    this.nextDue = Math.min(this.nextDue - previous + this.period, now + this.period);
  }

  /** Whether the next frame should be shown at `now`. */
  isDue(now: number): boolean {
    return now >= this.nextDue;
  }

  /**
   * The next frame was shown at `now`. On time, the schedule keeps its rhythm (no drift from late animation
   * frames); more than a period late (a frame was still decoding), it restarts from now instead of rushing.
   */
  advanced(now: number): void {
    this.nextDue += this.period;
    if (this.nextDue <= now) this.nextDue = now + this.period;
  }
}
