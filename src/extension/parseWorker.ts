// The document worker's entry (bundled as dist/parseWorker.js): parsing and pixel decoding never run on the
// extension host's main thread. It keeps every open document parsed (documentStore.ts) and answers the host's
// requests (documentWorkerProtocol.ts). Bytes come in transferred; packed header rows, decoded samples and
// bitstreams go back transferred too, so nothing large is copied on either side.

import { parentPort } from 'node:worker_threads';
import { PixelDataError } from '../dicom/pixels/imageTypes';
import { packedRowsTransferList } from '../shared/rowPacking';
import { DocumentStore } from './documentStore';
import { headerText, headerTextOf } from './headerText';
import { parseDicomRanged } from '../dicom/io/rangedParse';
import { openFileReader } from '../node/fileReader';
import type { WorkerFailure, WorkerReply, WorkerRequest } from './documentWorkerProtocol';

const store = new DocumentStore();

function failureOf(caught: unknown): WorkerFailure {
  if (caught instanceof PixelDataError)
    return { name: caught.name, message: caught.message, offset: caught.offset };
  if (caught instanceof Error) return { name: caught.name, message: caught.message, offset: -1 };
  return { name: 'Error', message: String(caught), offset: -1 };
}

async function answer(request: WorkerRequest): Promise<{ reply: WorkerReply; transfer: ArrayBuffer[] }> {
  const { id } = request;
  switch (request.type) {
    case 'open': {
      const result = store.open(request.docId, new Uint8Array(request.bytes), request.fileName);
      return { reply: { id, ok: true, result }, transfer: packedRowsTransferList(result.header.rows) };
    }
    case 'openPath': {
      const result = await store.openPath(request.docId, request.path, request.fileName);
      return { reply: { id, ok: true, result }, transfer: packedRowsTransferList(result.header.rows) };
    }
    case 'frame': {
      const result = await store.frame(request.docId, request.index);
      return { reply: { id, ok: true, result }, transfer: [result.samples.buffer as ArrayBuffer] };
    }
    case 'bitstream': {
      const result = await store.bitstream(request.docId, request.index);
      return { reply: { id, ok: true, result }, transfer: [result.bytes.buffer as ArrayBuffer] };
    }
    case 'text':
      return {
        reply: {
          id,
          ok: true,
          result: headerText(new Uint8Array(request.bytes), request.kind, request.fileName),
        },
        transfer: [],
      };
    case 'textPath': {
      const reader = await openFileReader(request.path);
      try {
        const file = await parseDicomRanged(reader);
        return {
          reply: { id, ok: true, result: headerTextOf(file, request.kind, request.fileName) },
          transfer: [],
        };
      } finally {
        await reader.close();
      }
    }
    case 'exportOpenPath': {
      const result = await store.openPathForExport(request.docId, request.path, request.fileName);
      return { reply: { id, ok: true, result }, transfer: [] };
    }
    case 'exportOpen': {
      const result = store.openForExport(request.docId, new Uint8Array(request.bytes), request.fileName);
      return { reply: { id, ok: true, result }, transfer: [] };
    }
    case 'exportProbe':
      return { reply: { id, ok: true, result: store.exportProbe(request.docId) }, transfer: [] };
    case 'exportImage': {
      const result = await store.exportImage(request.docId, request.index, request.request);
      return { reply: { id, ok: true, result }, transfer: [result.buffer as ArrayBuffer] };
    }
    case 'close':
      store.close(request.docId);
      return { reply: { id, ok: true, result: null }, transfer: [] };
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  answer(request).then(
    ({ reply, transfer }) => parentPort?.postMessage(reply, transfer),
    (caught: unknown) => parentPort?.postMessage({ id: request.id, ok: false, failure: failureOf(caught) }),
  );
});
