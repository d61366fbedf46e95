// The export work the document worker does for the export commands (exportCommands.ts): what a file offers to
// export (is it DICOM, has it an image, what are its naming fields), and one frame as image file bytes through
// the shared export core (src/dicom/export). Pure: no vscode, no worker API, so the document store and unit
// tests call it directly.

import {
  encodeFrameImage,
  exportFields,
  looksLikeDicom,
  renderForExport,
  type ExportImageOptions,
  type ExportNameFields,
} from '../dicom/export';
import { cornerTextsFor, drawCornerText } from '../dicom/export/cornerOverlay';
import { encodeJpeg } from '../dicom/encode/jpeg';
import { encodePng } from '../dicom/encode/png';
import type { DicomFile } from '../dicom/model';
import { decodeFrame } from '../dicom/pixels/decodeFrame';
import type { ImageInfo } from '../dicom/pixels/imageTypes';

/** What a file offers to an export. `status` says why there is nothing to export when it is not 'image'. */
export interface ExportProbe {
  readonly status: 'image' | 'notDicom' | 'noImage' | 'problem';
  /** For 'problem': one sentence for the user (a damage with its offset, an unsupported syntax…). */
  readonly reason?: string;
  readonly fields: ExportNameFields;
  readonly frames: number;
  /** True when the image has more than one sample per pixel (no 16-bit export). */
  readonly colour: boolean;
  readonly transferSyntaxUid: string;
  /** The file has image attributes, so the worker keeps it open (for frames, or the bitstream of an
   *  undecodable syntax); false for files with nothing to export, which the worker drops at once. */
  readonly keep: boolean;
  /** The frames' encoded bytes can be saved as they are. */
  readonly canSaveBitstream: boolean;
}

/** An image export request: the core's options, plus burned-in corner text (png and jpeg only). */
export interface ExportImageRequest extends ExportImageOptions {
  readonly cornerText?: boolean;
  /** The burned-in corner text leaves out identifying values ("hide patient identity"). */
  readonly hideIdentity?: boolean;
}

const PIXEL_DATA_TAGS = new Set([0x7fe00010, 0x7fe00008, 0x7fe00009]);

/** Classifies a parsed file for export, as the CLI's export does: not DICOM, no image, damaged, or an image. */
export function probeForExport(
  bytes: Uint8Array | undefined,
  file: DicomFile,
  image: ImageInfo | null,
  fileName: string,
  imageError?: string,
): ExportProbe {
  const fields = exportFields(file, fileName);
  const base = {
    fields,
    frames: image?.format.numberOfFrames ?? 0,
    colour: (image?.format.samplesPerPixel ?? 1) > 1,
    transferSyntaxUid: image?.format.transferSyntaxUid ?? '',
    keep: image !== null,
    canSaveBitstream: image?.canSaveBitstream ?? false,
  };
  if (bytes && !looksLikeDicom(bytes, file)) return { ...base, status: 'notDicom', keep: false };
  const fatal = file.errors.find((issue) => issue.severity === 'error');
  if (fatal) {
    const where = fatal.offset >= 0 && !/\boffset\b/.test(fatal.message) ? ` (offset ${fatal.offset})` : '';
    return { ...base, status: 'problem', reason: `damaged: ${fatal.message}${where}` };
  }
  if (!file.dataset.some((element) => PIXEL_DATA_TAGS.has(element.tag)))
    return { ...base, status: 'noImage' };
  if (imageError) return { ...base, status: 'problem', reason: imageError };
  if (!image) return { ...base, status: 'noImage' };
  if (image.problem) return { ...base, status: 'problem', reason: image.problem.replace(/\.\s*$/, '') };
  return { ...base, status: 'image' };
}

/** Decodes frame `index` and encodes it as the request says. */
export async function exportImageBytes(
  file: DicomFile,
  image: ImageInfo,
  index: number,
  request: ExportImageRequest,
): Promise<Uint8Array> {
  const frame = await decodeFrame(file, image.format, index);
  if (!request.cornerText || request.format === 'png16') return encodeFrameImage(frame, image, request);
  const raster = drawCornerText(
    renderForExport(frame, image, request.render),
    cornerTextsFor(file, image, frame, request.render ?? {}, request.hideIdentity === true),
  );
  if (request.format === 'png') return encodePng(raster);
  return encodeJpeg(raster, { quality: request.quality });
}
