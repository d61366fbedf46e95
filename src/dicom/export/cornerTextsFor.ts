// The corner lines for an exported frame, read from the file: the viewer's lines (cornerTexts.ts) for the same
// file, frame, window, VOI LUT, invert and orientation. Apart from cornerTexts.ts because it needs the parser's
// summary and the render module's default window, which the webview bundle must not carry.

import { withIdentityHidden } from '../identifying';
import type { DicomFile } from '../model';
import { frameValues } from '../pixels/frameValues';
import type { DecodedFrame, DisplayWindow, ImageInfo } from '../pixels/imageTypes';
import { defaultWindow } from '../pixels/render';
import { buildSummary } from '../summary';
import { cornerText, type CornerTexts } from './cornerTexts';
import type { ExportRenderOptions } from './exportRaster';

/** The corner lines for an exported frame, as the viewer shows them for the same file, frame, window, VOI LUT,
 *  invert and orientation (no zoom line: an export is at native size). `options` are the export's render
 *  options; the window shown is the one the render uses (the given one, else the file's default or auto). */
export function cornerTextsFor(
  file: DicomFile,
  info: ImageInfo,
  frame: DecodedFrame,
  options: ExportRenderOptions = {},
  /** Leave out identifying values ("hide patient identity"): they read as "hidden". */
  hideIdentity = false,
): CornerTexts {
  const colour = frame.samplesPerPixel !== 1 || (frame.photometric === 'PALETTE COLOR' && !!info.palette);
  const luts = colour || options.window ? [] : frameValues(info, frame.index).voiLuts;
  const lut = options.voiLutIndex;
  const voiLutName = lut !== undefined && lut < luts.length ? luts[lut].explanation : undefined;
  let window: DisplayWindow | undefined;
  if (!colour) {
    const fallback = options.window ?? defaultWindow(frame, info);
    window = fallback ? { center: fallback.center, width: fallback.width } : undefined;
  }
  const summary = buildSummary(file);
  return cornerText(hideIdentity ? withIdentityHidden(summary) : summary, {
    frame: frame.index,
    frameCount: info.format.numberOfFrames,
    rows: info.format.rows,
    columns: info.format.columns,
    window,
    voiLutName,
    invert: options.invert === true,
    rotationDegrees: options.rotation ?? 0,
    flipH: options.flipHorizontal === true,
    flipV: options.flipVertical === true,
  });
}
