// Entry point of the codec worker (bundled as dist/codecWorker.js): runs one wasm decode at a time for
// sandbox.ts and posts back the samples in a buffer of their own (transferred, not copied).
import { parentPort } from 'node:worker_threads';
import type { CodecHints } from './codecImage';
import { WASM_CODECS, type WasmCodecName } from './wasmCodecs';

export interface CodecRequest {
  readonly id: number;
  readonly codec: WasmCodecName;
  readonly data: Uint8Array;
  readonly hints: CodecHints;
}

export type CodecResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly width: number;
      readonly height: number;
      readonly components: number;
      readonly bitsPerSample: number;
      readonly planar: boolean;
      readonly colourConverted: boolean;
      readonly samples: Uint8Array | Int8Array | Uint16Array | Int16Array;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };

function copy(samples: ArrayLike<number>): Uint8Array | Int8Array | Uint16Array | Int16Array {
  if (
    samples instanceof Uint8Array ||
    samples instanceof Int8Array ||
    samples instanceof Uint16Array ||
    samples instanceof Int16Array
  ) {
    return samples.slice();
  }
  return Uint16Array.from(samples);
}

const port = parentPort;
port?.on('message', async (request: CodecRequest) => {
  let response: CodecResponse;
  const transfer: ArrayBuffer[] = [];
  try {
    const image = await WASM_CODECS[request.codec]([request.data], request.hints);
    try {
      const samples = copy(image.samples);
      transfer.push(samples.buffer as ArrayBuffer);
      response = {
        id: request.id,
        ok: true,
        width: image.width,
        height: image.height,
        components: image.components,
        bitsPerSample: image.bitsPerSample,
        planar: image.planar === true,
        colourConverted: image.colourConverted === true,
        samples,
      };
    } finally {
      image.release();
    }
  } catch (error) {
    response = {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : 'the decoder failed',
    };
  }
  port.postMessage(response, transfer);
});
