// A smaller copy of a big frame for drawing while the user drags the window: every `step`-th sample in both
// directions (nearest neighbour). The copy keeps the frame's index, sample type and min/max, so the one render
// function gives each kept pixel exactly the RGBA it has in the full render (same LUT, same window); only the
// pixels in between are missing. The full frame is drawn again as soon as the drag pauses or ends, a band of rows
// at a time (frameBand) so that a drag that resumes is not held up.

import type { DecodedFrame, RenderOptions, SampleArray } from '../../dicom/pixels/imageTypes';

/** Frames above this many pixels get a preview while dragging: about 1.5 ms of LUT work per million pixels. */
export const PREVIEW_MAX_PIXELS = 1_500_000;

/** The sampling step that brings the frame to at most `maxPixels` pixels; 1 when it is small enough already. */
export function previewStep(columns: number, rows: number, maxPixels = PREVIEW_MAX_PIXELS): number {
  const pixels = columns * rows;
  if (!(pixels > maxPixels) || maxPixels < 1) return 1;
  let step = Math.ceil(Math.sqrt(pixels / maxPixels));
  // Rounding of the ceil'd dimensions can leave the result just above the budget.
  while (Math.ceil(columns / step) * Math.ceil(rows / step) > maxPixels) step++;
  return step;
}

/** Every `step`-th pixel of every `step`-th row (all samples of each kept pixel); the frame itself for step 1. */
export function subsampleFrame(frame: DecodedFrame, step: number): DecodedFrame {
  const spp = Math.max(1, frame.samplesPerPixel);
  // A short frame (fewer samples than pixels) is drawn whole: its missing tail is the render function's to fill.
  if (step <= 1 || frame.samples.length < frame.columns * frame.rows * spp) return frame;
  const columns = Math.ceil(frame.columns / step);
  const rows = Math.ceil(frame.rows / step);
  const source = frame.samples;
  const Samples = source.constructor as new (length: number) => SampleArray;
  const samples = new Samples(columns * rows * spp);
  const sourceRow = frame.columns * spp;
  let out = 0;
  for (let y = 0; y < rows; y++) {
    let at = y * step * sourceRow;
    if (spp === 1) {
      for (let x = 0; x < columns; x++, at += step) samples[out++] = source[at];
    } else {
      for (let x = 0; x < columns; x++, at += step * spp)
        for (let s = 0; s < spp; s++) samples[out++] = source[at + s];
    }
  }
  return { ...frame, columns, rows, samples };
}

/** Full renders of frames above this many pixels after a drag go a band of about this many pixels at a time. */
export const BAND_PIXELS = 1_000_000;

/**
 * Whether the frame can be rendered a band of rows at a time with exactly the pixels of one render: the window
 * must be given (the default window may come from the whole frame's histogram) and the frame complete.
 */
export function canRenderInBands(frame: DecodedFrame, options: RenderOptions): boolean {
  return (
    options.window !== undefined &&
    frame.samples.length >= frame.columns * frame.rows * Math.max(1, frame.samplesPerPixel)
  );
}

/** Rows firstRow … firstRow + rowCount - 1 of the frame, sharing its samples (same index, type and min/max). */
export function frameBand(frame: DecodedFrame, firstRow: number, rowCount: number): DecodedFrame {
  const rowSamples = frame.columns * Math.max(1, frame.samplesPerPixel);
  const samples = frame.samples.subarray(firstRow * rowSamples, (firstRow + rowCount) * rowSamples);
  return { ...frame, rows: rowCount, samples };
}
