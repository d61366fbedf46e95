// Decoded frames kept on the host, least recently used first out, within ONE byte budget shared by all open
// documents (the setting dicomInspector.cache.hostMegabytes). Two panels of one document, and a webview that
// asks again for a frame it dropped (its own cache is small, or the tab was hidden and its webview destroyed),
// then cost no decode.

import type { DecodedFrame } from '../dicom/pixels/imageTypes';

export const DEFAULT_FRAME_CACHE_BYTES = 256 * 1024 * 1024;

export class FrameCache {
  /** Insertion order is recency: a hit moves the entry to the end; eviction takes from the front. */
  private readonly frames = new Map<string, { readonly docId: number; readonly frame: DecodedFrame }>();
  private total = 0;

  constructor(private budgetBytes: number = DEFAULT_FRAME_CACHE_BYTES) {}

  get(docId: number, index: number): DecodedFrame | undefined {
    const key = keyOf(docId, index);
    const entry = this.frames.get(key);
    if (!entry) return undefined;
    this.frames.delete(key);
    this.frames.set(key, entry);
    return entry.frame;
  }

  /** Without touching its recency. */
  has(docId: number, index: number): boolean {
    return this.frames.has(keyOf(docId, index));
  }

  /** Keeps a frame; a frame larger than the whole budget is not kept (it would evict everything for nothing). */
  set(docId: number, frame: DecodedFrame): void {
    const size = frame.samples.byteLength;
    const key = keyOf(docId, frame.index);
    this.remove(key);
    if (size > this.budgetBytes) return;
    this.frames.set(key, { docId, frame });
    this.total += size;
    this.evictToBudget();
  }

  /** A new budget (the setting changed): a smaller one evicts the least recently used frames at once. */
  setBudget(bytes: number): void {
    this.budgetBytes = Math.max(0, bytes);
    this.evictToBudget();
  }

  get budget(): number {
    return this.budgetBytes;
  }

  dropDocument(docId: number): void {
    for (const [key, entry] of this.frames) if (entry.docId === docId) this.remove(key);
  }

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.frames.size;
  }

  private evictToBudget(): void {
    for (const [oldest] of this.frames) {
      if (this.total <= this.budgetBytes) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const entry = this.frames.get(key);
    if (!entry) return;
    this.frames.delete(key);
    this.total -= entry.frame.samples.byteLength;
  }
}

function keyOf(docId: number, index: number): string {
  return `${docId}:${index}`;
}
