// Finds and decodes frames, for every transfer syntax the viewer supports. Runs in Node (the document worker
// and the CLI). Native data, RLE, JPEG Lossless and 12-bit JPEG are decoded here in TypeScript; the wasm codecs
// (libjpeg-turbo, CharLS, OpenJPEG, OpenJPH) run in a codec worker with a time limit (codecs/sandbox.ts),
// started and loaded on the first frame that needs them. Every failure — a missing or truncated frame, a
// damaged codestream, a codec trap or endless loop, an impossible format — rejects with a PixelDataError that
// says what and where; nothing here throws anything else.
import type { DicomFile } from '../model';
import { expandYbr422, planarToInterleaved, ybrFullToRgb } from './colour';
import type { CodecHints, CodecImage, FrameCodec } from './codecs/codecImage';
import { CodecError } from './codecs/embindDecoder';
import { readJ2kSize } from './codecs/j2kHeader';
import { decodeJpeg } from './codecs/jpeg';
import { decodeRle } from './codecs/rle';
import { decodeInSandbox } from './codecs/sandbox';
import { hasEndMarker } from './codecs/streamEnd';
import {
  joinParts,
  locateEncapsulatedFrame,
  locateNativeFrame,
  nativeSamplesPerFrame,
  pixelSource,
  readFrameParts,
  readParts,
  sizeOf,
  sourceBytes,
  viewOf,
  type FrameLocation,
  type PixelSource,
} from './frameIndex';
import { PixelDataError, type DecodedFrame, type PixelFormat, type SampleArray } from './imageTypes';
import { sampleTypeOf, storedFromBytes, storeValues, swapBytes, swapUnit, valueRange } from './nativePixels';
import { codecFamily, transferSyntaxSupport, type CodecFamily } from './transferSyntaxSupport';

export { transferSyntaxSupport, type TransferSyntaxSupport } from './transferSyntaxSupport';

/** Largest decoded frame accepted (bytes): beyond this a header is judged damaged rather than allocated. */
const MAX_FRAME_BYTES = 2 ** 31;

function checkFormat(format: PixelFormat): void {
  const { rows, columns, samplesPerPixel, bitsAllocated, bitsStored, pixelDataKind } = format;
  if (!(rows > 0 && columns > 0)) {
    throw new PixelDataError(`The image size ${columns}×${rows} is not valid.`, -1);
  }
  if (samplesPerPixel !== 1 && samplesPerPixel !== 3) {
    throw new PixelDataError(`Samples per Pixel ${samplesPerPixel} is not supported (1 or 3 are).`, -1);
  }
  if (pixelDataKind === 'float' && bitsAllocated !== 32) {
    throw new PixelDataError(`Float Pixel Data needs Bits Allocated 32, not ${bitsAllocated}.`, -1);
  }
  if (pixelDataKind === 'double' && bitsAllocated !== 64) {
    throw new PixelDataError(`Double Float Pixel Data needs Bits Allocated 64, not ${bitsAllocated}.`, -1);
  }
  if (pixelDataKind === 'integer') {
    sampleTypeOf(format); // throws for unsupported Bits Allocated
    if (bitsStored < 1 || bitsStored > bitsAllocated) {
      throw new PixelDataError(
        `Bits Stored ${bitsStored} does not fit in Bits Allocated ${bitsAllocated}.`,
        -1,
      );
    }
  }
  if (samplesPerPixel === 3 && format.photometric === 'YBR_FULL_422' && columns % 2 !== 0) {
    throw new PixelDataError('YBR_FULL_422 needs an even number of columns.', -1);
  }
  const frameBytes = rows * columns * samplesPerPixel * Math.max(1, bitsAllocated / 8);
  if (frameBytes > MAX_FRAME_BYTES) {
    throw new PixelDataError(
      `A frame of ${columns}×${rows}×${samplesPerPixel} samples is too large to decode.`,
      -1,
    );
  }
}

/** A native frame's bytes in little endian order. Big endian OW/OF/OD values are swapped per word, counted
 *  from the start of the value so that a frame starting mid-word is handled too. */
async function nativeFrameBytes(
  source: PixelSource,
  format: PixelFormat,
  location: FrameLocation,
): Promise<Uint8Array> {
  const part = location.parts[0];
  if (source.littleEndian) return part;
  const { element } = source;
  const unit = swapUnit(element.vr, format.bitsAllocated);
  if (unit <= 1) return part;
  const relative = location.offset - element.valueOffset;
  const before = relative % unit;
  const valueEnd = element.valueOffset + Math.min(element.length, sizeOf(source) - element.valueOffset);
  const from = location.offset - before;
  const to = Math.min(valueEnd, from + Math.ceil((before + part.length) / unit) * unit);
  const swapped = swapBytes(await sourceBytes(source, from, to), unit);
  return swapped.subarray(before, before + part.length);
}

/** Layout and colour for samples that are in the file's own layout (native and encapsulated uncompressed). */
function fromNativeLayout(
  format: PixelFormat,
  bytes: Uint8Array,
  bitOffset: number,
): { samples: SampleArray; rgb: boolean } {
  const pixels = format.rows * format.columns;
  let samples = storedFromBytes(format, bytes, bitOffset, nativeSamplesPerFrame(format));
  if (format.samplesPerPixel !== 3) return { samples, rgb: false };
  if (format.photometric === 'YBR_FULL_422') {
    samples = expandYbr422(samples, format.rows, format.columns);
  } else if (format.planarConfiguration === 1) {
    samples = planarToInterleaved(samples, pixels, 3);
  }
  return finishColour(format, samples, false);
}

/** YBR_FULL / YBR_FULL_422 data still in YCbCr → RGB; ICT/RCT were undone by the JPEG 2000 codec. */
function finishColour(
  format: PixelFormat,
  samples: SampleArray,
  converted: boolean,
): { samples: SampleArray; rgb: boolean } {
  if (format.samplesPerPixel !== 3) return { samples, rgb: false };
  const p = format.photometric;
  if (converted || p === 'YBR_ICT' || p === 'YBR_RCT') return { samples, rgb: true };
  if (p === 'YBR_FULL' || p === 'YBR_FULL_422') {
    ybrFullToRgb(samples, Math.min(format.bitsStored, format.bitsAllocated));
    return { samples, rgb: true };
  }
  return { samples, rgb: false };
}

const CODECS: Partial<Record<CodecFamily, FrameCodec>> = {
  jpeg: decodeJpeg,
  jpegLossless: decodeJpeg,
  jpegLs: decodeJpeg,
  jpeg2000: (parts, hints) => decodeInSandbox('openjpeg', parts, hints),
  htj2k: (parts, hints) => decodeInSandbox('openjph', parts, hints),
  rle: (parts, hints) => Promise.resolve(decodeRle(joinParts(parts), hints)),
};

function hintsOf(format: PixelFormat): CodecHints {
  return {
    rows: format.rows,
    columns: format.columns,
    samplesPerPixel: format.samplesPerPixel,
    bitsAllocated: format.bitsAllocated,
    photometric: format.photometric,
  };
}

async function decodeCompressed(
  family: CodecFamily,
  format: PixelFormat,
  location: FrameLocation,
  index: number,
): Promise<{ samples: SampleArray; rgb: boolean }> {
  const codec = CODECS[family];
  if (!codec) throw new PixelDataError(`No decoder for ${format.transferSyntaxUid}.`, location.offset);
  if (family === 'jpeg2000' || family === 'htj2k') {
    const size = readJ2kSize(location.parts[0]);
    if (!size)
      throw new PixelDataError(
        `Frame ${index} is not a JPEG 2000 codestream (no SOC/SIZ markers).`,
        location.offset,
      );
    if (
      size.width !== format.columns ||
      size.height !== format.rows ||
      size.components !== format.samplesPerPixel
    ) {
      throw new PixelDataError(
        `Frame ${index} is ${size.width}×${size.height} with ${size.components} component(s), but the data set says ` +
          `${format.columns}×${format.rows} with ${format.samplesPerPixel}.`,
        location.offset,
      );
    }
    if (!size.fullResolution) {
      throw new PixelDataError(
        `Frame ${index} has subsampled JPEG 2000 components, which DICOM does not allow.`,
        location.offset,
      );
    }
  }
  if (family !== 'rle' && !hasEndMarker(location.parts)) {
    throw new PixelDataError(
      `Frame ${index} is truncated: its codestream has no end marker (FFD9).`,
      location.offset,
    );
  }
  let image: CodecImage | undefined;
  try {
    image = await codec(location.parts, hintsOf(format));
    const { width, height, components } = image;
    if (width !== format.columns || height !== format.rows || components !== format.samplesPerPixel) {
      throw new PixelDataError(
        `Frame ${index} decodes to ${width}×${height} with ${components} component(s), but the data set says ` +
          `${format.columns}×${format.rows} with ${format.samplesPerPixel}.`,
        location.offset,
      );
    }
    const count = width * height * components;
    let samples = storeValues(format, count, image.samples);
    if (image.planar && components > 1) samples = planarToInterleaved(samples, width * height, components);
    return finishColour(format, samples, image.colourConverted === true);
  } finally {
    image?.release();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown error';
}

/** Decodes frame `index` (0-based). Rejects with PixelDataError (message and byte offset) when it cannot. */
export async function decodeFrame(
  file: DicomFile,
  format: PixelFormat,
  index: number,
): Promise<DecodedFrame> {
  let offset = -1;
  try {
    const support = transferSyntaxSupport(format.transferSyntaxUid);
    const source = pixelSource(file, format);
    offset = source.element.offset;
    if (!support.supported)
      throw new PixelDataError(support.reason ?? `${support.name} is not supported.`, offset);
    checkFormat(format);
    const family = codecFamily(format.transferSyntaxUid);
    let result: { samples: SampleArray; rgb: boolean };
    if (family === 'native') {
      const location = await readFrameParts(file, source, format, index);
      offset = location.offset;
      result = fromNativeLayout(format, await nativeFrameBytes(source, format, location), location.bitOffset);
    } else {
      const location = await readFrameParts(file, source, format, index);
      offset = location.offset;
      if (family === 'encapsulatedNative') {
        const bytes = joinParts(location.parts);
        const needed = Math.ceil((nativeSamplesPerFrame(format) * format.bitsAllocated) / 8);
        if (bytes.length < needed) {
          throw new PixelDataError(
            `Frame ${index} holds ${bytes.length} bytes where ${needed} are needed.`,
            offset,
          );
        }
        result = fromNativeLayout(format, bytes, 0);
      } else {
        result = await decodeCompressed(family, format, location, index);
      }
    }
    const { min, max } = valueRange(result.samples);
    const integer = format.pixelDataKind === 'integer';
    return {
      index,
      rows: format.rows,
      columns: format.columns,
      samplesPerPixel: format.samplesPerPixel,
      photometric: result.rgb ? 'RGB' : format.photometric,
      sampleType: sampleTypeOf(format),
      samples: result.samples,
      bitsStored: integer ? (format.bitsAllocated === 1 ? 1 : format.bitsStored) : format.bitsAllocated,
      signed: integer ? format.pixelRepresentation === 1 && format.bitsAllocated > 1 : true,
      minValue: min,
      maxValue: max,
    };
  } catch (error) {
    if (error instanceof PixelDataError)
      throw error.offset >= 0 || offset < 0 ? error : new PixelDataError(error.message, offset);
    if (error instanceof CodecError) throw new PixelDataError(`Frame ${index}: ${error.message}`, offset);
    throw new PixelDataError(`Frame ${index} could not be decoded: ${describe(error)}`, offset);
  }
}

/** The frame's bytes exactly as stored: the codestream of an encapsulated frame (its fragments joined), or the
 *  native frame's bytes. Video syntaxes hold one stream for all frames: every frame index returns all of it.
 *  Always a copy (safe to transfer). Throws PixelDataError when the frame does not exist. */
export function frameBitstream(file: DicomFile, format: PixelFormat, index: number): Uint8Array {
  const source = pixelSource(file, format);
  const fragments = source.element.fragments;
  if (fragments) {
    if (isVideo(format)) {
      checkVideoIndex(source, format, index);
      return joinParts(
        fragments.slice(1).map((f) => viewOf(source, { offset: f.valueOffset, length: f.length })),
      ).slice();
    }
    return encapsulatedBitstream(locateEncapsulatedFrame(file, source, format, index));
  }
  return nativeBitstream(locateNativeFrame(source, format, index));
}

/** frameBitstream for every file, including those parsed through a reader (DicomFile.ranged), whose frames it
 *  reads. Rejects with PixelDataError when the frame does not exist or cannot be read. */
export async function readFrameBitstream(
  file: DicomFile,
  format: PixelFormat,
  index: number,
): Promise<Uint8Array> {
  const source = pixelSource(file, format);
  const fragments = source.element.fragments;
  if (fragments) {
    if (isVideo(format)) {
      checkVideoIndex(source, format, index);
      const parts: Uint8Array[] = [];
      for (const f of fragments.slice(1))
        parts.push(await sourceBytes(source, f.valueOffset, f.valueOffset + f.length));
      return joinParts(parts).slice();
    }
    return encapsulatedBitstream(await readParts(file, source, format, index, false));
  }
  return nativeBitstream(await readParts(file, source, format, index, true));
}

/** Video syntaxes hold one stream for all frames. */
function isVideo(format: PixelFormat): boolean {
  const extension = transferSyntaxSupport(format.transferSyntaxUid).bitstreamExtension;
  return extension === 'mpg' || extension === 'mp4';
}

function checkVideoIndex(source: PixelSource, format: PixelFormat, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= format.numberOfFrames) {
    throw new PixelDataError(`Frame ${index} does not exist.`, source.element.offset);
  }
}

function encapsulatedBitstream(location: FrameLocation): Uint8Array {
  return location.parts.length === 1 ? location.parts[0].slice() : joinParts(location.parts);
}

function nativeBitstream(location: FrameLocation): Uint8Array {
  if (location.bitOffset === 0) return location.parts[0].slice();
  // A 1-bit frame that starts mid-byte: re-packed so that the saved frame starts at bit 0.
  const out = new Uint8Array(Math.ceil(location.bitLength / 8));
  const bytes = location.parts[0];
  for (let i = 0; i < location.bitLength; i++) {
    const bit = location.bitOffset + i;
    if ((bytes[bit >> 3] >> (bit & 7)) & 1) out[i >> 3] |= 1 << (i & 7);
  }
  return out;
}
