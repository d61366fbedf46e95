// "Export Folder as Images": every DICOM image below a folder (or below a DICOMDIR's folder) to PNG or JPEG, all
// frames of each file, flat or in Patient/Study/Series folders (the export core's layout and naming, as the
// CLI's `export` does). Files are listed first, then read and converted one at a time in the document worker.
// Files that are not DICOM, and DICOM files without an image (a DICOMDIR, a structured report), are skipped
// quietly; damaged ones and undecodable frames are failures with their reason. Progress "N of M files" with
// Cancel; the closing message counts what was done, skipped and failed, with "Show details" for the reasons.
// Every file goes through NAME.partial and a rename: a Cancel or an error leaves nothing half-written, and files
// completed before a Cancel stay.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { exportFileName, exportFolder, UniqueNames, type ExportLayout } from '../dicom/export';
import { asRecord, cancellationTokenOf, fileNameOf, isUri, reasonOf } from './commandTargets';
import { childUri, listFilesBelow, relativeTo, writeAtomically } from './exportFiles';
import { announceResult, askFolder, pickFormat, pickLayout } from './exportPicks';
import { exportSettings, isPictureFormat, type PictureFormat } from './exportSettings';
import { sourceOfFile } from './exportSource';
import type { ExportEnvironment } from './frameExports';
import { frameFailureText } from './frameText';
import { textForLog } from './logPrivacy';

export interface FolderExportOptions {
  /** The output folder: no folder dialog. */
  readonly target?: vscode.Uri;
  /** Default: asked (the imageFormat setting first), or the setting when `target` is given. */
  readonly format?: PictureFormat;
  /** Default: asked (the folderLayout setting first), or the setting when `target` is given. */
  readonly layout?: ExportLayout;
  /** Cancels the run like the notification's Cancel. */
  readonly token?: vscode.CancellationToken;
  /** Called after each source file is done, whatever came of it. */
  readonly onFileDone?: (uri: vscode.Uri, done: number, total: number) => void;
}

export interface FileOutcome {
  readonly uri: vscode.Uri;
  /** Relative to the exported folder, '/' separators. */
  readonly path: string;
  readonly reason: string;
}

export interface FolderExportSummary {
  readonly source: vscode.Uri;
  readonly output: vscode.Uri;
  /** Files found below the source folder. */
  readonly files: number;
  /** Files done (exported, skipped or failed) before the end or a Cancel. */
  readonly processed: number;
  /** DICOM files with an image that were exported (some frames may have failed). */
  readonly exportedFiles: number;
  /** Image files written, complete. */
  readonly written: vscode.Uri[];
  /** Not DICOM, or DICOM without an image. */
  readonly skipped: FileOutcome[];
  readonly failed: FileOutcome[];
  readonly cancelled: boolean;
}

export function folderExportOptions(value: unknown): FolderExportOptions {
  const options = asRecord(value);
  return {
    target: isUri(options.target) ? options.target : undefined,
    format: isPictureFormat(options.format) ? options.format : undefined,
    layout: options.layout === 'flat' || options.layout === 'patient' ? options.layout : undefined,
    token: cancellationTokenOf(options.token),
    onFileDone: typeof options.onFileDone === 'function' ? (options.onFileDone as never) : undefined,
  };
}

/** The folder to export: the one given, a DICOMDIR's folder, or one the user picks. */
async function sourceFolder(resource: unknown): Promise<vscode.Uri | undefined> {
  if (isUri(resource)) {
    const stat = await vscode.workspace.fs.stat(resource);
    if (stat.type & vscode.FileType.Directory) return resource;
    // A DICOMDIR (or any file): the folder it describes is the one it is in.
    return resource.with({ path: path.posix.dirname(resource.path) });
  }
  const near = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(process.cwd());
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: near,
    openLabel: vscode.l10n.t('Export This Folder'),
    title: vscode.l10n.t('Export every DICOM image below a folder'),
  });
  return picked?.[0];
}

/** dicomInspector.exportFolder. Resolves with the summary, or undefined when the user backed out. */
export async function exportFolderImages(
  env: ExportEnvironment,
  resource?: unknown,
  rawOptions?: unknown,
): Promise<FolderExportSummary | undefined> {
  const options = folderExportOptions(rawOptions);
  let root: vscode.Uri | undefined;
  try {
    root = await sourceFolder(resource);
  } catch (caught) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read the folder: {0}', reasonOf(caught)));
    return undefined;
  }
  if (!root) return undefined;
  const settings = exportSettings(root);
  const asked = options.target === undefined;
  const format = options.format ?? (asked ? await pickFormat(settings.imageFormat) : settings.imageFormat);
  if (!format) return undefined;
  const layout = options.layout ?? (asked ? await pickLayout(settings.folderLayout) : settings.folderLayout);
  if (!layout) return undefined;
  const output =
    options.target ??
    (await askFolder(
      env.context,
      root,
      vscode.l10n.t('Export the images below {0} to…', fileNameOf(root)),
      vscode.l10n.t('Export Here'),
    ));
  if (!output) return undefined;

  const extension = format === 'png' ? 'png' : 'jpg';
  const request = {
    format,
    quality: settings.jpegQuality,
    cornerText: settings.cornerText,
    hideIdentity: settings.hideIdentity,
    // Each file as the viewer first shows it: overlay planes on (its default).
    render: { overlays: true },
  };
  const names = new UniqueNames();
  const written: vscode.Uri[] = [];
  const skipped: FileOutcome[] = [];
  const failed: FileOutcome[] = [];
  let files = 0;
  let processed = 0;
  let exportedFiles = 0;
  let cancelled = false;
  const outcome = (uri: vscode.Uri, reason: string): FileOutcome => ({
    uri,
    path: relativeTo(root, uri),
    reason,
  });

  await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Exporting the DICOM images below {0}', fileNameOf(root)),
      cancellable: true,
    },
    async (progress, token) => {
      const isCancelled = () => token.isCancellationRequested || !!options.token?.isCancellationRequested;
      progress.report({ message: vscode.l10n.t('Looking for files…') });
      // The output folder may be inside the source folder: what is written there is not read back.
      const exclude = output.path === root.path ? undefined : output;
      const listing = await listFilesBelow(root, exclude, token);
      for (const { uri, reason } of listing.unreadable) failed.push(outcome(uri, reason));
      files = listing.files.length;
      for (const uri of listing.files) {
        if (isCancelled()) break;
        progress.report({
          message: vscode.l10n.t('{0} of {1} files', processed, files),
          increment: processed === 0 ? 0 : 100 / files,
        });
        const result = await exportOneFile(uri, isCancelled, async (relative, bytes) => {
          const target = childUri(output, names.claim(relative));
          await writeAtomically(target, bytes);
          written.push(target);
        });
        if (result.kind === 'skipped') skipped.push(outcome(uri, result.reason));
        else if (result.kind === 'failed') failed.push(outcome(uri, result.reason));
        if (result.exported) exportedFiles++;
        if (result.kind === 'cancelled') break;
        processed++;
        options.onFileDone?.(uri, processed, files);
      }
      progress.report({ message: vscode.l10n.t('{0} of {1} files', processed, files) });
      cancelled = isCancelled() && processed < files;
    },
  );

  const summary: FolderExportSummary = {
    source: root,
    output,
    files,
    processed,
    exportedFiles,
    written,
    skipped,
    failed,
    cancelled,
  };
  report(env, summary);
  return summary;

  /** One file: read, opened in the worker, every frame converted and written. */
  async function exportOneFile(
    uri: vscode.Uri,
    isCancelled: () => boolean,
    write: (relative: string, bytes: Uint8Array) => Promise<void>,
  ): Promise<{ kind: 'done' | 'skipped' | 'failed' | 'cancelled'; reason: string; exported: boolean }> {
    // A local file is read by the worker in parts (a folder may hold big files, DICOM or not); another scheme's
    // file is read whole here.
    let bytes: Uint8Array | undefined;
    if (uri.scheme !== 'file') {
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch (caught) {
        return {
          kind: 'failed',
          reason: vscode.l10n.t('cannot read: {0}', reasonOf(caught)),
          exported: false,
        };
      }
    }
    let source;
    try {
      source = await sourceOfFile(env.worker, uri, bytes);
    } catch (caught) {
      return { kind: 'failed', reason: reasonOf(caught), exported: false };
    }
    try {
      const { probe } = source;
      if (probe.status === 'notDicom')
        return { kind: 'skipped', reason: vscode.l10n.t('not DICOM'), exported: false };
      if (probe.status === 'noImage')
        return { kind: 'skipped', reason: vscode.l10n.t('DICOM without an image'), exported: false };
      if (probe.status === 'problem') return { kind: 'failed', reason: probe.reason ?? '', exported: false };
      const folder = exportFolder(probe.fields, layout as ExportLayout);
      const bad: string[] = [];
      for (let index = 0; index < probe.frames; index++) {
        if (isCancelled()) return { kind: 'cancelled', reason: '', exported: index > 0 };
        let image: Uint8Array;
        try {
          image = await source.image(index, request);
        } catch (caught) {
          bad.push(frameFailureText(index, caught));
          continue;
        }
        if (isCancelled()) return { kind: 'cancelled', reason: '', exported: index > 0 };
        const fields = { ...probe.fields, frame: index, frameCount: probe.frames };
        const name = exportFileName(settings.namePattern, fields, extension);
        try {
          await write([...folder, name].join('/'), image);
        } catch (caught) {
          return {
            kind: 'failed',
            reason: vscode.l10n.t('cannot write {0}: {1}', name, reasonOf(caught)),
            exported: index > 0,
          };
        }
      }
      if (bad.length) {
        const more = bad.length > 1 ? ' ' + vscode.l10n.t('(and {0} more frames)', bad.length - 1) : '';
        return { kind: 'failed', reason: bad[0] + more, exported: bad.length < probe.frames };
      }
      return { kind: 'done', reason: '', exported: true };
    } finally {
      source.release();
    }
  }
}

function report(env: ExportEnvironment, summary: FolderExportSummary): void {
  const where = summary.output.scheme === 'file' ? summary.output.fsPath : summary.output.toString();
  const parts = [
    summary.cancelled
      ? vscode.l10n.t(
          'Export cancelled after {0} of {1} files: {2} images written to {3} stay there; nothing half-written was left.',
          summary.processed,
          summary.files,
          summary.written.length,
          where,
        )
      : vscode.l10n.t(
          'Exported {0} images from {1} DICOM files to {2}.',
          summary.written.length,
          summary.exportedFiles,
          where,
        ),
  ];
  if (summary.skipped.length === 1) parts.push(vscode.l10n.t('Skipped 1 file that is not a DICOM image.'));
  else if (summary.skipped.length > 1)
    parts.push(vscode.l10n.t('Skipped {0} files that are not DICOM images.', summary.skipped.length));
  if (summary.failed.length) parts.push(vscode.l10n.t('{0} failed.', summary.failed.length));
  const text = parts.join(' ');
  const lines: string[] = [text, ''];
  if (summary.failed.length) {
    lines.push(vscode.l10n.t('Failed:'));
    for (const failure of summary.failed) lines.push(`  ${failure.path}: ${failure.reason}`);
    lines.push('');
    env.log.warn(`Folder export: ${summary.failed.length} file(s) failed`);
    // The reasons can quote the files (the details document shows them whole); the log only with logValues.
    for (const failure of summary.failed)
      env.log.warn(`  ${failure.path}: ${textForLog(failure.reason, 'failed')}`);
  }
  if (summary.skipped.length) {
    lines.push(vscode.l10n.t('Skipped:'));
    for (const skip of summary.skipped) lines.push(`  ${skip.path}: ${skip.reason}`);
    lines.push('');
  }
  const details = summary.failed.length || summary.skipped.length ? lines.join('\n') : undefined;
  announceResult(text, summary.failed.length > 0, details);
}
