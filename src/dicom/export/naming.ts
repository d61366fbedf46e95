// Names of exported files: a pattern with {placeholders} filled from the file's attributes, made safe for every
// common file system (no path separators, no control or Windows-reserved characters, no reserved device names,
// a length cap), and made unique within one export run.
//
// Frames are numbered from 0, as the CLI's --frame and `frame` command count them, zero-padded to the width of
// the last frame's number so that a folder lists them in order (frame000 … frame299).

export interface ExportNameFields {
  /** The source file's name without its directory and without a .dcm/.dicom/.dic extension. */
  readonly file: string;
  /** Frame number counted from 0; absent for whole-file exports (header JSON, dump). */
  readonly frame?: number;
  /** Number of frames in the file, for the zero-padding of {frame}. */
  readonly frameCount?: number;
  readonly patientId?: string;
  readonly patientName?: string;
  /** Study Instance UID. */
  readonly study?: string;
  readonly studyDate?: string;
  readonly studyDescription?: string;
  /** Series Number. */
  readonly series?: string;
  readonly seriesDescription?: string;
  readonly seriesUid?: string;
  /** Instance Number. */
  readonly instance?: string;
  /** SOP Instance UID. */
  readonly sopInstanceUid?: string;
  readonly modality?: string;
}

export const DEFAULT_NAME_PATTERN = '{file}-frame{frame}';

/** The placeholders a pattern may use. */
export const NAME_PLACEHOLDERS: readonly string[] = [
  'file',
  'frame',
  'patientId',
  'patientName',
  'study',
  'studyDate',
  'studyDescription',
  'series',
  'seriesDescription',
  'seriesUid',
  'instance',
  'sopInstanceUid',
  'modality',
];

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The placeholders in `pattern` that are not known (empty when the pattern is fine). */
export function unknownPlaceholders(pattern: string): string[] {
  const unknown: string[] = [];
  for (const match of pattern.matchAll(PLACEHOLDER)) {
    if (!NAME_PLACEHOLDERS.includes(match[1]) && !unknown.includes(match[1])) unknown.push(match[1]);
  }
  return unknown;
}

/** {frame}'s text: counted from 0, padded to the width of the last frame number. */
export function frameNumberText(frame: number, frameCount?: number): string {
  const width = frameCount && frameCount > 1 ? String(frameCount - 1).length : 1;
  return String(frame).padStart(width, '0');
}

/** Longest name stem in UTF-8 bytes: well under the 255 bytes most file systems allow, leaving room for the
 *  extension, a " (2)" made for uniqueness and a ".partial" while writing. */
export const MAX_NAME_BYTES = 150;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** One path segment safe on Linux, macOS and Windows: separators, control, bidirectional-control and reserved
 *  characters become '_',
 *  runs of spaces one space, no leading or trailing dots or spaces, no device names, at most MAX_NAME_BYTES bytes
 *  of UTF-8 (cut at a character boundary). Never empty: '_' stands for nothing. */
export function sanitizeName(text: string, maxBytes = MAX_NAME_BYTES): string {
  // Bidirectional controls too: a right-to-left override in a value could make "x<RLO>gnp.exe" show as a PNG.
  let name = text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069/\\:*?"<>|]/g,
    '_',
  );
  name = name.replace(/\s+/g, ' ').trim();
  name = name.replace(/^[. ]+/, '').replace(/[. ]+$/, '');
  name = truncateUtf8(name, maxBytes).replace(/[. ]+$/, '');
  if (name === '') return '_';
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  return name;
}

function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

/** Strips a DICOM extension (.dcm, .dicom, .dic, any case) from a file's base name. */
export function fileStem(baseName: string): string {
  return baseName.replace(/\.(dcm|dicom|dic)$/i, '');
}

/** Fills the pattern and sanitises the result; `extension` (without the dot) is appended. Unknown
 *  placeholders and absent values become ''. Without a {frame} in the pattern, a frame number is still added
 *  (as -frameN) so that the frames of one file never overwrite each other. */
export function exportFileName(pattern: string, fields: ExportNameFields, extension?: string): string {
  const fill = (name: string): string => {
    if (name === 'frame')
      return fields.frame === undefined ? '' : frameNumberText(fields.frame, fields.frameCount);
    const value = (fields as unknown as Record<string, unknown>)[name];
    return typeof value === 'string' ? value.trim() : '';
  };
  let stem = pattern.replace(PLACEHOLDER, (_, name: string) => fill(name));
  if (fields.frame !== undefined && (fields.frameCount ?? 2) > 1 && !/\{frame\}/.test(pattern)) {
    stem += `-frame${frameNumberText(fields.frame, fields.frameCount)}`;
  }
  const safe = sanitizeName(stem);
  return extension ? `${safe}.${extension}` : safe;
}

/** Hands out names unique within one export (compared without case, as on Windows and macOS). */
export class UniqueNames {
  private readonly taken = new Set<string>();

  /** Marks a relative path (segments joined with '/') as used without claiming it. */
  reserve(relativePath: string): void {
    this.taken.add(relativePath.toLowerCase());
  }

  /** Returns `relativePath`, or, when taken, the same with " (2)", " (3)"… before the extension. */
  claim(relativePath: string): string {
    let candidate = relativePath;
    const slash = relativePath.lastIndexOf('/');
    const dot = relativePath.lastIndexOf('.');
    const split = dot > slash + 1 ? dot : relativePath.length;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) {
      candidate = `${relativePath.slice(0, split)} (${n})${relativePath.slice(split)}`;
    }
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}
