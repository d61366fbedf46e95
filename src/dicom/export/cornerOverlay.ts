// Corner text burned into an exported image (off by default): the viewer's four corner blocks (cornerTexts.ts)
// drawn with a small bitmap font (bitmapFont.ts) in white with a black outline, so that they read on any image,
// bright or dark. The font scales with the image (one font pixel per image pixel up to 499 pixels on the short
// side, two from 500, and so on), so text keeps about the same share of the picture at any resolution. Pure: a
// new raster comes back, the input is left alone; lines that do not fit are clipped at the image's edges.

import type { RasterImage } from '../encode/raster';
import { GLYPH_HEIGHT, GLYPH_WIDTH, glyphColumns } from './bitmapFont';
import type { CornerTexts } from './cornerTexts';

export { cornerText, windowText, type CornerTexts, type ViewerFacts } from './cornerTexts';
export { cornerTextsFor } from './cornerTextsFor';

/** Image pixels per font pixel for an image of this size. */
export function cornerTextScale(width: number, height: number): number {
  return Math.max(1, Math.floor(Math.min(width, height) / 250));
}

/** Font pixels: a glyph cell is the glyph plus one column of spacing; a line is the glyph plus two rows. */
const CELL_WIDTH = GLYPH_WIDTH + 1;
const LINE_HEIGHT = GLYPH_HEIGHT + 2;
/** Distance from the image's edges, in font pixels. */
const MARGIN = 3;

const TEXT = 2;
const OUTLINE = 1;

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The image with the corner lines drawn on it: 8-bit grey (1 channel), RGB or RGBA. Text is white (255), its
 *  outline black (0); alpha, when present, is made opaque under both. */
export function drawCornerText(image: RasterImage, corners: CornerTexts): RasterImage {
  const { width, height, channels, data } = image;
  if (!(data instanceof Uint8Array)) throw new RangeError('drawCornerText: needs an 8-bit raster');
  if (data.length !== width * height * channels) {
    throw new RangeError(`drawCornerText: ${data.length} samples for ${width}×${height}×${channels}`);
  }
  const scale = cornerTextScale(width, height);
  const outline = Math.max(1, Math.floor(scale / 2));
  const mask = new Uint8Array(width * height);
  const boxes: Box[] = [];

  const drawLine = (line: string, left: number, top: number): void => {
    let x = left;
    for (const char of line) {
      const columns = glyphColumns(char);
      for (let c = 0; c < GLYPH_WIDTH; c++) {
        const bits = columns[c];
        if (!bits) continue;
        for (let r = 0; r < GLYPH_HEIGHT; r++) {
          if ((bits >> r) & 1) fillBlock(mask, width, height, x + c * scale, top + r * scale, scale);
        }
      }
      x += CELL_WIDTH * scale;
    }
  };

  const place = (lines: readonly string[], right: boolean, bottom: boolean): void => {
    const margin = MARGIN * scale;
    const lineHeight = LINE_HEIGHT * scale;
    lines.forEach((line, k) => {
      const chars = [...line].length;
      if (!chars) return;
      const lineWidth = (chars * CELL_WIDTH - 1) * scale;
      const left = right ? width - margin - lineWidth : margin;
      const top = bottom
        ? height - margin - (lines.length - k) * lineHeight + 2 * scale
        : margin + k * lineHeight;
      drawLine(line, left, top);
      boxes.push({
        x0: Math.max(0, left - outline),
        y0: Math.max(0, top - outline),
        x1: Math.min(width, left + lineWidth + outline),
        y1: Math.min(height, top + GLYPH_HEIGHT * scale + outline),
      });
    });
  };
  place(corners.topLeft, false, false);
  place(corners.topRight, true, false);
  place(corners.bottomLeft, false, true);
  place(corners.bottomRight, true, true);

  for (const box of boxes) markOutline(mask, width, box, outline);

  const out = new Uint8Array(data);
  for (const box of boxes) {
    for (let y = box.y0; y < box.y1; y++) {
      for (let x = box.x0; x < box.x1; x++) {
        const m = mask[y * width + x];
        if (!m) continue;
        const level = m === TEXT ? 255 : 0;
        const at = (y * width + x) * channels;
        if (channels === 1) {
          out[at] = level;
        } else {
          out[at] = out[at + 1] = out[at + 2] = level;
          if (channels === 4) out[at + 3] = 255;
        }
      }
    }
  }
  return { width, height, channels, data: out };
}

function fillBlock(
  mask: Uint8Array,
  width: number,
  height: number,
  x0: number,
  y0: number,
  size: number,
): void {
  const xs = Math.max(0, x0);
  const xe = Math.min(width, x0 + size);
  for (let y = Math.max(0, y0); y < Math.min(height, y0 + size); y++) {
    mask.fill(TEXT, y * width + xs, Math.max(y * width + xs, y * width + xe));
  }
}

/** Marks as outline every pixel of the box within `reach` (in both directions) of a text pixel. */
function markOutline(mask: Uint8Array, width: number, box: Box, reach: number): void {
  const height = mask.length / width;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      if (mask[y * width + x]) continue;
      search: for (let dy = -reach; dy <= reach; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -reach; dx <= reach; dx++) {
          const xx = x + dx;
          if (xx >= 0 && xx < width && mask[yy * width + xx] === TEXT) {
            mask[y * width + x] = OUTLINE;
            break search;
          }
        }
      }
    }
  }
}
