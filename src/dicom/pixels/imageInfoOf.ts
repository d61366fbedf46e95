// The image attributes every front end shows (viewer, CLI, export): the file's own ImageInfo, with `problem`
// set when its transfer syntax cannot be decoded, so that each one says the same thing about the same file.

import type { DicomFile } from '../model';
import { transferSyntaxSupport } from './decodeFrame';
import { readImageInfo } from './imageInfo';
import type { ImageInfo } from './imageTypes';

/** ImageInfo with `problem` set when the transfer syntax cannot be decoded; null when there is no image. */
export function imageInfoOf(file: DicomFile): ImageInfo | null {
  const info = readImageInfo(file);
  if (!info) return null;
  if (info.problem) return info;
  const support = transferSyntaxSupport(info.format.transferSyntaxUid);
  if (support.supported) return info;
  return {
    ...info,
    problem: support.reason ?? `The transfer syntax ${support.name} cannot be decoded.`,
  };
}
