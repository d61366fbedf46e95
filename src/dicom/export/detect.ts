// Whether a file is worth exporting: batch exports walk whole folders and skip what is not DICOM, quietly.

import type { DicomFile } from '../model';
import { hasDicmMarker, parseDicom } from '../parser';

/** True for a Part 10 file ("DICM" after the preamble) or a bare data set the parser reads at least one
 *  element from with a plausible start. Cheap for the common case: only the marker is looked at. */
export function looksLikeDicom(bytes: Uint8Array, parsed?: DicomFile): boolean {
  if (hasDicmMarker(bytes)) return true;
  const file = parsed ?? parseDicom(bytes);
  // The parser guesses the encoding of files without a preamble; a file it cannot start on yields nothing.
  return file.dataset.length > 0 && !(file.errors.length > 0 && file.dataset.length < 2);
}
