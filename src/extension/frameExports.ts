// Exports of one frame: "Export Frame" (JPEG or PNG of what is seen: the window, VOI LUT, invert, rotation and
// flips the inspector shows, at the image's native resolution), "Export Frame as 16-bit PNG" (modality or
// stored values, for analysis) and "Export Frame Bitstream" (the frame's encoded bytes as they are in the file;
// the webview's save button takes the same path). Each takes (resource?, options?) so it runs without a dialog
// when options.target is given, and resolves with the Uri written (undefined when cancelled or failed).
// Decoding and encoding happen in the document worker.

import * as vscode from 'vscode';
import {
  exportFileName,
  orientationFromView,
  type ExportRenderOptions,
  type ValueKind,
} from '../dicom/export';
import { isRgb, type ShownView } from '../shared/protocol';
import { asRecord, askSaveTarget, fileNameOf, isUri, reasonOf, subjectUri } from './commandTargets';
import { textForLog } from './logPrivacy';
import type { DicomDocument } from './dicomDocument';
import type { DocumentWorker } from './documentWorker';
import { writeAtomically } from './exportFiles';
import type { ExportProbe } from './exportJobs';
import { exportSettings, formatOfExtension, isPictureFormat, type PictureFormat } from './exportSettings';
import { openExportSource, sourceOfDocument, type ExportSource, type OpenInspectors } from './exportSource';

/** What every export command needs from the extension. */
export interface ExportEnvironment {
  readonly context: vscode.ExtensionContext;
  readonly worker: DocumentWorker;
  readonly inspectors: OpenInspectors;
  readonly log: vscode.LogOutputChannel;
}

/** Options of the frame export commands (all optional; what is given replaces a dialog or the shown state). */
export interface FrameExportOptions {
  /** Where to write: no save dialog. Its extension picks PNG or JPEG for exportFrame. */
  readonly target?: vscode.Uri;
  /** exportFrame: the format when the target's extension names none (default: the imageFormat setting). */
  readonly format?: PictureFormat;
  /** Frame index from 0 (default: the frame the inspector shows, else 0). */
  readonly frame?: number;
  /** The view to export (default: the one the inspector shows, else the file's default rendering). */
  readonly view?: ShownView;
  /** exportFrame: burn in corner text (default: the cornerText setting). */
  readonly cornerText?: boolean;
  /** exportFrame16: modality values (default when not asked) or stored values. */
  readonly values?: ValueKind;
}

/** A view as the webview reports it (protocol.ts checks the webview's; this one is for command arguments). */
export function isShownViewLike(value: unknown): value is ShownView {
  const view = asRecord(value);
  const window = view.window === null ? null : asRecord(view.window);
  return (
    (window === null || (Number.isFinite(window.center) && Number.isFinite(window.width))) &&
    (view.voiLutIndex === null || Number.isSafeInteger(view.voiLutIndex)) &&
    typeof view.invert === 'boolean' &&
    [0, 1, 2, 3].includes(view.rotation as number) &&
    typeof view.flipH === 'boolean' &&
    typeof view.flipV === 'boolean' &&
    (view.overlays === undefined || typeof view.overlays === 'boolean') &&
    (view.overlayColour === undefined || isRgb(view.overlayColour))
  );
}

/** Reads the options argument defensively: commands can be run by anyone with anything. */
export function frameExportOptions(value: unknown): FrameExportOptions {
  const options = asRecord(value);
  const frame = options.frame;
  return {
    target: isUri(options.target) ? options.target : undefined,
    format: isPictureFormat(options.format) ? options.format : undefined,
    frame: Number.isSafeInteger(frame) && (frame as number) >= 0 ? (frame as number) : undefined,
    view: isShownViewLike(options.view) ? options.view : undefined,
    cornerText: typeof options.cornerText === 'boolean' ? options.cornerText : undefined,
    values: options.values === 'stored' || options.values === 'modality' ? options.values : undefined,
  };
}

/** The render options of a view as the webview reported it (none: the file's default rendering). Overlay
 *  planes are burned in unless the view says they are hidden: the viewer opens with them shown, so a file
 *  exported without an open inspector (or from an older webview) comes out as it would first be seen. */
export function renderOfView(view: ShownView | undefined): ExportRenderOptions {
  if (!view) return { overlays: true };
  return {
    window: view.window ?? undefined,
    voiLutIndex: view.voiLutIndex ?? undefined,
    invert: view.invert,
    ...orientationFromView(view),
    overlays: view.overlays ?? true,
    overlayColour: view.overlayColour,
  };
}

export const noFileMessage = (): string =>
  vscode.l10n.t('Open a DICOM file in the inspector, or pick one in the explorer.');

/** Why a file has nothing to export, for the user; undefined when it has an image. */
export function nothingToExport(uri: vscode.Uri, probe: ExportProbe): string | undefined {
  const file = fileNameOf(uri);
  switch (probe.status) {
    case 'image':
      return probe.frames > 0 ? undefined : vscode.l10n.t('{0} has no frames to export.', file);
    case 'notDicom':
      return vscode.l10n.t('{0} is not a DICOM file.', file);
    case 'noImage':
      return vscode.l10n.t('{0} has no image to export.', file);
    case 'problem':
      return vscode.l10n.t(
        '{0} cannot be exported: {1}.',
        file,
        textForLog(probe.reason ?? '', 'its image cannot be read'),
      );
  }
}

/** Runs `job` on the command's file, opened for the export and released after; failures become a message. */
async function withSource<T>(
  env: ExportEnvironment,
  resource: unknown,
  what: string,
  job: (source: ExportSource) => Promise<T | undefined>,
): Promise<T | undefined> {
  const uri = subjectUri(resource);
  if (!uri) {
    void vscode.window.showInformationMessage(noFileMessage());
    return undefined;
  }
  let source: ExportSource | undefined;
  try {
    source = await openExportSource(env.inspectors, env.worker, uri);
    return await job(source);
  } catch (caught) {
    const reason = reasonOf(caught);
    env.log.warn(`${what} failed: ${reason}`);
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Could not export from {0}: {1}', fileNameOf(uri), reason),
    );
    return undefined;
  } finally {
    source?.release();
  }
}

/** The frame a command exports: the one asked for, else the one on screen, else the first. Undefined (with a
 *  message) when it does not exist. */
function frameToExport(source: ExportSource, options: FrameExportOptions): number | undefined {
  const index = options.frame ?? source.shown?.index ?? 0;
  if (index < source.probe.frames) return index;
  void vscode.window.showErrorMessage(
    vscode.l10n.t(
      'Frame {0} does not exist: {1} has {2} frame(s), counted from 0.',
      index,
      fileNameOf(source.uri),
      source.probe.frames,
    ),
  );
  return undefined;
}

function suggestedName(source: ExportSource, index: number, extension: string, suffix = ''): string {
  const pattern = exportSettings(source.uri).namePattern + suffix;
  return exportFileName(
    pattern,
    { ...source.probe.fields, frame: index, frameCount: source.probe.frames },
    extension,
  );
}

function saved(target: vscode.Uri): void {
  vscode.window.setStatusBarMessage(vscode.l10n.t('Saved {0}', fileNameOf(target)), 4000);
}

const PNG_FILTER = (): [string, string[]] => [vscode.l10n.t('PNG image'), ['png']];
const JPEG_FILTER = (): [string, string[]] => [vscode.l10n.t('JPEG image'), ['jpg', 'jpeg']];

/** dicomInspector.exportFrame: the frame as seen, as PNG or JPEG. */
export function exportFrame(env: ExportEnvironment, resource?: unknown, rawOptions?: unknown) {
  const options = frameExportOptions(rawOptions);
  return withSource(env, resource, 'Export frame', async (source) => {
    const problem = nothingToExport(source.uri, source.probe);
    if (problem) return void vscode.window.showErrorMessage(problem);
    const index = frameToExport(source, options);
    if (index === undefined) return undefined;
    const settings = exportSettings(source.uri);
    const preferred = options.format ?? settings.imageFormat;
    let target = options.target;
    if (!target) {
      const filters = Object.fromEntries(
        preferred === 'png' ? [PNG_FILTER(), JPEG_FILTER()] : [JPEG_FILTER(), PNG_FILTER()],
      );
      const extension = preferred === 'png' ? 'png' : 'jpg';
      target = await askSaveTarget(
        env.context,
        source.uri,
        suggestedName(source, index, extension),
        filters,
        vscode.l10n.t('Export frame {0} of {1} as an image', index + 1, source.probe.frames),
      );
      if (!target) return undefined;
    }
    const format = formatOfExtension(target) ?? preferred;
    if (!formatOfExtension(target)) {
      target = target.with({ path: `${target.path}.${format === 'png' ? 'png' : 'jpg'}` });
    }
    const bytes = await source.image(index, {
      format,
      quality: settings.jpegQuality,
      render: renderOfView(options.view ?? source.shown?.view),
      cornerText: options.cornerText ?? settings.cornerText,
      hideIdentity: settings.hideIdentity,
    });
    await writeAtomically(target, bytes);
    saved(target);
    return target;
  });
}

/** dicomInspector.exportFrame16: modality (or stored) values as a 16-bit grey PNG, in the file's own pixel grid
 *  (no rotation or flip, so that pixel coordinates match the DICOM's), for analysis. Refuses colour images. */
export function exportFrame16(env: ExportEnvironment, resource?: unknown, rawOptions?: unknown) {
  const options = frameExportOptions(rawOptions);
  return withSource(env, resource, 'Export 16-bit frame', async (source) => {
    const problem = nothingToExport(source.uri, source.probe);
    if (problem) return void vscode.window.showErrorMessage(problem);
    if (source.probe.colour) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          '{0} is a colour image: a 16-bit PNG holds one grey value per pixel. Use "Export Frame" for a PNG or JPEG of it.',
          fileNameOf(source.uri),
        ),
      );
      return undefined;
    }
    const index = frameToExport(source, options);
    if (index === undefined) return undefined;
    let values = options.values;
    if (!values) {
      const picked = await vscode.window.showQuickPick(
        [
          {
            label: vscode.l10n.t('Modality values'),
            description: vscode.l10n.t('after Rescale Slope/Intercept or the Modality LUT (HU for CT)'),
            values: 'modality' as const,
          },
          {
            label: vscode.l10n.t('Stored values'),
            description: vscode.l10n.t('the pixel values as stored in the file'),
            values: 'stored' as const,
          },
        ],
        { title: vscode.l10n.t('Which values should the 16-bit PNG hold?') },
      );
      if (!picked) return undefined;
      values = picked.values;
    }
    const target =
      options.target ??
      (await askSaveTarget(
        env.context,
        source.uri,
        suggestedName(source, index, 'png', '-16bit'),
        Object.fromEntries([PNG_FILTER()]),
        vscode.l10n.t('Export frame {0} of {1} as a 16-bit PNG', index + 1, source.probe.frames),
      ));
    if (!target) return undefined;
    const bytes = await source.image(index, { format: 'png16', values });
    await writeAtomically(target, bytes);
    saved(target);
    return target;
  });
}

/** Why a file's frames cannot be saved as they are, for the user; undefined when they can. */
function bitstreamProblem(source: ExportSource): string | undefined {
  if (source.probe.canSaveBitstream) return undefined;
  return (
    nothingToExport(source.uri, source.probe) ??
    vscode.l10n.t('{0} has no pixel data to save.', fileNameOf(source.uri))
  );
}

/** Saves a frame's encoded bytes: the command, and the webview's save button (through the editor provider). */
async function saveBitstream(
  env: Pick<ExportEnvironment, 'context'>,
  source: ExportSource,
  options: FrameExportOptions,
): Promise<vscode.Uri | undefined> {
  const problem = bitstreamProblem(source);
  if (problem) return void vscode.window.showErrorMessage(problem);
  const index = frameToExport(source, options);
  if (index === undefined) return undefined;
  const { bytes, extension } = await source.bitstream(index);
  const target =
    options.target ??
    (await askSaveTarget(
      env.context,
      source.uri,
      suggestedName(source, index, extension),
      { [vscode.l10n.t('Frame bitstream')]: [extension], [vscode.l10n.t('All files')]: ['*'] },
      vscode.l10n.t('Save the encoded bytes of frame {0} of {1}', index + 1, source.probe.frames),
    ));
  if (!target) return undefined;
  await writeAtomically(target, bytes);
  saved(target);
  return target;
}

/** dicomInspector.exportBitstream. */
export function exportBitstream(env: ExportEnvironment, resource?: unknown, rawOptions?: unknown) {
  const options = frameExportOptions(rawOptions);
  return withSource(env, resource, 'Export bitstream', (source) => saveBitstream(env, source, options));
}

/** The webview's "save bitstream" button: the frame it shows, of the document it shows. */
export async function saveFrameBitstream(
  context: vscode.ExtensionContext,
  document: DicomDocument,
  index: number,
  target: vscode.Uri | undefined,
  log: vscode.LogOutputChannel,
): Promise<vscode.Uri | undefined> {
  try {
    const source = await sourceOfDocument(document, undefined);
    return await saveBitstream({ context }, source, { frame: index, target });
  } catch (caught) {
    const reason = reasonOf(caught);
    log.warn(`Could not save the bitstream of frame ${index + 1}: ${reason}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not save frame {0}: {1}', index + 1, reason));
    return undefined;
  }
}
