// The header of a file as text, in the forms the dump document, the save commands and the compare use: the
// text dump, the same dump without the byte-offset column (for a diff aligned by tag: an inserted element then
// changes its own lines only, not the offset of every line after it), and DICOM JSON (PS3.18 F). Pure (no
// vscode), so the document worker runs it off the extension host's main thread.

import { headerDump, headerJson } from '../dicom/export/header';
import type { DicomFile } from '../dicom/model';
import { parseDicom } from '../dicom/parser';

export type HeaderTextKind = 'dump' | 'aligned' | 'json';

export const HEADER_TEXT_KINDS: readonly HeaderTextKind[] = ['dump', 'aligned', 'json'];

/** A dump line starts with the element's byte offset, right-aligned, then two spaces. */
const OFFSET_COLUMN = /^ *-?\d+ {2}/;

/** The dump without its offset column and without the note about where offsets count from. */
export function alignedDump(dump: string): string {
  return dump
    .split('\n')
    .filter((line) => !line.startsWith('# (offsets'))
    .map((line) => (line.startsWith('#') ? line : line.replace(OFFSET_COLUMN, '')))
    .join('\n');
}

/**
 * The header as text, exactly as the CLI prints it: 'dump' is `dicom-inspect dump FILE`, 'json' is
 * `dicom-inspect json FILE` (the data set; BulkDataURIs name `fileName`, as the CLI names the file).
 */
export function headerText(bytes: Uint8Array, kind: HeaderTextKind, fileName = ''): string {
  return headerTextOf(parseDicom(bytes), kind, fileName);
}

/** As headerText, for a file already parsed (e.g. through positioned reads). */
export function headerTextOf(file: DicomFile, kind: HeaderTextKind, fileName = ''): string {
  switch (kind) {
    case 'dump':
      return headerDump(file);
    case 'aligned':
      return alignedDump(headerDump(file));
    case 'json':
      return headerJson(file, { bulkDataBase: fileName });
  }
}
