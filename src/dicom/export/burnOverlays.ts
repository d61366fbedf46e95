// The overlay planes (60xx) burned into an exported frame, as the viewer draws them (imageCanvas.ts
// drawOverlays): every set bit of every plane that applies to the frame (overlayFrameOffset), placed at the
// plane's origin and clipped to the image, replaces the image pixel with one opaque colour: the one the viewer
// reports (its theme's charts.yellow) when the export follows an open viewer; otherwise the default dark
// theme's (#CCA700), since an export of a closed file has no webview to ask. A grey frame with overlay pixels on it comes out as RGB (a coloured
// overlay needs three channels); a grey frame without any stays grey. Called before rotation and flips, so the
// overlay turns with the image. Pure: a new raster comes back, the input is left alone.

import type { RasterImage } from '../encode/raster';
import type { OverlayPlane } from '../pixels/imageTypes';
import { overlayFrameOffset } from '../pixels/overlayFrames';

export type OverlayColour = readonly [red: number, green: number, blue: number];

/** VS Code's charts.yellow in the default dark theme, which the viewer's stylesheet uses for overlays. */
export const DEFAULT_OVERLAY_COLOUR: OverlayColour = [0xcc, 0xa7, 0x00];

/** The image pixels (row-major indexes) that the overlays of image frame `frame` (from 0) cover. */
export function overlayMask(
  planes: readonly OverlayPlane[],
  frame: number,
  width: number,
  height: number,
): Uint8Array {
  const mask = new Uint8Array(width * height);
  for (const plane of planes) {
    const offset = overlayFrameOffset(plane, frame);
    if (offset === undefined) continue;
    for (let r = 0; r < plane.rows; r++) {
      const y = plane.originRow + r;
      if (y < 0 || y >= height) continue;
      const rowStart = offset + r * plane.columns;
      for (let c = 0; c < plane.columns; c++) {
        const x = plane.originColumn + c;
        if (x < 0 || x >= width || plane.bits[rowStart + c] === 0) continue;
        mask[y * width + x] = 1;
      }
    }
  }
  return mask;
}

/** The 8-bit raster (grey, RGB or RGBA, at the image's native size and orientation) with the overlays of image
 *  frame `frame` drawn on it in `colour`. Returns the input when no overlay pixel falls on the image. */
export function burnOverlays(
  image: RasterImage,
  planes: readonly OverlayPlane[],
  frame: number,
  colour: OverlayColour = DEFAULT_OVERLAY_COLOUR,
): RasterImage {
  const { width, height, channels, data } = image;
  if (!(data instanceof Uint8Array)) throw new RangeError('burnOverlays: needs an 8-bit raster');
  if (data.length !== width * height * channels) {
    throw new RangeError(`burnOverlays: ${data.length} samples for ${width}×${height}×${channels}`);
  }
  if (planes.length === 0) return image;
  const mask = overlayMask(planes, frame, width, height);
  if (!mask.includes(1)) return image;
  const pixels = width * height;
  const outChannels = channels === 1 ? 3 : channels;
  const out = new Uint8Array(pixels * outChannels);
  if (channels === 1) {
    for (let i = 0; i < pixels; i++) out[i * 3] = out[i * 3 + 1] = out[i * 3 + 2] = data[i];
  } else {
    out.set(data);
  }
  for (let i = 0; i < pixels; i++) {
    if (mask[i] === 0) continue;
    const p = i * outChannels;
    out[p] = colour[0];
    out[p + 1] = colour[1];
    out[p + 2] = colour[2];
    if (outChannels === 4) out[p + 3] = 255;
  }
  return { width, height, channels: outChannels, data: out };
}
