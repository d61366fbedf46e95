// JPEG-LS lossless and near-lossless (1.2.840.10008.1.2.4.80/.81) through CharLS (@cornerstonejs/codec-charls,
// decode-only wasm build).
import type { FrameCodec } from './codecImage';
import { embindCodec, type EmbindDecoder } from './embindDecoder';
import { WasmModule, type EmscriptenFactory } from './wasmModule';

interface CharLsDecoder extends EmbindDecoder {
  /** 0 = none (planar output), 1 = line, 2 = sample interleaved. */
  getInterleaveMode(): number;
}
interface CharLsModule {
  JpegLSDecoder: new () => CharLsDecoder;
}

const charls = new WasmModule<CharLsModule>({
  wasmFile: 'charlswasm_decode.wasm',
  wasmExport: '@cornerstonejs/codec-charls/decodewasm',
  loadFactory: async () =>
    (await import('@cornerstonejs/codec-charls/decodewasmjs')).default as EmscriptenFactory<CharLsModule>,
});

export const decodeJpegLs: FrameCodec = embindCodec({
  name: 'JPEG-LS',
  module: charls,
  create: (module) => new module.JpegLSDecoder(),
  describe: (decoder, info) => ({ planar: info.componentCount > 1 && decoder.getInterleaveMode() === 0 }),
});
