// A DICOM file opened in the inspector: its URI and, once loaded in the document worker, its header model and
// image attributes, shared by every panel that shows it. Reading goes through vscode.workspace.fs so remote and
// virtual workspaces work; the file is read again (never kept on the host) if the worker has to re-open it.
// When the file changes on disk, reload() opens it again under a new worker id and lets the old one go: frames
// of the old content (cached, queued or decoding) can never be taken for the new one, since they are keyed by id.

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
  /** The file's modification time and size when it was last read: a watcher event without a change is ignored. */
  private version: string | undefined;
  private disposed = false;
  private readonly attached: vscode.Disposable[] = [];

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
    this.loaded ??= this.open();
    return this.loaded;
  }

  /** Reads and parses the file again (it changed on disk). Resolves undefined when it did not really change. */
  async reload(): Promise<LoadedDocument | undefined> {
    if (this.loaded && this.version !== undefined && (await this.versionNow()) === this.version)
      return undefined;
    this.loaded = this.open();
    return this.loaded;
  }

  /** Whether `docId` is what the document shows now (not an older content it was reloaded from). */
  isCurrent(docId: number): boolean {
    return this.docId === docId;
  }

  /** Ties a disposable (the file watcher) to the document's life. */
  attach(disposable: vscode.Disposable): void {
    if (this.disposed) disposable.dispose();
    else this.attached.push(disposable);
  }

  private open(): Promise<LoadedDocument> {
    const version = this.versionNow();
    // A local file is read by the worker with positioned reads (header, then frames on demand); any other
    // scheme can only be read whole, with a warning when that is a lot of memory.
    const localPath = this.uri.scheme === 'file' ? this.uri.fsPath : undefined;
    const loading: Promise<LoadedDocument> = this.worker
      .open(this.fileName, () => readWhole(this.uri, this.log), localPath)
      .then(async ({ docId, header, image, imageError }) => {
        if (this.loaded !== loading) {
          // A newer reload started meanwhile: this content is already out of date.
          this.releaseId(docId);
          return this.load();
        }
        if (imageError) {
          const reason = textForLog(imageError, 'they are not consistent');
          this.log.error(`Could not read the image attributes of ${this.fileName}: ${reason}`);
        }
        const previous = this.docId;
        this.docId = docId;
        this.version = await version;
        if (previous !== undefined) this.releaseId(previous);
        if (this.disposed) this.release();
        return { docId, header, image };
      });
    // A failed load is not kept: a new panel (or the same one shown again) tries again.
    loading.catch(() => {
      if (this.loaded === loading) this.loaded = undefined;
    });
    return loading;
  }

  private versionNow(): Promise<string | undefined> {
    return Promise.resolve(vscode.workspace.fs.stat(this.uri)).then(
      (stat) => `${stat.mtime}:${stat.size}`,
      () => undefined,
    );
  }

  /** A frame of the content loaded as `docId` (the caller checks isCurrent() before using it). */
  frameOf(docId: number, index: number, panel: number, prefetch: boolean): Promise<FrameOutcome> {
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
    this.attached.splice(0).forEach((disposable) => disposable.dispose());
    this.release();
  }

  private release(): void {
    if (this.docId === undefined) return;
    this.releaseId(this.docId);
    this.docId = undefined;
  }

  private releaseId(docId: number): void {
    this.scheduler.dropDocument(docId);
    this.cache.dropDocument(docId);
    this.worker.close(docId);
  }
}

/** Reads a file that is not on the local disk whole, warning first when it is bigger than the setting. */
async function readWhole(uri: vscode.Uri, log: vscode.LogOutputChannel): Promise<Uint8Array> {
  const limitMb = vscode.workspace
    .getConfiguration('dicomInspector')
    .get<number>('largeFileWarningMegabytes', 512);
  try {
    const { size } = await vscode.workspace.fs.stat(uri);
    if (limitMb > 0 && size > limitMb * 1024 * 1024) {
      const mb = Math.round(size / (1024 * 1024));
      log.warn(`Reading a ${mb} MB file from a ${uri.scheme}: location whole into memory`);
      void vscode.window.showWarningMessage(
        vscode.l10n.t(
          '{0} is {1} MB and not on the local disk, so it is read whole into memory. Local files are read in parts.',
          uri.path.split('/').pop() ?? '',
          mb,
        ),
      );
    }
  } catch {
    // No size to warn about: reading will say what is wrong.
  }
  return vscode.workspace.fs.readFile(uri);
}
