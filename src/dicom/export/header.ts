// The header as files: DICOM JSON (PS3.18 Annex F) and the text dump, exactly as `dicom-inspect json` and
// `dicom-inspect dump` print them (same functions, same options, trailing newline).

import { dicomJson, stringifyDicomJson, type DicomJsonOptions } from '../dicomJson';
import type { DicomFile } from '../model';
import { textDump, type TextDumpOptions } from '../textDump';

/** DICOM JSON text. `bulkDataBase` names the file in BulkDataURIs (the CLI uses the file's base name). */
export function headerJson(file: DicomFile, options: DicomJsonOptions = {}, indent = 2): string {
  return stringifyDicomJson(dicomJson(file, options), indent) + '\n';
}

/** The text dump, one line per element. */
export function headerDump(file: DicomFile, options: TextDumpOptions = {}): string {
  return textDump(file, options);
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a text export. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
