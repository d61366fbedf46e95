// What is seen, as an image file's pixels: the one render function (window/level, VOI LUT, invert, palettes),
// then the viewer's rotation and flips, at the image's native resolution (one image pixel per output pixel,
// whatever the screen's zoom). Greyscale images come out with one channel, everything else RGB. The overlay
// planes (60xx) are burned in when asked (burnOverlays.ts: before the rotation and flips, so they turn with the
// image; a grey frame with overlay pixels then comes out RGB). Corner text is not drawn here (cornerOverlay.ts).

import { rasterFromRgba, type RasterImage } from '../encode/raster';
import type { DecodedFrame, ImageInfo, RenderOptions } from '../pixels/imageTypes';
import { renderFrame } from '../pixels/render';
import { burnOverlays, type OverlayColour } from './burnOverlays';
import { orientRaster, type ExportOrientation } from './orient';

export interface ExportOverlayOptions {
  /** Burn in the frame's overlay planes, as the viewer shows them when its overlay toggle is on. Default false. */
  readonly overlays?: boolean;
  /** Their colour (default DEFAULT_OVERLAY_COLOUR, the viewer's in the default dark theme). */
  readonly overlayColour?: OverlayColour;
}

export type ExportRenderOptions = RenderOptions & ExportOrientation & ExportOverlayOptions;

/** Whether a rendered frame is grey (written with one channel): MONOCHROME1/2 with one sample per pixel. */
export function isGreyFrame(frame: Pick<DecodedFrame, 'samplesPerPixel' | 'photometric'>): boolean {
  return frame.samplesPerPixel === 1 && frame.photometric.startsWith('MONOCHROME');
}

/** The frame as the viewer shows it (at native size), ready for encodePng / encodeJpeg. */
export function renderForExport(
  frame: DecodedFrame,
  info: ImageInfo,
  options: ExportRenderOptions = {},
): RasterImage {
  const render: RenderOptions = {
    window: options.window,
    voiFunction: options.voiFunction,
    voiLutIndex: options.voiLutIndex,
    invert: options.invert,
  };
  const rgba = renderFrame(frame, info, render);
  const raster = rasterFromRgba(rgba, frame.columns, frame.rows, isGreyFrame(frame) ? 1 : 3);
  const drawn = options.overlays
    ? burnOverlays(raster, info.overlays, frame.index, options.overlayColour)
    : raster;
  return orientRaster(drawn, options);
}
