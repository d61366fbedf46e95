// "Reveal in Inspector": from a line of a `dicom-dump:` document to the same element in the inspector's header
// table. Ctrl+click on a tag follows a document link to this command with the element named in its argument;
// from the palette or the editor's context menu it takes the dump line under the cursor. It opens (or focuses)
// the inspector of the dump's source file and asks its webview to expand, scroll to and focus the row.

import * as vscode from 'vscode';
import type { HostMessage, RevealTarget } from '../shared/protocol';
import { type DicomEditorProvider, VIEW_TYPE } from './dicomEditorProvider';
import { dumpElementAt, dumpElementLines, type DumpElementLine } from './dumpStructure';
import { DUMP_SCHEME, sourceOfDumpUri } from './dumpUris';

export const REVEAL_COMMAND = 'dicomInspector.revealInInspector';

/** What a tag link carries (as JSON in a command URI): the source file as a string, and the element. */
interface RevealArgument extends RevealTarget {
  readonly source: string;
}

function revealTargetOf(element: DumpElementLine): RevealTarget {
  return { row: element.row, tag: element.tag, offset: element.offset ?? null };
}

function isRevealArgument(value: unknown): value is RevealArgument {
  if (typeof value !== 'object' || value === null) return false;
  const argument = value as Record<string, unknown>;
  return (
    typeof argument.source === 'string' &&
    Number.isSafeInteger(argument.row) &&
    (argument.row as number) >= 0 &&
    typeof argument.tag === 'string' &&
    (argument.offset === null || Number.isSafeInteger(argument.offset))
  );
}

/** The element under the cursor of the active dump editor, with its source file. */
function fromActiveEditor(): { source: vscode.Uri; target: RevealTarget } | string {
  const editor = vscode.window.activeTextEditor;
  const source = editor && editor.document.uri.scheme === DUMP_SCHEME && sourceOfDumpUri(editor.document.uri);
  if (!editor || !source) return vscode.l10n.t('Put the cursor on an element line of a DICOM header dump.');
  const element = dumpElementAt(editor.document.getText(), editor.selection.active.line);
  if (!element) return vscode.l10n.t('This line of the dump is not an element.');
  return { source, target: revealTargetOf(element) };
}

/** The editor column to open the inspector in: where it is open already, else away from the dump. */
function inspectorColumn(source: vscode.Uri): vscode.ViewColumn {
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const input = tab.input;
      if (
        input instanceof vscode.TabInputCustom &&
        input.viewType === VIEW_TYPE &&
        input.uri.toString() === source.toString()
      )
        return group.viewColumn;
    }
  }
  const dumpColumn = vscode.window.activeTextEditor?.viewColumn;
  return dumpColumn !== undefined && dumpColumn !== vscode.ViewColumn.One
    ? vscode.ViewColumn.One
    : vscode.ViewColumn.Beside;
}

export async function revealInInspector(
  provider: DicomEditorProvider,
  argument?: unknown,
): Promise<HostMessage | undefined> {
  let source: vscode.Uri;
  let target: RevealTarget;
  if (isRevealArgument(argument)) {
    source = vscode.Uri.parse(argument.source, true);
    target = { row: argument.row, tag: argument.tag.toUpperCase(), offset: argument.offset };
  } else {
    const found = fromActiveEditor();
    if (typeof found === 'string') return void vscode.window.showInformationMessage(found);
    ({ source, target } = found);
  }
  await vscode.commands.executeCommand('vscode.openWith', source, VIEW_TYPE, {
    viewColumn: inspectorColumn(source),
    preserveFocus: false,
  });
  const posted = await provider.revealElement(source, target);
  if (!posted)
    void vscode.window.showInformationMessage(
      vscode.l10n.t('The inspector of {0} did not open.', source.path.split('/').pop() ?? ''),
    );
  return posted;
}

/** A tag on an element line; its command URI is made only when VS Code asks (a dump may have 100,000 lines). */
class TagLink extends vscode.DocumentLink {
  constructor(
    range: vscode.Range,
    readonly argument: RevealArgument,
  ) {
    super(range);
    this.tooltip = vscode.l10n.t('Reveal in the inspector');
  }
}

export const tagLinkProvider: vscode.DocumentLinkProvider<TagLink> = {
  provideDocumentLinks(document) {
    const source = sourceOfDumpUri(document.uri);
    if (!source) return [];
    const sourceText = source.toString();
    return dumpElementLines(document.getText()).map(
      (element) =>
        new TagLink(new vscode.Range(element.line, element.tagStart, element.line, element.tagEnd), {
          source: sourceText,
          ...revealTargetOf(element),
        }),
    );
  },
  resolveDocumentLink(link) {
    link.target = vscode.Uri.parse(
      `command:${REVEAL_COMMAND}?${encodeURIComponent(JSON.stringify([link.argument]))}`,
    );
    return link;
  },
};

export function registerRevealInInspector(
  context: vscode.ExtensionContext,
  provider: DicomEditorProvider,
): void {
  context.subscriptions.push(
    vscode.languages.registerDocumentLinkProvider({ scheme: DUMP_SCHEME }, tagLinkProvider),
    vscode.commands.registerCommand(REVEAL_COMMAND, (argument?: unknown) =>
      revealInInspector(provider, argument),
    ),
  );
}
