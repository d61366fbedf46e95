// A DICOM file opened in the inspector: its URI and, once parsed, the header model shared by every panel that
// shows it. Reading goes through vscode.workspace.fs so remote and virtual workspaces work.

import * as vscode from 'vscode';
import type { HeaderModel } from '../shared/protocol';
import type { HeaderParser } from './headerParser';

export class DicomDocument implements vscode.CustomDocument {
  private model: Promise<HeaderModel> | undefined;

  constructor(
    readonly uri: vscode.Uri,
    private readonly parser: HeaderParser,
  ) {}

  get fileName(): string {
    return this.uri.path.split('/').pop() ?? this.uri.path;
  }

  /** The header model, parsed once per document. Rejects only when the file cannot be read at all. */
  headerModel(): Promise<HeaderModel> {
    this.model ??= Promise.resolve(vscode.workspace.fs.readFile(this.uri)).then((bytes) =>
      this.parser.parse(bytes, this.fileName),
    );
    return this.model;
  }

  dispose(): void {
    this.model = undefined;
  }
}
