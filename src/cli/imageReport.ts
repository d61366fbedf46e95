// The `image` part of `info --json`: what the decoder makes of the file's pixels, and, unless --no-frames, each
// frame decoded for its smallest and largest stored value (slow for big files: every frame is decoded).

import type { DicomFile } from '../dicom/model';
import { decodeFrame } from '../dicom/pixels/decodeFrame';
import { imageInfoOf } from '../dicom/pixels/imageInfoOf';
import { PixelDataError } from '../dicom/pixels/imageTypes';
import { transferSyntaxSupport } from '../dicom/pixels/transferSyntaxSupport';

export interface FrameReport {
  readonly index: number;
  /** Smallest and largest stored value (over all samples); absent when the frame could not be decoded. */
  readonly min?: number;
  readonly max?: number;
  /** Why the frame could not be decoded. */
  readonly error?: string;
}

export interface ImageReport {
  /** Photometric interpretation of the decoded values: the YBR family comes out as RGB. */
  readonly photometricInterpretation: string;
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: number;
  readonly bitsAllocated: number;
  readonly numberOfFrames: number;
  readonly transferSyntax: {
    readonly uid: string;
    readonly name: string;
    readonly supported: boolean;
    readonly reason?: string;
  };
  /** Why the pixels cannot be shown (no pixel data, unsupported syntax, inconsistent attributes). */
  readonly problem?: string;
  /** One entry per frame, in order; absent with --no-frames or when there is a problem. */
  readonly frames?: readonly FrameReport[];
}

const YBR = /^YBR_/;

/** A frame's failure in one line, with the byte offset when the decoder knows it (and has not said it). */
export function describeFrameError(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\.\s*$/, '');
  const known = error instanceof PixelDataError && error.offset >= 0 && !/\bat byte \d/.test(message);
  return known ? `${message} (at byte ${(error as PixelDataError).offset})` : message;
}

/** The image report of a file, or null when it holds no image. */
export async function imageReport(file: DicomFile, withFrames: boolean): Promise<ImageReport | null> {
  const info = imageInfoOf(file);
  if (!info) return null;
  const { format } = info;
  const support = transferSyntaxSupport(format.transferSyntaxUid);
  const frames: FrameReport[] = [];
  let decodedPhotometric: string | undefined;
  if (withFrames && !info.problem) {
    for (let index = 0; index < format.numberOfFrames; index++) {
      try {
        const frame = await decodeFrame(file, format, index);
        decodedPhotometric ??= frame.photometric;
        frames.push({ index, min: frame.minValue, max: frame.maxValue });
      } catch (caught) {
        frames.push({ index, error: describeFrameError(caught) });
      }
    }
  }
  return {
    photometricInterpretation:
      decodedPhotometric ?? (YBR.test(format.photometric) ? 'RGB' : format.photometric),
    rows: format.rows,
    columns: format.columns,
    samplesPerPixel: format.samplesPerPixel,
    bitsAllocated: format.bitsAllocated,
    numberOfFrames: format.numberOfFrames,
    transferSyntax: {
      uid: format.transferSyntaxUid,
      name: support.name,
      supported: support.supported,
      ...(support.reason ? { reason: support.reason } : {}),
    },
    ...(info.problem ? { problem: info.problem } : {}),
    ...(withFrames && !info.problem ? { frames } : {}),
  };
}
