// The wasm codecs by name, decoding in the calling thread. Only the codec worker (codecWorker.ts) imports
// this module: a damaged codestream can send a wasm codec into an endless loop (OpenJPH does), and only a
// worker can be stopped from outside.
import type { FrameCodec } from './codecImage';
import { embindCodec, type EmbindDecoder } from './embindDecoder';
import { decodeHtj2k } from './htj2k';
import { decodeJpeg2000 } from './jpeg2000';
import { decodeJpegLs } from './jpegLs';
import { WasmModule, type EmscriptenFactory } from './wasmModule';

interface LibjpegTurboModule {
  JPEGDecoder: new () => EmbindDecoder;
}

const libjpegTurbo = new WasmModule<LibjpegTurboModule>({
  wasmFile: 'libjpegturbowasm_decode.wasm',
  wasmExport: '@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasm',
  loadFactory: async () =>
    (await import('@cornerstonejs/codec-libjpeg-turbo-8bit/decodewasmjs'))
      .default as EmscriptenFactory<LibjpegTurboModule>,
});

/** 8-bit DCT JPEG (baseline, extended, progressive) through libjpeg-turbo's decode-only wasm build. */
const decodeLibjpegTurbo: FrameCodec = embindCodec({
  name: 'JPEG',
  module: libjpegTurbo,
  create: (module) => new module.JPEGDecoder(),
});

export type WasmCodecName = 'libjpeg-turbo' | 'charls' | 'openjpeg' | 'openjph';

export const WASM_CODECS: Record<WasmCodecName, FrameCodec> = {
  'libjpeg-turbo': decodeLibjpegTurbo,
  charls: decodeJpegLs,
  openjpeg: decodeJpeg2000,
  openjph: decodeHtj2k,
};
