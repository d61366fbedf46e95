// The read-only custom editor: one webview per open panel, fed with the document's header model. Messages
// from the webview are validated against the protocol; anything else is dropped and logged without content.

import * as vscode from 'vscode';
import type { CopyField, HeaderCommand, HostMessage } from '../shared/protocol';
import { PackedRowTable } from '../shared/rowPacking';
import { isWebviewMessage } from '../shared/protocol';
import { DicomDocument } from './dicomDocument';
import type { HeaderParser } from './headerParser';
import { createNonce, renderWebviewHtml } from './webviewHtml';

export const VIEW_TYPE = 'dicomInspector.viewer';

interface Panel {
  readonly document: DicomDocument;
  readonly panel: vscode.WebviewPanel;
  /** The rows as sent, read one at a time to copy a field; built on the first copy. */
  rows: (() => PackedRowTable) | undefined;
}

export class DicomEditorProvider implements vscode.CustomReadonlyEditorProvider<DicomDocument> {
  private readonly panels = new Set<Panel>();
  private activePanel: Panel | undefined;

  static register(context: vscode.ExtensionContext, parser: HeaderParser, log: vscode.LogOutputChannel) {
    const provider = new DicomEditorProvider(context.extensionUri, parser, log);
    const registration = vscode.window.registerCustomEditorProvider(VIEW_TYPE, provider, {
      supportsMultipleEditorsPerDocument: true,
      webviewOptions: { retainContextWhenHidden: false },
    });
    return { provider, registration };
  }

  private constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly parser: HeaderParser,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  openCustomDocument(uri: vscode.Uri): DicomDocument {
    return new DicomDocument(uri, this.parser);
  }

  resolveCustomEditor(document: DicomDocument, webviewPanel: vscode.WebviewPanel): void {
    const assets = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    const webview = webviewPanel.webview;
    webview.options = { enableScripts: true, localResourceRoots: [assets] };
    webview.html = renderWebviewHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(assets, 'main.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(assets, 'main.css')).toString(),
      title: document.fileName,
    });

    const entry: Panel = { document, panel: webviewPanel, rows: undefined };
    this.panels.add(entry);
    if (webviewPanel.active) this.activePanel = entry;

    const subscriptions: vscode.Disposable[] = [
      webview.onDidReceiveMessage((message: unknown) => {
        if (!isWebviewMessage(message)) {
          this.log.warn('Dropped a malformed message from the webview');
          return;
        }
        switch (message.type) {
          case 'ready':
            void this.sendHeader(entry);
            break;
          case 'copy':
            void this.copyField(entry, message.rowId, message.field);
            break;
        }
      }),
      webviewPanel.onDidChangeViewState(() => {
        if (webviewPanel.active) this.activePanel = entry;
        else if (this.activePanel === entry) this.activePanel = undefined;
      }),
    ];
    webviewPanel.onDidDispose(() => {
      this.panels.delete(entry);
      if (this.activePanel === entry) this.activePanel = undefined;
      subscriptions.forEach((subscription) => subscription.dispose());
    });
  }

  private async sendHeader(entry: Panel): Promise<void> {
    try {
      const header = await entry.document.packedHeader();
      let table: PackedRowTable | undefined;
      entry.rows = () => (table ??= new PackedRowTable(header.rows));
      // Packed rows: VS Code carries the ArrayBuffers as binary (not JSON) and does not detach them here, so
      // every panel of the document can be sent the same ones.
      await this.post(entry, { type: 'headerPacked', ...header });
    } catch (caught) {
      const reason = caught instanceof vscode.FileSystemError ? caught.code : 'read or parse failure';
      this.log.error(`Could not load a DICOM file: ${reason}`);
      await this.post(entry, { type: 'loadFailed', message: `The file could not be read (${reason}).` });
    }
  }

  private post(entry: Panel, message: HostMessage): Thenable<boolean> {
    return entry.panel.webview.postMessage(message);
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
    const text = field === 'tag' ? row.tag : field === 'keyword' ? row.keyword : row.value;
    if (text === '') {
      // As the webview's own Ctrl+Alt+C does: say so, and leave the clipboard as it was.
      vscode.window.setStatusBarMessage(vscode.l10n.t('{0} has no {1} to copy.', row.tag, field), 4000);
      return false;
    }
    await vscode.env.clipboard.writeText(text);
    return true;
  }

  get hasActivePanel(): boolean {
    return this.activePanel !== undefined;
  }
}
