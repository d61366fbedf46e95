// Key bindings of the image viewer, as a pure function from a key event to an action (like ../keyboard.ts for the
// table). They apply only while the viewer region has focus, so they never clash with the table's own keys
// (arrows, Home/End, "-" mean one thing in the table and another here).

import type { KeyInput } from '../keyboard';

export type ViewerAction =
  | { readonly type: 'frame'; readonly by: number }
  | { readonly type: 'frameTo'; readonly to: 'first' | 'last' }
  | { readonly type: 'playPause' }
  | { readonly type: 'fps'; readonly by: number }
  | { readonly type: 'invert' }
  | { readonly type: 'resetWindow' }
  | { readonly type: 'window'; readonly widthSteps: number; readonly centerSteps: number }
  | { readonly type: 'rotate'; readonly turns: 1 | -1 }
  | { readonly type: 'flip'; readonly axis: 'h' | 'v' }
  | { readonly type: 'fit' }
  | { readonly type: 'oneToOne' }
  | { readonly type: 'resetView' }
  | { readonly type: 'zoom'; readonly factor: number }
  | { readonly type: 'pan'; readonly dx: number; readonly dy: number }
  | { readonly type: 'panTool' }
  | { readonly type: 'toggleText' }
  | { readonly type: 'toggleOverlays' }
  | { readonly type: 'toggleIdentity' };

export const ZOOM_STEP = 1.25;
/** Share of the viewport one Shift+arrow pans. */
export const PAN_STEP = 0.1;
export const PAGE_FRAMES = 10;

/** Keys pressed while the viewer (its image area or one of its buttons) has focus. */
export function viewerKeyAction(event: KeyInput): ViewerAction | undefined {
  if (event.ctrlKey || event.metaKey) return undefined;
  const key = event.key;
  if (event.altKey) {
    // Alt+arrows: window/level from the keyboard (←/→ width, ↑/↓ centre).
    switch (key) {
      case 'ArrowLeft':
        return { type: 'window', widthSteps: -1, centerSteps: 0 };
      case 'ArrowRight':
        return { type: 'window', widthSteps: 1, centerSteps: 0 };
      case 'ArrowUp':
        return { type: 'window', widthSteps: 0, centerSteps: -1 };
      case 'ArrowDown':
        return { type: 'window', widthSteps: 0, centerSteps: 1 };
      default:
        return undefined;
    }
  }
  if (event.shiftKey) {
    switch (key) {
      case 'ArrowLeft':
        return { type: 'pan', dx: -PAN_STEP, dy: 0 };
      case 'ArrowRight':
        return { type: 'pan', dx: PAN_STEP, dy: 0 };
      case 'ArrowUp':
        return { type: 'pan', dx: 0, dy: -PAN_STEP };
      case 'ArrowDown':
        return { type: 'pan', dx: 0, dy: PAN_STEP };
      case 'R':
      case 'r':
        return { type: 'rotate', turns: -1 };
      case '+':
        return { type: 'zoom', factor: ZOOM_STEP };
      default:
        return undefined;
    }
  }
  // Letters without Shift read the same with Caps Lock on.
  switch (key.length === 1 ? key.toLowerCase() : key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return { type: 'frame', by: 1 };
    case 'ArrowLeft':
    case 'ArrowUp':
      return { type: 'frame', by: -1 };
    case 'PageDown':
      return { type: 'frame', by: PAGE_FRAMES };
    case 'PageUp':
      return { type: 'frame', by: -PAGE_FRAMES };
    case 'Home':
      return { type: 'frameTo', to: 'first' };
    case 'End':
      return { type: 'frameTo', to: 'last' };
    case ' ':
      return { type: 'playPause' };
    case ']':
      return { type: 'fps', by: 1 };
    case '[':
      return { type: 'fps', by: -1 };
    case 'i':
      return { type: 'invert' };
    case 'w':
      return { type: 'resetWindow' };
    case 'r':
      return { type: 'rotate', turns: 1 };
    case 'h':
      return { type: 'flip', axis: 'h' };
    case 'v':
      return { type: 'flip', axis: 'v' };
    case 'f':
      return { type: 'fit' };
    case '1':
      return { type: 'oneToOne' };
    case '0':
      return { type: 'resetView' };
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case 'p':
      return { type: 'panTool' };
    case 'o':
      return { type: 'toggleText' };
    case 'g':
      return { type: 'toggleOverlays' };
    case 'd':
      return { type: 'toggleIdentity' };
    default:
      return undefined;
  }
}

/** Shortcut list for the viewer's help popover (and the README). */
export const VIEWER_SHORTCUTS: readonly (readonly [keys: string, action: string])[] = [
  ['Left drag', 'Window/level (→ wider, ↓ higher centre); pans for colour images or with the pan tool'],
  ['Middle drag, Shift/Ctrl+drag', 'Pan'],
  ['Wheel', 'Zoom around the pointer'],
  ['→ ↓ / ← ↑', 'Next / previous frame'],
  ['PgDn / PgUp', '10 frames on / back'],
  ['Home / End', 'First / last frame'],
  ['Space', 'Play / pause cine'],
  ['] / [', 'Faster / slower cine (fps)'],
  ['Alt+← → / Alt+↑ ↓', 'Window width / centre'],
  ['W', 'Reset the window to the file’s default'],
  ['I', 'Invert'],
  ['R / Shift+R', 'Rotate 90° right / left'],
  ['H / V', 'Flip horizontally / vertically'],
  ['F', 'Fit to the view'],
  ['1', 'One image pixel per screen pixel'],
  ['+ / -', 'Zoom in / out'],
  ['Shift+arrows', 'Pan'],
  ['0', 'Reset the view (fit, no rotation or flip)'],
  ['P', 'Pan tool (left drag pans)'],
  ['O', 'Corner text on / off'],
  ['G', 'Overlay planes (60xx) on / off'],
  ['D', 'Hide / show patient identity (all inspectors)'],
  ['/', 'Focus the header filter'],
];
