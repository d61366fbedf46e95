// A DICOMDIR (PS3.10 media directory) as an export input: it stands for the files its records reference. The
// Referenced File IDs are read from every record of the Directory Record Sequence, in file order, as path
// components relative to the DICOMDIR's folder (PS3.10 §8.5: up to 8 components, each at most 8 characters).

import type { DicomElement, DicomFile } from '../model';
import { makeTag } from '../tags';
import { TopLevelReader } from '../fileInfo';
import { contextFor, readTextValues, rootContexts } from '../values';

const MEDIA_STORAGE_DIRECTORY = '1.2.840.10008.1.3.10';
const MEDIA_STORAGE_SOP_CLASS = makeTag(0x0002, 0x0002);
const DIRECTORY_RECORD_SEQUENCE = makeTag(0x0004, 0x1220);
const REFERENCED_FILE_ID = makeTag(0x0004, 0x1500);

/** True for a Media Storage Directory (its meta says so, or it has a Directory Record Sequence). */
export function isDicomDir(file: DicomFile): boolean {
  const reader = new TopLevelReader(file);
  if (reader.text(MEDIA_STORAGE_SOP_CLASS).trim() === MEDIA_STORAGE_DIRECTORY) return true;
  return file.dataset.some((element) => element.tag === DIRECTORY_RECORD_SEQUENCE);
}

/** The files a DICOMDIR references, each as its path components (e.g. ['IMAGES', 'IM000001']), without
 *  repeats, in record order. Components that would leave the DICOMDIR's folder ('..', '.', empty) drop the
 *  reference: a directory on removable media must not point anywhere else. */
export function dicomDirReferences(file: DicomFile): string[][] {
  const records = file.dataset.find((element) => element.tag === DIRECTORY_RECORD_SEQUENCE);
  if (!records?.items) return [];
  const base = rootContexts(file).dataset;
  const seen = new Set<string>();
  const references: string[][] = [];
  for (const item of records.items) {
    const id: DicomElement | undefined = item.elements.find((element) => element.tag === REFERENCED_FILE_ID);
    if (!id) continue;
    const components = readTextValues(id, contextFor(item.elements, base)).map((part) => part.trim());
    if (!components.length || components.some((part) => part === '' || part === '.' || part === '..'))
      continue;
    if (components.some((part) => /[/\\:]/.test(part))) continue;
    const key = components.join('/').toUpperCase();
    if (seen.has(key)) continue;
    seen.add(key);
    references.push(components);
  }
  return references;
}
