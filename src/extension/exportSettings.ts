// The export settings (contributes.configuration "dicomInspector.export.*"), read fresh for each command so a
// change applies to the next export without a reload. Values that are out of range or of the wrong type fall
// back to the defaults rather than failing an export.

import * as vscode from 'vscode';
import { DEFAULT_JPEG_QUALITY, DEFAULT_NAME_PATTERN, type ExportLayout } from '../dicom/export';
import { hidePatientIdentity } from './privacySettings';

export type PictureFormat = 'png' | 'jpeg';

export interface ExportSettings {
  /** 1-100. */
  readonly jpegQuality: number;
  readonly imageFormat: PictureFormat;
  readonly namePattern: string;
  readonly cornerText: boolean;
  /** Corner text burned in leaves out identifying values (the privacy.hidePatientIdentity setting). */
  readonly hideIdentity: boolean;
  readonly folderLayout: ExportLayout;
}

export function exportSettings(scope?: vscode.Uri): ExportSettings {
  const config = vscode.workspace.getConfiguration('dicomInspector.export', scope);
  const quality = config.get<number>('jpegQuality', DEFAULT_JPEG_QUALITY);
  const format = config.get<string>('imageFormat', 'png');
  const pattern = config.get<string>('namePattern', DEFAULT_NAME_PATTERN);
  const layout = config.get<string>('folderLayout', 'flat');
  return {
    jpegQuality:
      typeof quality === 'number' && Number.isFinite(quality)
        ? Math.min(100, Math.max(1, Math.round(quality)))
        : DEFAULT_JPEG_QUALITY,
    imageFormat: format === 'jpeg' ? 'jpeg' : 'png',
    namePattern: typeof pattern === 'string' && pattern.trim() !== '' ? pattern : DEFAULT_NAME_PATTERN,
    cornerText: config.get<boolean>('cornerText', false) === true,
    hideIdentity: hidePatientIdentity(),
    folderLayout: layout === 'patient' ? 'patient' : 'flat',
  };
}

/** The picture format a target file's extension asks for, undefined when it names neither. */
export function formatOfExtension(uri: vscode.Uri): PictureFormat | undefined {
  const match = /\.([^./]+)$/.exec(uri.path);
  const extension = match?.[1].toLowerCase();
  if (extension === 'png') return 'png';
  if (extension === 'jpg' || extension === 'jpeg' || extension === 'jpe') return 'jpeg';
  return undefined;
}

export function isPictureFormat(value: unknown): value is PictureFormat {
  return value === 'png' || value === 'jpeg';
}
