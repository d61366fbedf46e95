// Builds the webview's HeaderModel from a file's bytes: parse, flatten, summarise. Pure, so it runs the same in
// the parse worker and in tests.

import { buildHeaderRows } from '../dicom/headerRows';
import { parseDicom } from '../dicom/parser';
import { buildSummary } from '../dicom/summary';
import type { HeaderModel } from '../shared/protocol';

export function buildHeaderModel(bytes: Uint8Array, fileName: string): HeaderModel {
  const file = parseDicom(bytes);
  return {
    fileName,
    summary: buildSummary(file),
    rows: buildHeaderRows(file),
    errors: file.errors.map(({ message, offset, severity }) => ({ message, offset, severity })),
  };
}
