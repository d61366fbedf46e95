// PNG encoding (fast-png, pure JavaScript: runs in the CLI, a worker or a browser). 8-bit grey, RGB and RGBA,
// and 16-bit grey for exporting stored values without loss.

import { encode } from 'fast-png';
import { checkRaster, type RasterImage } from './raster';

export interface PngOptions {
  /** tEXt chunks (Latin-1 keyword → text), e.g. what a 16-bit export's samples mean. */
  readonly text?: Readonly<Record<string, string>>;
}

export function encodePng(image: RasterImage, options: PngOptions = {}): Uint8Array {
  checkRaster(image, 'encodePng');
  const depth = image.data instanceof Uint16Array ? 16 : 8;
  if (depth === 16 && image.channels !== 1) throw new RangeError('encodePng: 16-bit output is grey only');
  return encode({
    width: image.width,
    height: image.height,
    data: image.data,
    channels: image.channels,
    depth,
    ...(options.text ? { text: { ...options.text } } : {}),
  });
}
