// Tag arithmetic and the handful of tags the core itself needs to recognise while parsing.

import type { Tag } from './model';

export const makeTag = (group: number, element: number): Tag => ((group << 16) | element) >>> 0;
export const tagGroup = (tag: Tag): number => tag >>> 16;
export const tagElement = (tag: Tag): number => tag & 0xffff;

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

const formattedTags = new Map<Tag, string>();

/** "(0010,0010)": the form dcmdump and the standard use. Cached: headers repeat the same tags many times. */
export function formatTag(tag: Tag): string {
  let text = formattedTags.get(tag);
  if (text === undefined) {
    text = `(${hex4(tagGroup(tag))},${hex4(tagElement(tag))})`;
    if (formattedTags.size < 65536) formattedTags.set(tag, text);
  }
  return text;
}

/** "00100010": the form of DICOM JSON keys. */
export function tagHex(tag: Tag): string {
  return hex4(tagGroup(tag)) + hex4(tagElement(tag));
}

/** Private data elements live in odd groups above 0x0008 (PS3.5 §7.8.1). */
export const isPrivateTag = (tag: Tag): boolean => (tagGroup(tag) & 1) === 1 && tagGroup(tag) > 0x0008;

/** (gggg,0010)-(gggg,00FF) in a private group reserve blocks of private elements. */
export const isPrivateCreatorTag = (tag: Tag): boolean =>
  isPrivateTag(tag) && tagElement(tag) >= 0x0010 && tagElement(tag) <= 0x00ff;

export const ITEM = 0xfffee000;
export const ITEM_DELIMITATION = 0xfffee00d;
export const SEQUENCE_DELIMITATION = 0xfffee0dd;

export const TAG = {
  transferSyntaxUid: makeTag(0x0002, 0x0010),
  specificCharacterSet: makeTag(0x0008, 0x0005),
  sopClassUid: makeTag(0x0008, 0x0016),
  studyDate: makeTag(0x0008, 0x0020),
  modality: makeTag(0x0008, 0x0060),
  studyDescription: makeTag(0x0008, 0x1030),
  seriesDescription: makeTag(0x0008, 0x103e),
  patientName: makeTag(0x0010, 0x0010),
  patientId: makeTag(0x0010, 0x0020),
  seriesNumber: makeTag(0x0020, 0x0011),
  samplesPerPixel: makeTag(0x0028, 0x0002),
  photometricInterpretation: makeTag(0x0028, 0x0004),
  numberOfFrames: makeTag(0x0028, 0x0008),
  rows: makeTag(0x0028, 0x0010),
  columns: makeTag(0x0028, 0x0011),
  bitsAllocated: makeTag(0x0028, 0x0100),
  bitsStored: makeTag(0x0028, 0x0101),
  pixelRepresentation: makeTag(0x0028, 0x0103),
  pixelData: makeTag(0x7fe0, 0x0010),
  floatPixelData: makeTag(0x7fe0, 0x0008),
  doubleFloatPixelData: makeTag(0x7fe0, 0x0009),
} as const;
