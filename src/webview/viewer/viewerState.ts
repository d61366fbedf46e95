// What the viewer keeps across the webview being hidden and re-created (vscode.setState): the frame, the
// window, the view transform and the toggles, and the layout of the split. What comes back from getState is
// untrusted (an older version may have written it), so each field is checked and clamped here.

import type { DisplayWindow } from '../../dicom/pixels/imageTypes';
import type { QuarterTurns, ViewTransform } from './viewTransform';
import { DEFAULT_VIEW, MAX_ZOOM, MIN_ZOOM, normalizeOrientation } from './viewTransform';
import { clampFps } from './cine';

export interface ViewerState {
  readonly version: 1;
  /** Which image the frame and window belong to (dimensions and frame count); a different image starts afresh. */
  readonly fingerprint: string;
  readonly frame: number;
  /** The user's window in modality units; null for the file's default. */
  readonly window: DisplayWindow | null;
  /** The file's VOI LUT in use instead of a window; null for none. */
  readonly voiLutIndex: number | null;
  readonly invert: boolean;
  readonly view: ViewTransform;
  /** Corner text on the image. */
  readonly showText: boolean;
  /** Overlay planes (60xx). */
  readonly showOverlays: boolean;
  /** Cine rate chosen by the user; null for the file's rate. */
  readonly fps: number | null;
  /** Left drag pans instead of changing the window. */
  readonly panTool: boolean;
}

export const DEFAULT_VIEWER_STATE: ViewerState = {
  version: 1,
  fingerprint: '',
  frame: 0,
  window: null,
  voiLutIndex: null,
  invert: false,
  view: DEFAULT_VIEW,
  showText: true,
  showOverlays: true,
  fps: null,
  panTool: false,
};

export type LayoutMode = 'both' | 'image' | 'header';
/** 'auto' puts the image beside the header in a wide editor and above it in a narrow one. */
export type SplitOrientation = 'auto' | 'horizontal' | 'vertical';

export interface LayoutState {
  readonly version: 1;
  readonly mode: LayoutMode;
  readonly orientation: SplitOrientation;
  /** Share of the split given to the image, 0..1. */
  readonly split: number;
}

export const MIN_SPLIT = 0.15;
export const MAX_SPLIT = 0.85;

export const DEFAULT_LAYOUT: LayoutState = { version: 1, mode: 'both', orientation: 'auto', split: 0.5 };

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export function clampSplit(split: number): number {
  return Number.isFinite(split) ? Math.min(MAX_SPLIT, Math.max(MIN_SPLIT, split)) : DEFAULT_LAYOUT.split;
}

function sanitizeWindow(raw: unknown): DisplayWindow | null {
  if (!isObject(raw) || !isFiniteNumber(raw.center) || !isFiniteNumber(raw.width) || raw.width <= 0)
    return null;
  return { center: raw.center, width: raw.width };
}

function sanitizeView(raw: unknown): ViewTransform {
  if (!isObject(raw)) return DEFAULT_VIEW;
  const zoom = isFiniteNumber(raw.zoom) ? Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, raw.zoom)) : 1;
  const pan = (value: unknown) => (isFiniteNumber(value) ? Math.max(-1e6, Math.min(1e6, value)) : 0);
  const rotation = Number.isInteger(raw.rotation) ? (((raw.rotation as number) % 4) + 4) % 4 : 0;
  return normalizeOrientation({
    fit: raw.fit !== false,
    zoom,
    panX: pan(raw.panX),
    panY: pan(raw.panY),
    rotation: rotation as QuarterTurns,
    flipH: raw.flipH === true,
    flipV: raw.flipV === true,
  });
}

export function sanitizeViewerState(raw: unknown): ViewerState {
  if (!isObject(raw) || raw.version !== 1) return DEFAULT_VIEWER_STATE;
  const index = (value: unknown) =>
    Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : null;
  return {
    version: 1,
    fingerprint: typeof raw.fingerprint === 'string' ? raw.fingerprint.slice(0, 200) : '',
    frame: index(raw.frame) ?? 0,
    window: sanitizeWindow(raw.window),
    voiLutIndex: index(raw.voiLutIndex),
    invert: raw.invert === true,
    view: sanitizeView(raw.view),
    showText: raw.showText !== false,
    showOverlays: raw.showOverlays !== false,
    fps: isFiniteNumber(raw.fps) ? clampFps(raw.fps) : null,
    panTool: raw.panTool === true,
  };
}

export function sanitizeLayoutState(raw: unknown): LayoutState {
  if (!isObject(raw) || raw.version !== 1) return DEFAULT_LAYOUT;
  const mode = raw.mode === 'image' || raw.mode === 'header' ? raw.mode : 'both';
  const orientation =
    raw.orientation === 'horizontal' || raw.orientation === 'vertical' ? raw.orientation : 'auto';
  return { version: 1, mode, orientation, split: isFiniteNumber(raw.split) ? clampSplit(raw.split) : 0.5 };
}

/** Identity of an image for its saved state: the view of one image means nothing for another. */
export function imageFingerprint(info: {
  readonly format: { rows: number; columns: number; numberOfFrames: number; transferSyntaxUid: string };
}): string {
  const f = info.format;
  return `${f.rows}x${f.columns}x${f.numberOfFrames}|${f.transferSyntaxUid}`;
}

/** Width (CSS px) below which 'auto' stacks the image above the header. */
export const STACK_BELOW_WIDTH = 760;

export function effectiveOrientation(
  orientation: SplitOrientation,
  container: { readonly width: number },
): 'horizontal' | 'vertical' {
  if (orientation !== 'auto') return orientation;
  return container.width < STACK_BELOW_WIDTH ? 'vertical' : 'horizontal';
}

/** The split after a keyboard step on the separator (arrows 2 %, Page keys 10 %, Home/End to the limits). */
export function splitAfterKey(split: number, key: string): number | undefined {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowUp':
      return clampSplit(split - 0.02);
    case 'ArrowRight':
    case 'ArrowDown':
      return clampSplit(split + 0.02);
    case 'PageUp':
      return clampSplit(split - 0.1);
    case 'PageDown':
      return clampSplit(split + 0.1);
    case 'Home':
      return MIN_SPLIT;
    case 'End':
      return MAX_SPLIT;
    default:
      return undefined;
  }
}
