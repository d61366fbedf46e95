// `dicom-inspect export PATH... --out DIR`: every DICOM file named or found below the folders given, written as
// images (one file per frame), 16-bit PNGs, DICOM JSON, text dumps or raw frame bitstreams, flat or in
// Patient/Study/Series folders. Files that are not DICOM are skipped quietly when found in a folder; named
// ones are failures. One file's failure never stops the others: the summary at the end lists each with its
// reason, and the exit code is 1 if anything failed. Every file is written through NAME.partial and a rename.

import * as path from 'node:path';
import {
  cornerTextsFor,
  dicomDirReferences,
  encodeFrameImage,
  exportExtension,
  exportFields,
  exportFileName,
  exportFolder,
  headerDump,
  headerJson,
  isDicomDir,
  looksLikeDicom,
  UniqueNames,
  utf8,
  type ExportNameFields,
} from '../dicom/export';
import type { DicomFile } from '../dicom/model';
import { parseDicom } from '../dicom/parser';
import { decodeFrame, frameBitstream } from '../dicom/pixels/decodeFrame';
import { imageInfoOf } from '../dicom/pixels/imageInfoOf';
import type { ImageInfo } from '../dicom/pixels/imageTypes';
import type { ExportArgs } from './exportArgs';
import { writeAtomically, type ExportFs } from './exportFs';
import { describeFrameError } from './imageReport';

export interface ExportIo {
  readonly fs: ExportFs;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Set on a terminal: receives the progress line (starting with \r), updated a few times a second. */
  progress?(text: string): void;
}

export interface ExportFailure {
  readonly file: string;
  readonly reason: string;
}

export interface ExportResult {
  /** Files written. */
  readonly written: number;
  /** DICOM files read (whatever came of them). */
  readonly dicomFiles: number;
  readonly notDicom: number;
  /** DICOM files without an image, skipped by image exports (DICOMDIR, SR…). */
  readonly noImage: number;
  readonly failures: readonly ExportFailure[];
}

interface Input {
  readonly file: string;
  /** Named on the command line (not found in a folder): a non-DICOM file is then a failure. */
  readonly named: boolean;
}

/** Files to export: those named, and every file below the folders named (sorted, the output folder left out). */
function collectInputs(args: ExportArgs, io: ExportFs, failures: ExportFailure[]): Input[] {
  const inputs: Input[] = [];
  const out = path.resolve(args.out);
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = io.list(dir).sort();
    } catch (caught) {
      failures.push({ file: dir, reason: `cannot list the folder: ${errnoText(caught)}` });
      return;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const kind = io.kind(file);
      if (kind === 'directory') {
        if (path.resolve(file) !== out) walk(file);
      } else if (kind === 'file') {
        inputs.push({ file, named: false });
      }
    }
  };
  for (const given of args.paths) {
    const kind = io.kind(given);
    if (kind === 'file') inputs.push({ file: given, named: true });
    else if (kind === 'directory') walk(given);
    else failures.push({ file: given, reason: 'no such file or folder' });
  }
  const seen = new Set<string>();
  return inputs.filter((input) => {
    const key = path.resolve(input.file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Queues the files a DICOMDIR references (not named: a file there that is not DICOM is skipped). Returns the
 *  references that lead nowhere, as written in the DICOMDIR. File IDs are upper case by the standard while the
 *  files on disk may not be: a component not found as written is looked up without case. */
function expandDicomDir(
  file: DicomFile,
  source: string,
  fs: ExportFs,
  enqueue: (input: Input) => void,
): string[] {
  const missing: string[] = [];
  for (const components of dicomDirReferences(file)) {
    let at: string | undefined = path.dirname(source);
    for (const component of components) {
      if (at === undefined) break;
      const exact = path.join(at, component);
      if (fs.kind(exact)) {
        at = exact;
        continue;
      }
      let names: string[] = [];
      try {
        names = fs.list(at);
      } catch {
        // A folder that cannot be listed: the reference is missing.
      }
      const found = names.find((name) => name.toUpperCase() === component.toUpperCase());
      at = found === undefined ? undefined : path.join(at, found);
    }
    if (at !== undefined && fs.kind(at) === 'file') enqueue({ file: at, named: false });
    else missing.push(components.join('/'));
  }
  return missing;
}

function errnoText(caught: unknown): string {
  const code = (caught as NodeJS.ErrnoException | undefined)?.code;
  return code ?? (caught instanceof Error ? caught.message : String(caught));
}

/** Lets Ctrl-C and the terminal in between frames: the work itself is synchronous. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function runExport(args: ExportArgs, io: ExportIo): Promise<ExportResult> {
  const failures: ExportFailure[] = [];
  const inputs = collectInputs(args, io.fs, failures);
  const names = new UniqueNames();
  let written = 0;
  let dicomFiles = 0;
  let notDicom = 0;
  let noImage = 0;
  let lastProgress = 0;
  let lastBreath = Date.now();

  const progress = (done: number, detail: string, force = false): void => {
    if (!io.progress) return;
    const now = Date.now();
    if (!force && now - lastProgress < 100) return;
    lastProgress = now;
    io.progress(`\r\x1b[K${done}/${inputs.length} files, ${written} written${detail}`);
  };

  const write = (fields: ExportNameFields, extension: string, bytes: Uint8Array): void => {
    const folder = exportFolder(fields, args.layout);
    const name = exportFileName(args.pattern, fields, extension);
    const relative = names.claim([...folder, name].join('/'));
    writeAtomically(io.fs, path.join(args.out, ...relative.split('/')), bytes);
    written++;
  };

  // A file named twice, or named and found in a folder named too, is exported once.
  const queued = new Set(inputs.map((input) => path.resolve(input.file)));
  const enqueue = (input: Input): void => {
    const key = path.resolve(input.file);
    if (queued.has(key)) return;
    queued.add(key);
    inputs.push(input);
  };
  const headerFormat = args.format === 'json' || args.format === 'dump';

  for (let n = 0; n < inputs.length; n++) {
    const { file: source, named } = inputs[n];
    progress(n, '');
    let bytes: Uint8Array;
    try {
      bytes = io.fs.readFile(source);
    } catch (caught) {
      failures.push({ file: source, reason: `cannot read: ${errnoText(caught)}` });
      continue;
    }
    const file = parseDicom(bytes);
    if (!looksLikeDicom(bytes, file)) {
      if (named) failures.push({ file: source, reason: 'not a DICOM file' });
      else notDicom++;
      continue;
    }
    dicomFiles++;
    const fatal = file.errors.find((issue) => issue.severity === 'error');
    if (fatal) {
      const where = fatal.offset >= 0 && !/\boffset\b/.test(fatal.message) ? ` (offset ${fatal.offset})` : '';
      failures.push({ file: source, reason: `damaged: ${fatal.message}${where}` });
      continue;
    }
    const fields = exportFields(file, path.basename(source));
    if (isDicomDir(file)) {
      // Named: it stands for the files it references (found and exported after the ones named). Found in a
      // folder: the walk finds its files anyway. Header formats export the directory itself as well.
      if (named) {
        const missing = expandDicomDir(file, source, io.fs, enqueue);
        if (missing.length) {
          const more = missing.length > 1 ? ` (and ${missing.length - 1} more)` : '';
          failures.push({ file: source, reason: `references a missing file: ${missing[0]}${more}` });
        }
      }
      if (!headerFormat) {
        if (!named) noImage++;
        continue;
      }
    }
    try {
      if (args.format === 'json') {
        const json = headerJson(file, { bulkDataBase: path.basename(source) });
        write(fields, 'json', utf8(json));
        continue;
      }
      if (args.format === 'dump') {
        write(fields, 'txt', utf8(headerDump(file)));
        continue;
      }
      const info = imageInfoOf(file);
      if (
        !info ||
        !file.dataset.some((e) => e.tag === 0x7fe00010 || e.tag === 0x7fe00008 || e.tag === 0x7fe00009)
      ) {
        if (named) failures.push({ file: source, reason: 'has no pixel data' });
        else noImage++;
        continue;
      }
      // The bitstream is what is left to save when the pixels cannot be decoded (video, JPEG XL, a syntax
      // not known): only a problem that stops even that is a failure here.
      if (info.problem && !(args.format === 'bitstream' && info.canSaveBitstream)) {
        failures.push({ file: source, reason: info.problem.replace(/\.\s*$/, '') });
        continue;
      }
      if (args.format === 'png16' && info.format.samplesPerPixel !== 1) {
        const what = info.format.photometric || `${info.format.samplesPerPixel} samples per pixel`;
        failures.push({ file: source, reason: `16-bit PNG needs a greyscale image, this one is ${what}` });
        continue;
      }
      const count = info.format.numberOfFrames;
      if (args.frames !== 'all' && args.frames >= count) {
        const range = count === 1 ? '1 frame (frame 0)' : `${count} frames (0-${count - 1})`;
        failures.push({ file: source, reason: `frame ${args.frames} does not exist: the file has ${range}` });
        continue;
      }
      // A video's frames are one stream: frameBitstream gives all of it for any frame, so it is written once.
      const video = args.format === 'bitstream' && isVideo(info);
      const indices = video ? [0] : args.frames === 'all' ? [...Array(count).keys()] : [args.frames];
      const bad: string[] = [];
      for (const index of indices) {
        progress(n, count > 1 ? `, frame ${index + 1}/${count} of ${path.basename(source)}` : '');
        const frameFields = { ...fields, frame: index, frameCount: video ? 1 : count };
        try {
          const output = await frameOutput(file, info, index, args);
          write(frameFields, output.extension, output.bytes);
        } catch (caught) {
          if (isWriteError(caught)) throw caught;
          bad.push(frameReason(caught, index));
        }
        if (Date.now() - lastBreath > 50) {
          await breathe();
          lastBreath = Date.now();
        }
      }
      if (bad.length) {
        const more = bad.length > 1 ? ` (and ${bad.length - 1} more frames)` : '';
        failures.push({ file: source, reason: bad[0] + more });
      }
    } catch (caught) {
      failures.push({ file: source, reason: `cannot write: ${errnoText(caught)}` });
    }
  }
  if (io.progress) io.progress('\r\x1b[K');
  return { written, dicomFiles, notDicom, noImage, failures };
}

class WriteError extends Error {}
const isWriteError = (caught: unknown): boolean => caught instanceof WriteError || hasErrno(caught);
const hasErrno = (caught: unknown): boolean =>
  typeof (caught as NodeJS.ErrnoException | undefined)?.code === 'string' &&
  /^E[A-Z]+$/.test((caught as NodeJS.ErrnoException).code ?? '');

function isVideo(info: ImageInfo): boolean {
  const extension = exportExtension('bitstream', info.format.transferSyntaxUid);
  return extension === 'mpg' || extension === 'mp4';
}

function frameReason(caught: unknown, index: number): string {
  const reason = describeFrameError(caught);
  return new RegExp(`^Frame ${index}\\b`).test(reason) ? reason : `frame ${index}: ${reason}`;
}

async function frameOutput(
  file: DicomFile,
  info: ImageInfo,
  index: number,
  args: ExportArgs,
): Promise<{ extension: string; bytes: Uint8Array }> {
  if (args.format === 'bitstream') {
    return {
      extension: exportExtension('bitstream', info.format.transferSyntaxUid),
      bytes: frameBitstream(file, info.format, index),
    };
  }
  const format = args.format === 'jpeg' || args.format === 'png16' ? args.format : 'png';
  const frame = await decodeFrame(file, info.format, index);
  // As in the viewer (and the frame command), a window is for grey images: colour ones are shown as they are.
  const colour = frame.samplesPerPixel !== 1 || (frame.photometric === 'PALETTE COLOR' && !!info.palette);
  const render = {
    window: colour ? undefined : args.window,
    invert: args.invert || undefined,
    rotation: args.rotation,
    flipHorizontal: args.flipHorizontal,
    flipVertical: args.flipVertical,
    overlays: args.overlays,
  };
  const corners =
    args.cornerText && format !== 'png16' ? cornerTextsFor(file, info, frame, render) : undefined;
  const bytes = await encodeFrameImage(frame, info, {
    format,
    quality: args.quality,
    values: args.values,
    render,
    corners,
  });
  return { extension: exportExtension(format), bytes };
}

/** The closing lines: what was written on stdout, each failure on stderr. Returns the exit code. */
export function reportExport(result: ExportResult, args: ExportArgs, io: ExportIo): number {
  const plural = (count: number, one: string, many = `${one}s`): string =>
    `${count} ${count === 1 ? one : many}`;
  const skipped: string[] = [];
  if (result.notDicom) skipped.push(`${plural(result.notDicom, 'file')} not DICOM`);
  if (result.noImage) skipped.push(`${plural(result.noImage, 'DICOM file')} without pixel data`);
  io.stdout(
    `Wrote ${plural(result.written, 'file')} from ${plural(result.dicomFiles, 'DICOM file')} into ${args.out}` +
      (skipped.length ? ` (skipped: ${skipped.join(', ')})` : '') +
      '.\n',
  );
  for (const failure of result.failures) io.stderr(`dicom-inspect: ${failure.file}: ${failure.reason}\n`);
  if (result.failures.length) {
    io.stderr(`dicom-inspect: export: ${plural(result.failures.length, 'failure')}\n`);
    return 1;
  }
  return 0;
}
