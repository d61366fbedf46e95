// Structural checks of the image messages from the host ('image', 'frame'): every field of ImageInfo and
// DecodedFrame has the type and range the viewer relies on, and every typed array is the kind the contract names
// with the length the dimensions imply, so that drawing never reads past an array or misreads its values.
//
// VS Code's postMessage carries typed arrays as binary and recreates them in the webview, in the webview's
// realm: the kind is read with Object.prototype.toString, which does not depend on the realm.

import type {
  DecodedFrame,
  FrameValues,
  ImageInfo,
  LookupTable,
  OverlayPlane,
  SampleType,
} from '../../dicom/pixels/imageTypes';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

const isPositive = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0;

const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';

/** Largest pixel count accepted (a 64k × 64k image); beyond it the arithmetic below is still exact. */
const MAX_PIXELS = 2 ** 32;

export const SAMPLE_ARRAY_TAGS: Readonly<Record<SampleType, string>> = {
  uint8: '[object Uint8Array]',
  int8: '[object Int8Array]',
  uint16: '[object Uint16Array]',
  int16: '[object Int16Array]',
  uint32: '[object Uint32Array]',
  int32: '[object Int32Array]',
  float32: '[object Float32Array]',
  float64: '[object Float64Array]',
};

const typedArrayTag = (value: unknown): string => Object.prototype.toString.call(value);

function isTypedArrayOf(value: unknown, tag: string): value is { readonly length: number } {
  return typedArrayTag(value) === tag;
}

export function isLookupTable(value: unknown): value is LookupTable {
  if (!isObject(value)) return false;
  return (
    Number.isSafeInteger(value.firstValueMapped) &&
    Number.isInteger(value.bitsPerEntry) &&
    (value.bitsPerEntry as number) >= 1 &&
    (value.bitsPerEntry as number) <= 16 &&
    isTypedArrayOf(value.data, '[object Uint16Array]') &&
    value.data.length > 0 &&
    typeof value.explanation === 'string'
  );
}

const VOI_FUNCTIONS: readonly string[] = ['LINEAR', 'LINEAR_EXACT', 'SIGMOID'];

export function isFrameValues(value: unknown): value is FrameValues {
  if (!isObject(value)) return false;
  if (!isFiniteNumber(value.rescaleSlope) || !isFiniteNumber(value.rescaleIntercept)) return false;
  if (typeof value.unit !== 'string') return false;
  if (value.modalityLut !== undefined && !isLookupTable(value.modalityLut)) return false;
  if (typeof value.voiFunction !== 'string' || !VOI_FUNCTIONS.includes(value.voiFunction)) return false;
  if (!Array.isArray(value.windows) || !Array.isArray(value.voiLuts)) return false;
  const windowsOk = value.windows.every(
    (w: unknown) =>
      isObject(w) && isFiniteNumber(w.center) && isFiniteNumber(w.width) && typeof w.explanation === 'string',
  );
  return windowsOk && value.voiLuts.every(isLookupTable);
}

export function isOverlayPlane(value: unknown): value is OverlayPlane {
  if (!isObject(value)) return false;
  if (!Number.isInteger(value.group) || (value.group as number) < 0x6000 || (value.group as number) > 0x60ff)
    return false;
  if (!isPositive(value.rows) || !isPositive(value.columns) || !isPositive(value.frameCount)) return false;
  if (!Number.isSafeInteger(value.originRow) || !Number.isSafeInteger(value.originColumn)) return false;
  if (!isCount(value.firstFrame) || typeof value.type !== 'string' || typeof value.label !== 'string')
    return false;
  const expected = value.rows * value.columns * value.frameCount;
  return isTypedArrayOf(value.bits, '[object Uint8Array]') && value.bits.length === expected;
}

const PIXEL_DATA_KINDS: readonly string[] = ['integer', 'float', 'double'];

function isPixelFormat(value: unknown, hasProblem: boolean): boolean {
  if (!isObject(value)) return false;
  // An image with a problem may have dimensions the file got wrong (that can be the problem); the viewer then
  // shows only the problem, so zero is allowed there.
  const dimension = hasProblem ? isCount : isPositive;
  if (!dimension(value.rows) || !dimension(value.columns) || !dimension(value.numberOfFrames)) return false;
  if (!hasProblem && value.rows * value.columns > MAX_PIXELS) return false;
  if (
    !isCount(value.samplesPerPixel) ||
    (!hasProblem && value.samplesPerPixel !== 1 && value.samplesPerPixel !== 3)
  )
    return false;
  return (
    isCount(value.bitsAllocated) &&
    isCount(value.bitsStored) &&
    isCount(value.highBit) &&
    (value.pixelRepresentation === 0 || value.pixelRepresentation === 1) &&
    (value.planarConfiguration === 0 || value.planarConfiguration === 1) &&
    typeof value.photometric === 'string' &&
    typeof value.pixelDataKind === 'string' &&
    PIXEL_DATA_KINDS.includes(value.pixelDataKind) &&
    typeof value.transferSyntaxUid === 'string'
  );
}

export function isImageInfo(value: unknown): value is ImageInfo {
  if (!isObject(value)) return false;
  if (!isOptionalString(value.problem) || typeof value.canSaveBitstream !== 'boolean') return false;
  const hasProblem = typeof value.problem === 'string';
  if (!isPixelFormat(value.format, hasProblem) || !isFrameValues(value.shared)) return false;
  const frames = (value.format as Record<string, number>).numberOfFrames;
  if (value.perFrame !== undefined) {
    if (!Array.isArray(value.perFrame) || value.perFrame.length > frames) return false;
    if (!value.perFrame.every(isFrameValues)) return false;
  }
  if (value.palette !== undefined) {
    const palette = value.palette;
    if (!isObject(palette) || ![palette.red, palette.green, palette.blue].every(isLookupTable)) return false;
  }
  const optionalPositive = (v: unknown) => v === undefined || (isFiniteNumber(v) && v > 0);
  if (!optionalPositive(value.frameTimeMs) || !optionalPositive(value.recommendedFps)) return false;
  const optionalNumber = (v: unknown) => v === undefined || isFiniteNumber(v);
  if (!optionalNumber(value.pixelPaddingValue) || !optionalNumber(value.pixelPaddingRangeLimit)) return false;
  if (!Array.isArray(value.overlays) || !value.overlays.every(isOverlayPlane)) return false;
  return typeof value.modality === 'string';
}

const SAMPLE_TYPES = Object.keys(SAMPLE_ARRAY_TAGS);

/** What is wrong with a decoded frame from the host, or undefined when it is sound. Never names file content. */
export function decodedFrameProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not an object';
  if (!isCount(value.index)) return 'bad index';
  if (!isPositive(value.rows) || !isPositive(value.columns) || value.rows * value.columns > MAX_PIXELS)
    return 'bad dimensions';
  if (value.samplesPerPixel !== 1 && value.samplesPerPixel !== 3) return 'bad samples per pixel';
  if (typeof value.photometric !== 'string') return 'bad photometric interpretation';
  if (typeof value.sampleType !== 'string' || !SAMPLE_TYPES.includes(value.sampleType))
    return 'bad sample type';
  const tag = SAMPLE_ARRAY_TAGS[value.sampleType as SampleType];
  if (!isTypedArrayOf(value.samples, tag)) return `samples are not a ${tag.slice(8, -1)}`;
  const expected = value.rows * value.columns * value.samplesPerPixel;
  if (value.samples.length !== expected) return `${value.samples.length} samples instead of ${expected}`;
  const bits = value.bitsStored;
  if (!Number.isInteger(bits) || (bits as number) < 1 || (bits as number) > 64) return 'bad bits stored';
  if (typeof value.signed !== 'boolean') return 'bad signedness';
  if (!isFiniteNumber(value.minValue) || !isFiniteNumber(value.maxValue) || value.minValue > value.maxValue)
    return 'bad value range';
  return undefined;
}

export function isDecodedFrame(value: unknown): value is DecodedFrame {
  return decodedFrameProblem(value) === undefined;
}
