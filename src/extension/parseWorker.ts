// Worker thread entry: parses a file's bytes into a header model so that big headers never block the extension
// host's main thread. One request at a time; the bytes arrive as a transferred ArrayBuffer (no copy), and the
// model goes back with its rows packed into ArrayBuffers that are transferred too (no clone of row objects).

import { parentPort } from 'node:worker_threads';
import { packedRowsTransferList } from '../shared/rowPacking';
import { buildPackedHeader } from './headerModelBuilder';

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
    const header = buildPackedHeader(bytes, request.fileName);
    parentPort?.postMessage({ id: request.id, header }, packedRowsTransferList(header.rows));
  } catch (caught) {
    // buildPackedHeader reports file faults in the model; only a bug lands here. Say so without file content.
    const message = caught instanceof Error ? `${caught.name}: ${caught.message}` : 'unknown error';
    parentPort?.postMessage({ id: request.id, error: message });
  }
});
