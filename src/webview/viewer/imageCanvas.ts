// The two canvases of the viewer: the image at its native size (rows × columns), filled with the RGBA of the one
// render function, and the overlay planes (60xx) on a second canvas of the same size. Both are shown through the
// same CSS transform, so zoom, pan, rotation and flips never re-render. The ImageData (and its RGBA buffer) is
// reused between renders of the same size: renderFrame writes straight into it.
//
// While the window of a big frame is dragged, a third canvas shows a subsampled preview (previewFrame.ts) over the
// image canvas: its bitmap is smaller, but its CSS box is the image's, so the browser stretches it over the same
// place with the same transform. The image canvas keeps its full-size bitmap (reallocating 88 MB twice per drag
// would cost more than the preview saves); it is drawn again, and the preview hidden, when the drag pauses.

import type { DecodedFrame, ImageInfo, OverlayPlane, RenderOptions } from '../../dicom/pixels/imageTypes';
import { overlayFrameOffset } from '../../dicom/pixels/overlayFrames';
import { renderFrame } from '../../dicom/pixels/render';
import { yieldMacrotask } from '../yieldToUi';
import { BAND_PIXELS, frameBand } from './previewFrame';
import type { Affine } from './viewTransform';
import { cssMatrix } from './viewTransform';

// Shared with the export's burnOverlays (src/dicom/export/burnOverlays.ts), which draws the same pixels.
export { overlayFrameOffset };

/** A computed CSS colour ("rgb(r, g, b)", or rgba with alpha 1) as red, green, blue; undefined for anything
 *  else (a translucent colour blends with the image, which an export's opaque burn would not match). */
export function opaqueRgbOf(css: string): [number, number, number] | undefined {
  const match = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(css.trim());
  if (!match || (match[4] !== undefined && Number(match[4]) !== 1)) return undefined;
  const rgb = [Number(match[1]), Number(match[2]), Number(match[3])];
  return rgb.every((v) => v <= 255) ? [rgb[0], rgb[1], rgb[2]] : undefined;
}

export class ImageCanvas {
  private readonly imageContext: CanvasRenderingContext2D;
  private readonly overlayContext: CanvasRenderingContext2D;
  private readonly preview: HTMLCanvasElement;
  private readonly previewContext: CanvasRenderingContext2D;
  private imageData: ImageData | undefined;
  private previewData: ImageData | undefined;
  private overlayData: ImageData | undefined;
  private columns = 0;
  private rows = 0;
  /** Bumped by every draw: a banded render that sees it change stops (a newer draw owns the canvas). */
  private generation = 0;

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
    // Same class as the image (the stylesheet places and dims it the same way), between the image and overlays.
    this.preview = document.createElement('canvas');
    this.preview.className = image.className;
    this.preview.id = 'image-preview-canvas';
    this.preview.setAttribute('aria-hidden', 'true');
    this.preview.hidden = true;
    image.after(this.preview);
    this.previewContext = context(this.preview);
  }

  /** Sizes both canvases to the image (a no-op when unchanged: resizing clears a canvas). */
  setSize(columns: number, rows: number): void {
    if (columns === this.columns && rows === this.rows) return;
    this.columns = columns;
    this.rows = rows;
    for (const canvas of [this.image, this.overlay]) {
      canvas.width = columns;
      canvas.height = rows;
    }
    for (const canvas of [this.image, this.preview, this.overlay]) {
      canvas.style.width = `${columns}px`;
      canvas.style.height = `${rows}px`;
    }
    this.imageData = undefined;
    this.overlayData = undefined;
    this.hidePreview();
  }

  /** Renders a frame into the image canvas at full resolution; throws what renderFrame throws. */
  draw(frame: DecodedFrame, info: ImageInfo, options: RenderOptions): void {
    this.generation++;
    this.setSize(frame.columns, frame.rows);
    this.imageData ??= this.imageContext.createImageData(frame.columns, frame.rows);
    this.put(this.imageContext, this.imageData, frame, info, options);
    this.hidePreview();
  }

  /**
   * Renders a subsampled copy of the frame (previewFrame.ts) stretched over the image's box; throws what
   * renderFrame throws. `columns` and `rows` are the full frame's.
   */
  drawPreview(
    preview: DecodedFrame,
    columns: number,
    rows: number,
    info: ImageInfo,
    options: RenderOptions,
  ): void {
    this.generation++;
    this.setSize(columns, rows);
    const data = this.previewData;
    if (!data || data.width !== preview.columns || data.height !== preview.rows) {
      this.preview.width = preview.columns;
      this.preview.height = preview.rows;
      this.previewData = this.previewContext.createImageData(preview.columns, preview.rows);
    }
    this.put(this.previewContext, this.previewData as ImageData, preview, info, options);
    this.preview.hidden = false;
  }

  /**
   * Renders a frame at full resolution a band of rows at a time, with turns for the UI in between, while the
   * preview stays on top; the canvas takes the result and the preview is hidden when the last band is done. Any later draw stops it (resolves
   * false). Only for frames where canRenderInBands holds: each band's pixels are then exactly the full render's.
   * Rejects with what renderFrame throws.
   */
  async drawInBands(frame: DecodedFrame, info: ImageInfo, options: RenderOptions): Promise<boolean> {
    const generation = ++this.generation;
    this.setSize(frame.columns, frame.rows);
    this.imageData ??= this.imageContext.createImageData(frame.columns, frame.rows);
    const data = this.imageData;
    const bandRows = Math.max(1, Math.floor(BAND_PIXELS / Math.max(1, frame.columns)));
    for (let y = 0; y < frame.rows; y += bandRows) {
      const rows = Math.min(bandRows, frame.rows - y);
      const target = data.data.subarray(y * frame.columns * 4, (y + rows) * frame.columns * 4);
      const rgba = renderFrame(frameBand(frame, y, rows), info, options, target);
      if (rgba !== target) target.set(rgba.subarray(0, target.length));
      if (y + rows < frame.rows) {
        await yieldMacrotask();
        if (generation !== this.generation) return false;
      }
    }
    // One put at the end: each put makes the browser take in the whole 88 MB canvas again, so putting band by
    // band cost more than it spread.
    this.imageContext.putImageData(data, 0, 0);
    this.hidePreview();
    return true;
  }

  /** Hides the preview (the image canvas shows again); its small bitmap is kept for the next drag. */
  hidePreview(): void {
    this.preview.hidden = true;
  }

  private put(
    context: CanvasRenderingContext2D,
    data: ImageData,
    frame: DecodedFrame,
    info: ImageInfo,
    options: RenderOptions,
  ): void {
    const target = data.data;
    const rgba = renderFrame(frame, info, options, target);
    // renderFrame writes into target when it has the right size; copy only if it did not.
    if (rgba !== target) target.set(rgba.subarray(0, target.length));
    context.putImageData(data, 0, 0);
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
    for (const canvas of [this.image, this.preview, this.overlay]) {
      if (canvas.style.transform !== css) canvas.style.transform = css;
      canvas.classList.toggle('pixelated', pixelated);
    }
  }
}
