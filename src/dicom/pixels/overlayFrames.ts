// Which bits of an overlay plane belong to an image frame. Its own small file (types only) so the webview's
// bundle takes it without the 60xx reader; the viewer (imageCanvas.ts) and the export (burnOverlays.ts) both
// ask it, so they draw the same planes on the same frames.

import type { OverlayPlane } from './imageTypes';

/** Where the bits of `plane` for image frame `frame` (from 0) start in `plane.bits`; undefined when the plane
 *  does not apply to that frame. A single-frame overlay applies to every frame. */
export function overlayFrameOffset(plane: OverlayPlane, frame: number): number | undefined {
  if (plane.frameCount === 1) return 0;
  const k = frame - plane.firstFrame;
  return k >= 0 && k < plane.frameCount ? k * plane.rows * plane.columns : undefined;
}
