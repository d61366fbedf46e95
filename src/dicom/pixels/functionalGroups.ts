// The values that turn stored values into displayed ones (FrameValues), for every frame: first from the top-level
// Modality LUT and VOI LUT modules (PS3.3 C.11.1, C.11.2), then overridden by the Shared Functional Groups, then
// per frame by the Per-frame Functional Groups (PS3.3 C.7.6.16): Pixel Value Transformation (C.7.6.16.2.9) and
// Frame VOI LUT, with or without its VOI LUT Sequence (C.7.6.16.2.10, .10b).

import { makeTag } from '../tags';
import type { FrameValues, LookupTable, VoiFunction, WindowPreset } from './imageTypes';
import type { AttributeReader } from './attributes';
import { readLookupTable } from './lutReader';

const T = {
  windowCenter: makeTag(0x0028, 0x1050),
  windowWidth: makeTag(0x0028, 0x1051),
  rescaleIntercept: makeTag(0x0028, 0x1052),
  rescaleSlope: makeTag(0x0028, 0x1053),
  rescaleType: makeTag(0x0028, 0x1054),
  windowExplanation: makeTag(0x0028, 0x1055),
  voiLutFunction: makeTag(0x0028, 0x1056),
  modalityLutSequence: makeTag(0x0028, 0x3000),
  lutDescriptor: makeTag(0x0028, 0x3002),
  lutExplanation: makeTag(0x0028, 0x3003),
  modalityLutType: makeTag(0x0028, 0x3004),
  lutData: makeTag(0x0028, 0x3006),
  voiLutSequence: makeTag(0x0028, 0x3010),
  frameVoiLutSequence: makeTag(0x0028, 0x9132),
  pixelValueTransformationSequence: makeTag(0x0028, 0x9145),
  sharedFunctionalGroups: makeTag(0x5200, 0x9229),
  perFrameFunctionalGroups: makeTag(0x5200, 0x9230),
} as const;

/** What readFrameValues needs to know about the pixels. */
export interface StoredRange {
  readonly signed: boolean;
  readonly bitsStored: number;
  readonly modality: string;
}

/** The Modality LUT module's part of FrameValues, kept apart to compute the unit once both parts are known. */
interface ModalityPart {
  readonly rescaleSlope: number;
  readonly rescaleIntercept: number;
  readonly rescalePresent: boolean;
  readonly rescaleType: string;
  readonly modalityLut?: LookupTable;
  readonly modalityLutType: string;
}

interface VoiPart {
  readonly windows: readonly WindowPreset[];
  readonly voiFunction: VoiFunction;
  readonly voiLuts: readonly LookupTable[];
}

export function readFrameValues(
  root: AttributeReader,
  range: StoredRange,
): { shared: FrameValues; perFrame?: FrameValues[] } {
  let modalityPart = readModalityPart(root, range) ?? identityModality();
  let voiPart = readVoiPart(root, range, modalityPart) ?? noVoi();

  const shared = root.item(T.sharedFunctionalGroups);
  if (shared) {
    modalityPart = readModalityPart(shared.item(T.pixelValueTransformationSequence), range) ?? modalityPart;
    voiPart = readVoiPart(shared.item(T.frameVoiLutSequence), range, modalityPart) ?? voiPart;
  }
  const sharedValues = frameValuesOf(modalityPart, voiPart, range);

  const perFrameItems = root.items(T.perFrameFunctionalGroups);
  let anyOverride = false;
  // Enhanced files often repeat the same values in every frame: identical frames share one object (less to send
  // to the webview, and its per-values caches hit).
  const seen = new Map<string, FrameValues>();
  const perFrame = perFrameItems.map((frameGroups) => {
    const ownModality = readModalityPart(frameGroups.item(T.pixelValueTransformationSequence), range);
    const frameModality = ownModality ?? modalityPart;
    const ownVoi = readVoiPart(frameGroups.item(T.frameVoiLutSequence), range, frameModality);
    if (!ownModality && !ownVoi) return sharedValues;
    anyOverride = true;
    const values = frameValuesOf(frameModality, ownVoi ?? voiPart, range);
    if (values.modalityLut || values.voiLuts.length) return values;
    const key = JSON.stringify(values);
    const same = seen.get(key);
    if (same) return same;
    seen.set(key, values);
    return values;
  });
  return anyOverride ? { shared: sharedValues, perFrame } : { shared: sharedValues };
}

function identityModality(): ModalityPart {
  return {
    rescaleSlope: 1,
    rescaleIntercept: 0,
    rescalePresent: false,
    rescaleType: '',
    modalityLutType: '',
  };
}

function noVoi(): VoiPart {
  return { windows: [], voiFunction: 'LINEAR', voiLuts: [] };
}

/** Rescale Slope/Intercept/Type or the Modality LUT Sequence of one data set; undefined when it has neither. */
function readModalityPart(reader: AttributeReader | undefined, range: StoredRange): ModalityPart | undefined {
  if (!reader) return undefined;
  const lutItem = reader.item(T.modalityLutSequence);
  const modalityLut = lutItem
    ? readLookupTable(lutItem, T.lutDescriptor, T.lutData, range.signed, lutItem.text(T.lutExplanation))
    : undefined;
  const slope = reader.number(T.rescaleSlope);
  const intercept = reader.number(T.rescaleIntercept);
  if (!modalityLut && slope === undefined && intercept === undefined) return undefined;
  return {
    // A slope of 0 would flatten the image to one value: damage, read as the default 1.
    rescaleSlope: slope !== undefined && slope !== 0 ? slope : 1,
    rescaleIntercept: intercept ?? 0,
    rescalePresent: slope !== undefined || intercept !== undefined,
    rescaleType: reader.text(T.rescaleType),
    modalityLut,
    modalityLutType: lutItem ? lutItem.text(T.modalityLutType) : '',
  };
}

/** Windows, VOI LUT Function and VOI LUT Sequence of one data set; undefined when it has none of them. */
function readVoiPart(
  reader: AttributeReader | undefined,
  range: StoredRange,
  modality: ModalityPart,
): VoiPart | undefined {
  if (!reader) return undefined;
  const centers = reader.numbers(T.windowCenter);
  const widths = reader.numbers(T.windowWidth);
  const explanations = reader.texts(T.windowExplanation);
  const windows: WindowPreset[] = [];
  for (let i = 0; i < Math.min(centers.length, widths.length); i++) {
    const center = centers[i];
    const width = widths[i];
    if (!Number.isFinite(center) || !Number.isFinite(width) || width <= 0) continue;
    windows.push({ center, width, explanation: explanations[i] ?? '' });
  }
  const voiLutInputSigned = modalityOutputCanBeNegative(range, modality);
  const voiLuts: LookupTable[] = [];
  for (const lutItem of reader.items(T.voiLutSequence)) {
    const lut = readLookupTable(
      lutItem,
      T.lutDescriptor,
      T.lutData,
      voiLutInputSigned,
      lutItem.text(T.lutExplanation),
    );
    if (lut) voiLuts.push(lut);
  }
  const functionText = reader.text(T.voiLutFunction).toUpperCase();
  if (windows.length === 0 && voiLuts.length === 0 && functionText === '') return undefined;
  const voiFunction: VoiFunction =
    functionText === 'SIGMOID' || functionText === 'LINEAR_EXACT' ? functionText : 'LINEAR';
  return { windows, voiFunction, voiLuts };
}

/** The VOI LUT's first input value is signed when the modality values it receives can be negative (PS3.3
 *  C.11.2.1.1); the Modality LUT's output is always unsigned. */
function modalityOutputCanBeNegative(range: StoredRange, modality: ModalityPart): boolean {
  if (modality.modalityLut) return false;
  const bits = Math.min(Math.max(range.bitsStored, 1), 32);
  const low = range.signed ? -(2 ** (bits - 1)) : 0;
  const high = range.signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  const a = low * modality.rescaleSlope + modality.rescaleIntercept;
  const b = high * modality.rescaleSlope + modality.rescaleIntercept;
  return range.signed || Math.min(a, b) < 0;
}

function frameValuesOf(modality: ModalityPart, voi: VoiPart, range: StoredRange): FrameValues {
  return {
    rescaleSlope: modality.rescaleSlope,
    rescaleIntercept: modality.rescaleIntercept,
    unit: unitOf(modality, range.modality),
    ...(modality.modalityLut ? { modalityLut: modality.modalityLut } : {}),
    windows: voi.windows,
    voiFunction: voi.voiFunction,
    voiLuts: voi.voiLuts,
  };
}

/** 'HU' for CT rescaled values; else the Rescale Type or Modality LUT Type, where 'US' means "unspecified". */
function unitOf(modality: ModalityPart, modalityName: string): string {
  if (modality.modalityLut) return modality.modalityLutType === 'US' ? '' : modality.modalityLutType;
  if (modalityName === 'CT' && modality.rescalePresent) return 'HU';
  return modality.rescaleType === 'US' ? '' : modality.rescaleType;
}
