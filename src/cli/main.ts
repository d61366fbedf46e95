// dicom-inspect: the terminal twin of the extension, a thin front end over src/dicom.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { dicomJson, stringifyDicomJson } from '../dicom/dicomJson';
import { fileInfo } from '../dicom/fileInfo';
import type { DicomFile } from '../dicom/model';
import { parseDicom } from '../dicom/parser';
import { textDump } from '../dicom/textDump';

export const EXIT = { ok: 0, damaged: 1, usage: 2, unreadable: 3 } as const;

const HELP = `dicom-inspect: inspect DICOM files from a terminal

Usage:
  dicom-inspect dump FILE [--keywords]
      One line per element: offset, tag, VR, length, name and value, indented by nesting.
  dicom-inspect json FILE [--meta] [--inline-limit BYTES] [--compact]
      The DICOM JSON Model (PS3.18 Annex F). --meta adds the file meta group (0002).
      Binary values up to --inline-limit bytes (default 65536) are written as InlineBinary;
      larger ones get a BulkDataURI "<file>#offset=N&length=M" pointing into the file.
  dicom-inspect info FILE [--json]
      Transfer syntax, SOP class, modality, image geometry, file size and parse errors.

Options:
  -h, --help      this text
  --version       the version

Exit codes:
  0  success
  1  the file is damaged or not DICOM: what could be read is printed, then the errors on stderr
  2  wrong usage
  3  the file cannot be read
`;

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(file: string): Uint8Array;
}

const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (file) => readFileSync(file),
};

interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--inline-limit']);

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
    ['File size', `${info.fileSize} bytes`],
    ['Errors', String(info.errors.filter((e) => e.severity === 'error').length)],
  ];
  return lines.map(([label, value]) => `${(label + ':').padEnd(24)}${value || '-'}`).join('\n') + '\n';
}

export function runCli(args: readonly string[], io: CliIo = nodeIo): number {
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
  try {
    if (!command) throw new UsageError('missing command (dump, json or info)');
    if (!['dump', 'json', 'info'].includes(command)) throw new UsageError(`unknown command "${command}"`);
    if (!fileName) throw new UsageError(`${command} needs a FILE`);
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const allowed: Record<string, string[]> = {
      dump: ['--keywords'],
      json: ['--meta', '--inline-limit', '--compact'],
      info: ['--json'],
    };
    checkFlags(flags, allowed[command]);
  } catch (caught) {
    if (caught instanceof UsageError) {
      io.stderr(`dicom-inspect: ${caught.message}\nRun "dicom-inspect --help" for usage.\n`);
      return EXIT.usage;
    }
    throw caught;
  }

  let bytes: Uint8Array;
  try {
    bytes = io.readFile(fileName);
  } catch (caught) {
    const code = (caught as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (code ?? 'unreadable');
    io.stderr(`dicom-inspect: cannot read ${fileName}: ${reason}\n`);
    return EXIT.unreadable;
  }

  const file = parseDicom(bytes);
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
      io.stdout(flags.has('--json') ? JSON.stringify(info, null, 2) + '\n' : formatInfo(info));
      break;
    }
  }
  return reportErrors(file, io, name);
}

declare const VERSION: string | undefined;

if (require.main === module) {
  // A reader that stops early (`dicom-inspect dump x | head`) closes the pipe: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = runCli(process.argv.slice(2));
}
