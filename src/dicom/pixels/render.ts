// The one render function (stored → modality → VOI → presentation → 8-bit RGBA), shared by the webview, the
// export, the CLI and the tests, and the window choices around it. Pure: no DOM, no parser, no codecs (the webview
// bundles this file).
//
// Greyscale: stored values → Modality LUT (rescale or LUT) → VOI (window with its function, or VOI LUT) →
// round(y × 255) → MONOCHROME1 inverted (PS3.3 C.7.6.3.1.2) → options.invert inverts again → grey in R, G and B.
// Colour (RGB, and YBR decoded to RGB): no VOI unless a window is given; scaled from Bits Stored to 8 bits.
// PALETTE COLOR: indices through the palette (C.7.6.3.1.5), each channel scaled from its entry bits to 8 bits.
//
// Speed (the webview calls this on every mouse move of a window/level drag): integer data goes through one
// lookup table built over [frame.minValue, frame.maxValue], then one pass over the pixels writing 32-bit RGBA
// words; float data is computed per pixel. With `target`, nothing the size of the image is allocated.

import { CT_PRESETS } from './ctPresets';
import { frameValues } from './frameValues';
import { computeAutoWindow, isIntegerFrame } from './histogram';
import type {
  DecodedFrame,
  DisplayWindow,
  FrameValues,
  ImageInfo,
  RenderOptions,
  WindowPreset,
} from './imageTypes';
import { lutLookup, modalityTransform } from './modalityLut';
import { voiLutFunction, voiLutInputWindow, windowFunction } from './voiLut';

/** Lookup tables over a wider input range than this are not worth building: compute per pixel instead. */
const MAX_LUT_SPAN = 1 << 20;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

let scratch = new Uint32Array(0);
function scratchLut(size: number): Uint32Array {
  if (scratch.length < size) scratch = new Uint32Array(Math.max(size, 256));
  return scratch;
}
let scratch8 = new Uint8Array(0);
function scratchLut8(size: number): Uint8Array {
  if (scratch8.length < size) scratch8 = new Uint8Array(Math.max(size, 256));
  return scratch8;
}

/** An opaque RGBA pixel as one 32-bit word in the platform's byte order. */
function rgba(r: number, g: number, b: number): number {
  return LITTLE_ENDIAN
    ? (0xff000000 | (b << 16) | (g << 8) | r) >>> 0
    : ((r << 24) | (g << 16) | (b << 8) | 0xff) >>> 0;
}

/** Renders a frame to RGBA (rows × columns × 4 bytes, alpha 255). Writes into `target` when it has the size. */
export function renderFrame(
  frame: DecodedFrame,
  info: ImageInfo,
  options: RenderOptions,
  target?: Uint8ClampedArray,
): Uint8ClampedArray {
  const pixels = frame.rows * frame.columns;
  const out = target && target.length === pixels * 4 ? target : new Uint8ClampedArray(pixels * 4);
  const samples = frame.samples;
  const step = Math.max(frame.samplesPerPixel, 1);
  const count = Math.min(pixels, Math.floor(samples.length / step));
  const words = out.byteOffset % 4 === 0 ? new Uint32Array(out.buffer, out.byteOffset, pixels) : undefined;
  const write = (i: number, value: number) => {
    if (words) words[i] = value;
    else writeBytes(out, i, value);
  };

  if (step >= 3) {
    renderColour(frame, options, count, write);
  } else {
    const word = pixelWord(frame, info, options);
    if (word.lut) {
      const { lut, min } = word;
      if (words) for (let i = 0; i < count; i++) words[i] = lut[samples[i] - min];
      else for (let i = 0; i < count; i++) writeBytes(out, i, lut[samples[i] - min]);
    } else {
      for (let i = 0; i < count; i++) write(i, word.of(samples[i]));
    }
  }
  // Pixels the frame has no samples for (a short frame) are opaque black rather than transparent.
  for (let i = count; i < pixels; i++) write(i, rgba(0, 0, 0));
  return out;
}

function writeBytes(out: Uint8ClampedArray, i: number, value: number): void {
  const j = i * 4;
  if (LITTLE_ENDIAN) {
    out[j] = value & 0xff;
    out[j + 1] = (value >>> 8) & 0xff;
    out[j + 2] = (value >>> 16) & 0xff;
  } else {
    out[j] = value >>> 24;
    out[j + 1] = (value >>> 16) & 0xff;
    out[j + 2] = (value >>> 8) & 0xff;
  }
  out[j + 3] = 255;
}

type PixelWord = { lut: Uint32Array; min: number } | { lut?: undefined; of: (stored: number) => number };

/** The RGBA word of a single-sample pixel, as a lookup table when the data allows one. */
function pixelWord(frame: DecodedFrame, info: ImageInfo, options: RenderOptions): PixelWord {
  const palette = paletteDisplay(frame, info, options);
  const of = palette ?? greyWord(greyDisplay(frame, info, options));
  const min = frame.minValue;
  const span = frame.maxValue - min + 1;
  if (!isIntegerFrame(frame) || !(span >= 1) || span > MAX_LUT_SPAN) return { of };
  const lut = scratchLut(span);
  for (let k = 0; k < span; k++) lut[k] = of(min + k);
  return { lut, min };
}

function greyWord(display: (stored: number) => number): (stored: number) => number {
  return (stored) => {
    const v = display(stored);
    return rgba(v, v, v);
  };
}

/** Stored value → displayed grey level 0-255 for one frame of greyscale data. The window is options.window, else
 *  the VOI LUT options.voiLutIndex, else the default window. */
function greyDisplay(
  frame: DecodedFrame,
  info: ImageInfo,
  options: RenderOptions,
): (stored: number) => number {
  const values = frameValues(info, frame.index);
  const modality = modalityTransform(values);
  const voi = voiStage(frame, info, values, options);
  const photometric = frame.photometric || info.format.photometric;
  const invert = (photometric === 'MONOCHROME1') !== (options.invert === true);
  return (stored) => {
    const level = Math.round(voi(modality(stored)) * 255);
    const v = level >= 0 ? (level <= 255 ? level : 255) : 0; // also NaN → 0
    return invert ? 255 - v : v;
  };
}

function voiStage(
  frame: DecodedFrame,
  info: ImageInfo,
  values: FrameValues,
  options: RenderOptions,
): (modality: number) => number {
  const fn = options.voiFunction ?? values.voiFunction;
  if (options.window) return windowFunction(options.window.center, options.window.width, fn);
  const chosenLut = options.voiLutIndex !== undefined ? values.voiLuts[options.voiLutIndex] : undefined;
  if (chosenLut) return voiLutFunction(chosenLut);
  const fallback = defaultWindow(frame, info) ?? { center: 0, width: 0, source: 'auto' as const };
  if (fallback.source === 'voiLut' && values.voiLuts[0]) return voiLutFunction(values.voiLuts[0]);
  return windowFunction(fallback.center, fallback.width, fn);
}

/** PALETTE COLOR: stored index → RGBA word through the palette, or undefined for other data. */
function paletteDisplay(
  frame: DecodedFrame,
  info: ImageInfo,
  options: RenderOptions,
): ((stored: number) => number) | undefined {
  const palette = info.palette;
  const photometric = frame.photometric || info.format.photometric;
  if (!palette || photometric !== 'PALETTE COLOR' || frame.samplesPerPixel !== 1) return undefined;
  const flip = options.invert === true;
  return (stored) => {
    const [r, g, b] = paletteRgb(info, stored);
    return flip ? rgba(255 - r, 255 - g, 255 - b) : rgba(r, g, b);
  };
}

/** A palette entry scaled to 8 bits, per channel: round(entry × 255 / (2^bits - 1)). */
export function paletteRgb(info: ImageInfo, stored: number): [number, number, number] {
  const palette = info.palette;
  if (!palette) return [0, 0, 0];
  const channel = (lut: typeof palette.red) => {
    const full = 2 ** Math.min(Math.max(lut.bitsPerEntry, 1), 16) - 1;
    return Math.min(Math.round((lutLookup(lut, stored) * 255) / full), 255);
  };
  return [channel(palette.red), channel(palette.green), channel(palette.blue)];
}

/** Colour samples → 8 bits: the window on each channel when one is given, else scaled from Bits Stored. */
export function colourLevel(frame: DecodedFrame, options: RenderOptions): (sample: number) => number {
  const flip = options.invert === true;
  let level: (sample: number) => number;
  if (options.window) {
    const voi = windowFunction(options.window.center, options.window.width, options.voiFunction ?? 'LINEAR');
    level = (sample) => Math.round(voi(sample) * 255);
  } else if (!isIntegerFrame(frame)) {
    level = (sample) => Math.round(sample * 255); // float colour: nominal range 0-1
  } else {
    const full = 2 ** Math.min(Math.max(frame.bitsStored, 1), 32) - 1;
    level = full === 255 ? (sample) => sample : (sample) => Math.round((sample * 255) / full);
  }
  return (sample) => {
    const l = level(sample);
    const v = l >= 0 ? (l <= 255 ? l : 255) : 0;
    return flip ? 255 - v : v;
  };
}

function renderColour(
  frame: DecodedFrame,
  options: RenderOptions,
  count: number,
  write: (i: number, value: number) => void,
): void {
  const samples = frame.samples;
  const step = frame.samplesPerPixel;
  const level = colourLevel(frame, options);
  const min = frame.minValue;
  const span = frame.maxValue - min + 1;
  if (isIntegerFrame(frame) && span >= 1 && span <= MAX_LUT_SPAN) {
    const lut = scratchLut8(span);
    for (let k = 0; k < span; k++) lut[k] = level(min + k);
    for (let i = 0, s = 0; i < count; i++, s += step) {
      write(i, rgba(lut[samples[s] - min], lut[samples[s + 1] - min], lut[samples[s + 2] - min]));
    }
    return;
  }
  for (let i = 0, s = 0; i < count; i++, s += step) {
    write(i, rgba(level(samples[s]), level(samples[s + 1]), level(samples[s + 2])));
  }
}

function isColour(frame: DecodedFrame, info: ImageInfo): boolean {
  const photometric = frame.photometric || info.format.photometric;
  return frame.samplesPerPixel >= 3 || (photometric === 'PALETTE COLOR' && info.palette !== undefined);
}

/** The window used when the user has not chosen one: the file's first window, else its first VOI LUT (with
 *  the window that spans the LUT's input range), else auto. undefined for colour. */
export function defaultWindow(
  frame: DecodedFrame,
  info: ImageInfo,
): (DisplayWindow & { source: 'file' | 'auto' | 'voiLut' }) | undefined {
  if (isColour(frame, info)) return undefined;
  const values = frameValues(info, frame.index);
  const first = values.windows[0];
  if (first) return { center: first.center, width: first.width, source: 'file' };
  if (values.voiLuts[0]) return { ...voiLutInputWindow(values.voiLuts[0]), source: 'voiLut' };
  const auto = autoWindow(frame, info);
  return { center: auto.center, width: auto.width, source: 'auto' };
}

const autoCache = new WeakMap<DecodedFrame, { values: FrameValues; info: ImageInfo; preset: WindowPreset }>();

/** A robust window from the frame's histogram of modality values, ignoring padding values (see histogram.ts).
 *  Remembered per frame object, since a drag re-renders the same frame many times. */
export function autoWindow(frame: DecodedFrame, info: ImageInfo): WindowPreset {
  const values = frameValues(info, frame.index);
  const cached = autoCache.get(frame);
  if (cached && cached.values === values && cached.info === info) return cached.preset;
  const preset = computeAutoWindow(frame, info, values);
  autoCache.set(frame, { values, info, preset });
  return preset;
}

/** Window presets to offer: the file's windows (by explanation), then CT presets for CT, then Auto. None for
 *  colour data. */
export function windowPresets(frame: DecodedFrame, info: ImageInfo): WindowPreset[] {
  if (isColour(frame, info)) return [];
  const values = frameValues(info, frame.index);
  const presets: WindowPreset[] = values.windows.map((window, i) => ({
    center: window.center,
    width: window.width,
    explanation: window.explanation || `Window ${i + 1}`,
  }));
  if (info.modality === 'CT' || values.unit === 'HU') presets.push(...CT_PRESETS);
  presets.push(autoWindow(frame, info));
  return presets;
}
