// JPEG 2000 (1.2.840.10008.1.2.4.90/.91) through OpenJPEG (@cornerstonejs/codec-openjpeg, decode-only wasm
// build). OpenJPEG applies the codestream's inverse multi-component transform itself, so YBR_RCT/YBR_ICT come
// out as RGB.
import type { FrameCodec } from './codecImage';
import { embindCodec, type EmbindDecoder } from './embindDecoder';
import { WasmModule, type EmscriptenFactory } from './wasmModule';

interface OpenJpegModule {
  J2KDecoder: new () => EmbindDecoder;
}

const openjpeg = new WasmModule<OpenJpegModule>({
  wasmFile: 'openjpegwasm_decode.wasm',
  wasmExport: '@cornerstonejs/codec-openjpeg/decodewasm',
  loadFactory: async () =>
    (await import('@cornerstonejs/codec-openjpeg/decodewasmjs')).default as EmscriptenFactory<OpenJpegModule>,
});

export const decodeJpeg2000: FrameCodec = embindCodec({
  name: 'JPEG 2000',
  module: openjpeg,
  create: (module) => new module.J2KDecoder(),
});
