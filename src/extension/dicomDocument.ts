// A DICOM file opened in the inspector: its URI and, once loaded in the document worker, its header model and
// image attributes, shared by every panel that shows it. Reading goes through vscode.workspace.fs so remote and
// virtual workspaces work; the file is read again (never kept on the host) if the worker has to re-open it.

import { textForLog } from './logPrivacy';
import * as vscode from 'vscode';
import type { ImageInfo } from '../dicom/pixels/imageTypes';
import type { PackedHeader } from '../shared/protocol';
import type { DocumentWorker } from './documentWorker';
import type { BitstreamResult } from './documentWorkerProtocol';
import type { ExportImageRequest, ExportProbe } from './exportJobs';
import type { FrameCache } from './frameCache';
import type { FrameOutcome, FrameScheduler } from './frameScheduler';

export interface LoadedDocument {
  readonly docId: number;
  readonly header: PackedHeader;
  readonly image: ImageInfo | null;
}

export class DicomDocument implements vscode.CustomDocument {
  private loaded: Promise<LoadedDocument> | undefined;
  private docId: number | undefined;
  private disposed = false;

  constructor(
    readonly uri: vscode.Uri,
    private readonly worker: DocumentWorker,
    private readonly scheduler: FrameScheduler,
    private readonly cache: FrameCache,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get fileName(): string {
    return this.uri.path.split('/').pop() ?? this.uri.path;
  }

  /** Opens the file in the worker once per document. Rejects only when the file cannot be read at all. */
  load(): Promise<LoadedDocument> {
    if (!this.loaded) {
      const loading = this.worker
        .open(this.fileName, () => Promise.resolve(vscode.workspace.fs.readFile(this.uri)))
        .then(({ docId, header, image, imageError }) => {
          if (imageError) {
            const reason = textForLog(imageError, 'they are not consistent');
            this.log.error(`Could not read the image attributes of ${this.fileName}: ${reason}`);
          }
          this.docId = docId;
          if (this.disposed) this.release();
          return { docId, header, image };
        });
      // A failed load is not kept: a new panel (or the same one shown again) tries again.
      loading.catch(() => {
        if (this.loaded === loading) this.loaded = undefined;
      });
      this.loaded = loading;
    }
    return this.loaded;
  }

  async frame(index: number, panel: number, prefetch: boolean): Promise<FrameOutcome> {
    const { docId } = await this.load();
    return this.scheduler.request({ docId, index, panel, prefetch });
  }

  async bitstream(index: number): Promise<BitstreamResult> {
    const { docId } = await this.load();
    return this.worker.bitstream(docId, index);
  }

  /** What the file offers to an export (naming fields, frames, colour), from the worker's parsed tree. */
  async exportProbe(): Promise<ExportProbe> {
    const { docId } = await this.load();
    return this.worker.exportProbe(docId);
  }

  /** One frame as image file bytes, decoded and encoded in the worker. */
  async exportImage(index: number, request: ExportImageRequest): Promise<Uint8Array> {
    const { docId } = await this.load();
    return this.worker.exportImage(docId, index, request);
  }

  dispose(): void {
    this.disposed = true;
    this.release();
  }

  private release(): void {
    if (this.docId === undefined) return;
    this.scheduler.dropDocument(this.docId);
    this.cache.dropDocument(this.docId);
    this.worker.close(this.docId);
    this.docId = undefined;
  }
}
