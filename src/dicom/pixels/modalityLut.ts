// The Modality LUT stage (PS3.3 C.11.1): stored values to modality values (Hounsfield units for CT), by Rescale
// Slope/Intercept or by a Modality LUT Sequence. Pure, for the webview bundle too.
import type { FrameValues, LookupTable } from './imageTypes';

/** A LUT's entry for input `x`: inputs below the first value mapped take the first entry, inputs past the end
 *  the last (PS3.3 C.11.1.1.1); non-integer inputs are truncated towards minus infinity, as pydicom does. */
export function lutLookup(lut: LookupTable, x: number): number {
  const length = lut.data.length;
  if (length === 0) return 0;
  const index = Math.floor(x) - lut.firstValueMapped;
  if (!(index > 0)) return lut.data[0]; // also NaN
  return lut.data[index < length ? index : length - 1];
}

/** Stored value → modality value for one frame's values. */
export function modalityTransform(values: FrameValues): (stored: number) => number {
  const lut = values.modalityLut;
  if (lut) return (stored) => lutLookup(lut, stored);
  const slope = values.rescaleSlope;
  const intercept = values.rescaleIntercept;
  if (slope === 1 && intercept === 0) return (stored) => stored;
  return (stored) => stored * slope + intercept;
}
