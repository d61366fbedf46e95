// The pixel probe: what is at one image position of a frame, for the viewer's status text. Pure, for the webview
// bundle too: stored value(s), the modality value with its unit for greyscale, the displayed RGB for colour and
// palette data.
import { frameValues } from './frameValues';
import type { DecodedFrame, ImageInfo, ProbeResult, RenderOptions } from './imageTypes';
import { modalityTransform } from './modalityLut';
import { colourLevel, paletteRgb } from './render';

/** What is at image position (x = column, y = row) of a frame; undefined outside the image. */
export function probePixel(
  frame: DecodedFrame,
  info: ImageInfo,
  options: RenderOptions,
  x: number,
  y: number,
): ProbeResult | undefined {
  const column = Math.floor(x);
  const row = Math.floor(y);
  if (!(column >= 0 && column < frame.columns && row >= 0 && row < frame.rows)) return undefined;
  const step = Math.max(frame.samplesPerPixel, 1);
  const at = (row * frame.columns + column) * step;
  if (at + step > frame.samples.length) return undefined;
  const values = frameValues(info, frame.index);
  const photometric = frame.photometric || info.format.photometric;

  if (step >= 3) {
    const stored = [frame.samples[at], frame.samples[at + 1], frame.samples[at + 2]];
    const level = colourLevel(frame, options);
    return {
      x: column,
      y: row,
      stored,
      unit: '',
      rgb: [level(stored[0]), level(stored[1]), level(stored[2])],
    };
  }
  const stored = frame.samples[at];
  if (photometric === 'PALETTE COLOR' && info.palette) {
    const [r, g, b] = paletteRgb(info, stored);
    const rgb: [number, number, number] = options.invert ? [255 - r, 255 - g, 255 - b] : [r, g, b];
    return { x: column, y: row, stored: [stored], unit: '', rgb };
  }
  return {
    x: column,
    y: row,
    stored: [stored],
    modality: modalityTransform(values)(stored),
    unit: values.unit,
  };
}
