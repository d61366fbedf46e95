// The export command's options, read and checked before anything is written.

import {
  DEFAULT_JPEG_QUALITY,
  DEFAULT_NAME_PATTERN,
  unknownPlaceholders,
  type ExportFormat,
  type ExportLayout,
  type Rotation,
  type ValueKind,
} from '../dicom/export';
import type { DisplayWindow } from '../dicom/pixels/imageTypes';

export interface ExportArgs {
  readonly paths: readonly string[];
  readonly format: ExportFormat;
  readonly out: string;
  /** 'all', or one frame counted from 0. */
  readonly frames: 'all' | number;
  readonly window?: DisplayWindow;
  readonly quality: number;
  readonly layout: ExportLayout;
  readonly pattern: string;
  readonly values: ValueKind;
  readonly rotation: Rotation;
  readonly flipHorizontal: boolean;
  readonly flipVertical: boolean;
  readonly invert: boolean;
  /** Burn the viewer's corner text into jpeg and png images. */
  readonly cornerText: boolean;
  /** Burn the overlay planes (60xx) into jpeg and png images, as the viewer shows them. */
  readonly overlays: boolean;
}

export const EXPORT_FLAGS = [
  '--format',
  '--out',
  '-o',
  '--output',
  '--frames',
  '--window',
  '--quality',
  '--layout',
  '--pattern',
  '--values',
  '--rotate',
  '--flip',
  '--invert',
  '--corner-text',
  '--overlays',
];

export const EXPORT_VALUE_FLAGS = [
  '--format',
  '--out',
  '--frames',
  '--layout',
  '--pattern',
  '--values',
  '--rotate',
  '--flip',
];

export class ExportUsageError extends Error {}

const FORMATS: readonly ExportFormat[] = ['jpeg', 'png', 'png16', 'json', 'dump', 'bitstream'];

/** Reads the options; throws ExportUsageError with a one-line message. */
export function exportArgs(paths: readonly string[], flags: Map<string, string | true>): ExportArgs {
  const value = (name: string): string | undefined => {
    const given = flags.get(name);
    if (given === true) throw new ExportUsageError(`${name} needs a value`);
    return given;
  };
  if (!paths.length) throw new ExportUsageError('export needs at least one PATH (a file or a folder)');
  const outs = ['--out', '-o', '--output'].filter((name) => flags.has(name));
  if (outs.length > 1) throw new ExportUsageError(`${outs[0]} and ${outs[1]} both name the output folder`);
  const out = outs.length ? value(outs[0]) : undefined;
  if (!out) throw new ExportUsageError('export needs --out DIR');

  const formatText = value('--format') ?? 'png';
  const format = FORMATS.find((f) => f === formatText);
  if (!format)
    throw new ExportUsageError(`--format must be one of ${FORMATS.join(', ')}, got "${formatText}"`);
  const image = format === 'jpeg' || format === 'png' || format === 'png16';
  const perFrame = image || format === 'bitstream';

  const framesText = value('--frames') ?? 'all';
  let frames: 'all' | number = 'all';
  if (framesText !== 'all') {
    frames = Number(framesText);
    if (!/^\d+$/.test(framesText) || !Number.isSafeInteger(frames))
      throw new ExportUsageError(
        `--frames needs "all" or a frame number counted from 0, got "${framesText}"`,
      );
  }
  if (!perFrame && flags.has('--frames')) throw new ExportUsageError(`--frames does not apply to ${format}`);

  let window: DisplayWindow | undefined;
  const windowText = value('--window');
  if (windowText !== undefined) {
    const parts = windowText.split(',').map((part) => Number(part.trim()));
    if (parts.length !== 2 || parts.some((part) => !Number.isFinite(part)) || !(parts[1] > 0)) {
      throw new ExportUsageError(`--window needs CENTER,WIDTH with a positive width, got "${windowText}"`);
    }
    window = { center: parts[0], width: parts[1] };
    if (format !== 'jpeg' && format !== 'png') throw new ExportUsageError('--window applies to jpeg and png');
  }
  if (flags.has('--invert') && format !== 'jpeg' && format !== 'png')
    throw new ExportUsageError('--invert applies to jpeg and png');
  if (flags.has('--corner-text') && format !== 'jpeg' && format !== 'png')
    throw new ExportUsageError('--corner-text applies to jpeg and png');
  if (flags.has('--overlays') && format !== 'jpeg' && format !== 'png')
    throw new ExportUsageError('--overlays applies to jpeg and png');

  const qualityText = value('--quality') ?? String(DEFAULT_JPEG_QUALITY);
  const quality = Number(qualityText);
  if (!(Number.isInteger(quality) && quality >= 1 && quality <= 100))
    throw new ExportUsageError(`--quality needs a whole number from 1 to 100, got "${qualityText}"`);
  if (format !== 'jpeg' && flags.has('--quality')) throw new ExportUsageError('--quality applies to jpeg');

  const layoutText = value('--layout') ?? 'flat';
  if (layoutText !== 'flat' && layoutText !== 'patient')
    throw new ExportUsageError(`--layout must be flat or patient, got "${layoutText}"`);

  const pattern = value('--pattern') ?? (perFrame ? DEFAULT_NAME_PATTERN : '{file}');
  const unknown = unknownPlaceholders(pattern);
  if (unknown.length) throw new ExportUsageError(`--pattern: unknown placeholder {${unknown[0]}}`);
  if (pattern.trim() === '') throw new ExportUsageError('--pattern is empty');

  const valuesText = value('--values') ?? 'modality';
  if (valuesText !== 'modality' && valuesText !== 'stored')
    throw new ExportUsageError(`--values must be modality or stored, got "${valuesText}"`);
  if (format !== 'png16' && flags.has('--values')) throw new ExportUsageError('--values applies to png16');

  const rotateText = value('--rotate') ?? '0';
  const rotation = Number(rotateText);
  if (![0, 90, 180, 270].includes(rotation) || !/^\d+$/.test(rotateText))
    throw new ExportUsageError(`--rotate must be 0, 90, 180 or 270 (clockwise), got "${rotateText}"`);
  const flipText = value('--flip');
  if (flipText !== undefined && !['h', 'v', 'hv', 'vh'].includes(flipText))
    throw new ExportUsageError(`--flip must be h, v or hv, got "${flipText}"`);
  if (!image && (flags.has('--rotate') || flags.has('--flip')))
    throw new ExportUsageError('--rotate and --flip apply to jpeg, png and png16');

  return {
    paths,
    format,
    out,
    frames,
    window,
    quality,
    layout: layoutText,
    pattern,
    values: valuesText,
    rotation: rotation as Rotation,
    flipHorizontal: flipText?.includes('h') === true,
    flipVertical: flipText?.includes('v') === true,
    invert: flags.has('--invert'),
    cornerText: flags.has('--corner-text'),
    overlays: flags.has('--overlays'),
  };
}
