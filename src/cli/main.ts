// dicom-inspect: the terminal twin of the extension, a thin front end over src/dicom.

import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { dicomJson, stringifyDicomJson } from '../dicom/dicomJson';
import { parseDicomRanged } from '../dicom/io/rangedParse';
import { fileInfo } from '../dicom/fileInfo';
import type { DicomFile } from '../dicom/model';
import { parseDicom } from '../dicom/parser';
import { transferSyntaxSupport } from '../dicom/pixels/transferSyntaxSupport';
import { textDump } from '../dicom/textDump';
import {
  EXPORT_FLAGS,
  EXPORT_VALUE_FLAGS,
  exportArgs,
  ExportUsageError,
  type ExportArgs,
} from './exportArgs';
import { reportExport, runExport } from './exportCommand';
import { nodeExportFs, removePendingPartials, type ExportFs } from './exportFs';
import { FrameCommandError, frameOutput, type FrameFormat } from './frameCommand';
import { imageReport } from './imageReport';
import { openFileReader, type FileReader } from '../node/fileReader';

export const EXIT = { ok: 0, damaged: 1, usage: 2, unreadable: 3 } as const;

const HELP = `dicom-inspect: inspect DICOM files from a terminal

Usage:
  dicom-inspect dump FILE [--keywords]
      One line per element: offset, tag, VR, length, name and value, indented by nesting.
  dicom-inspect json FILE [--meta] [--inline-limit BYTES] [--compact]
      The DICOM JSON Model (PS3.18 Annex F). --meta adds the file meta group (0002).
      Binary values up to --inline-limit bytes (default 65536) are written as InlineBinary;
      larger ones get a BulkDataURI "<file>#offset=N&length=M" pointing into the file.
  dicom-inspect info FILE [--json [--no-frames]]
      Transfer syntax, SOP class, modality, image geometry, file size and parse errors.
      --json adds "image": the decoded photometric interpretation, the transfer syntax's support,
      and each frame's smallest and largest stored value (every frame is decoded: slow for big
      files; --no-frames skips that).
  dicom-inspect frame FILE -o OUT [--frame N] [--format raw|png|jpeg] [--window C,W] [--quality Q]
                      [--corner-text] [--overlays]
      Writes one frame. N counts from 0 (the first frame is 0; default 0). OUT "-" is stdout.
      raw:  the decoded stored values, little-endian, samples interleaved (RGB…), each as wide
            as Bits Allocated (1-bit data: one byte per pixel), signed per Pixel Representation,
            float pixel data as floats; YBR colour converted to RGB, PALETTE COLOR left as indices.
      png, jpeg: the image as the viewer renders it (greyscale files as grey images, others RGB),
            with the file's window or, for grey images, --window CENTER,WIDTH in modality units
            (e.g. --window 40,400; HU for CT). --quality: JPEG quality 1-100, default 90.
      --corner-text: png, jpeg: burn in the viewer's corner text (patient, study, series, frame, size,
            window), white with a black outline.
      --overlays: png, jpeg: burn in the overlay planes (60xx) where the viewer draws them, in its
            dark-theme yellow #CCA700 (a grey image then comes out RGB). Off by default: a script gets
            the file's pixels unless it asks (the editor's exports follow the viewer's G toggle).
      Without --format, OUT's extension chooses (.png, .jpg or .jpeg), else raw.
  dicom-inspect export PATH... --out DIR [--format jpeg|png|png16|json|dump|bitstream] [--frames all|N]
                       [--window C,W] [--invert] [--rotate 0|90|180|270] [--flip h|v|hv] [--quality Q]
                       [--values modality|stored] [--layout flat|patient] [--pattern P] [--corner-text]
                       [--overlays]
      Exports every DICOM file named or found below the folders named (recursively; files that are not
      DICOM are skipped quietly, other files without pixel data too for image formats). A DICOMDIR
      named stands for the files it references (json and dump also export the DICOMDIR itself).
      --format: jpeg, png (default): each frame as the viewer renders it (see frame), with --window,
            --invert, then --rotate (clockwise) and --flip (h: left-right, v: top-bottom, hv: both, after
            rotating); --corner-text burns in the viewer's corner text (off by default); --overlays
            burns in the overlay planes before rotating (off by default; see frame);
            png16: 16-bit grey PNG of the modality values (--values modality, default; HU for CT) or the
            stored values, each plus 32768 when the file's values can be negative (written in the PNG's
            tEXt chunks); json: DICOM JSON as "json" prints it; dump: the text dump;
            bitstream: each frame's encoded bytes as they are in the file (.jpg, .j2k, .jls, .raw…).
      --frames: all (default) or one frame N; N counts from 0.
      --layout: flat (default), or patient: DIR/<patient>/<study>/<series>/.
      --pattern: the file name without extension, default "{file}-frame{frame}" ("{file}" for json and
            dump); placeholders {file} {frame} {patientId} {patientName} {study} (Study Instance UID)
            {studyDate} {studyDescription} {series} (Series Number) {seriesDescription} {seriesUid}
            {instance} (Instance Number) {sopInstanceUid} {modality}. {frame} counts from 0, zero-padded.
            Names are made file-system safe; a name already used in this run gets " (2)", " (3)"…
      Existing files are overwritten; each file is written as NAME.partial, then renamed. A progress line
      is shown on a terminal. At the end: a summary, each failure with its reason, and exit 1 if any.

Options:
  -h, --help      this text
  --version       the version

Exit codes:
  0  success
  1  the file is damaged or not DICOM: what could be read is printed, then the errors on stderr;
     for frame, also when the frame cannot be decoded (unsupported transfer syntax, broken pixel data);
     for export, when any file or frame failed (each is listed on stderr with its reason)
  2  wrong usage (including a frame number past the last frame)
  3  the file cannot be read, or OUT cannot be encoded or written
`;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(file: string): Uint8Array;
  /** Opens FILE for positioned reads, so that only its header and the frames asked for are read (a 2 GB file
   *  costs a few reads). Absent (tests, in-memory files): FILE is read whole with readFile. */
  readonly openReader?: (file: string) => Promise<FileReader>;
  /** Binary output to stdout (`-o -`). */
  stdoutBytes(bytes: Uint8Array): void;
  writeFile(file: string, bytes: Uint8Array): void;
  /** The export command's file system; node:fs when absent. */
  readonly exportFs?: ExportFs;
  /** True when stderr is a terminal: the export command then shows a progress line. */
  readonly stderrIsTTY?: boolean;
}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (file) => readFileSync(file),
  openReader: openFileReader,
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  writeFile: (file, bytes) => writeFileSync(file, bytes),
  exportFs: nodeExportFs,
  stderrIsTTY: process.stderr.isTTY === true,
};

interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set([
  '--inline-limit',
  '--frame',
  '--format',
  '--window',
  '--quality',
  '-o',
  '--output',
  ...EXPORT_VALUE_FLAGS,
]);

function parseArgs(args: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('-') && arg !== '-') {
      const [name, inline] = arg.split('=', 2);
      if (inline !== undefined) flags.set(name, inline);
      else if (VALUE_FLAGS.has(name)) flags.set(name, args[++i] ?? '');
      else flags.set(name, true);
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

class UsageError extends Error {}

function checkFlags(flags: Map<string, string | true>, allowed: readonly string[]): void {
  for (const flag of flags.keys()) {
    if (!allowed.includes(flag)) throw new UsageError(`unknown option ${flag}`);
  }
}

function reportErrors(file: DicomFile, io: CliIo, name: string): number {
  let fatal = false;
  for (const issue of file.errors) {
    const where = issue.offset >= 0 ? ` at offset ${issue.offset}` : '';
    io.stderr(`dicom-inspect: ${name}: ${issue.severity}${where}: ${issue.message}\n`);
    if (issue.severity === 'error') fatal = true;
  }
  return fatal ? EXIT.damaged : EXIT.ok;
}

function formatInfo(info: ReturnType<typeof fileInfo>): string {
  const lines = [
    [
      'Transfer syntax',
      `${info.transferSyntaxUID}${info.transferSyntaxName ? ` (${info.transferSyntaxName})` : ''}`,
    ],
    [
      'SOP class',
      info.sopClassUID ? `${info.sopClassUID}${info.sopClassName ? ` (${info.sopClassName})` : ''}` : '',
    ],
    ['Modality', info.modality ?? ''],
    ['Rows × columns', info.rows !== null && info.columns !== null ? `${info.rows} × ${info.columns}` : ''],
    ['Frames', info.numberOfFrames?.toString() ?? ''],
    ['Samples per pixel', info.samplesPerPixel?.toString() ?? ''],
    ['Photometric', info.photometricInterpretation ?? ''],
    [
      'Bits allocated/stored',
      info.bitsAllocated !== null ? `${info.bitsAllocated}/${info.bitsStored ?? '?'}` : '',
    ],
    [
      'Pixel representation',
      info.pixelRepresentation === null ? '' : info.pixelRepresentation === 1 ? '1 (signed)' : '0 (unsigned)',
    ],
    ['Decoding', decodingText(info.transferSyntaxUID, info.rows !== null)],
    ['File size', `${info.fileSize} bytes`],
    ['Errors', String(info.errors.filter((e) => e.severity === 'error').length)],
  ];
  return lines.map(([label, value]) => `${(label + ':').padEnd(24)}${value || '-'}`).join('\n') + '\n';
}

/** Whether the pixels of this transfer syntax can be decoded, for the text form of `info`. */
function decodingText(transferSyntaxUid: string, isImage: boolean): string {
  if (!isImage) return '';
  const support = transferSyntaxSupport(transferSyntaxUid);
  return support.supported ? 'supported' : `not supported: ${support.reason ?? support.name}`;
}

interface FrameArgs {
  readonly index: number;
  readonly format: FrameFormat;
  readonly window?: { center: number; width: number };
  readonly quality: number;
  readonly output: string;
  readonly cornerText: boolean;
  readonly overlays: boolean;
}

/** Reads the frame command's options; throws UsageError. */
function frameArgs(flags: Map<string, string | true>): FrameArgs {
  const value = (name: string): string | undefined => {
    const given = flags.get(name);
    if (given === true) throw new UsageError(`${name} needs a value`);
    return given;
  };
  const output = value('-o') ?? value('--output');
  if (output === undefined || output === '')
    throw new UsageError('frame needs -o OUT (a file, or - for stdout)');

  const frameText = value('--frame') ?? '0';
  const index = Number(frameText);
  if (!/^\d+$/.test(frameText) || !Number.isSafeInteger(index)) {
    throw new UsageError(`--frame needs a frame number counted from 0, got "${frameText}"`);
  }

  const formatText = value('--format') ?? formatFromName(output);
  if (formatText !== 'raw' && formatText !== 'png' && formatText !== 'jpeg') {
    throw new UsageError(`--format must be raw, png or jpeg, got "${formatText}"`);
  }

  let window: FrameArgs['window'];
  const windowText = value('--window');
  if (windowText !== undefined) {
    const parts = windowText.split(',').map((part) => Number(part.trim()));
    if (parts.length !== 2 || parts.some((part) => !Number.isFinite(part)) || !(parts[1] > 0)) {
      throw new UsageError(`--window needs CENTER,WIDTH with a positive width, got "${windowText}"`);
    }
    window = { center: parts[0], width: parts[1] };
  }

  const qualityText = value('--quality') ?? '90';
  const quality = Number(qualityText);
  if (!(Number.isInteger(quality) && quality >= 1 && quality <= 100)) {
    throw new UsageError(`--quality needs a whole number from 1 to 100, got "${qualityText}"`);
  }
  if (formatText !== 'jpeg' && flags.has('--quality'))
    throw new UsageError('--quality applies to --format jpeg');
  if (formatText === 'raw' && window) throw new UsageError('--window applies to png and jpeg');
  const cornerText = flags.has('--corner-text');
  if (formatText === 'raw' && cornerText) throw new UsageError('--corner-text applies to png and jpeg');
  const overlays = flags.has('--overlays');
  if (formatText === 'raw' && overlays) throw new UsageError('--overlays applies to png and jpeg');
  return { index, format: formatText, window, quality, output, cornerText, overlays };
}

function formatFromName(output: string): string {
  const extension = path.extname(output).toLowerCase();
  if (extension === '.png') return 'png';
  if (extension === '.jpg' || extension === '.jpeg') return 'jpeg';
  return 'raw';
}

export async function runCli(args: readonly string[], io: CliIo = nodeIo): Promise<number> {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs(args);
  } catch {
    io.stderr('dicom-inspect: cannot parse arguments\n');
    return EXIT.usage;
  }
  const { positional, flags } = parsed;
  if (flags.has('-h') || flags.has('--help') || positional[0] === 'help') {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (flags.has('--version')) {
    io.stdout(`${typeof VERSION === 'string' ? VERSION : 'dev'}\n`);
    return EXIT.ok;
  }
  const [command, fileName, ...extra] = positional;
  if (command === 'export') return exportCommand(positional.slice(1), flags, io);
  let frame: FrameArgs | undefined;
  try {
    if (!command) throw new UsageError('missing command (dump, json, info, frame or export)');
    if (!['dump', 'json', 'info', 'frame'].includes(command))
      throw new UsageError(`unknown command "${command}"`);
    if (!fileName) throw new UsageError(`${command} needs a FILE`);
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const allowed: Record<string, string[]> = {
      dump: ['--keywords'],
      json: ['--meta', '--inline-limit', '--compact'],
      info: ['--json', '--no-frames'],
      frame: [
        '--frame',
        '--format',
        '--window',
        '--quality',
        '-o',
        '--output',
        '--corner-text',
        '--overlays',
      ],
    };
    checkFlags(flags, allowed[command]);
    if (flags.has('--no-frames') && !flags.has('--json'))
      throw new UsageError('--no-frames applies to --json');
    if (command === 'frame') frame = frameArgs(flags);
  } catch (caught) {
    if (caught instanceof UsageError) {
      io.stderr(`dicom-inspect: ${caught.message}\nRun "dicom-inspect --help" for usage.\n`);
      return EXIT.usage;
    }
    throw caught;
  }

  // Binary values inlined in JSON beyond what a ranged parse loads (64 KiB of pixel data) need the whole file.
  const inlineLimit = Number(flags.get('--inline-limit'));
  const needsWholeFile = command === 'json' && Number.isFinite(inlineLimit) && inlineLimit > 65536;
  let file: DicomFile;
  let reader: FileReader | undefined;
  try {
    if (io.openReader && !needsWholeFile) {
      reader = await io.openReader(fileName);
      file = await parseDicomRanged(reader);
    } else {
      file = parseDicom(io.readFile(fileName));
    }
  } catch (caught) {
    await reader?.close();
    const code = (caught as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : (code ?? (caught instanceof Error ? caught.message : 'unreadable'));
    io.stderr(`dicom-inspect: cannot read ${fileName}: ${reason}\n`);
    return EXIT.unreadable;
  }
  try {
    return await runOnFile(command, file, fileName, flags, frame, io);
  } finally {
    await reader?.close();
  }
}

async function runOnFile(
  command: string,
  file: DicomFile,
  fileName: string,
  flags: Map<string, string | true>,
  frame: FrameArgs | undefined,
  io: CliIo,
): Promise<number> {
  const name = path.basename(fileName);
  switch (command) {
    case 'dump':
      io.stdout(textDump(file, { keywords: flags.has('--keywords') }));
      break;
    case 'json': {
      const limitFlag = flags.get('--inline-limit');
      const inlineBinaryLimit = typeof limitFlag === 'string' ? Number(limitFlag) : undefined;
      if (
        inlineBinaryLimit !== undefined &&
        !(Number.isInteger(inlineBinaryLimit) && inlineBinaryLimit >= 0)
      ) {
        io.stderr(`dicom-inspect: --inline-limit needs a byte count, got "${limitFlag}"\n`);
        return EXIT.usage;
      }
      const json = dicomJson(file, {
        includeMeta: flags.has('--meta'),
        inlineBinaryLimit,
        bulkDataBase: name,
      });
      io.stdout(stringifyDicomJson(json, flags.has('--compact') ? 0 : 2) + '\n');
      break;
    }
    case 'info': {
      const info = fileInfo(file);
      if (!flags.has('--json')) {
        io.stdout(formatInfo(info));
        break;
      }
      const image = await imageReport(file, !flags.has('--no-frames'));
      io.stdout(JSON.stringify({ ...info, image }, null, 2) + '\n');
      const failed = image?.frames?.filter((report) => report.error !== undefined) ?? [];
      for (const report of failed) {
        io.stderr(`dicom-inspect: ${name}: frame ${report.index} cannot be decoded: ${report.error}\n`);
      }
      const code = reportErrors(file, io, name);
      return failed.length ? EXIT.damaged : code;
    }
    case 'frame':
      if (frame) return writeFrame(file, name, frame, io);
  }
  return reportErrors(file, io, name);
}

async function writeFrame(file: DicomFile, name: string, args: FrameArgs, io: CliIo): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await frameOutput(file, args);
  } catch (caught) {
    if (!(caught instanceof FrameCommandError)) throw caught;
    io.stderr(`dicom-inspect: ${name}: ${caught.message}\n`);
    reportErrors(file, io, name);
    return caught.kind === 'usage' ? EXIT.usage : caught.kind === 'output' ? EXIT.unreadable : EXIT.damaged;
  }
  if (args.output === '-') {
    io.stdoutBytes(bytes);
  } else {
    try {
      io.writeFile(args.output, bytes);
    } catch (caught) {
      const code = (caught as NodeJS.ErrnoException).code;
      io.stderr(`dicom-inspect: cannot write ${args.output}: ${code ?? 'write failed'}\n`);
      return EXIT.unreadable;
    }
  }
  return reportErrors(file, io, name);
}

async function exportCommand(
  paths: readonly string[],
  flags: Map<string, string | true>,
  io: CliIo,
): Promise<number> {
  let args: ExportArgs;
  try {
    checkFlags(flags, EXPORT_FLAGS);
    args = exportArgs(paths, flags);
  } catch (caught) {
    if (caught instanceof UsageError || caught instanceof ExportUsageError) {
      io.stderr(`dicom-inspect: ${caught.message}\nRun "dicom-inspect --help" for usage.\n`);
      return EXIT.usage;
    }
    throw caught;
  }
  const exportIo = {
    fs: io.exportFs ?? nodeExportFs,
    stdout: (text: string) => io.stdout(text),
    stderr: (text: string) => io.stderr(text),
    progress: io.stderrIsTTY ? (text: string) => io.stderr(text) : undefined,
  };
  if (exportIo.fs.kind(args.out) === 'file') {
    io.stderr(
      `dicom-inspect: --out ${args.out} is a file, not a folder\nRun "dicom-inspect --help" for usage.\n`,
    );
    return EXIT.usage;
  }
  const result = await runExport(args, exportIo);
  return reportExport(result, args, exportIo) === 0 ? EXIT.ok : EXIT.damaged;
}

declare const VERSION: string | undefined;

if (require.main === module) {
  // A reader that stops early (`dicom-inspect dump x | head`) closes the pipe: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // Ctrl-C: writes are synchronous, so this runs between two files; a partial file in flight is removed.
  process.on('SIGINT', () => {
    removePendingPartials();
    process.exit(130);
  });
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (caught: unknown) => {
      // A bug, not a file fault: the stack helps a bug report, and carries no value from the file.
      process.stderr.write(
        `dicom-inspect: internal error: ${caught instanceof Error ? caught.stack : String(caught)}\n`,
      );
      process.exitCode = EXIT.damaged;
    },
  );
}
