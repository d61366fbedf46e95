// Reads everything a parsed file says about its image (ImageInfo): the Image Pixel module as written, the values
// that map stored values to display (per frame for enhanced files), the palette, the cine rate and the overlay
// planes. Never throws: damaged values fall back to the standard's defaults, and what makes the pixels
// impossible to show goes into `problem`, one sentence for the user (no values from the file in it).
//
// Decisions: a data set without any pixel data element and without Rows/Columns is not an image (undefined); one
// with image attributes but no pixel data element gets an ImageInfo whose problem says so, so that the viewer can
// explain why there is no picture. Whether the transfer syntax can be decoded is the decoder's business
// (transferSyntaxSupport); the caller combines the two.

import type { DicomElement, DicomFile } from '../model';
import { makeTag, TAG } from '../tags';
import { AttributeReader } from './attributes';
import { nativeSamplesPerFrame } from './frameIndex';
import { readFrameValues } from './functionalGroups';
import type { ImageInfo, PixelFormat } from './imageTypes';
import { readOverlays } from './overlays';
import { hasPaletteElements, readPalette } from './palette';

const T = {
  planarConfiguration: makeTag(0x0028, 0x0006),
  highBit: makeTag(0x0028, 0x0102),
  pixelPaddingValue: makeTag(0x0028, 0x0120),
  pixelPaddingRangeLimit: makeTag(0x0028, 0x0121),
  frameTime: makeTag(0x0018, 0x1063),
  frameTimeVector: makeTag(0x0018, 0x1065),
  cineRate: makeTag(0x0018, 0x0040),
  recommendedDisplayFrameRate: makeTag(0x0008, 0x2144),
} as const;

const MONOCHROME_LIKE = new Set(['MONOCHROME1', 'MONOCHROME2', 'PALETTE COLOR']);
const COLOUR = new Set([
  'RGB',
  'YBR_FULL',
  'YBR_FULL_422',
  'YBR_PARTIAL_422',
  'YBR_PARTIAL_420',
  'YBR_ICT',
  'YBR_RCT',
  'HSV',
]);

/** Everything a file says about its image, never throws: problems go into ImageInfo.problem. Returns undefined
 *  when the data set has no pixel data element at all (and no image attributes worth showing). */
export function readImageInfo(file: DicomFile): ImageInfo | undefined {
  try {
    return readImageInfoOrThrow(file);
  } catch {
    // Belt and braces: every reader below is forgiving, but a file must never break the viewer.
    return undefined;
  }
}

/** As readImageInfo, but an unexpected fault is thrown: the fuzzer looks for those. */
export function readImageInfoOrThrow(file: DicomFile): ImageInfo | undefined {
  const reader = AttributeReader.root(file);
  const pixelElement = findPixelElement(reader);
  const rowsValue = reader.number(TAG.rows);
  const columnsValue = reader.number(TAG.columns);
  if (!pixelElement && rowsValue === undefined && columnsValue === undefined) return undefined;

  const problems: string[] = [];
  const kind = pixelElement?.kind ?? 'integer';
  const format = readFormat(reader, file, kind, problems);
  const modality = reader.text(TAG.modality);
  const signed = format.pixelRepresentation === 1 || kind !== 'integer';
  const { shared, perFrame } = readFrameValues(reader, { signed, bitsStored: format.bitsStored, modality });

  const palette = hasPaletteElements(reader) ? readPalette(reader, signed) : undefined;
  if (format.photometric === 'PALETTE COLOR' && !palette) {
    problems.push(
      hasPaletteElements(reader)
        ? 'The PALETTE COLOR image has a damaged palette (Palette Color Lookup Table Descriptor or Data).'
        : 'The PALETTE COLOR image has no palette (Red, Green and Blue Palette Color Lookup Table Descriptor and Data).',
    );
  }

  let canSaveBitstream = false;
  if (!pixelElement) {
    problems.unshift('The data set has image attributes but no Pixel Data element.');
  } else {
    canSaveBitstream = hasValue(pixelElement.element);
    if (!canSaveBitstream) problems.push('The Pixel Data element is empty.');
    else if (problems.length === 0) checkNativeLength(reader, file, pixelElement.element, format, problems);
  }

  const padding = readPadding(reader, format.pixelRepresentation === 1);
  const timing = readTiming(reader);
  return {
    format,
    shared,
    ...(perFrame ? { perFrame } : {}),
    ...(palette ? { palette } : {}),
    ...timing,
    overlays: readOverlays(reader, format.numberOfFrames),
    modality,
    ...(problems.length ? { problem: problems.join(' ') } : {}),
    canSaveBitstream,
    ...padding,
  };
}

interface PixelElement {
  readonly element: DicomElement;
  readonly kind: PixelFormat['pixelDataKind'];
}

function findPixelElement(reader: AttributeReader): PixelElement | undefined {
  const candidates: [number, PixelFormat['pixelDataKind']][] = [
    [TAG.pixelData, 'integer'],
    [TAG.floatPixelData, 'float'],
    [TAG.doubleFloatPixelData, 'double'],
  ];
  for (const [tag, kind] of candidates) {
    const element = reader.element(tag);
    if (element) return { element, kind };
  }
  return undefined;
}

function hasValue(element: DicomElement): boolean {
  if (element.fragments) return element.fragments.slice(1).some((fragment) => fragment.length > 0);
  return element.length > 0 && element.length !== 0xffffffff;
}

/** The Image Pixel module with defaults for what is missing; what cannot be defaulted becomes a problem. */
function readFormat(
  reader: AttributeReader,
  file: DicomFile,
  kind: PixelFormat['pixelDataKind'],
  problems: string[],
): PixelFormat {
  const whole = (value: number | undefined) =>
    value !== undefined && Number.isInteger(value) && value >= 0 ? value : undefined;
  const rows = whole(reader.number(TAG.rows));
  const columns = whole(reader.number(TAG.columns));
  if (rows === undefined) problems.push('Rows (0028,0010) is missing or not a number.');
  else if (rows === 0) problems.push('Rows (0028,0010) is 0.');
  if (columns === undefined) problems.push('Columns (0028,0011) is missing or not a number.');
  else if (columns === 0) problems.push('Columns (0028,0011) is 0.');

  const samplesPerPixel = whole(reader.number(TAG.samplesPerPixel)) ?? 1;
  if (samplesPerPixel !== 1 && samplesPerPixel !== 3) {
    problems.push(`Samples per Pixel (0028,0002) is ${samplesPerPixel}; only 1 and 3 can be shown.`);
  }
  const photometric =
    reader.text(TAG.photometricInterpretation).toUpperCase() ||
    (samplesPerPixel === 3 ? 'RGB' : 'MONOCHROME2');
  if (MONOCHROME_LIKE.has(photometric) && samplesPerPixel !== 1) {
    problems.push(
      `${photometric} needs 1 sample per pixel, but Samples per Pixel (0028,0002) is ${samplesPerPixel}.`,
    );
  } else if (COLOUR.has(photometric) && samplesPerPixel !== 3) {
    problems.push(
      `${photometric} needs 3 samples per pixel, but Samples per Pixel (0028,0002) is ${samplesPerPixel}.`,
    );
  }

  const floatBits = kind === 'float' ? 32 : kind === 'double' ? 64 : undefined;
  const bitsAllocatedValue = whole(reader.number(TAG.bitsAllocated));
  const bitsAllocated = bitsAllocatedValue ?? floatBits ?? 0;
  if (floatBits !== undefined) {
    if (bitsAllocated !== floatBits) {
      problems.push(
        `Bits Allocated (0028,0100) is ${bitsAllocated}, but ${kind} pixel data needs ${floatBits}.`,
      );
    }
  } else if (bitsAllocatedValue === undefined) {
    problems.push('Bits Allocated (0028,0100) is missing or not a number.');
  } else if (![1, 8, 16, 32].includes(bitsAllocated)) {
    problems.push(`Bits Allocated (0028,0100) is ${bitsAllocated}; only 1, 8, 16 and 32 can be shown.`);
  }
  const bitsStoredValue = whole(reader.number(TAG.bitsStored));
  const bitsStored = bitsStoredValue && bitsStoredValue <= bitsAllocated ? bitsStoredValue : bitsAllocated;
  if (
    bitsStoredValue !== undefined &&
    bitsAllocated > 0 &&
    (bitsStoredValue === 0 || bitsStoredValue > bitsAllocated)
  ) {
    problems.push(
      `Bits Stored (0028,0101) is ${bitsStoredValue}, outside 1 to Bits Allocated (${bitsAllocated}).`,
    );
  }
  const highBitValue = whole(reader.number(T.highBit));
  const highBit = highBitValue ?? Math.max(bitsStored - 1, 0);
  if (
    highBitValue !== undefined &&
    bitsAllocated > 0 &&
    (highBit >= bitsAllocated || highBit < bitsStored - 1)
  ) {
    problems.push(
      `High Bit (0028,0102) is ${highBit}, inconsistent with Bits Stored (${bitsStored}) and Bits Allocated (${bitsAllocated}).`,
    );
  }
  const frames = reader.number(TAG.numberOfFrames);
  return {
    rows: rows ?? 0,
    columns: columns ?? 0,
    samplesPerPixel,
    bitsAllocated,
    bitsStored,
    highBit,
    pixelRepresentation: reader.number(TAG.pixelRepresentation) === 1 ? 1 : 0,
    planarConfiguration: reader.number(T.planarConfiguration) === 1 ? 1 : 0,
    photometric,
    numberOfFrames: frames !== undefined && frames >= 1 ? Math.floor(frames) : 1,
    pixelDataKind: kind,
    transferSyntaxUid: file.transferSyntax.uid,
  };
}

/** Native pixel data shorter than one frame cannot show anything: say so now rather than fail per frame. */
function checkNativeLength(
  reader: AttributeReader,
  file: DicomFile,
  element: DicomElement,
  format: PixelFormat,
  problems: string[],
): void {
  if (element.fragments) return;
  // YBR_FULL_422 stores two samples per pixel, not three (nativeSamplesPerFrame knows).
  const samples = nativeSamplesPerFrame(format);
  const frameBytes =
    format.bitsAllocated === 1 ? Math.ceil(samples / 8) : (samples * format.bitsAllocated) / 8;
  // A file parsed through a reader does not hold its pixel data: what the file holds is what counts.
  const available = file.ranged
    ? Math.max(0, Math.min(element.length, file.fileSize - element.valueOffset))
    : reader.bytes(element.tag).length;
  if (available < frameBytes) {
    problems.push(`The pixel data holds ${available} bytes, less than one frame (${frameBytes} bytes).`);
  }
}

/** Pixel Padding Value and Range Limit, as stored values (US or SS, like the pixels). */
function readPadding(
  reader: AttributeReader,
  signed: boolean,
): { pixelPaddingValue?: number; pixelPaddingRangeLimit?: number } {
  const asStored = (value: number | undefined) => {
    if (value === undefined || !Number.isInteger(value)) return undefined;
    // The parser picks US or SS from Pixel Representation; a writer that chose the other VR is read back here.
    if (signed && value >= 0x8000 && value <= 0xffff) return value - 0x10000;
    if (!signed && value < 0 && value >= -0x8000) return value + 0x10000;
    return value;
  };
  const value = asStored(reader.number(T.pixelPaddingValue));
  if (value === undefined) return {};
  const limit = asStored(reader.number(T.pixelPaddingRangeLimit));
  return limit === undefined
    ? { pixelPaddingValue: value }
    : { pixelPaddingValue: value, pixelPaddingRangeLimit: limit };
}

/** Frame Time (or the mean of the Frame Time Vector), and Recommended Display Frame Rate (or Cine Rate). */
function readTiming(reader: AttributeReader): { frameTimeMs?: number; recommendedFps?: number } {
  const positive = (value: number | undefined) => (value !== undefined && value > 0 ? value : undefined);
  let frameTimeMs = positive(reader.number(T.frameTime));
  if (frameTimeMs === undefined) {
    // The vector's first value is the first frame's (0 by definition); the rest are the times between frames.
    const vector = reader
      .numbers(T.frameTimeVector, 100000)
      .slice(1)
      .filter((v) => Number.isFinite(v) && v > 0);
    if (vector.length) frameTimeMs = vector.reduce((sum, v) => sum + v, 0) / vector.length;
  }
  const fps = positive(reader.number(T.recommendedDisplayFrameRate)) ?? positive(reader.number(T.cineRate));
  return {
    ...(frameTimeMs !== undefined ? { frameTimeMs } : {}),
    ...(fps !== undefined ? { recommendedFps: fps } : {}),
  };
}
