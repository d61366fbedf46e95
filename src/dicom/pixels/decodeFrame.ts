// CONTRACT STUB (to be replaced by the codec helper): finds and decodes frames. Runs in Node (worker, CLI).
import type { DicomFile } from '../model';
import type { DecodedFrame, PixelFormat } from './imageTypes';

export interface TransferSyntaxSupport {
  readonly supported: boolean;
  /** Human name of the syntax, e.g. 'JPEG-LS Lossless'. */
  readonly name: string;
  /** For unsupported syntaxes: one sentence naming it and its UID. */
  readonly reason?: string;
  /** File extension for the raw bitstream of a frame: 'jpg', 'jls', 'j2k', 'jph', 'rle', 'raw', 'mp4'… */
  readonly bitstreamExtension: string;
}

export function transferSyntaxSupport(uid: string): TransferSyntaxSupport {
  void uid;
  throw new Error('transferSyntaxSupport: not implemented yet');
}

/** Decodes frame `index` (0-based). Rejects with PixelDataError (message and byte offset) when it cannot. */
export function decodeFrame(file: DicomFile, format: PixelFormat, index: number): Promise<DecodedFrame> {
  void file;
  void format;
  void index;
  return Promise.reject(new Error('decodeFrame: not implemented yet'));
}

/** The frame's bytes exactly as stored: the codestream of an encapsulated frame (its fragments joined), or the
 *  native frame's bytes. Throws PixelDataError when the frame does not exist. */
export function frameBitstream(file: DicomFile, format: PixelFormat, index: number): Uint8Array {
  void file;
  void format;
  void index;
  throw new Error('frameBitstream: not implemented yet');
}
