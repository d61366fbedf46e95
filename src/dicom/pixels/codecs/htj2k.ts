// High-Throughput JPEG 2000 (1.2.840.10008.1.2.4.201/.202/.203) through OpenJPH (@cornerstonejs/codec-openjph).
// Like OpenJPEG it applies the inverse colour transform of the codestream itself.
import type { FrameCodec } from './codecImage';
import { embindCodec, type EmbindDecoder } from './embindDecoder';
import { WasmModule, type EmscriptenFactory } from './wasmModule';

interface OpenJphModule {
  HTJ2KDecoder: new () => EmbindDecoder;
}

const openjph = new WasmModule<OpenJphModule>({
  wasmFile: 'openjphjs.wasm',
  wasmExport: '@cornerstonejs/codec-openjph/wasm',
  loadFactory: async () =>
    (await import('@cornerstonejs/codec-openjph/wasmjs')).default as EmscriptenFactory<OpenJphModule>,
});

export const decodeHtj2k: FrameCodec = embindCodec({
  name: 'HTJ2K',
  module: openjph,
  create: (module) => new module.HTJ2KDecoder(),
});
