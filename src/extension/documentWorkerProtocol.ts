// Messages between the extension host and the document worker (parseWorker.ts). The worker keeps each open
// document parsed, so a frame request costs one decode and no re-parse. Requests carry an id; every request gets
// exactly one reply with that id. Bytes travel as transferred ArrayBuffers both ways (never copied, never JSON).

import type { DecodedFrame, ImageInfo } from '../dicom/pixels/imageTypes';
import type { PackedHeader } from '../shared/protocol';
import type { ExportImageRequest, ExportProbe } from './exportJobs';
import type { HeaderTextKind } from './headerText';

export type WorkerRequest =
  | {
      readonly id: number;
      readonly type: 'open';
      readonly docId: number;
      readonly fileName: string;
      /** The whole file, transferred. */
      readonly bytes: ArrayBuffer;
    }
  /** Opens a local file by path: the worker reads its header and, later, the frames asked for, with positioned
   *  reads (a file of any size costs a few reads, never a whole copy). */
  | {
      readonly id: number;
      readonly type: 'openPath';
      readonly docId: number;
      readonly fileName: string;
      readonly path: string;
    }
  | { readonly id: number; readonly type: 'frame'; readonly docId: number; readonly index: number }
  | { readonly id: number; readonly type: 'bitstream'; readonly docId: number; readonly index: number }
  | { readonly id: number; readonly type: 'close'; readonly docId: number }
  /** The header of a file as text (not kept open): the whole file, transferred. */
  | {
      readonly id: number;
      readonly type: 'text';
      readonly kind: HeaderTextKind;
      /** The file's name, for the BulkDataURIs of DICOM JSON (as the CLI writes them). */
      readonly fileName: string;
      readonly bytes: ArrayBuffer;
    }
  /** The header of a local file as text, read by path with positioned reads (not kept open). */
  | {
      readonly id: number;
      readonly type: 'textPath';
      readonly kind: HeaderTextKind;
      readonly fileName: string;
      readonly path: string;
    }
  /** As 'exportOpen', for a local file the worker reads by path with positioned reads. */
  | {
      readonly id: number;
      readonly type: 'exportOpenPath';
      readonly docId: number;
      readonly fileName: string;
      readonly path: string;
    }
  /** Opens a file for an export only (no header model): answers what it offers (exportJobs.ts). */
  | {
      readonly id: number;
      readonly type: 'exportOpen';
      readonly docId: number;
      readonly fileName: string;
      readonly bytes: ArrayBuffer;
    }
  /** What an open document offers to an export (for a document the editor opened). */
  | { readonly id: number; readonly type: 'exportProbe'; readonly docId: number }
  /** One frame of an open document as image file bytes. */
  | {
      readonly id: number;
      readonly type: 'exportImage';
      readonly docId: number;
      readonly index: number;
      readonly request: ExportImageRequest;
    };

export type WorkerRequestType = WorkerRequest['type'];

export interface OpenResult {
  readonly header: PackedHeader;
  /** null when the file has no pixel data; `problem` says why the pixels cannot be shown. */
  readonly image: ImageInfo | null;
  /** Set when reading the image attributes failed outright (a bug, not a file fault): for the log only. */
  readonly imageError?: string;
}

export interface BitstreamResult {
  /** The frame's bytes as stored: a copy the host owns (transferred). */
  readonly bytes: Uint8Array;
  /** File extension for them, from the transfer syntax ('jpg', 'j2k', 'raw'…). */
  readonly extension: string;
}

export interface WorkerResults {
  readonly open: OpenResult;
  readonly openPath: OpenResult;
  readonly frame: DecodedFrame;
  readonly bitstream: BitstreamResult;
  readonly close: null;
  readonly text: string;
  readonly textPath: string;
  readonly exportOpen: ExportProbe;
  readonly exportOpenPath: ExportProbe;
  readonly exportProbe: ExportProbe;
  /** The image file's bytes (transferred). */
  readonly exportImage: Uint8Array;
}

/** A failure, as plain data: the host turns it into a message for the user. */
export interface WorkerFailure {
  readonly name: string;
  readonly message: string;
  /** Byte offset in the file of the fault (PixelDataError), -1 when not known. */
  readonly offset: number;
}

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result: WorkerResults[WorkerRequestType] }
  | { readonly id: number; readonly ok: false; readonly failure: WorkerFailure };
