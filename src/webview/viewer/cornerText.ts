// The text in the image's corners, as pure data: who and what (patient, study date, series) from the header's
// summary, and where the viewer is (frame, window, zoom, orientation). The DOM code puts it in place as text.

import type { DisplayWindow } from '../../dicom/pixels/imageTypes';
import type { SummaryInfo } from '../../shared/protocol';
import { formatWindow } from './windowLevel';

export interface CornerText {
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
  readonly zoomPercent: number;
  readonly rotationDegrees: number;
  readonly flipH: boolean;
  readonly flipV: boolean;
}

const present = (lines: readonly string[]): string[] => lines.filter((line) => line.trim() !== '');

export function cornerText(summary: SummaryInfo | undefined, facts: ViewerFacts): CornerText {
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
        ? formatWindow(facts.window)
        : '';
  return {
    topLeft: present([summary?.patient ?? '', summary?.patientId ?? '', summary?.studyDate ?? '']),
    topRight: present([summary?.series ?? '', summary?.modality ?? '', summary?.study ?? '']),
    bottomLeft: present([frameLine, `${facts.columns} × ${facts.rows}`]),
    bottomRight: present([
      voi + (facts.invert ? ' (inverted)' : ''),
      `Zoom ${Math.round(facts.zoomPercent)} %`,
      orientation,
    ]),
  };
}
