// The decode sequence shared by the cornerstone wasm codecs (libjpeg-turbo, CharLS, OpenJPEG, OpenJPH): they
// all expose an Embind class with getEncodedBuffer / decode / getFrameInfo / getDecodedBuffer / delete.
// Fragments are written straight into the codec's input buffer (no joined copy), and a trap or C++ exception
// inside the codec comes back as an Error with a readable message, the instance discarded.
import type { CodecImage, FrameCodec } from './codecImage';
import type { WasmModule } from './wasmModule';

export interface EmbindFrameInfo {
  readonly width: number;
  readonly height: number;
  readonly bitsPerSample: number;
  readonly componentCount: number;
  readonly isSigned?: boolean;
}

export interface EmbindDecoder {
  getEncodedBuffer(length: number): Uint8Array;
  decode(): void;
  getDecodedBuffer(): Uint8Array;
  getFrameInfo(): EmbindFrameInfo;
  delete(): void;
}

/** A failure inside a codec; decodeFrame turns it into a PixelDataError with the frame's offset. */
export class CodecError extends Error {
  override name = 'CodecError';
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message.replace(/\s+/g, ' ').slice(0, 200);
  if (typeof error === 'string') return error.slice(0, 200);
  // Emscripten builds without exception support throw the C++ exception's address as a number.
  return 'the decoder stopped on invalid data';
}

export interface EmbindCodecOptions<M, D extends EmbindDecoder> {
  readonly name: string;
  readonly module: WasmModule<M>;
  readonly create: (module: M) => D;
  /** Extra facts read from the decoder before its memory is released (interleave mode, colour transform). */
  readonly describe?: (
    decoder: D,
    info: EmbindFrameInfo,
  ) => Partial<Pick<CodecImage, 'planar' | 'colourConverted'>>;
}

export function embindCodec<M, D extends EmbindDecoder>(options: EmbindCodecOptions<M, D>): FrameCodec {
  return async (parts) => {
    const module = await options.module.get().catch((error: unknown) => {
      throw new CodecError(`The ${options.name} decoder could not be loaded: ${describe(error)}`);
    });
    // Emscripten's exit() path sets process.exitCode; the CLI's exit status is not the codec's business.
    const exitCode = process.exitCode;
    let decoder: D | undefined;
    try {
      decoder = options.create(module);
      const total = parts.reduce((sum, part) => sum + part.length, 0);
      const input = decoder.getEncodedBuffer(total);
      let at = 0;
      for (const part of parts) {
        input.set(part, at);
        at += part.length;
      }
      decoder.decode();
      const info = decoder.getFrameInfo();
      const extra = options.describe?.(decoder, info) ?? {};
      const bytes = decoder.getDecodedBuffer();
      let samples: ArrayLike<number>;
      if (info.bitsPerSample <= 8) {
        samples = info.isSigned ? new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) : bytes;
      } else {
        const aligned = bytes.byteOffset % 2 === 0 ? bytes : bytes.slice();
        const count = aligned.length >> 1;
        samples = info.isSigned
          ? new Int16Array(aligned.buffer, aligned.byteOffset, count)
          : new Uint16Array(aligned.buffer, aligned.byteOffset, count);
      }
      const owned = decoder;
      decoder = undefined;
      return {
        width: info.width,
        height: info.height,
        components: info.componentCount,
        bitsPerSample: info.bitsPerSample,
        samples,
        ...extra,
        release: () => owned.delete(),
      };
    } catch (error) {
      try {
        decoder?.delete();
      } catch {
        // the instance is beyond use anyway
      }
      options.module.discard();
      throw new CodecError(`The ${options.name} decoder failed: ${describe(error)}`);
    } finally {
      process.exitCode = exitCode;
    }
  };
}
