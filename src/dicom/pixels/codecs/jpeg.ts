// The JPEG family (ITU-T T.81 and T.87 streams): each frame is routed by its own frame header, since files
// are not always labelled right. 8-bit DCT (baseline, extended, progressive) → libjpeg-turbo wasm; 12-bit
// DCT → our libjpeg 6b-exact decoder (jpegSequential.ts); lossless (SOF3) → jpeg-lossless-decoder-js;
// JPEG-LS (SOF55) → CharLS (codec worker).
// Colour: libjpeg converts three-component streams it takes for YCbCr to RGB; when its marker rules say RGB
// but the data set says YBR, the conversion is done here with libjpeg's own arithmetic (as dcmdjpeg does).
import type { CodecHints, CodecImage, FrameCodec } from './codecImage';
import { CodecError } from './embindDecoder';
import { libjpegAssumesYcbcr, readJpegHeader, type JpegHeader } from './jpegHeader';
import { decodeJpegLossless } from './jpegLossless';
import { decodeSequentialJpeg } from './jpegSequential';
import { ycbcrToRgbLibjpeg } from './libjpegColour';
import { decodeInSandbox } from './sandbox';
import { joinParts } from '../frameIndex';

function isYbr(photometric: string): boolean {
  return photometric.startsWith('YBR');
}

async function decodeDct8(
  parts: readonly Uint8Array[],
  header: JpegHeader,
  hints: CodecHints,
): Promise<CodecImage> {
  const image = await decodeInSandbox('libjpeg-turbo', parts, hints);
  if (image.components !== 3) return image;
  if (libjpegAssumesYcbcr(header)) return { ...image, colourConverted: true };
  if (isYbr(hints.photometric)) {
    ycbcrToRgbLibjpeg(image.samples as Uint8Array, 8);
    return { ...image, colourConverted: true };
  }
  return image;
}

export const decodeJpeg: FrameCodec = async (parts, hints) => {
  // The header is nearly always inside the first fragment; join only when it is not.
  const header =
    readJpegHeader(parts[0]) ?? (parts.length > 1 ? readJpegHeader(joinParts(parts)) : undefined);
  if (!header) throw new CodecError('The frame is not a JPEG stream (no start-of-image and frame header).');
  if (header.width !== hints.columns || header.height !== hints.rows) {
    throw new CodecError(
      `The JPEG frame is ${header.width}×${header.height} but the data set says ${hints.columns}×${hints.rows}.`,
    );
  }
  switch (header.sof) {
    case 0xf7:
      return decodeInSandbox('charls', parts, hints);
    case 0xc3:
      try {
        return decodeJpegLossless(joinParts(parts), header);
      } catch (error) {
        throw new CodecError(
          `The JPEG Lossless decoder failed: ${error instanceof Error ? error.message : 'invalid data'}`,
        );
      }
    case 0xc0:
    case 0xc1:
    case 0xc2:
      if (header.precision === 8) return decodeDct8(parts, header, hints);
      if (header.precision === 12 && header.sof !== 0xc2) {
        try {
          const image = decodeSequentialJpeg(joinParts(parts), isYbr(hints.photometric));
          return { ...image, bitsPerSample: image.precision, release: () => undefined };
        } catch (error) {
          throw new CodecError(
            `The 12-bit JPEG decoder failed: ${error instanceof Error ? error.message : 'invalid data'}`,
          );
        }
      }
      throw new CodecError(
        `${header.precision}-bit ${header.sof === 0xc2 ? 'progressive ' : ''}JPEG is not supported.`,
      );
    default:
      throw new CodecError(
        `JPEG process SOF${header.sof - 0xc0} (arithmetic or hierarchical coding) is not supported.`,
      );
  }
};
