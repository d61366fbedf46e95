// "Export All Frames": every frame of a file, as seen in the inspector (its window, VOI LUT, invert, rotation and
// flips apply to every frame), to one folder as numbered PNG or JPEG files named by the naming pattern
// ({file}-frame{frame}: frame000 … frame299, counted from 0). A progress notification with Cancel.
//
// Nothing half-written is left behind: each file is written to NAME.partial and renamed when complete, and a
// failed or cancelled write removes its .partial (exportFiles.ts). Files completed before a Cancel stay: each
// is a whole, valid image, and the closing message says how many there are. A frame that cannot be decoded is
// reported and the others are still exported; a write failure (disk full, no permission) stops the run.

import * as vscode from 'vscode';
import { exportFileName, UniqueNames } from '../dicom/export';
import type { ShownView } from '../shared/protocol';
import { asRecord, cancellationTokenOf, fileNameOf, isUri, reasonOf } from './commandTargets';
import { frameFailureText } from './frameText';
import { textForLog } from './logPrivacy';
import { childUri, writeAtomically } from './exportFiles';
import { announceResult, askFolder, pickFormat } from './exportPicks';
import { exportSettings, isPictureFormat, type PictureFormat } from './exportSettings';
import type { ExportSource } from './exportSource';
import { isShownViewLike, nothingToExport, renderOfView, type ExportEnvironment } from './frameExports';

export interface AllFramesOptions {
  /** The folder to write to: no folder dialog. */
  readonly folder?: vscode.Uri;
  /** PNG or JPEG (default: asked, or the imageFormat setting when `folder` is given). */
  readonly format?: PictureFormat;
  /** The view to apply (default: the one the inspector shows). */
  readonly view?: ShownView;
  /** Cancels the run like the notification's Cancel (for tests and other extensions). */
  readonly token?: vscode.CancellationToken;
  /** Called after each file is complete under its final name. */
  readonly onFileWritten?: (uri: vscode.Uri, written: number, total: number) => void;
}

export interface AllFramesResult {
  readonly folder: vscode.Uri;
  /** Complete files, in frame order. */
  readonly written: vscode.Uri[];
  /** Frames that could not be exported, with the reason. */
  readonly failed: { readonly frame: number; readonly reason: string }[];
  readonly cancelled: boolean;
}

export function allFramesOptions(value: unknown): AllFramesOptions {
  const options = asRecord(value);
  return {
    folder: isUri(options.folder) ? options.folder : undefined,
    format: isPictureFormat(options.format) ? options.format : undefined,
    view: isShownViewLike(options.view) ? options.view : undefined,
    token: cancellationTokenOf(options.token),
    onFileWritten: typeof options.onFileWritten === 'function' ? (options.onFileWritten as never) : undefined,
  };
}

/** Exports every frame of `source`; resolves with what was written (undefined when the user backed out). */
export async function exportAllFrames(
  env: ExportEnvironment,
  source: ExportSource,
  options: AllFramesOptions,
): Promise<AllFramesResult | undefined> {
  const problem = nothingToExport(source.uri, source.probe);
  if (problem) return void vscode.window.showErrorMessage(problem);
  const settings = exportSettings(source.uri);
  const format =
    options.format ?? (options.folder ? settings.imageFormat : await pickFormat(settings.imageFormat));
  if (!format) return undefined;
  const folder =
    options.folder ??
    (await askFolder(
      env.context,
      source.uri,
      vscode.l10n.t('Export all frames of {0} to…', fileNameOf(source.uri)),
      vscode.l10n.t('Export Here'),
    ));
  if (!folder) return undefined;

  const total = source.probe.frames;
  const extension = format === 'png' ? 'png' : 'jpg';
  const names = new UniqueNames();
  const request = {
    format,
    quality: settings.jpegQuality,
    render: renderOfView(options.view ?? source.shown?.view),
    cornerText: settings.cornerText,
    hideIdentity: settings.hideIdentity,
  };
  const written: vscode.Uri[] = [];
  const failed: { frame: number; reason: string }[] = [];
  let cancelled = false;

  await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Exporting {0} frames of {1}', total, fileNameOf(source.uri)),
      cancellable: true,
    },
    async (progress, token) => {
      const isCancelled = () => token.isCancellationRequested || !!options.token?.isCancellationRequested;
      await vscode.workspace.fs.createDirectory(folder);
      for (let index = 0; index < total; index++) {
        if (isCancelled()) break;
        progress.report({
          message: vscode.l10n.t('{0} of {1} frames', index, total),
          increment: index === 0 ? 0 : 100 / total,
        });
        let bytes: Uint8Array;
        try {
          bytes = await source.image(index, request);
        } catch (caught) {
          failed.push({ frame: index, reason: frameFailureText(index, caught) });
          continue;
        }
        // Cancelled while the frame was being encoded: it is not written at all.
        if (isCancelled()) break;
        const fields = { ...source.probe.fields, frame: index, frameCount: total };
        const target = childUri(folder, names.claim(exportFileName(settings.namePattern, fields, extension)));
        try {
          await writeAtomically(target, bytes);
        } catch (caught) {
          failed.push({
            frame: index,
            reason: vscode.l10n.t('cannot write {0}: {1}', fileNameOf(target), reasonOf(caught)),
          });
          break;
        }
        written.push(target);
        options.onFileWritten?.(target, written.length, total);
      }
      progress.report({ message: vscode.l10n.t('{0} of {1} frames', written.length, total) });
      cancelled = isCancelled() && written.length + failed.length < total;
    },
  );

  const result: AllFramesResult = { folder, written, failed, cancelled };
  report(env, source, result, total);
  return result;
}

function report(env: ExportEnvironment, source: ExportSource, result: AllFramesResult, total: number): void {
  const file = fileNameOf(source.uri);
  const where = result.folder.scheme === 'file' ? result.folder.fsPath : result.folder.toString();
  let text: string;
  if (result.cancelled) {
    text = vscode.l10n.t(
      'Export cancelled: {0} of {1} frames of {2} were written to {3} and stay there; nothing half-written was left.',
      result.written.length,
      total,
      file,
      where,
    );
  } else {
    text = vscode.l10n.t(
      'Exported {0} of {1} frames of {2} to {3}.',
      result.written.length,
      total,
      file,
      where,
    );
  }
  const lines = result.failed.map(({ frame, reason }) => `frame ${frame}: ${reason}`);
  if (lines.length) {
    text += ' ' + vscode.l10n.t('{0} failed.', lines.length);
    env.log.warn(`Export all frames of ${file}: ${lines.length} failed`);
    // The reasons can quote the file (the details document shows them whole); the log only with logValues.
    for (const { frame, reason } of result.failed)
      env.log.warn(`  frame ${frame}: ${textForLog(reason, 'failed')}`);
  }
  const details = lines.length ? `${text}\n\n${lines.join('\n')}\n` : undefined;
  announceResult(text, lines.length > 0, details);
}
