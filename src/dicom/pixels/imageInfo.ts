// CONTRACT STUB (to be replaced by the render helper): reads ImageInfo from a parsed file.
import type { DicomFile } from '../model';
import type { ImageInfo } from './imageTypes';

/** Everything a file says about its image, never throws: problems go into ImageInfo.problem. Returns undefined
 *  when the data set has no pixel data element at all (and no image attributes worth showing). */
export function readImageInfo(file: DicomFile): ImageInfo | undefined {
  void file;
  throw new Error('readImageInfo: not implemented yet');
}

