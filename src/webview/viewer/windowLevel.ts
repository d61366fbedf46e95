// Window/level by mouse drag, as pure maths: horizontal movement changes the width, vertical the centre, both
// scaled to the frame's range of modality values so that dragging across the whole viewport sweeps about the
// whole range, whatever the data (8-bit ultrasound, 12-bit CT in HU, floats from 0 to 1).

import type { DecodedFrame, DisplayWindow, FrameValues } from '../../dicom/pixels/imageTypes';

export interface ValueRange {
  readonly min: number;
  readonly max: number;
}

/** The range of modality values the frame's stored values map to (through the LUT or the rescale). */
export function modalityRange(
  frame: Pick<DecodedFrame, 'minValue' | 'maxValue'>,
  values: Pick<FrameValues, 'rescaleSlope' | 'rescaleIntercept' | 'modalityLut'>,
): ValueRange {
  const lut = values.modalityLut;
  if (lut && lut.data.length > 0) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < lut.data.length; i++) {
      const v = lut.data[i];
      if (v < min) min = v;
      if (v > max) max = v;
    }
    return { min, max };
  }
  const slope = Number.isFinite(values.rescaleSlope) && values.rescaleSlope !== 0 ? values.rescaleSlope : 1;
  const intercept = Number.isFinite(values.rescaleIntercept) ? values.rescaleIntercept : 0;
  const a = frame.minValue * slope + intercept;
  const b = frame.maxValue * slope + intercept;
  return { min: Math.min(a, b), max: Math.max(a, b) };
}

/** The smallest width a drag may reach: one modality unit for integer data, a sliver of the range for floats. */
export function minimumWidth(range: ValueRange, integerData: boolean): number {
  if (integerData) return 1;
  const span = range.max - range.min;
  return span > 0 ? span / 10_000 : 1e-6;
}

/**
 * The window after dragging by (dx, dy) CSS pixels from `start` in a viewport of the given size: right widens,
 * left narrows; down raises the centre (darker), up lowers it, as in most radiology viewers.
 */
export function dragWindow(
  start: DisplayWindow,
  dx: number,
  dy: number,
  range: ValueRange,
  viewport: { readonly width: number; readonly height: number },
  minWidth: number,
): DisplayWindow {
  const span = range.max - range.min > 0 ? range.max - range.min : Math.max(1, Math.abs(start.width));
  const perX = span / Math.max(1, viewport.width);
  const perY = span / Math.max(1, viewport.height);
  const width = Math.max(minWidth, start.width + dx * perX);
  const center = start.center + dy * perY;
  return { center, width };
}

/** A window moved by keyboard steps: each step is 1 % of the range (at least one unit for integer data). */
export function stepWindow(
  window: DisplayWindow,
  widthSteps: number,
  centerSteps: number,
  range: ValueRange,
  minWidth: number,
): DisplayWindow {
  const step = Math.max(minWidth, (range.max - range.min) / 100);
  return {
    center: window.center + centerSteps * step,
    width: Math.max(minWidth, window.width + widthSteps * step),
  };
}

// One way of writing numbers and windows, shared with the corner text burned into exports.
export { formatValue, windowText as formatWindow } from '../../dicom/export/cornerTexts';

/** Rounds a dragged window for integer data, so that presets and the status bar show whole numbers. */
export function roundWindow(window: DisplayWindow, integerData: boolean): DisplayWindow {
  if (!integerData) return window;
  return { center: Math.round(window.center), width: Math.max(1, Math.round(window.width)) };
}

/** Whether modality values are whole numbers (integer samples, integer rescale), so windows can be rounded. */
export function isIntegerModality(
  frame: Pick<DecodedFrame, 'sampleType'>,
  values: Pick<FrameValues, 'rescaleSlope' | 'rescaleIntercept' | 'modalityLut'>,
): boolean {
  if (frame.sampleType === 'float32' || frame.sampleType === 'float64') return false;
  if (values.modalityLut) return true;
  return Number.isInteger(values.rescaleSlope) && Number.isInteger(values.rescaleIntercept);
}
