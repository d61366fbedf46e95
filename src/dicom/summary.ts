// The summary strip's text, built from the same facts as `dicom-inspect info`.

import type { SummaryInfo } from '../shared/protocol';
import { fileInfo, TopLevelReader } from './fileInfo';
import type { DicomFile } from './model';
import { TAG } from './tags';

export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]} (${bytes.toLocaleString('en-US')} bytes)`;
}

const joined = (...parts: string[]): string => parts.filter(Boolean).join(' · ');

export function buildSummary(file: DicomFile): SummaryInfo {
  const reader = new TopLevelReader(file);
  const info = fileInfo(file, reader);
  const seriesNumber = reader.text(TAG.seriesNumber);
  const bits = info.bitsAllocated ? `${info.bitsStored ?? info.bitsAllocated}/${info.bitsAllocated}-bit` : '';
  const signed = info.pixelRepresentation === 1 ? 'signed' : '';
  return {
    patient: reader.text(TAG.patientName),
    patientId: reader.text(TAG.patientId),
    study: reader.text(TAG.studyDescription),
    studyDate: reader.text(TAG.studyDate),
    series: joined(seriesNumber ? `#${seriesNumber}` : '', reader.text(TAG.seriesDescription)),
    modality: info.modality ?? '',
    sopClass: info.sopClassName ?? info.sopClassUID ?? '',
    transferSyntax: info.transferSyntaxName ?? info.transferSyntaxUID,
    transferSyntaxUid: info.transferSyntaxUID,
    dimensions:
      info.columns && info.rows
        ? joined(`${info.columns} × ${info.rows}`, bits, signed, info.photometricInterpretation ?? '')
        : '',
    frames: info.numberOfFrames !== null ? String(info.numberOfFrames) : '',
    fileSize: formatByteSize(info.fileSize),
  };
}
