// Worker thread entry: parses a file's bytes into a HeaderModel so that big headers never block the extension
// host's main thread. One request at a time; the bytes arrive as a transferred ArrayBuffer (no copy).

import { parentPort } from 'node:worker_threads';
import { buildHeaderModel } from './headerModelBuilder';

interface ParseRequest {
  readonly id: number;
  readonly buffer: ArrayBuffer;
  readonly byteOffset: number;
  readonly byteLength: number;
  readonly fileName: string;
}

parentPort?.on('message', (request: ParseRequest) => {
  try {
    const bytes = new Uint8Array(request.buffer, request.byteOffset, request.byteLength);
    const model = buildHeaderModel(bytes, request.fileName);
    parentPort?.postMessage({ id: request.id, model });
  } catch (caught) {
    // buildHeaderModel reports file faults in the model; only a bug lands here. Say so without file content.
    const message = caught instanceof Error ? `${caught.name}: ${caught.message}` : 'unknown error';
    parentPort?.postMessage({ id: request.id, error: message });
  }
});
