// The file an export reads from: the document an inspector already has open (its frames decode in the worker
// where it is parsed, and the panel says which frame and view are on screen), or a file opened in the document
// worker for this export only (explorer menus, batch exports) and closed when the export is done.

import * as vscode from 'vscode';
import type { DicomDocument } from './dicomDocument';
import type { ShownFrame } from './dicomEditorProvider';
import type { DocumentWorker } from './documentWorker';
import type { BitstreamResult } from './documentWorkerProtocol';
import type { ExportImageRequest, ExportProbe } from './exportJobs';

export interface ExportSource {
  readonly uri: vscode.Uri;
  readonly probe: ExportProbe;
  /** The frame and view an inspector shows for this file, when one does and has reported it. */
  readonly shown: ShownFrame | undefined;
  image(index: number, request: ExportImageRequest): Promise<Uint8Array>;
  bitstream(index: number): Promise<BitstreamResult>;
  /** Closes a file opened for the export (the editor's own document stays open). */
  release(): void;
}

/** Where the open inspectors are: the editor provider's view of its panels. */
export interface OpenInspectors {
  shownIn(
    uri: vscode.Uri | undefined,
  ): { document: DicomDocument; shown: ShownFrame | undefined } | undefined;
}

export async function sourceOfDocument(
  document: DicomDocument,
  shown: ShownFrame | undefined,
): Promise<ExportSource> {
  return {
    uri: document.uri,
    probe: await document.exportProbe(),
    shown,
    image: (index, request) => document.exportImage(index, request),
    bitstream: (index) => document.bitstream(index),
    release: () => undefined,
  };
}

/** Opens `uri` in the document worker for an export. The caller must release() it. */
export async function sourceOfFile(
  worker: DocumentWorker,
  uri: vscode.Uri,
  bytes?: Uint8Array,
): Promise<ExportSource> {
  const fileName = uri.path.split('/').pop() ?? uri.path;
  let first = bytes;
  const read = async (): Promise<Uint8Array> => {
    // The bytes already read are used once; after a worker restart the file is read again.
    const given = first;
    first = undefined;
    return given ?? vscode.workspace.fs.readFile(uri);
  };
  // A local file the caller has not read is read by the worker in parts: its header and the frames exported.
  const localPath = bytes === undefined && uri.scheme === 'file' ? uri.fsPath : undefined;
  const { docId, ...probe } = await worker.openForExport(fileName, read, localPath);
  return {
    uri,
    probe,
    shown: undefined,
    image: (index, request) => worker.exportImage(docId, index, request),
    bitstream: (index) => worker.bitstream(docId, index),
    release: () => worker.close(docId),
  };
}

/** The inspector's document when one shows `uri`, else the file opened for the export. */
export async function openExportSource(
  inspectors: OpenInspectors,
  worker: DocumentWorker,
  uri: vscode.Uri,
): Promise<ExportSource> {
  const open = inspectors.shownIn(uri);
  if (open) return sourceOfDocument(open.document, open.shown);
  return sourceOfFile(worker, uri);
}
