// Texts about frames shown to the user: the status bar entry and the reason a frame failed. Pure (no vscode), so
// unit tests check them. Frames are numbered from 1 here, as on screen; the protocol counts from 0.

import type { DisplayWindow } from '../dicom/pixels/imageTypes';
import { DocumentWorkerError } from './documentWorker';

/** A number as the status bar shows it: integers as they are, others to two decimals at most. */
function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}

/** "Frame 3/10 · W 400 L 40": the 1-based frame, the frame count, and the window (none for colour images). */
export function frameStatusText(index: number, count: number, window: DisplayWindow | null): string {
  const frame = `Frame ${index + 1}/${count}`;
  return window ? `${frame} · W ${formatNumber(window.width)} L ${formatNumber(window.center)}` : frame;
}

/** Why frame `index` could not be shown, in one or two sentences, without any value from the file. The decoder
 *  counts frames from 0 in its messages; a message about this frame is renumbered from 1, as on screen. */
export function frameFailureText(index: number, error: unknown): string {
  const frame = `Frame ${index + 1}`;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof DocumentWorkerError && error.crashed) {
    return `${frame} could not be decoded: ${message} It restarts on the next request.`;
  }
  const offset = error instanceof DocumentWorkerError ? error.failure.offset : -1;
  const where = offset >= 0 && !/\bat byte \d/.test(message) ? ` (at byte ${offset})` : '';
  const aboutThisFrame = new RegExp(`^Frame ${index}\\b`);
  const text = aboutThisFrame.test(message)
    ? message.replace(aboutThisFrame, frame)
    : `${frame} could not be decoded: ${message}`;
  return `${withoutFinalStop(text)}${where}.`;
}

function withoutFinalStop(text: string): string {
  return text.replace(/\.\s*$/, '');
}
