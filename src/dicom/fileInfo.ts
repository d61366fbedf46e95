// The facts about a file that the summary strip and `dicom-inspect info` show, read from the top-level data set.

import type { DicomElement, DicomFile, Tag } from './model';
import { TAG } from './tags';
import { sopClassName, transferSyntaxName } from './uids';
import { personNameText } from './valueText';
import type { ValueContext } from './values';
import { readValue, rootContexts } from './values';

export interface FileInfo {
  readonly transferSyntaxUID: string;
  readonly transferSyntaxName: string | null;
  readonly sopClassUID: string | null;
  readonly sopClassName: string | null;
  readonly modality: string | null;
  readonly rows: number | null;
  readonly columns: number | null;
  readonly numberOfFrames: number | null;
  readonly samplesPerPixel: number | null;
  readonly photometricInterpretation: string | null;
  readonly bitsAllocated: number | null;
  readonly bitsStored: number | null;
  readonly pixelRepresentation: number | null;
  readonly fileSize: number;
  readonly errors: { message: string; offset: number; severity: 'error' | 'warning' }[];
}

/** Reads top-level values by tag; the last occurrence wins, as in dcmtk, when a damaged file repeats a tag. */
export class TopLevelReader {
  private readonly byTag = new Map<Tag, { element: DicomElement; context: ValueContext }>();

  constructor(file: DicomFile) {
    const contexts = rootContexts(file);
    for (const element of file.meta) this.byTag.set(element.tag, { element, context: contexts.meta });
    for (const element of file.dataset) this.byTag.set(element.tag, { element, context: contexts.dataset });
  }

  has(tag: Tag): boolean {
    return this.byTag.has(tag);
  }

  /** First value as text ('' when absent); person names as written. */
  text(tag: Tag): string {
    const entry = this.byTag.get(tag);
    if (!entry) return '';
    const value = readValue(entry.element, entry.context, 1);
    switch (value.kind) {
      case 'text':
        return value.values[0] ?? '';
      case 'personName':
        return value.values[0] ? personNameText(value.values[0]) : '';
      case 'number':
      case 'bigint':
        return value.values.length ? String(value.values[0]) : '';
      default:
        return '';
    }
  }

  /** First value as a number (binary or IS/DS text), or null when absent or not a number. */
  number(tag: Tag): number | null {
    const entry = this.byTag.get(tag);
    if (!entry) return null;
    const value = readValue(entry.element, entry.context, 1);
    if (value.kind === 'number') return value.values[0] ?? null;
    if (value.kind === 'text' && value.values[0] !== undefined && value.values[0].trim() !== '') {
      const parsed = Number(value.values[0]);
      return Number.isFinite(parsed) ? parsed : null;
    }
    return null;
  }
}

const orNull = (text: string): string | null => (text === '' ? null : text);

export function fileInfo(file: DicomFile, reader = new TopLevelReader(file)): FileInfo {
  const sopClassUid = orNull(reader.text(TAG.sopClassUid)) ?? orNull(reader.text(0x00020002));
  return {
    transferSyntaxUID: file.transferSyntax.uid,
    transferSyntaxName: transferSyntaxName(file.transferSyntax.uid) ?? null,
    sopClassUID: sopClassUid,
    sopClassName: sopClassUid ? (sopClassName(sopClassUid) ?? null) : null,
    modality: orNull(reader.text(TAG.modality)),
    rows: reader.number(TAG.rows),
    columns: reader.number(TAG.columns),
    numberOfFrames: reader.number(TAG.numberOfFrames) ?? (reader.has(TAG.pixelData) ? 1 : null),
    samplesPerPixel: reader.number(TAG.samplesPerPixel),
    photometricInterpretation: orNull(reader.text(TAG.photometricInterpretation)),
    bitsAllocated: reader.number(TAG.bitsAllocated),
    bitsStored: reader.number(TAG.bitsStored),
    pixelRepresentation: reader.number(TAG.pixelRepresentation),
    fileSize: file.fileSize,
    errors: file.errors.map(({ message, offset, severity }) => ({ message, offset, severity })),
  };
}
