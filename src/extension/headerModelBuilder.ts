// Builds the webview's HeaderModel from a file's bytes: parse, flatten, summarise. Pure, so it runs the same in
// the document worker and in tests. The worker sends the packed form (rowPacking.ts): a few transferable buffers
// instead of 100,000 row objects to clone.

import { buildHeaderRows } from '../dicom/headerRows';
import { parseDicom } from '../dicom/parser';
import type { DicomFile } from '../dicom/model';
import { buildSummary } from '../dicom/summary';
import type { HeaderModel, PackedHeader } from '../shared/protocol';
import { packRows } from '../shared/rowPacking';

export function buildHeaderModel(bytes: Uint8Array, fileName: string): HeaderModel {
  return buildHeaderModelOf(parseDicom(bytes), fileName);
}

/** The model of a file already parsed (the document worker keeps the parsed file to decode its frames). */
export function buildHeaderModelOf(file: DicomFile, fileName: string): HeaderModel {
  return {
    fileName,
    summary: buildSummary(file),
    rows: buildHeaderRows(file),
    errors: file.errors.map(({ message, offset, severity }) => ({ message, offset, severity })),
  };
}

/** The header model with its rows packed, ready to transfer. */
export function buildPackedHeader(bytes: Uint8Array, fileName: string): PackedHeader {
  return packHeader(buildHeaderModel(bytes, fileName));
}

export function packHeader(model: HeaderModel): PackedHeader {
  const { fileName, summary, errors, rows } = model;
  return { fileName, summary, errors, rows: packRows(rows) };
}
