// The text in the image's corners, as pure data: who and what (patient, study date, series) from the header's
// summary, and where the viewer is (frame, window, zoom, orientation). The viewer puts these lines on screen
// as DOM text (src/webview/viewer/cornerText.ts re-exports this); an export burns the same lines into the
// image (cornerOverlay.ts). Living here, in src/dicom, lets the extension host and the CLI use it without
// reaching into the webview. Type imports only: the webview bundle takes this file, and must not pull in the
// parser (cornerTextsFor.ts reads the file).

import type { DisplayWindow } from '../pixels/imageTypes';
import type { SummaryInfo } from '../../shared/protocol';

export interface CornerTexts {
  readonly topLeft: readonly string[];
  readonly topRight: readonly string[];
  readonly bottomLeft: readonly string[];
  readonly bottomRight: readonly string[];
}

export interface ViewerFacts {
  /** 0-based. */
  readonly frame: number;
  readonly frameCount: number;
  readonly rows: number;
  readonly columns: number;
  /** undefined for colour images. */
  readonly window: DisplayWindow | undefined;
  /** Set when a VOI LUT is applied instead of a window. */
  readonly voiLutName?: string;
  readonly invert: boolean;
  /** The screen's zoom; left out (no "Zoom" line) for exports, which are always at native size. */
  readonly zoomPercent?: number;
  readonly rotationDegrees: number;
  readonly flipH: boolean;
  readonly flipV: boolean;
}

/** A number for display: integers as they are, others with four significant digits (the viewer's probe and
 *  window readouts use it too). */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  if (Math.abs(value) >= 1000) return String(Math.round(value));
  return String(Number(value.toPrecision(4)));
}

/** "C 40  W 400", in the viewer and in exports alike. */
export function windowText(window: DisplayWindow): string {
  return `C ${formatValue(window.center)}  W ${formatValue(window.width)}`;
}

const present = (lines: readonly string[]): string[] => lines.filter((line) => line.trim() !== '');

export function cornerText(summary: SummaryInfo | undefined, facts: ViewerFacts): CornerTexts {
  const frameLine = facts.frameCount > 1 ? `Frame ${facts.frame + 1} / ${facts.frameCount}` : '';
  const orientation = [
    facts.rotationDegrees ? `Rot ${facts.rotationDegrees}°` : '',
    facts.flipH ? 'Flip H' : '',
    facts.flipV ? 'Flip V' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const voi =
    facts.voiLutName !== undefined
      ? `VOI LUT ${facts.voiLutName}`.trim()
      : facts.window
        ? windowText(facts.window)
        : '';
  return {
    topLeft: present([summary?.patient ?? '', summary?.patientId ?? '', summary?.studyDate ?? '']),
    topRight: present([summary?.series ?? '', summary?.modality ?? '', summary?.study ?? '']),
    bottomLeft: present([frameLine, `${facts.columns} × ${facts.rows}`]),
    bottomRight: present([
      voi + (facts.invert ? ' (inverted)' : ''),
      facts.zoomPercent === undefined ? '' : `Zoom ${Math.round(facts.zoomPercent)} %`,
      orientation,
    ]),
  };
}
