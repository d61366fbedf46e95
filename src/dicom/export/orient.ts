// Quarter-turn rotation and mirroring of a raster at its native resolution, with the viewer's semantics
// (src/webview/viewer/viewTransform.ts): the orientation is Fv^flipVertical · Fh^flipHorizontal · R^rotation,
// i.e. rotate clockwise first, then mirror on screen. So an exported image is what the viewer shows, whatever
// the order in which the user pressed rotate and flip (the viewer keeps its state in this normal form).

import type { RasterImage } from '../encode/raster';

/** Degrees clockwise. */
export type Rotation = 0 | 90 | 180 | 270;

export interface ExportOrientation {
  /** Degrees clockwise, applied first. Default 0. */
  readonly rotation?: Rotation;
  /** Mirror left-right as seen after the rotation. Default false. */
  readonly flipHorizontal?: boolean;
  /** Mirror top-bottom as seen after the rotation. Default false. */
  readonly flipVertical?: boolean;
}

/** The viewer's view state (ViewTransform's rotation in quarter turns, flipH, flipV) as an export orientation. */
export function orientationFromView(view: {
  readonly rotation: number;
  readonly flipH: boolean;
  readonly flipV: boolean;
}): Required<ExportOrientation> {
  const turns = (((Math.round(view.rotation) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
  return { rotation: (turns * 90) as Rotation, flipHorizontal: view.flipH, flipVertical: view.flipV };
}

/** True when the orientation leaves the image as it is. */
export function isIdentityOrientation(orientation: ExportOrientation): boolean {
  return !orientation.rotation && !orientation.flipHorizontal && !orientation.flipVertical;
}

/** Rotates then mirrors a raster (any channel count, 8- or 16-bit samples). Returns the input when nothing
 *  changes. Width and height swap for 90 and 270. */
export function orientRaster(image: RasterImage, orientation: ExportOrientation): RasterImage {
  if (isIdentityOrientation(orientation)) return image;
  const rotation = orientation.rotation ?? 0;
  if (![0, 90, 180, 270].includes(rotation)) throw new RangeError(`orientRaster: rotation ${rotation}`);
  const { width, height, channels, data } = image;
  const turned = rotation === 90 || rotation === 270;
  const outWidth = turned ? height : width;
  const outHeight = turned ? width : height;
  const out = data instanceof Uint16Array ? new Uint16Array(data.length) : new Uint8Array(data.length);
  // For each output pixel (X, Y): undo the flips (screen space), then the rotation, to find the source pixel.
  // The source index is affine in (X, Y): start + X·dx + Y·dy, so the loop is two additions per pixel.
  const source = (X: number, Y: number): number => {
    const x1 = orientation.flipHorizontal ? outWidth - 1 - X : X;
    const y1 = orientation.flipVertical ? outHeight - 1 - Y : Y;
    // Clockwise by 90: screen (x1, y1) shows source (y1, height-1-x1); by 180: (w-1-x1, h-1-y1);
    // by 270: (width-1-y1, x1).
    let sx: number;
    let sy: number;
    if (rotation === 90) [sx, sy] = [y1, height - 1 - x1];
    else if (rotation === 180) [sx, sy] = [width - 1 - x1, height - 1 - y1];
    else if (rotation === 270) [sx, sy] = [width - 1 - y1, x1];
    else [sx, sy] = [x1, y1];
    return sy * width + sx;
  };
  const start = source(0, 0);
  const dx = outWidth > 1 ? source(1, 0) - start : 0;
  const dy = outHeight > 1 ? source(0, 1) - start : 0;
  let o = 0;
  for (let Y = 0; Y < outHeight; Y++) {
    let s = start + Y * dy;
    if (channels === 1) {
      for (let X = 0; X < outWidth; X++, s += dx) out[o++] = data[s];
    } else {
      for (let X = 0; X < outWidth; X++, s += dx) {
        const at = s * channels;
        for (let c = 0; c < channels; c++) out[o++] = data[at + c];
      }
    }
  }
  return { width: outWidth, height: outHeight, channels, data: out };
}
