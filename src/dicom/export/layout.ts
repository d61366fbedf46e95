// Where a batch export puts each file: all in one folder ('flat'), or in Patient/Study/Series folders
// ('patient'), named from the file's own attributes. Pure: returns relative path segments, already safe as
// folder names; the caller joins them under the output folder.

import { TopLevelReader } from '../fileInfo';
import type { DicomFile } from '../model';
import { makeTag, TAG } from '../tags';
import { fileStem, sanitizeName, type ExportNameFields } from './naming';

export type ExportLayout = 'flat' | 'patient';

const STUDY_UID = makeTag(0x0020, 0x000d);
const SERIES_UID = makeTag(0x0020, 0x000e);
const INSTANCE_NUMBER = makeTag(0x0020, 0x0013);
const SOP_INSTANCE_UID = makeTag(0x0008, 0x0018);

/** The attributes names and folders are made from, read from the top-level data set. `baseName` is the source
 *  file's name (no directory). Frame fields are left for the caller. */
export function exportFields(file: DicomFile, baseName: string): ExportNameFields {
  const reader = new TopLevelReader(file);
  const text = (tag: number): string => reader.text(tag).trim();
  return {
    file: fileStem(baseName),
    patientId: text(TAG.patientId),
    patientName: text(TAG.patientName),
    study: text(STUDY_UID),
    studyDate: text(TAG.studyDate),
    studyDescription: text(TAG.studyDescription),
    series: text(TAG.seriesNumber),
    seriesDescription: text(TAG.seriesDescription),
    seriesUid: text(SERIES_UID),
    instance: text(INSTANCE_NUMBER),
    sopInstanceUid: text(SOP_INSTANCE_UID),
    modality: text(TAG.modality),
  };
}

const joined = (...parts: (string | undefined)[]): string =>
  parts
    .map((part) => part?.trim() ?? '')
    .filter(Boolean)
    .join(' ');

/** Folder segments for one file: [] for 'flat'; for 'patient': the patient (ID and name), the study (date and
 *  description, else its UID) and the series (number, modality and description, else its UID). Missing values
 *  give "Unknown patient" / "Unknown study" / "Unknown series". */
export function exportFolder(fields: ExportNameFields, layout: ExportLayout): string[] {
  if (layout === 'flat') return [];
  // Person names are written with '^' between components: spaces read better in a folder name.
  const patient = joined(fields.patientId, fields.patientName?.replace(/\^+/g, ' '));
  const study = joined(fields.studyDate, fields.studyDescription) || fields.study;
  const series =
    joined(fields.series, fields.modality, fields.seriesDescription) || fields.seriesUid || fields.modality;
  return [
    sanitizeName(patient || 'Unknown patient'),
    sanitizeName(study || 'Unknown study'),
    sanitizeName(series || 'Unknown series'),
  ];
}
