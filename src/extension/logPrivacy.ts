// Texts for the output channel and for notifications, without file content. Error messages from the parser and the
// decoders may quote what the file holds (a transfer syntax UID, a photometric interpretation, text a damaged
// element spilled into); a developer sharing a log must not share patient data. Unless the
// dicomInspector.debug.logValues setting is on, an error is described by its kind and byte offset only; the
// inspector itself still shows the whole message next to the file's own data.

import * as vscode from 'vscode';
import { DocumentWorkerError } from './documentWorker';
import { frameFailureText } from './frameText';
import { logValues } from './privacySettings';

/** An error whose message is ours alone (fixed words and numbers, no text from a file): logged as it is. */
export class LoggableError extends Error {
  override name = 'LoggableError';
}

const WITHHELD = 'details withheld; set dicomInspector.debug.logValues to log them';

/** Error kinds by the name of the error class (the worker sends the name across, documentWorkerProtocol.ts). */
const KINDS: Readonly<Record<string, string>> = {
  DicomParseError: 'the file could not be parsed',
  PixelDataError: 'the pixel data could not be read',
  CodecError: 'the decoder failed',
  JpegDecodeError: 'the decoder failed',
  PackedRowsError: 'the header model was inconsistent',
  RangeError: 'a value was out of range',
};

/** Why something failed, fit for a log line or a notification. */
export function reasonForLog(caught: unknown, showValues: boolean = logValues()): string {
  if (caught instanceof vscode.FileSystemError) return caught.code;
  // Node system errors (EACCES, ENOENT…) name a path, which is not file content.
  const code = (caught as { code?: unknown } | null)?.code;
  if (caught instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code)) return caught.message;
  if (showValues || caught instanceof LoggableError)
    return caught instanceof Error ? caught.message : String(caught);
  if (caught instanceof DocumentWorkerError) {
    if (caught.crashed) return `the decoder stopped (${WITHHELD})`;
    return describe(caught.failure.name, caught.failure.offset);
  }
  if (caught instanceof Error) {
    const offset = (caught as { offset?: unknown }).offset;
    return describe(caught.name, typeof offset === 'number' ? offset : -1);
  }
  return `an unexpected failure (${WITHHELD})`;
}

function describe(name: string, offset: number): string {
  const kind = KINDS[name] ?? 'an error occurred';
  const where = offset >= 0 ? ` at byte ${offset}` : '';
  return `${kind}${where} (${WITHHELD})`;
}

/** A text that may hold file content (a message already built from an error): itself when values may be logged,
 *  else `fallback` with a note that the details were withheld. */
export function textForLog(text: string, fallback: string, showValues: boolean = logValues()): string {
  return showValues ? text : `${fallback} (${WITHHELD})`;
}

/** Why frame `index` failed, for the log and notifications: frameFailureText's sentence when values may be
 *  logged, else the frame (from 1), the kind of failure and its byte offset. */
export function frameFailureForLog(
  index: number,
  caught: unknown,
  showValues: boolean = logValues(),
): string {
  return showValues ? frameFailureText(index, caught) : `Frame ${index + 1}: ${reasonForLog(caught, false)}`;
}
