// The header as text inside VS Code: the read-only `dicom-dump:` documents (so search, folding, the outline and
// copy work on a header), the commands that open one beside the inspector, save the header as DICOM JSON or as a
// text dump, and compare two files in the diff editor. The text is made in the document worker.

import * as vscode from 'vscode';
import { askSaveTarget, baseName, fileNameOf, isUri, reasonOf, subjectUri } from './commandTargets';
import type { DocumentWorker } from './documentWorker';
import { foldableNodes, parseDumpStructure, type DumpNode } from './dumpStructure';
import { DUMP_SCHEME, dumpUri, parseDumpUri } from './dumpUris';
import type { HeaderTextKind } from './headerText';

const NO_FILE = (): string =>
  vscode.l10n.t('Open a DICOM file in the inspector, or pick one in the explorer.');

/** The header of `source` as text, made in the worker: a local file is read there with positioned reads (its
 *  header only, whatever its size); another scheme's file is read whole here and sent. */
async function sourceText(worker: DocumentWorker, source: vscode.Uri, kind: HeaderTextKind): Promise<string> {
  if (source.scheme === 'file') return worker.textOfPath(source.fsPath, kind, fileNameOf(source));
  return worker.text(await vscode.workspace.fs.readFile(source), kind, fileNameOf(source));
}

class DumpContentProvider implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly worker: DocumentWorker,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const target = parseDumpUri(uri);
    if (!target) return vscode.l10n.t('# Not a DICOM dump address.') + '\n';
    try {
      return await sourceText(this.worker, target.source, target.aligned ? 'aligned' : 'dump');
    } catch (caught) {
      const reason = reasonOf(caught);
      this.log.warn(`Could not make a header dump: ${reason}`);
      return `# ${vscode.l10n.t('The file could not be read ({0}).', reason)}\n`;
    }
  }

  /** Refreshes the open dumps of a file that changed on disk. */
  refresh(source: vscode.Uri): void {
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.scheme !== DUMP_SCHEME) continue;
      if (parseDumpUri(document.uri)?.source.toString() === source.toString())
        this.changed.fire(document.uri);
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function symbolOf(document: vscode.TextDocument, node: DumpNode): vscode.DocumentSymbol {
  const kind =
    node.vr === 'SQ'
      ? vscode.SymbolKind.Array
      : node.tag === '(FFFE,E000)'
        ? vscode.SymbolKind.Object
        : vscode.SymbolKind.Field;
  const name = `${node.tag} ${node.text}`.slice(0, 120);
  const range = new vscode.Range(node.line, 0, node.end, document.lineAt(node.end).text.length);
  const selection = document.lineAt(node.line).range;
  const symbol = new vscode.DocumentSymbol(name, node.vr, kind, range, selection);
  symbol.children = node.children.map((child) => symbolOf(document, child));
  return symbol;
}

const dumpStructureProviders: vscode.FoldingRangeProvider & vscode.DocumentSymbolProvider = {
  provideFoldingRanges(document) {
    return foldableNodes(parseDumpStructure(document.getText())).map(
      (node) => new vscode.FoldingRange(node.line, node.end),
    );
  },
  provideDocumentSymbols(document) {
    return parseDumpStructure(document.getText()).map((node) => symbolOf(document, node));
  },
};

/** Opens the dump of `source` beside the active editor; resolves with its text editor. */
export async function openDump(source: vscode.Uri, aligned = false): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(dumpUri(source, aligned));
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}

/** Opens the diff editor on the dumps of two files. */
export async function compareDumps(left: vscode.Uri, right: vscode.Uri, aligned: boolean): Promise<void> {
  const title = vscode.l10n.t('{0} ↔ {1} (DICOM header)', fileNameOf(left), fileNameOf(right));
  await vscode.commands.executeCommand('vscode.diff', dumpUri(left, aligned), dumpUri(right, aligned), title);
}

function alignByTagSetting(): boolean {
  return vscode.workspace.getConfiguration('dicomInspector').get<boolean>('compare.alignByTag', false);
}

export function registerDumpDocuments(
  context: vscode.ExtensionContext,
  worker: DocumentWorker,
  log: vscode.LogOutputChannel,
): void {
  const content = new DumpContentProvider(worker, log);
  const selector: vscode.DocumentSelector = { scheme: DUMP_SCHEME };

  const saveHeader =
    (kind: Extract<HeaderTextKind, 'json' | 'dump'>) => async (argument?: unknown, target?: unknown) => {
      const source = subjectUri(argument);
      if (!source) return void vscode.window.showInformationMessage(NO_FILE());
      const extension = kind === 'json' ? 'json' : 'txt';
      const destination = isUri(target)
        ? target
        : await askSaveTarget(
            context,
            source,
            `${baseName(source)}.${extension}`,
            kind === 'json'
              ? { [vscode.l10n.t('DICOM JSON')]: ['json'] }
              : { [vscode.l10n.t('Text dump')]: ['txt', 'dump'] },
            kind === 'json'
              ? vscode.l10n.t('Save the header as DICOM JSON')
              : vscode.l10n.t('Save the header as text'),
          );
      if (!destination) return undefined;
      try {
        const text = await sourceText(worker, source, kind);
        await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(text));
        vscode.window.setStatusBarMessage(vscode.l10n.t('Saved {0}', fileNameOf(destination)), 4000);
        return destination;
      } catch (caught) {
        const reason = reasonOf(caught);
        log.warn(`Could not save a header: ${reason}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not save the header: {0}', reason));
        return undefined;
      }
    };

  const compareWith = async (argument?: unknown, other?: unknown, aligned?: unknown) => {
    const left = subjectUri(argument);
    if (!left) return void vscode.window.showInformationMessage(NO_FILE());
    let right = isUri(other) ? other : undefined;
    if (!right) {
      const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        defaultUri: left.with({ path: left.path.replace(/\/[^/]*$/, '') || '/' }),
        openLabel: vscode.l10n.t('Compare'),
        title: vscode.l10n.t('Compare {0} with…', fileNameOf(left)),
      });
      right = picked?.[0];
    }
    if (!right) return undefined;
    await compareDumps(left, right, typeof aligned === 'boolean' ? aligned : alignByTagSetting());
  };

  // The explorer passes the clicked file and the whole selection.
  const compareSelected = async (clicked?: unknown, selection?: unknown) => {
    const files = Array.isArray(selection) ? selection.filter(isUri) : [];
    if (files.length !== 2) {
      if (isUri(clicked)) return compareWith(clicked);
      return void vscode.window.showInformationMessage(vscode.l10n.t('Select two DICOM files to compare.'));
    }
    await compareDumps(files[0], files[1], alignByTagSetting());
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  context.subscriptions.push(
    content,
    watcher,
    watcher.onDidChange((uri) => content.refresh(uri)),
    vscode.workspace.registerTextDocumentContentProvider(DUMP_SCHEME, content),
    vscode.languages.registerFoldingRangeProvider(selector, dumpStructureProviders),
    vscode.languages.registerDocumentSymbolProvider(selector, dumpStructureProviders, {
      label: vscode.l10n.t('DICOM header'),
    }),
    vscode.commands.registerCommand('dicomInspector.openDump', async (argument?: unknown) => {
      const source = subjectUri(argument);
      if (!source) return void vscode.window.showInformationMessage(NO_FILE());
      return openDump(source);
    }),
    vscode.commands.registerCommand('dicomInspector.saveHeaderJson', saveHeader('json')),
    vscode.commands.registerCommand('dicomInspector.saveHeaderDump', saveHeader('dump')),
    vscode.commands.registerCommand('dicomInspector.compareWith', compareWith),
    vscode.commands.registerCommand('dicomInspector.compareSelected', compareSelected),
  );
}
