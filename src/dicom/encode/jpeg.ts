// JPEG encoding: libjpeg-turbo compiled to WebAssembly (@cornerstonejs/codec-libjpeg-turbo-8bit's JPEGEncoder),
// baseline 8-bit, 4:4:4 for colour, one component for grey. Runs in Node (the CLI, the document worker); the
// wasm (libjpegturbowasm.wasm) is found next to the bundle (dist/) or in node_modules, as for the decoders.
//
// The wasm encoder writes into an output buffer the size of its input buffer and cannot grow it: an image whose
// JPEG is larger than its raw pixels (small images, quality near 100) made it fail, and a failed encode leaves
// the module's memory broken. So the input buffer is sized for the worst case instead (bitsPerSample only sizes
// that buffer; the encoder reads 8-bit samples). Images too small for even that (under about 70 samples) go to
// jpeg-js, a pure JavaScript encoder.

import { encode as encodeJpegJs } from 'jpeg-js';
import { WasmModule, type EmscriptenFactory } from '../pixels/codecs/wasmModule';
import { checkRaster, type RasterImage } from './raster';

interface EncoderFrameInfo {
  width: number;
  height: number;
  bitsPerSample: number;
  componentCount: number;
  isSigned: boolean;
  subSampling: number;
}

interface WasmJpegEncoder {
  getDecodedBuffer(frameInfo: EncoderFrameInfo): Uint8Array;
  getEncodedBuffer(): Uint8Array;
  encode(): void;
  setQuality(quality: number): void;
  setProgressive(progressive: number): void;
  delete(): void;
}

interface LibJpegTurboModule {
  JPEGEncoder: new () => WasmJpegEncoder;
}

const libjpegTurbo = new WasmModule<LibJpegTurboModule>({
  wasmFile: 'libjpegturbowasm.wasm',
  wasmExport: '@cornerstonejs/codec-libjpeg-turbo-8bit/wasm',
  loadFactory: async () =>
    (await import('@cornerstonejs/codec-libjpeg-turbo-8bit/wasmjs'))
      .default as EmscriptenFactory<LibJpegTurboModule>,
});

/** Upper bound of libjpeg-turbo's output for 8×8 MCUs (tjBufSize for 4:4:4 and grey). */
function worstCaseJpegBytes(width: number, height: number, channels: 1 | 3): number {
  const padded = Math.ceil(width / 8) * 8 * Math.ceil(height / 8) * 8;
  return padded * (channels === 1 ? 2 : 6) + 2048;
}

/** bitsPerSample is a byte in the encoder's FrameInfo: at most 32 bytes of buffer per sample. */
const MAX_BUFFER_BYTES_PER_SAMPLE = 31;

export interface JpegOptions {
  /** 1-100; default 90. */
  readonly quality?: number;
}

/** Encodes an 8-bit grey (1 channel) or RGB (3 channels) raster as a baseline JPEG. */
export async function encodeJpeg(image: RasterImage, options: JpegOptions = {}): Promise<Uint8Array> {
  checkRaster(image, 'encodeJpeg');
  const quality = options.quality ?? 90;
  if (!(Number.isInteger(quality) && quality >= 1 && quality <= 100)) {
    throw new RangeError(`encodeJpeg: quality must be an integer from 1 to 100, got ${quality}`);
  }
  const { width, height, channels, data } = image;
  if (!(data instanceof Uint8Array) || channels === 4) {
    throw new RangeError('encodeJpeg: needs 8-bit grey or RGB samples');
  }
  const samples = width * height * channels;
  const bytesPerSample = Math.ceil(worstCaseJpegBytes(width, height, channels) / samples);
  if (bytesPerSample > MAX_BUFFER_BYTES_PER_SAMPLE) return encodeSmall(image, quality);

  const libjpeg = await libjpegTurbo.get();
  const encoder = new libjpeg.JPEGEncoder();
  try {
    const input = encoder.getDecodedBuffer({
      width,
      height,
      bitsPerSample: 8 * bytesPerSample,
      componentCount: channels,
      isSigned: false,
      subSampling: 0, // TJSAMP_444: no chroma subsampling, so colour edges stay sharp
    });
    input.set(data);
    encoder.setQuality(quality);
    encoder.setProgressive(0);
    encoder.encode();
    // A copy: the encoded buffer is a view into the module's memory, reused by the next encode.
    const jpeg = new Uint8Array(encoder.getEncodedBuffer());
    encoder.delete();
    return jpeg;
  } catch (caught) {
    // A trap may leave the module's memory broken (even delete() can fault): the next encode starts afresh.
    libjpegTurbo.discard();
    throw new Error(`JPEG encoding failed: ${caught instanceof Error ? caught.message : String(caught)}`);
  }
}

function encodeSmall(image: RasterImage, quality: number): Uint8Array {
  const { width, height, channels, data } = image;
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const r = data[i * channels];
    rgba[i * 4] = r;
    rgba[i * 4 + 1] = channels === 1 ? r : data[i * 3 + 1];
    rgba[i * 4 + 2] = channels === 1 ? r : data[i * 3 + 2];
    rgba[i * 4 + 3] = 255;
  }
  return new Uint8Array(encodeJpegJs({ width, height, data: rgba }, quality).data);
}
