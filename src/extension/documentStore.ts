// The documents open in the document worker: each file parsed once and kept with its image attributes, so that
// frames and bitstreams are read from the parsed tree without parsing again. Pure (no worker API), so unit tests
// drive it directly; parseWorker.ts wires it to the thread's messages.

import { parseDicomRanged } from '../dicom/io/rangedParse';
import type { DicomFile } from '../dicom/model';
import { parseDicom } from '../dicom/parser';
import {
  decodeFrame,
  frameBitstream,
  readFrameBitstream,
  transferSyntaxSupport,
} from '../dicom/pixels/decodeFrame';
import { imageInfoOf } from '../dicom/pixels/imageInfoOf';
import type { DecodedFrame, ImageInfo } from '../dicom/pixels/imageTypes';
import { PixelDataError } from '../dicom/pixels/imageTypes';
import type { BitstreamResult, OpenResult } from './documentWorkerProtocol';
import { exportImageBytes, probeForExport, type ExportImageRequest, type ExportProbe } from './exportJobs';
import { buildHeaderModelOf, packHeader } from './headerModelBuilder';
import { openFileReader, type FileReader } from '../node/fileReader';

interface OpenDocument {
  readonly file: DicomFile;
  readonly image: ImageInfo | null;
  readonly fileName: string;
  readonly imageError?: string;
  /** Set for documents opened for an export: whether the bytes look like DICOM at all (looksLikeDicom). */
  readonly probe?: ExportProbe;
  /** The open file of a document opened by path: frames are read through it; closed with the document. */
  readonly reader?: FileReader;
}

export class DocumentStore {
  private readonly documents = new Map<number, OpenDocument>();

  /** Parses a file and keeps it under `docId` (replacing any document already there). Never throws for a
   *  damaged file: faults are in the header's errors and the image's problem. */
  open(docId: number, bytes: Uint8Array, fileName: string): OpenResult {
    return this.keep(docId, parseDicom(bytes), fileName);
  }

  /** Opens a local file by path with positioned reads: the header is read from the first chunks, pixel data is
   *  only indexed, and frames are read when asked for, so a file of gigabytes costs a few reads. Rejects only
   *  when the file cannot be read (then nothing is kept). */
  async openPath(docId: number, path: string, fileName: string): Promise<OpenResult> {
    const reader = await openFileReader(path);
    let file: DicomFile;
    try {
      file = await parseDicomRanged(reader);
    } catch (caught) {
      await reader.close();
      throw caught;
    }
    return this.keep(docId, file, fileName, reader);
  }

  private keep(docId: number, file: DicomFile, fileName: string, reader?: FileReader): OpenResult {
    this.close(docId);
    const header = packHeader(buildHeaderModelOf(file, fileName));
    const { image, imageError } = readImageInfo(file);
    this.documents.set(docId, { file, image, fileName, imageError, reader });
    return imageError === undefined ? { header, image } : { header, image, imageError };
  }

  /** Parses a file for an export only: no header model is built. Never throws for a damaged file. */
  openForExport(docId: number, bytes: Uint8Array, fileName: string): ExportProbe {
    return this.keepForExport(docId, parseDicom(bytes), bytes, fileName);
  }

  /** As openForExport, for a local file read by path with positioned reads (a folder export of big files, or of
   *  big files that are not DICOM at all, reads their first chunks only). Rejects only when it cannot be read. */
  async openPathForExport(docId: number, path: string, fileName: string): Promise<ExportProbe> {
    const reader = await openFileReader(path);
    try {
      const file = await parseDicomRanged(reader);
      // file.bytes is the file's start: what looksLikeDicom needs.
      const probe = this.keepForExport(docId, file, file.bytes, fileName, reader);
      if (!probe.keep) await reader.close();
      return probe;
    } catch (caught) {
      await reader.close();
      throw caught;
    }
  }

  private keepForExport(
    docId: number,
    file: DicomFile,
    head: Uint8Array,
    fileName: string,
    reader?: FileReader,
  ): ExportProbe {
    const { image, imageError } = readImageInfo(file);
    const probe = probeForExport(head, file, image, fileName, imageError);
    // A file with nothing to export is not kept: the caller closes it anyway, and it may be large.
    if (probe.keep) this.documents.set(docId, { file, image, fileName, imageError, probe, reader });
    return probe;
  }

  /** What an open document offers to an export. */
  exportProbe(docId: number): ExportProbe {
    const document = this.documents.get(docId);
    if (!document) throw new Error(`document ${docId} is not open in the worker`);
    const { file, image, fileName, imageError, probe } = document;
    return probe ?? probeForExport(undefined, file, image, fileName, imageError);
  }

  /** One frame as image file bytes (the buffer is the result's own, to transfer). */
  async exportImage(docId: number, index: number, request: ExportImageRequest): Promise<Uint8Array> {
    const { file, image } = this.imageOf(docId, index);
    if (image.problem) throw new PixelDataError(image.problem);
    const bytes = await exportImageBytes(file, image, index, request);
    return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
  }

  has(docId: number): boolean {
    return this.documents.has(docId);
  }

  private imageOf(docId: number, index: number): { file: DicomFile; image: ImageInfo } {
    const document = this.documents.get(docId);
    if (!document) throw new Error(`document ${docId} is not open in the worker`);
    const { file, image } = document;
    if (!image) throw new PixelDataError('The file has no pixel data.');
    if (index >= image.format.numberOfFrames) {
      throw new PixelDataError(
        `Frame ${index + 1} does not exist: the file has ${image.format.numberOfFrames} frame(s).`,
      );
    }
    return { file, image };
  }

  /** Decodes a frame. The samples own their whole buffer, so the worker can transfer it without a copy. */
  async frame(docId: number, index: number): Promise<DecodedFrame> {
    const { file, image } = this.imageOf(docId, index);
    if (image.problem) throw new PixelDataError(image.problem);
    const frame = await decodeFrame(file, image.format, index);
    return ownBuffer(frame);
  }

  async bitstream(docId: number, index: number): Promise<BitstreamResult> {
    const { file, image } = this.imageOf(docId, index);
    // A copy: the frame's bytes may be a view into the file's buffer, which stays here. A file opened by path
    // reads them (a fresh buffer already).
    const bytes = file.ranged
      ? ownBytes(await readFrameBitstream(file, image.format, index))
      : frameBitstream(file, image.format, index).slice();
    return { bytes, extension: transferSyntaxSupport(image.format.transferSyntaxUid).bitstreamExtension };
  }

  close(docId: number): void {
    const document = this.documents.get(docId);
    this.documents.delete(docId);
    // Closing a file handle cannot fail in a way the user could act on; a failure is not a fault of the file.
    void document?.reader?.close().catch(() => undefined);
  }
}

/** The file's image attributes. Never throws: imageInfoOf reports file faults in `problem`, so an exception is a
 *  bug, kept as `imageError` so that the header still shows. */
function readImageInfo(file: DicomFile): { image: ImageInfo | null; imageError?: string } {
  try {
    return { image: imageInfoOf(file) };
  } catch (caught) {
    return {
      image: null,
      imageError: caught instanceof Error ? `${caught.name}: ${caught.message}` : 'unknown error',
    };
  }
}

/** Bytes that span exactly their buffer, so that transferring the buffer moves nothing else (a reader's chunk). */
function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/** The frame with samples that span exactly their buffer (a codec may return a view into a larger one). */
function ownBuffer(frame: DecodedFrame): DecodedFrame {
  const { samples } = frame;
  if (samples.byteOffset === 0 && samples.byteLength === samples.buffer.byteLength) return frame;
  return { ...frame, samples: samples.slice() };
}
