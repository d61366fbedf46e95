// The read-only custom editor: one webview per open panel, fed with the document's header model, its image
// attributes and, on request, decoded frames. Messages from the webview are validated against the protocol;
// anything else is dropped and logged without content. Decoding happens in the document worker, ordered by the
// frame scheduler; this file only routes messages, keeps the status bar entry and what each panel shows (the
// frame and view the export commands export; frameExports.ts saves a bitstream for the webview's button).
// It also keeps memory bounded across all editors (cacheBudgets.ts: one host LRU, and a share of the webview
// setting per panel) and follows each file on disk (fileWatcher.ts): a change reloads every panel of the
// document, a delete closes them.

import * as vscode from 'vscode';
import type {
  CopyField,
  HeaderCommand,
  HostMessage,
  RevealTarget,
  ShownView,
  WebviewMessage,
} from '../shared/protocol';
import { headOfPackedRows, PackedRowTable } from '../shared/rowPacking';
import { isWebviewMessage } from '../shared/protocol';
import {
  DEFAULT_HOST_CACHE_MB,
  DEFAULT_WEBVIEW_CACHE_MB,
  megabytesSetting,
  shareWebviewBudget,
} from './cacheBudgets';
import { DicomDocument } from './dicomDocument';
import { DocumentWorker, DocumentWorkerError } from './documentWorker';
import { saveFrameBitstream } from './frameExports';
import { FrameCache } from './frameCache';
import { FrameScheduler } from './frameScheduler';
import { FrameStatusBar } from './frameStatusBar';
import { watchFile, type FileEvent } from './fileWatcher';
import { frameFailureText, frameStatusText } from './frameText';
import { isIdentifyingElement } from '../dicom/identifying';
import { frameFailureForLog, LoggableError, reasonForLog } from './logPrivacy';
import { hidePatientIdentity, setHidePatientIdentity } from './privacySettings';
import { createNonce, renderWebviewHtml } from './webviewHtml';

export const VIEW_TYPE = 'dicomInspector.viewer';
/** A header with more rows than this sends its first rows ahead of the rest: well over a screenful. */
const HEADER_HEAD_ROWS = 2000;

interface Panel {
  /** Tells the scheduler whose requests are whose. */
  readonly id: number;
  readonly document: DicomDocument;
  readonly panel: vscode.WebviewPanel;
  /** The rows as sent, read one at a time to copy a field; built on the first copy. */
  rows: (() => PackedRowTable) | undefined;
  /** The status bar text for the frame this panel shows ('frameShown'), undefined before any. */
  status: string | undefined;
  /** The frame on screen and how it is drawn, as last reported ('frameShown'): what an export exports. */
  shown: ShownFrame | undefined;
  /** Its share of the webview cache setting, as last computed (and sent when it was visible). */
  budget: number;
  /** Bytes of the last frame sent: what keeping only its current frame costs while hidden. */
  frameBytes: number;
}

/** What a panel shows: the frame (from 0), the frame count, and the view when the webview reported it. */
export interface ShownFrame {
  readonly index: number;
  readonly count: number;
  readonly view: ShownView | undefined;
}

export class DicomEditorProvider
  implements vscode.CustomReadonlyEditorProvider<DicomDocument>, vscode.Disposable
{
  private readonly panels = new Set<Panel>();
  private activePanel: Panel | undefined;
  private nextPanelId = 1;
  private readonly cache = new FrameCache(hostCacheBytes());
  private readonly scheduler: FrameScheduler;
  private readonly statusBar = new FrameStatusBar();
  private readonly disposables: vscode.Disposable[] = [];
  /** Reloads and closes after a change on disk, for the test hooks to wait on. */
  private readonly fileEvents = new vscode.EventEmitter<{ uri: vscode.Uri; event: FileEvent }>();

  static register(context: vscode.ExtensionContext, worker: DocumentWorker, log: vscode.LogOutputChannel) {
    const provider = new DicomEditorProvider(context, worker, log);
    const registration = vscode.window.registerCustomEditorProvider(VIEW_TYPE, provider, {
      supportsMultipleEditorsPerDocument: true,
      webviewOptions: { retainContextWhenHidden: false },
    });
    return { provider, registration };
  }

  private constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly worker: DocumentWorker,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.scheduler = new FrameScheduler((docId, index) => worker.frame(docId, index), this.cache);
    this.disposables.push(
      this.fileEvents,
      vscode.workspace.onDidChangeConfiguration((change) => {
        if (!change.affectsConfiguration('dicomInspector.cache')) return;
        // Live: a smaller host budget evicts now; webview shares are sent again.
        this.cache.setBudget(hostCacheBytes());
        this.shareBudgets();
      }),
    );
  }

  openCustomDocument(uri: vscode.Uri): DicomDocument {
    const document = new DicomDocument(uri, this.worker, this.scheduler, this.cache, this.log);
    document.attach(watchFile(uri, (event) => void this.fileChanged(document, event)));
    return document;
  }

  resolveCustomEditor(document: DicomDocument, webviewPanel: vscode.WebviewPanel): void {
    const assets = vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview');
    const webview = webviewPanel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [assets] };
    webview.html = renderWebviewHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(assets, 'main.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(assets, 'main.css')).toString(),
      title: document.fileName,
    });

    const entry: Panel = {
      id: this.nextPanelId++,
      document,
      panel: webviewPanel,
      rows: undefined,
      status: undefined,
      shown: undefined,
      budget: 0,
      frameBytes: 0,
    };
    this.panels.add(entry);
    if (webviewPanel.active) this.activate(entry);
    this.shareBudgets();

    const subscriptions: vscode.Disposable[] = [
      webview.onDidReceiveMessage((message: unknown) => void this.receive(entry, message)),
      webviewPanel.onDidChangeViewState(() => {
        if (webviewPanel.active) this.activate(entry);
        else if (this.activePanel === entry) this.activate(undefined);
        this.shareBudgets();
      }),
    ];
    webviewPanel.onDidDispose(() => {
      this.panels.delete(entry);
      this.scheduler.dropPanel(entry.id);
      if (this.activePanel === entry) this.activate(undefined);
      subscriptions.forEach((subscription) => subscription.dispose());
      this.shareBudgets();
    });
  }

  /** Every message from the webview: validated, and dropped with a log line that says nothing of its content
   *  (it is untrusted, and may carry anything). */
  private receive(entry: Panel, message: unknown): Promise<HostMessage | undefined> {
    if (!isWebviewMessage(message)) {
      this.log.warn('Dropped a malformed message from the webview');
      return Promise.resolve(undefined);
    }
    return this.handle(entry, message);
  }

  /** Acts on a valid message; resolves with the message posted in answer, if any (the test hook reads it). */
  private async handle(entry: Panel, message: WebviewMessage): Promise<HostMessage | undefined> {
    switch (message.type) {
      case 'ready':
        await this.post(entry, { type: 'privacy', hideIdentity: hidePatientIdentity() });
        return this.sendHeader(entry);
      case 'setHideIdentity':
        // The setting's change event then tells every inspector (privacyCommands.ts).
        await setHidePatientIdentity(message.hide);
        return undefined;
      case 'copy':
        await this.copyField(entry, message.rowId, message.field);
        return undefined;
      case 'requestFrame':
        return this.sendFrame(entry, message.index, message.prefetch);
      case 'frameShown':
        entry.status = frameStatusText(message.index, message.count, message.window);
        entry.shown = { index: message.index, count: message.count, view: message.view };
        if (this.activePanel === entry) this.statusBar.update(entry.status);
        return undefined;
      case 'saveBitstream':
        // The same path as the "Export Frame Bitstream" command.
        await saveFrameBitstream(this.context, entry.document, message.index, undefined, this.log);
        return undefined;
    }
  }

  private activate(entry: Panel | undefined): void {
    this.activePanel = entry;
    this.statusBar.update(entry?.status);
  }

  private async sendHeader(entry: Panel): Promise<HostMessage> {
    try {
      const { header, image } = await entry.document.load();
      let table: PackedRowTable | undefined;
      entry.rows = () => (table ??= new PackedRowTable(header.rows));
      // A new webview starts with the default budget: its share goes first, before any frame can arrive.
      this.shareBudgets();
      await this.post(entry, { type: 'cacheBudget', bytes: entry.budget });
      // Packed rows: VS Code carries the ArrayBuffers as binary (not JSON) and does not detach them here, so
      // every panel of the document can be sent the same ones. A big header's first rows go ahead, so that the
      // first screen shows while the whole table is carried and unpacked.
      if (header.rows.count > HEADER_HEAD_ROWS) {
        const head = headOfPackedRows(header.rows, HEADER_HEAD_ROWS);
        void this.post(entry, { type: 'headerPacked', ...header, rows: head, partialOf: header.rows.count });
      }
      await this.post(entry, { type: 'headerPacked', ...header });
      return await this.post(entry, { type: 'image', image });
    } catch (caught) {
      const reason =
        caught instanceof vscode.FileSystemError
          ? caught.code
          : caught instanceof DocumentWorkerError
            ? caught.message
            : 'read or parse failure';
      this.log.error(`Could not load ${entry.document.fileName}: ${reasonForLog(caught)}`);
      return this.post(entry, { type: 'loadFailed', message: `The file could not be read (${reason}).` });
    }
  }

  private async sendFrame(entry: Panel, index: number, prefetch: boolean): Promise<HostMessage | undefined> {
    let docId: number | undefined;
    try {
      const loaded = await entry.document.load();
      docId = loaded.docId;
      const { image } = loaded;
      // Refused here rather than in the worker: no decode is queued for a frame that cannot exist.
      if (!image) throw new LoggableError('The file has no pixel data.');
      if (image.problem) throw new Error(image.problem);
      const frames = image.format.numberOfFrames;
      if (index >= frames) {
        throw new LoggableError(`the file has ${frames} frame${frames === 1 ? '' : 's'}`);
      }
      const outcome = await entry.document.frameOf(docId, index, entry.id, prefetch);
      // A frame of the content before a reload is not posted: the webview is being sent the new one.
      if (outcome === 'dropped' || !entry.document.isCurrent(docId)) return undefined;
      this.noteFrameBytes(entry, outcome.frame.samples.byteLength);
      // samples travel as binary; the cached frame is not detached, so it can be posted again.
      return await this.post(entry, { type: 'frame', frame: outcome.frame });
    } catch (caught) {
      if (docId !== undefined && !entry.document.isCurrent(docId)) return undefined;
      const message = frameFailureText(index, caught);
      this.log.warn(`${entry.document.fileName}: ${frameFailureForLog(index, caught)}`);
      return this.post(entry, { type: 'frameFailed', index, message });
    }
  }

  private noteFrameBytes(entry: Panel, bytes: number): void {
    if (entry.frameBytes === bytes) return;
    entry.frameBytes = bytes;
    // Only a hidden panel's frame size changes the shares; a visible one's is recorded for when it hides.
    if (!entry.panel.visible) this.shareBudgets();
  }

  /** Shares the webview cache setting among the panels, and tells each visible webview whose share changed. */
  private shareBudgets(): void {
    const panels = [...this.panels];
    const shares = shareWebviewBudget(
      webviewCacheBytes(),
      panels.map((entry) => ({
        id: entry.id,
        visible: entry.panel.visible,
        active: entry.panel.active,
        frameBytes: entry.frameBytes,
      })),
    );
    for (const entry of panels) {
      const share = shares.get(entry.id) ?? 0;
      if (share === entry.budget) continue;
      entry.budget = share;
      // A hidden webview is destroyed (retainContextWhenHidden is off): it is sent its share on 'ready'.
      if (entry.panel.visible) void this.post(entry, { type: 'cacheBudget', bytes: share });
    }
  }

  /** The file of `document` changed on disk or was deleted (after writes settled). */
  private async fileChanged(document: DicomDocument, event: FileEvent): Promise<void> {
    const entries = [...this.panels].filter((entry) => entry.document === document);
    if (event === 'deleted') {
      this.log.info('A file shown in the inspector was deleted: its editors are closed.');
      await this.closeEditorsOf(document.uri, entries);
    } else {
      let reloaded;
      try {
        reloaded = await document.reload();
      } catch {
        reloaded = null; // sendHeader below tries again and shows why it failed, in the editor.
      }
      if (reloaded === undefined) return;
      this.log.info('A file shown in the inspector changed on disk: reloaded.');
      await Promise.all(
        entries.map((entry) => {
          entry.rows = undefined;
          // A hidden panel's webview is gone: it asks for the new content itself ('ready') when shown again.
          return entry.panel.visible ? this.sendHeader(entry) : undefined;
        }),
      );
    }
    this.fileEvents.fire({ uri: document.uri, event });
  }

  /** Closes every tab of the inspector showing `uri`, without any prompt (nothing to save: it is read-only). */
  private async closeEditorsOf(uri: vscode.Uri, entries: readonly Panel[]): Promise<void> {
    const key = uri.toString();
    const tabs = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .filter(
        (tab) =>
          tab.input instanceof vscode.TabInputCustom &&
          tab.input.viewType === VIEW_TYPE &&
          tab.input.uri.toString() === key,
      );
    try {
      if (tabs.length > 0) await vscode.window.tabGroups.close(tabs, true);
    } catch {
      // Fall through: the panels still open are disposed directly.
    }
    for (const entry of entries) if (this.panels.has(entry)) entry.panel.dispose();
  }

  /** Posts to a panel. A panel closed meanwhile (an answer to a request outlives it) is not an error. */
  private post(entry: Panel, message: HostMessage): Promise<HostMessage> {
    if (!this.panels.has(entry)) return Promise.resolve(message);
    return Promise.resolve(entry.panel.webview.postMessage(message)).then(
      () => message,
      () => message,
    );
  }

  /** Sends a table command (expand all, copy…) to the active inspector. Returns false if none is active. */
  sendCommand(command: HeaderCommand): boolean {
    if (!this.activePanel) return false;
    void this.post(this.activePanel, { type: 'command', command });
    return true;
  }

  /** Copies a field of a row of the active inspector (used by the webview context menu). */
  async copyFromActive(rowId: number, field: CopyField): Promise<boolean> {
    if (!this.activePanel) return false;
    return this.copyField(this.activePanel, rowId, field);
  }

  private async copyField(entry: Panel, rowId: number, field: CopyField): Promise<boolean> {
    const table = entry.rows?.();
    if (!table || rowId >= table.count) return false;
    const row = table.row(rowId);
    if (
      field === 'value' &&
      row.kind === 'element' &&
      hidePatientIdentity() &&
      isIdentifyingElement(row.tag, row.vr)
    ) {
      // Hidden values are not copied, so that a paste cannot reveal them; the clipboard keeps what it had.
      vscode.window.setStatusBarMessage(
        vscode.l10n.t('The value of {0} is hidden (patient identity): nothing was copied.', row.tag),
        4000,
      );
      return false;
    }
    const text = field === 'tag' ? row.tag : field === 'keyword' ? row.keyword : row.value;
    if (text === '') {
      // As the webview's own Ctrl+Alt+C does: say so, and leave the clipboard as it was.
      vscode.window.setStatusBarMessage(vscode.l10n.t('{0} has no {1} to copy.', row.tag, field), 4000);
      return false;
    }
    await vscode.env.clipboard.writeText(text);
    return true;
  }

  /**
   * Shows an element in the header table of the inspector showing `uri` (the active one if it shows it, else the
   * newest). Resolves with the message posted, undefined when no inspector shows the file.
   */
  async revealElement(uri: vscode.Uri, target: RevealTarget): Promise<HostMessage | undefined> {
    const key = uri.toString();
    const entry =
      this.activePanel?.document.uri.toString() === key
        ? this.activePanel
        : [...this.panels].reverse().find((p) => p.document.uri.toString() === key);
    if (!entry) return undefined;
    return this.post(entry, { type: 'reveal', ...target });
  }

  /** Posts a message to every open inspector (the privacy state). */
  postToAll(message: HostMessage): void {
    for (const entry of this.panels) void this.post(entry, message);
  }

  /** Posts a message to the active inspector. Returns false if none is active. */
  postToActive(message: HostMessage): boolean {
    if (!this.activePanel) return false;
    void this.post(this.activePanel, message);
    return true;
  }

  /** The panel a command on `uri` means: the active one when it shows `uri` (or when no `uri` is given), else
   *  the newest panel showing it. Undefined when no inspector shows the file. */
  private panelFor(uri: vscode.Uri | undefined): Panel | undefined {
    const active = this.activePanel;
    if (!uri) return active;
    if (active && active.document.uri.toString() === uri.toString()) return active;
    return [...this.panels].reverse().find((p) => p.document.uri.toString() === uri.toString());
  }

  /** The document an inspector has open for `uri` (the active one without `uri`), and what it shows. */
  shownIn(
    uri: vscode.Uri | undefined,
  ): { document: DicomDocument; shown: ShownFrame | undefined } | undefined {
    const entry = this.panelFor(uri);
    return entry && { document: entry.document, shown: entry.shown };
  }

  get hasActivePanel(): boolean {
    return this.activePanel !== undefined;
  }

  /** Hooks for the in-host test suite (returned by activate()): the same code paths the webview drives. */
  readonly testing = {
    /** Handles `message` as if the newest panel showing `uri` had sent it; resolves with the message posted in
     *  answer, or undefined. Throws when the message is not valid (as the real path would drop it). */
    handleMessage: async (uri: vscode.Uri, message: unknown): Promise<HostMessage | undefined> => {
      if (!isWebviewMessage(message)) throw new Error('not a valid webview message');
      const entry = [...this.panels].reverse().find((p) => p.document.uri.toString() === uri.toString());
      if (!entry) throw new Error(`no inspector panel shows ${uri.toString()}`);
      return this.handle(entry, message);
    },
    /** Receives `message` as the webview channel of the newest panel showing `uri` does: validated, and a
     *  malformed one dropped and logged. */
    receiveRaw: async (uri: vscode.Uri, message: unknown): Promise<HostMessage | undefined> => {
      const entry = [...this.panels].reverse().find((p) => p.document.uri.toString() === uri.toString());
      if (!entry) throw new Error(`no inspector panel shows ${uri.toString()}`);
      return this.receive(entry, message);
    },
    /** Copies a field of a row of the newest panel showing `uri`, as the context menu does; false when nothing
     *  was copied. */
    copy: async (uri: vscode.Uri, rowId: number, field: CopyField): Promise<boolean> => {
      const entry = [...this.panels].reverse().find((p) => p.document.uri.toString() === uri.toString());
      if (!entry) throw new Error(`no inspector panel shows ${uri.toString()}`);
      return this.copyField(entry, rowId, field);
    },
    /** The status bar entry's text, undefined while hidden. */
    statusBarText: (): string | undefined => this.statusBar.text,
    /** Kills the document worker, as a crash would. */
    crashWorker: (): Promise<void> => this.worker.crashForTests(),
    /** Frames in the host's cache. */
    cachedFrames: (): number => this.cache.size,
    /** Bytes in the host's cache, and its budget (the setting, shared by all documents). */
    hostCache: (): { bytes: number; budget: number } => ({
      bytes: this.cache.bytes,
      budget: this.cache.budget,
    }),
    /** Each open panel's share of the webview cache setting, and the setting in bytes. */
    webviewBudgets: (): {
      total: number;
      panels: { uri: string; budget: number; visible: boolean; active: boolean }[];
    } => ({
      total: webviewCacheBytes(),
      panels: [...this.panels].map((entry) => ({
        uri: entry.document.uri.toString(),
        budget: entry.budget,
        visible: entry.panel.visible,
        active: entry.panel.active,
      })),
    }),
    /** What the newest panel on `uri` last reported on screen ('frameShown'); a new object on each report. */
    shown: (uri: vscode.Uri): ShownFrame | undefined =>
      [...this.panels].reverse().find((entry) => entry.document.uri.toString() === uri.toString())?.shown,
    /** Panels open on `uri`. */
    panelCount: (uri: vscode.Uri): number =>
      [...this.panels].filter((entry) => entry.document.uri.toString() === uri.toString()).length,
    /** Resolves when the file `uri` has been reloaded ('changed') or its editors closed ('deleted'). */
    nextFileEvent: (uri: vscode.Uri, timeoutMs = 10_000): Promise<FileEvent> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listener.dispose();
          reject(new Error(`no file event for ${uri.toString()} within ${timeoutMs} ms`));
        }, timeoutMs);
        const listener = this.fileEvents.event((fired) => {
          if (fired.uri.toString() !== uri.toString()) return;
          clearTimeout(timer);
          listener.dispose();
          resolve(fired.event);
        });
      }),
  };

  dispose(): void {
    this.statusBar.dispose();
    this.disposables.splice(0).forEach((disposable) => disposable.dispose());
  }
}

function hostCacheBytes(): number {
  const value = vscode.workspace.getConfiguration('dicomInspector.cache').get<unknown>('hostMegabytes');
  return megabytesSetting(value, DEFAULT_HOST_CACHE_MB);
}

function webviewCacheBytes(): number {
  const value = vscode.workspace.getConfiguration('dicomInspector.cache').get<unknown>('webviewMegabytes');
  return megabytesSetting(value, DEFAULT_WEBVIEW_CACHE_MB);
}
