// Mouse and pen input on the viewport: left drag (window/level, or pan for colour images and the pan tool),
// middle or Shift/Ctrl drag (pan), the wheel (zoom around the pointer), hovering (the probe) and double-click
// (fit). Reports deltas from where the drag started; the viewer turns them into state.

import type { Point } from './viewTransform';

export type DragMode = 'pan' | 'window';

export interface PointerToolEvents {
  /** What a press of this button with these modifiers does; undefined to ignore it. */
  dragMode(
    button: number,
    modifiers: { readonly shift: boolean; readonly ctrl: boolean },
  ): DragMode | undefined;
  dragStart(mode: DragMode): void;
  /** Total movement since the drag started, in CSS pixels. */
  drag(mode: DragMode, dx: number, dy: number): void;
  dragEnd(mode: DragMode): void;
  /** Pointer position in viewport coordinates, or undefined when it left. */
  hover(point: Point | undefined): void;
  wheel(factor: number, point: Point): void;
  doubleClick(): void;
}

/** Wheel zoom per pixel of scrolling: a notch of a mouse wheel (100 px) zooms by about 16 %. */
const WHEEL_ZOOM_PER_PIXEL = 1.0015;

export function attachPointerTools(viewport: HTMLElement, events: PointerToolEvents): void {
  let active: { id: number; mode: DragMode; x: number; y: number } | undefined;
  // Relative to the padding box, where the canvases are placed (the border box also holds the border).
  const local = (event: MouseEvent): Point => {
    const box = viewport.getBoundingClientRect();
    return {
      x: event.clientX - box.left - viewport.clientLeft,
      y: event.clientY - box.top - viewport.clientTop,
    };
  };

  viewport.addEventListener('pointerdown', (event) => {
    if (active) return;
    const mode = events.dragMode(event.button, {
      shift: event.shiftKey,
      ctrl: event.ctrlKey || event.metaKey,
    });
    if (!mode) return;
    // No text selection, no middle-button autoscroll; the viewport takes focus so the keys work afterwards.
    event.preventDefault();
    viewport.focus({ preventScroll: true });
    viewport.setPointerCapture(event.pointerId);
    active = { id: event.pointerId, mode, x: event.clientX, y: event.clientY };
    viewport.classList.add(mode === 'pan' ? 'panning' : 'windowing');
    events.dragStart(mode);
  });
  viewport.addEventListener('pointermove', (event) => {
    events.hover(local(event));
    if (active && event.pointerId === active.id)
      events.drag(active.mode, event.clientX - active.x, event.clientY - active.y);
  });
  const finish = (event: PointerEvent) => {
    if (!active || event.pointerId !== active.id) return;
    const mode = active.mode;
    active = undefined;
    viewport.classList.remove('panning', 'windowing');
    if (viewport.hasPointerCapture(event.pointerId)) viewport.releasePointerCapture(event.pointerId);
    events.dragEnd(mode);
  };
  viewport.addEventListener('pointerup', finish);
  viewport.addEventListener('pointercancel', finish);
  viewport.addEventListener('pointerleave', () => {
    if (!active) events.hover(undefined);
  });
  // Chromium starts autoscroll on a middle press unless mousedown is cancelled too.
  viewport.addEventListener('mousedown', (event) => {
    if (event.button === 1) event.preventDefault();
  });
  viewport.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const pixels =
        event.deltaMode === 1 ? event.deltaY * 16 : event.deltaMode === 2 ? event.deltaY * 400 : event.deltaY;
      events.wheel(Math.pow(WHEEL_ZOOM_PER_PIXEL, -pixels), local(event));
    },
    { passive: false },
  );
  viewport.addEventListener('dblclick', (event) => {
    if (event.button === 0) events.doubleClick();
  });
}
