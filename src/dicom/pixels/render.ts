// CONTRACT STUB (to be replaced by the render helper): the one render function (stored → modality → VOI →
// presentation → 8-bit RGBA) shared by the webview, export, CLI and tests. Pure: no DOM, no codecs.
import type { DecodedFrame, DisplayWindow, ImageInfo, RenderOptions, WindowPreset } from './imageTypes';

/** Renders a frame to RGBA (rows × columns × 4 bytes, alpha 255). Writes into `target` when it has the size. */
export function renderFrame(
  frame: DecodedFrame,
  info: ImageInfo,
  options: RenderOptions,
  target?: Uint8ClampedArray,
): Uint8ClampedArray {
  void frame;
  void info;
  void options;
  void target;
  throw new Error('renderFrame: not implemented yet');
}

/** The window used when the user has not chosen one: the file's first window, else auto. undefined for colour. */
export function defaultWindow(
  frame: DecodedFrame,
  info: ImageInfo,
): (DisplayWindow & { source: 'file' | 'auto' | 'voiLut' }) | undefined {
  void frame;
  void info;
  throw new Error('defaultWindow: not implemented yet');
}

/** A robust window from the frame's histogram of modality values, ignoring padding values. */
export function autoWindow(frame: DecodedFrame, info: ImageInfo): WindowPreset {
  void frame;
  void info;
  throw new Error('autoWindow: not implemented yet');
}

/** Window presets to offer: the file's windows (by explanation), then CT presets for CT, then Auto. */
export function windowPresets(frame: DecodedFrame, info: ImageInfo): WindowPreset[] {
  void frame;
  void info;
  throw new Error('windowPresets: not implemented yet');
}
