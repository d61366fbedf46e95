// The two canvases of the viewer: the image at its native size (rows × columns), filled with the RGBA of the one
// render function, and the overlay planes (60xx) on a second canvas of the same size. Both are shown through the
// same CSS transform, so zoom, pan, rotation and flips never re-render. The ImageData (and its RGBA buffer) is
// reused between renders of the same size: renderFrame writes straight into it.

import type { DecodedFrame, ImageInfo, OverlayPlane, RenderOptions } from '../../dicom/pixels/imageTypes';
import { renderFrame } from '../../dicom/pixels/render';
import type { Affine } from './viewTransform';
import { cssMatrix } from './viewTransform';

/** Whether an overlay plane applies to an image frame. A single-frame overlay applies to every frame. */
export function overlayFrameOffset(plane: OverlayPlane, frame: number): number | undefined {
  if (plane.frameCount === 1) return 0;
  const k = frame - plane.firstFrame;
  return k >= 0 && k < plane.frameCount ? k * plane.rows * plane.columns : undefined;
}

export class ImageCanvas {
  private readonly imageContext: CanvasRenderingContext2D;
  private readonly overlayContext: CanvasRenderingContext2D;
  private imageData: ImageData | undefined;
  private overlayData: ImageData | undefined;
  private columns = 0;
  private rows = 0;

  constructor(
    private readonly image: HTMLCanvasElement,
    private readonly overlay: HTMLCanvasElement,
  ) {
    const context = (canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d', { alpha: canvas === overlay });
      if (!ctx) throw new Error('no 2D canvas context');
      return ctx;
    };
    this.imageContext = context(image);
    this.overlayContext = context(overlay);
  }

  /** Sizes both canvases to the image (a no-op when unchanged: resizing clears a canvas). */
  setSize(columns: number, rows: number): void {
    if (columns === this.columns && rows === this.rows) return;
    this.columns = columns;
    this.rows = rows;
    for (const canvas of [this.image, this.overlay]) {
      canvas.width = columns;
      canvas.height = rows;
      canvas.style.width = `${columns}px`;
      canvas.style.height = `${rows}px`;
    }
    this.imageData = undefined;
    this.overlayData = undefined;
  }

  /** Renders a frame into the image canvas; throws what renderFrame throws. */
  draw(frame: DecodedFrame, info: ImageInfo, options: RenderOptions): void {
    this.setSize(frame.columns, frame.rows);
    this.imageData ??= this.imageContext.createImageData(frame.columns, frame.rows);
    const target = this.imageData.data;
    const rgba = renderFrame(frame, info, options, target);
    // renderFrame writes into target when it has the right size; copy only if it did not.
    if (rgba !== target) target.set(rgba.subarray(0, target.length));
    this.imageContext.putImageData(this.imageData, 0, 0);
  }

  /** Draws the overlay planes that apply to `frame` in `colour` (any CSS colour); clears when there are none. */
  drawOverlays(planes: readonly OverlayPlane[], frame: number, colour: string): void {
    const ctx = this.overlayContext;
    ctx.clearRect(0, 0, this.columns, this.rows);
    const active = planes.filter((plane) => overlayFrameOffset(plane, frame) !== undefined);
    if (active.length === 0 || this.columns === 0) return;
    this.overlayData ??= ctx.createImageData(this.columns, this.rows);
    const mask = this.overlayData.data;
    mask.fill(0);
    for (const plane of active) {
      const offset = overlayFrameOffset(plane, frame) ?? 0;
      for (let r = 0; r < plane.rows; r++) {
        const y = plane.originRow + r;
        if (y < 0 || y >= this.rows) continue;
        const rowStart = offset + r * plane.columns;
        for (let c = 0; c < plane.columns; c++) {
          const x = plane.originColumn + c;
          if (x < 0 || x >= this.columns || plane.bits[rowStart + c] === 0) continue;
          const p = (y * this.columns + x) * 4;
          mask[p] = mask[p + 1] = mask[p + 2] = mask[p + 3] = 255;
        }
      }
    }
    ctx.putImageData(this.overlayData, 0, 0);
    // Colour the opaque mask pixels with the theme's colour, leaving the rest transparent.
    ctx.globalCompositeOperation = 'source-in';
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, this.columns, this.rows);
    ctx.globalCompositeOperation = 'source-over';
  }

  clearOverlays(): void {
    this.overlayContext.clearRect(0, 0, this.columns, this.rows);
  }

  /** Places both canvases with the view transform; pixelated beyond one image pixel per device pixel. */
  setTransform(matrix: Affine, pixelated: boolean): void {
    const css = cssMatrix(matrix);
    for (const canvas of [this.image, this.overlay]) {
      if (canvas.style.transform !== css) canvas.style.transform = css;
      canvas.classList.toggle('pixelated', pixelated);
    }
  }
}
