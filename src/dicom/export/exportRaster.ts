// What is seen, as an image file's pixels: the one render function (window/level, VOI LUT, invert, palettes),
// then the viewer's rotation and flips, at the image's native resolution (one image pixel per output pixel,
// whatever the screen's zoom). Greyscale images come out with one channel, everything else RGB. Overlays and
// corner text are not burned in.

import { rasterFromRgba, type RasterImage } from '../encode/raster';
import type { DecodedFrame, ImageInfo, RenderOptions } from '../pixels/imageTypes';
import { renderFrame } from '../pixels/render';
import { orientRaster, type ExportOrientation } from './orient';

export type ExportRenderOptions = RenderOptions & ExportOrientation;

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
  return orientRaster(raster, options);
}
