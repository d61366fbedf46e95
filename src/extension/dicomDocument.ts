// A DICOM file opened in the inspector: its URI and, once parsed, the header model shared by every panel that
// shows it. Reading goes through vscode.workspace.fs so remote and virtual workspaces work.

import * as vscode from 'vscode';
import type { PackedHeader } from '../shared/protocol';
import type { HeaderParser } from './headerParser';

export class DicomDocument implements vscode.CustomDocument {
  private header: Promise<PackedHeader> | undefined;

  constructor(
    readonly uri: vscode.Uri,
    private readonly parser: HeaderParser,
  ) {}

  get fileName(): string {
    return this.uri.path.split('/').pop() ?? this.uri.path;
  }

  /** The header, parsed once per document, rows packed. Rejects only when the file cannot be read at all. */
  packedHeader(): Promise<PackedHeader> {
    this.header ??= Promise.resolve(vscode.workspace.fs.readFile(this.uri)).then((bytes) =>
      this.parser.parse(bytes, this.fileName),
    );
    return this.header;
  }

  dispose(): void {
    this.header = undefined;
  }
}
