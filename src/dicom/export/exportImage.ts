// One frame as image file bytes: JPEG or PNG of what is seen (renderForExport), or a 16-bit PNG of the modality
// or stored values (modalityRaster16). Pure apart from the encoders' wasm: no file system, no vscode; the
// extension host, its worker and the CLI all call this.

import { encodeJpeg } from '../encode/jpeg';
import { encodePng } from '../encode/png';
import type { DicomFile } from '../model';
import { decodeFrame } from '../pixels/decodeFrame';
import type { DecodedFrame, ImageInfo } from '../pixels/imageTypes';
import { transferSyntaxSupport } from '../pixels/transferSyntaxSupport';
import { drawCornerText } from './cornerOverlay';
import type { CornerTexts } from './cornerTexts';
import { renderForExport, type ExportRenderOptions } from './exportRaster';
import { modalityRaster16, pngText, type ValueKind } from './modalityRaster';
import { orientRaster } from './orient';

export type ExportImageFormat = 'jpeg' | 'png' | 'png16';
/** Everything the CLI's export writes: images, the header as JSON or text dump, a frame's raw bitstream. */
export type ExportFormat = ExportImageFormat | 'json' | 'dump' | 'bitstream';

export interface ExportImageOptions {
  readonly format: ExportImageFormat;
  /** JPEG quality 1-100, default 90. */
  readonly quality?: number;
  /** Window, VOI, invert, rotation and flips (png and jpeg); png16 applies only the rotation and flips. */
  readonly render?: ExportRenderOptions;
  /** png16: modality values (default) or stored values. */
  readonly values?: ValueKind;
  /** Corner text to burn in (png and jpeg; cornerTextsFor gives the viewer's lines). None by default. */
  readonly corners?: CornerTexts;
}

export const DEFAULT_JPEG_QUALITY = 90;

/** An already decoded frame as image bytes. Rejects with RangeError for png16 of a colour image. */
export async function encodeFrameImage(
  frame: DecodedFrame,
  info: ImageInfo,
  options: ExportImageOptions,
): Promise<Uint8Array> {
  const render = options.render ?? {};
  if (options.format === 'png16') {
    const result = modalityRaster16(frame, info, options.values ?? 'modality');
    return encodePng(orientRaster(result.raster, render), { text: pngText(result) });
  }
  const rendered = renderForExport(frame, info, render);
  const raster = options.corners ? drawCornerText(rendered, options.corners) : rendered;
  if (options.format === 'png') return encodePng(raster);
  return encodeJpeg(raster, { quality: options.quality ?? DEFAULT_JPEG_QUALITY });
}

/** Decodes frame `index` (from 0) of a parsed file and encodes it. Rejects with the decoder's PixelDataError
 *  when the frame cannot be decoded. `info` is imageInfoOf(file), which must have no `problem`. */
export async function exportFrameImage(
  file: DicomFile,
  info: ImageInfo,
  index: number,
  options: ExportImageOptions,
): Promise<Uint8Array> {
  const frame = await decodeFrame(file, info.format, index);
  return encodeFrameImage(frame, info, options);
}

/** File extension (without the dot) for an export format; for 'bitstream', the transfer syntax's. */
export function exportExtension(format: ExportFormat, transferSyntaxUid = ''): string {
  switch (format) {
    case 'jpeg':
      return 'jpg';
    case 'png':
    case 'png16':
      return 'png';
    case 'json':
      return 'json';
    case 'dump':
      return 'txt';
    case 'bitstream':
      return transferSyntaxSupport(transferSyntaxUid).bitstreamExtension;
  }
}
