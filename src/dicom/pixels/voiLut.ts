// The VOI LUT stage (PS3.3 C.11.2): modality values to a display fraction in [0, 1], by a window with its VOI
// LUT Function, or by a VOI LUT. The caller scales to 8 bits (round(y × 255)); the fraction is what PS3.3 calls
// (y - ymin) / (ymax - ymin). Pure, for the webview bundle too.
import type { LookupTable, VoiFunction } from './imageTypes';
import { lutLookup } from './modalityLut';

/**
 * LINEAR (C.11.2.1.2.1): with c' = c - 0.5 and w' = w - 1, x ≤ c' - w'/2 → 0, x > c' + w'/2 → 1, else
 * (x - c') / w' + 0.5. LINEAR_EXACT (C.11.2.1.3.2): the same with c and w as they are. SIGMOID (C.11.2.1.3.1):
 * 1 / (1 + exp(-4 (x - c) / w)).
 * The standard requires w ≥ 1 for LINEAR; a smaller width (float images with a small range, or damage) is read
 * as LINEAR_EXACT, which is defined for any w > 0. A width ≤ 0 is a hard threshold at the center.
 */
export function windowFunction(center: number, width: number, fn: VoiFunction): (x: number) => number {
  if (!(width > 0)) return (x) => (x > center ? 1 : 0);
  if (fn === 'SIGMOID') {
    const k = -4 / width;
    return (x) => 1 / (1 + Math.exp(k * (x - center)));
  }
  const linear = fn === 'LINEAR' && width >= 1;
  const c = linear ? center - 0.5 : center;
  const w = linear ? width - 1 : width;
  const lower = c - w / 2;
  const upper = c + w / 2;
  if (w === 0) return (x) => (x <= lower ? 0 : 1);
  return (x) => (x <= lower ? 0 : x > upper ? 1 : (x - c) / w + 0.5);
}

/** A VOI LUT: its entry for x, over its output range 0 … 2^bits - 1 (C.11.2.1.1). */
export function voiLutFunction(lut: LookupTable): (x: number) => number {
  const full = 2 ** Math.min(Math.max(lut.bitsPerEntry, 1), 16) - 1;
  return (x) => Math.min(lutLookup(lut, x) / full, 1);
}

/** The window a VOI LUT stands for, for the UI to start dragging from: its input range. */
export function voiLutInputWindow(lut: LookupTable): { center: number; width: number } {
  return { center: lut.firstValueMapped + lut.data.length / 2, width: Math.max(lut.data.length, 1) };
}
