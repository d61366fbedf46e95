// `dicom-inspect frame`: one frame of a file written as raw stored values, PNG or JPEG. Frames count from 0.
// raw is the decoder's output as bytes (rawFrame.ts); png and jpeg are the render function's output, the same
// pixels the viewer shows: greyscale files give a one-channel image, everything else RGB.

import type { DicomFile } from '../dicom/model';
import { decodeFrame } from '../dicom/pixels/decodeFrame';
import type { DecodedFrame, DisplayWindow, ImageInfo } from '../dicom/pixels/imageTypes';
import { renderFrame } from '../dicom/pixels/render';
import { encodeJpeg } from '../dicom/encode/jpeg';
import { encodePng } from '../dicom/encode/png';
import { rasterFromRgba } from '../dicom/encode/raster';
import { burnOverlays, cornerTextsFor, drawCornerText } from '../dicom/export';
import { imageInfoOf } from '../dicom/pixels/imageInfoOf';
import { describeFrameError } from './imageReport';
import { rawFrameBytes } from './rawFrame';

export type FrameFormat = 'raw' | 'png' | 'jpeg';

export interface FrameCommandOptions {
  readonly index: number;
  readonly format: FrameFormat;
  readonly window?: DisplayWindow;
  /** JPEG quality 1-100. */
  readonly quality: number;
  /** png and jpeg: burn in the viewer's corner text. */
  readonly cornerText?: boolean;
  /** png and jpeg: burn in the overlay planes (60xx) as the viewer shows them. */
  readonly overlays?: boolean;
}

/** What went wrong, for the CLI to print and map to an exit code. */
export class FrameCommandError extends Error {
  constructor(
    message: string,
    /** 'usage': the frame asked for does not exist; 'pixels': the pixels cannot be decoded; 'output': the
     *  image cannot be encoded. */
    readonly kind: 'usage' | 'pixels' | 'output',
  ) {
    super(message);
  }
}

/** Whether the rendered image is grey: written with one channel. */
function isGrey(frame: DecodedFrame): boolean {
  return frame.samplesPerPixel === 1 && frame.photometric.startsWith('MONOCHROME');
}

/** The frame's bytes in the chosen format. Throws FrameCommandError. */
export async function frameOutput(file: DicomFile, options: FrameCommandOptions): Promise<Uint8Array> {
  const info: ImageInfo | null = imageInfoOf(file);
  if (!info) throw new FrameCommandError('the file has no pixel data', 'pixels');
  if (info.problem) throw new FrameCommandError(info.problem.replace(/\.\s*$/, ''), 'pixels');
  const frames = info.format.numberOfFrames;
  if (options.index >= frames) {
    const range = frames === 1 ? '1 frame (frame 0)' : `${frames} frames (0-${frames - 1})`;
    throw new FrameCommandError(`frame ${options.index} does not exist: the file has ${range}`, 'usage');
  }
  let frame: DecodedFrame;
  try {
    frame = await decodeFrame(file, info.format, options.index);
  } catch (caught) {
    // The decoder's messages already name the frame (counted from 0, as here) when they are about it.
    const reason = describeFrameError(caught);
    const named = new RegExp(`^Frame ${options.index}\\b`).test(reason);
    throw new FrameCommandError(
      named ? reason : `frame ${options.index} cannot be decoded: ${reason}`,
      'pixels',
    );
  }
  if (options.format === 'raw') return rawFrameBytes(frame, info.format.bitsAllocated);

  // A window is for grey images, as in the viewer: colour ones are shown as they are (see the help text).
  const colour = frame.samplesPerPixel !== 1 || (frame.photometric === 'PALETTE COLOR' && !!info.palette);
  const render = options.window && !colour ? { window: options.window } : {};
  const rgba = renderFrame(frame, info, render);
  const grey = rasterFromRgba(rgba, frame.columns, frame.rows, isGrey(frame) ? 1 : 3);
  const plain = options.overlays ? burnOverlays(grey, info.overlays, frame.index) : grey;
  const raster = options.cornerText
    ? drawCornerText(plain, cornerTextsFor(file, info, frame, render))
    : plain;
  try {
    return options.format === 'png'
      ? encodePng(raster)
      : await encodeJpeg(raster, { quality: options.quality });
  } catch (caught) {
    // Not the file's fault: the encoder could not run (its wasm is missing from an incomplete install…).
    const reason = caught instanceof Error ? caught.message : String(caught);
    throw new FrameCommandError(`cannot encode the ${options.format.toUpperCase()}: ${reason}`, 'output');
  }
}
