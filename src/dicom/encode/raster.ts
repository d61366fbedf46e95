// The image handed to the encoders: rows of pixels, channels interleaved, no alpha unless asked for. Kept apart
// from the render step's RGBA so that a grey image can be written as one channel (a third of the bytes, and
// what a viewer expects of a greyscale PNG or JPEG).

export type RasterChannels = 1 | 3 | 4;

export interface RasterImage {
  readonly width: number;
  readonly height: number;
  /** 1 grey, 3 RGB, 4 RGBA. */
  readonly channels: RasterChannels;
  /** width × height × channels samples, row by row. 16-bit samples (Uint16Array) only for PNG. */
  readonly data: Uint8Array | Uint16Array;
}

/** Takes the channels wanted out of renderFrame's RGBA: 1 keeps red (the image must be grey), 3 drops alpha. */
export function rasterFromRgba(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  channels: RasterChannels,
): RasterImage {
  const pixels = width * height;
  if (rgba.length !== pixels * 4) {
    throw new RangeError(`rasterFromRgba: ${rgba.length} bytes for ${width}×${height} RGBA`);
  }
  if (channels === 4) return { width, height, channels, data: new Uint8Array(rgba) };
  const data = new Uint8Array(pixels * channels);
  if (channels === 1) {
    for (let i = 0; i < pixels; i++) data[i] = rgba[i * 4];
  } else {
    for (let i = 0, o = 0; i < pixels; i++, o += 3) {
      data[o] = rgba[i * 4];
      data[o + 1] = rgba[i * 4 + 1];
      data[o + 2] = rgba[i * 4 + 2];
    }
  }
  return { width, height, channels, data };
}

/** Checks a raster's size against its dimensions, so a caller's mistake is a clear error, not a broken file. */
export function checkRaster(image: RasterImage, who: string): void {
  const { width, height, channels, data } = image;
  if (!(Number.isSafeInteger(width) && width > 0 && Number.isSafeInteger(height) && height > 0)) {
    throw new RangeError(`${who}: invalid size ${width}×${height}`);
  }
  if (data.length !== width * height * channels) {
    throw new RangeError(`${who}: ${data.length} samples for ${width}×${height}×${channels}`);
  }
}
