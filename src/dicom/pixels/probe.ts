// CONTRACT STUB (to be replaced by the render helper): the pixel probe.
import type { DecodedFrame, ImageInfo, ProbeResult, RenderOptions } from './imageTypes';

/** What is at image position (x = column, y = row) of a frame; undefined outside the image. */
export function probePixel(
  frame: DecodedFrame,
  info: ImageInfo,
  options: RenderOptions,
  x: number,
  y: number,
): ProbeResult | undefined {
  void frame;
  void info;
  void options;
  void x;
  void y;
  throw new Error('probePixel: not implemented yet');
}
