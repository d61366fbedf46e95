// The image viewer: asks the host for frames (the current one first, then its neighbours), keeps them in a
// bounded cache, draws the current one with the shared render function, and carries out what the user does with
// the mouse, the keyboard and the toolbar (window/level, zoom, pan, rotate, flip, frames, cine, overlays).
//
// Drawing happens at most once per animation frame: every change marks the view dirty and one update() brings
// canvas, transform and controls in line with the state. The canvas is re-rendered only when the frame, the
// window or the inversion changed; zoom and pan only change a CSS transform.

import type { DecodedFrame, DisplayWindow, ImageInfo, RenderOptions } from '../../dicom/pixels/imageTypes';
import { frameValues } from '../../dicom/pixels/frameValues';
import { probePixel } from '../../dicom/pixels/probe';
import { defaultWindow } from '../../dicom/pixels/render';
import type { FrameNavigation, ShownView, SummaryInfo, WebviewMessage } from '../../shared/protocol';
import { element } from '../dom';
import type { StatePart } from '../state';
import { CineClock, clampFps, fileFps, nextCineFrame } from './cine';
import { cornerText } from './cornerText';
import { HIDDEN_TEXT, withIdentityHidden } from '../../dicom/identifying';
import { FrameCache } from './frameCache';
import { FrameScheduler } from './frameScheduler';
import { ImageCanvas, opaqueRgbOf } from './imageCanvas';
import { attachPointerTools } from './pointerTools';
import type { DragMode } from './pointerTools';
import { PresetMenu } from './presetMenu';
import { probeText } from './probeText';
import type { ViewerAction } from './viewerKeys';
import { viewerKeyAction, ZOOM_STEP } from './viewerKeys';
import { createViewerDom } from './viewerDom';
import type { ViewerDom } from './viewerDom';
import { canRenderInBands, previewStep, subsampleFrame } from './previewFrame';
import type { ViewerState } from './viewerState';
import { DEFAULT_VIEWER_STATE, imageFingerprint, sanitizeViewerState } from './viewerState';
import type { Point, Size, ViewTransform } from './viewTransform';
import {
  DEFAULT_VIEW,
  fitView,
  flipView,
  imageToViewport,
  oneToOneView,
  panView,
  pixelAt,
  resolveView,
  rotateView,
  zoomAround,
  zoomPercent,
} from './viewTransform';
import type { ValueRange } from './windowLevel';
import {
  dragWindow,
  formatValue,
  isIntegerModality,
  minimumWidth,
  modalityRange,
  roundWindow,
  stepWindow,
} from './windowLevel';

export interface ViewerCallbacks {
  /** Whether the file has pixel data to show; false leaves the header alone on the page. */
  availability(hasImage: boolean): void;
  /** The frame now on screen (0-based), so the header can follow it. */
  frameShown(index: number): void;
}

/** How long the frame and window must stay put before the status bar is told. */
const FRAME_SHOWN_DELAY_MS = 100;
const SAVE_DELAY_MS = 100;
/** A window drag that stops moving this long gets the frame's full pixels back (it also does on release). */
const PREVIEW_PAUSE_MS = 250;

interface WindowDrag {
  readonly start: DisplayWindow;
  readonly range: ValueRange;
  readonly minWidth: number;
  readonly integer: boolean;
}

const errorText = (caught: unknown): string => (caught instanceof Error ? caught.message : String(caught));

export class ImageViewer {
  readonly root: HTMLElement;
  private readonly dom: ViewerDom;
  private readonly canvas: ImageCanvas;
  private readonly presetMenu: PresetMenu;

  private info: ImageInfo | undefined;
  private summary: SummaryInfo | undefined;
  /** "Hide patient identity" (the host's setting): the corner text's identifying lines read "hidden". */
  private hideIdentity = false;
  private state: ViewerState = DEFAULT_VIEWER_STATE;
  /** False until the first image arrives: then the saved state is restored, later the live one is kept. */
  private restored = false;
  private readonly cache = new FrameCache<DecodedFrame>();
  private scheduler: FrameScheduler | undefined;
  private readonly failures = new Map<number, string>();

  /** What the image canvas holds now, and with which options. */
  private drawn:
    { readonly frame: DecodedFrame; readonly key: string; readonly preview: boolean } | undefined;
  /** True while a window drag is moving: big frames are drawn from a subsampled copy until it pauses or ends. */
  private previewing = false;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  /** The subsampled copy of the frame being dragged, made once per frame and step. */
  private previewCopy:
    { readonly source: DecodedFrame; readonly step: number; readonly copy: DecodedFrame } | undefined;
  private renderError: string | undefined;
  private overlaysKey = '';
  private cornersKey = '';
  private viewport: Size = { width: 0, height: 0 };
  private pointer: Point | undefined;
  private updateQueued = false;

  private playing = false;
  private clock = new CineClock(10);
  private panStart: ViewTransform | undefined;
  private windowDrag: WindowDrag | undefined;

  private followed = -1;
  private frameShownKey = '';
  private frameShownTimer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: { post(message: WebviewMessage): void },
    private readonly store: StatePart,
    private readonly callbacks: ViewerCallbacks,
  ) {
    this.dom = createViewerDom();
    this.root = this.dom.root;
    this.canvas = new ImageCanvas(this.dom.imageCanvas, this.dom.overlayCanvas);
    this.presetMenu = new PresetMenu(this.dom.preset, (choice) =>
      this.setWindow(choice.window, choice.voiLutIndex),
    );
    this.wireControls();
    this.wireKeys();
    attachPointerTools(this.dom.viewport, {
      dragMode: (button, modifiers) => this.dragMode(button, modifiers),
      dragStart: (mode) => this.dragStart(mode),
      drag: (mode, dx, dy) => this.drag(mode, dx, dy),
      dragEnd: () => {
        this.endPreview();
        this.saveNow();
      },
      hover: (point) => {
        this.pointer = point;
        this.updateProbe();
      },
      wheel: (factor, point) => this.setView(zoomAround(this.resolvedView(), factor, point, this.viewport)),
      doubleClick: () => this.setView(fitView(this.state.view)),
    });
    new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].contentRect;
      this.viewport = { width: box.width, height: box.height };
      this.requestUpdate();
    }).observe(this.dom.viewport);
  }

  // ---- Messages from the host ----

  setSummary(summary: SummaryInfo): void {
    this.summary = summary;
    this.requestUpdate();
  }

  /** The host's share of the webview cache setting for this webview; a smaller one evicts at once. */
  setCacheBudget(bytes: number): void {
    this.cache.setBudget(bytes);
  }

  setHideIdentity(hide: boolean): void {
    this.hideIdentity = hide;
    this.requestUpdate();
  }

  showImage(info: ImageInfo | null): void {
    this.stopCine();
    this.cache.clear();
    this.failures.clear();
    this.drawn = undefined;
    this.previewCopy = undefined;
    this.canvas.hidePreview();
    this.renderError = undefined;
    this.overlaysKey = this.cornersKey = '';
    this.presetMenu.reset();
    this.followed = -1;
    // A new image (the file was reloaded) is announced again, even on the same frame and window.
    this.frameShownKey = '';
    if (!info) {
      this.info = undefined;
      this.scheduler = undefined;
      this.callbacks.availability(false);
      return;
    }
    this.info = info;
    const base = this.restored ? this.state : sanitizeViewerState(this.store.load());
    this.restored = true;
    const fingerprint = imageFingerprint(info);
    const count = Math.max(1, info.format.numberOfFrames);
    this.state =
      base.fingerprint === fingerprint
        ? { ...base, frame: Math.min(base.frame, count - 1) }
        : {
            ...DEFAULT_VIEWER_STATE,
            fingerprint,
            showText: base.showText,
            showOverlays: base.showOverlays,
            panTool: base.panTool,
          };
    this.scheduler = new FrameScheduler(count);
    this.clock = new CineClock(this.state.fps ?? fileFps(info));
    this.callbacks.availability(true);

    const problem = info.problem !== undefined;
    this.root.classList.toggle('has-problem', problem);
    this.dom.frameBar.hidden = count <= 1;
    this.dom.slider.max = String(count);
    this.dom.overlayToggle.hidden = info.overlays.length === 0;
    if (!problem) {
      this.canvas.setSize(info.format.columns, info.format.rows);
      this.cache.pin(this.state.frame);
      this.requestFrames();
    }
    this.requestUpdate();
    this.saveNow();
  }

  showFrame(frame: DecodedFrame): void {
    const info = this.info;
    const scheduler = this.scheduler;
    if (!info || !scheduler || frame.index >= scheduler.count) return;
    if (frame.rows !== info.format.rows || frame.columns !== info.format.columns) {
      const got = `${frame.columns} × ${frame.rows}`;
      const expected = `${info.format.columns} × ${info.format.rows}`;
      const message = `Frame ${frame.index + 1} was decoded as ${got} pixels; the header says ${expected}.`;
      return this.frameFailed(frame.index, message);
    }
    this.cache.put(frame);
    this.failures.delete(frame.index);
    const verdict = scheduler.onResponse(frame.index, true);
    this.send(scheduler.plan((i) => this.cache.has(i)));
    // A frame the user has moved away from is kept for later but not drawn.
    if (verdict === 'show') this.requestUpdate();
  }

  frameFailed(index: number, message: string): void {
    const scheduler = this.scheduler;
    if (!scheduler || index >= scheduler.count) return;
    this.failures.set(index, message);
    scheduler.onResponse(index, false);
    this.send(scheduler.plan((i) => this.cache.has(i)));
    if (index === this.state.frame) this.requestUpdate();
  }

  // ---- State changes ----

  private get frameCount(): number {
    return this.scheduler?.count ?? 1;
  }

  private setFrame(index: number, fromCine = false): void {
    if (!fromCine) this.stopCine();
    const frame = Math.min(this.frameCount - 1, Math.max(0, Math.round(index)));
    if (frame === this.state.frame) return;
    this.state = { ...this.state, frame };
    this.cache.pin(frame);
    this.requestFrames();
    this.requestUpdate();
    this.saveSoon();
  }

  private setWindow(window: DisplayWindow | null, voiLutIndex: number | null = null): void {
    this.state = { ...this.state, window, voiLutIndex };
    this.requestUpdate();
    this.saveSoon();
  }

  private setView(view: ViewTransform): void {
    this.state = { ...this.state, view };
    this.requestUpdate();
    this.saveSoon();
  }

  private patchState(patch: Partial<ViewerState>): void {
    this.state = { ...this.state, ...patch };
    this.requestUpdate();
    this.saveSoon();
  }

  private requestFrames(): void {
    const scheduler = this.scheduler;
    if (!scheduler || this.info?.problem !== undefined) return;
    this.send(scheduler.setCurrent(this.state.frame, (i) => this.cache.has(i), this.playing));
  }

  private send(requests: readonly { index: number; prefetch: boolean }[]): void {
    for (const { index, prefetch } of requests) this.host.post({ type: 'requestFrame', index, prefetch });
  }

  // ---- What is on screen ----

  private currentFrame(): DecodedFrame | undefined {
    return this.cache.get(this.state.frame);
  }

  private isColour(frame: DecodedFrame | undefined): boolean {
    // As render.ts decides: a palette image is colour only when the file has its palette.
    const hasPalette = this.info?.palette !== undefined;
    if (frame) return frame.samplesPerPixel !== 1 || (frame.photometric === 'PALETTE COLOR' && hasPalette);
    const format = this.info?.format;
    return (
      !!format && (format.samplesPerPixel !== 1 || (format.photometric === 'PALETTE COLOR' && hasPalette))
    );
  }

  private renderOptions(frame: DecodedFrame): RenderOptions {
    const invert = this.state.invert;
    if (this.isColour(frame) || !this.info) return { invert };
    if (this.state.window) return { window: this.state.window, invert };
    const lut = this.state.voiLutIndex;
    if (lut !== null && lut < frameValues(this.info, frame.index).voiLuts.length)
      return { voiLutIndex: lut, invert };
    return { invert };
  }

  /** The window in effect for a grey frame: the user's, else the file's default; undefined for colour. */
  private effectiveWindow(frame: DecodedFrame | undefined): DisplayWindow | undefined {
    if (!frame || !this.info || this.isColour(frame)) return undefined;
    if (this.state.window) return this.state.window;
    try {
      const fileDefault = defaultWindow(frame, this.info);
      return fileDefault ? { center: fileDefault.center, width: fileDefault.width } : undefined;
    } catch {
      return undefined;
    }
  }

  private resolvedView(): ViewTransform {
    const format = this.info?.format;
    if (!format) return this.state.view;
    return resolveView(this.state.view, { width: format.columns, height: format.rows }, this.viewport);
  }

  private requestUpdate(): void {
    if (this.updateQueued) return;
    this.updateQueued = true;
    requestAnimationFrame(() => {
      this.updateQueued = false;
      this.update();
    });
  }

  /** Brings the canvas, transform, message, controls and texts in line with the state. */
  private update(): void {
    const info = this.info;
    if (!info) return;
    if (info.problem !== undefined) {
      this.showMessage(info.problem, info.canSaveBitstream);
      this.dom.imageCanvas.hidden = this.dom.overlayCanvas.hidden = true;
      this.updateFrameControls();
      return;
    }
    const index = this.state.frame;
    const frame = this.currentFrame();
    if (frame) this.drawFrame(frame, info);

    const failure = this.failures.get(index);
    const shown = !!frame && this.drawn?.frame === frame && !this.renderError;
    // The host's message names the frame and what went wrong; it is shown as it is.
    if (failure !== undefined) this.showMessage(failure, info.canSaveBitstream);
    else if (frame && this.renderError !== undefined)
      this.showMessage(`Frame ${index + 1} could not be drawn. ${this.renderError}`, false);
    else if (!frame) this.showMessage(`Loading frame ${index + 1}…`, false);
    else this.showMessage('', false);
    // A failed frame leaves nothing on screen (never another frame's pixels); a loading one shows the last
    // frame dimmed until it arrives.
    this.dom.imageCanvas.hidden = this.dom.overlayCanvas.hidden = failure !== undefined || !this.drawn;
    if (this.dom.imageCanvas.hidden) this.canvas.hidePreview();
    this.dom.viewport.classList.toggle('stale', !shown);

    this.drawOverlays(shown ? index : -1, info);
    const view = this.resolvedView();
    const size = { width: info.format.columns, height: info.format.rows };
    const dpr = window.devicePixelRatio || 1;
    this.canvas.setTransform(imageToViewport(view, size, this.viewport), view.zoom * dpr > 1);

    this.updateWindowControls(frame);
    this.updateViewControls(view);
    this.updateFrameControls();
    this.updateCorners(frame, view);
    this.updateProbe();
    if (shown) this.announce(index, this.effectiveWindow(frame), this.renderOptions(frame));
  }

  private drawFrame(frame: DecodedFrame, info: ImageInfo): void {
    const options = this.renderOptions(frame);
    const w = options.window;
    const step = this.previewing ? previewStep(frame.columns, frame.rows) : 1;
    const key =
      `${w ? `${w.center}/${w.width}` : '-'}|${options.voiLutIndex ?? '-'}|${options.invert ? 1 : 0}` +
      (step > 1 ? `|preview ${step}` : '');
    if (this.drawn?.frame === frame && this.drawn.key === key) return;
    try {
      if (step > 1) {
        let preview = this.previewCopy;
        if (preview?.source !== frame || preview.step !== step)
          preview = this.previewCopy = { source: frame, step, copy: subsampleFrame(frame, step) };
        this.canvas.drawPreview(preview.copy, frame.columns, frame.rows, info, options);
      } else if (this.drawn?.frame === frame && this.drawn.preview && canRenderInBands(frame, options)) {
        // Back from a drag's preview: the full pixels go in band by band under it, so that a drag that resumes
        // is not held up by one long render.
        this.canvas.drawInBands(frame, info, options).catch((caught: unknown) => {
          if (this.drawn?.frame !== frame || this.drawn.key !== key) return;
          this.renderError = errorText(caught);
          this.requestUpdate();
        });
      } else {
        this.canvas.draw(frame, info, options);
      }
      if (step === 1) this.previewCopy = undefined;
      this.drawn = { frame, key, preview: step > 1 };
      this.renderError = undefined;
    } catch (caught) {
      this.renderError = errorText(caught);
    }
  }

  private drawOverlays(index: number, info: ImageInfo): void {
    const key = `${index}|${this.state.showOverlays}`;
    if (key === this.overlaysKey) return;
    this.overlaysKey = key;
    if (index < 0 || !this.state.showOverlays || info.overlays.length === 0)
      return this.canvas.clearOverlays();
    // The theme's colour, as the stylesheet resolves it for the overlay canvas.
    const colour = getComputedStyle(this.dom.overlayCanvas).color || 'currentColor';
    this.canvas.drawOverlays(info.overlays, index, colour);
  }

  private showMessage(text: string, canSave: boolean): void {
    if (this.dom.messageText.textContent !== text) this.dom.messageText.textContent = text;
    this.dom.message.hidden = text === '';
    this.dom.saveBitstream.hidden = !canSave;
    this.dom.message.classList.toggle('is-loading', text.startsWith('Loading'));
  }

  private updateWindowControls(frame: DecodedFrame | undefined): void {
    const { preset, center, width, resetWindow } = this.dom;
    const colour = this.isColour(frame);
    for (const control of [preset, center, width, resetWindow]) control.disabled = colour || !frame;
    this.dom.invert.setAttribute('aria-pressed', String(this.state.invert));
    if (!frame || colour || !this.info) return;
    this.presetMenu.update(frame, this.info, this.state);
    const current = this.effectiveWindow(frame);
    if (current) {
      if (document.activeElement !== center) center.value = formatValue(current.center);
      if (document.activeElement !== width) width.value = formatValue(current.width);
    }
  }

  private updateViewControls(view: ViewTransform): void {
    const d = this.dom;
    d.fit.setAttribute('aria-pressed', String(view.fit));
    d.flipH.setAttribute('aria-pressed', String(view.flipH));
    d.flipV.setAttribute('aria-pressed', String(view.flipV));
    d.panTool.setAttribute('aria-pressed', String(this.state.panTool));
    d.textToggle.setAttribute('aria-pressed', String(this.state.showText));
    d.overlayToggle.setAttribute('aria-pressed', String(this.state.showOverlays));
    d.viewport.classList.toggle('pan-tool', this.state.panTool);
    for (const corner of Object.values(d.corners)) corner.hidden = !this.state.showText;
  }

  private updateFrameControls(): void {
    const count = this.frameCount;
    const k = this.state.frame + 1;
    const label = `Frame ${k} / ${count}`;
    const d = this.dom;
    if (d.frameLabel.textContent !== label) d.frameLabel.textContent = label;
    if (d.slider.value !== String(k)) d.slider.value = String(k);
    d.slider.setAttribute('aria-valuetext', `Frame ${k} of ${count}`);
    d.play.textContent = this.playing ? 'Pause' : 'Play';
    d.play.setAttribute('aria-pressed', String(this.playing));
    d.play.disabled = this.info?.problem !== undefined;
    if (document.activeElement !== d.fps) d.fps.value = String(Math.round(this.clock.fps * 10) / 10);
  }

  private updateCorners(frame: DecodedFrame | undefined, view: ViewTransform): void {
    const info = this.info;
    if (!info || !this.state.showText) return;
    const lut = this.state.voiLutIndex;
    const luts = frame && !this.state.window && lut !== null ? frameValues(info, frame.index).voiLuts : [];
    const summary = this.hideIdentity && this.summary ? withIdentityHidden(this.summary) : this.summary;
    const text = cornerText(summary, {
      frame: this.state.frame,
      frameCount: this.frameCount,
      rows: info.format.rows,
      columns: info.format.columns,
      window: this.effectiveWindow(frame),
      voiLutName: lut !== null && lut < luts.length ? luts[lut].explanation : undefined,
      invert: this.state.invert,
      zoomPercent: zoomPercent(view, window.devicePixelRatio || 1),
      rotationDegrees: view.rotation * 90,
      flipH: view.flipH,
      flipV: view.flipV,
    });
    const key = JSON.stringify(text);
    if (key === this.cornersKey) return;
    this.cornersKey = key;
    // A hidden line is the word "hidden", blurred (identityMask.ts): the value is not in the DOM.
    const fill = (target: HTMLElement, lines: readonly string[]) =>
      target.replaceChildren(
        ...lines.map((line) =>
          element('div', { text: line, className: line === HIDDEN_TEXT ? 'identity-hidden' : undefined }),
        ),
      );
    fill(this.dom.corners.topLeft, text.topLeft);
    fill(this.dom.corners.topRight, text.topRight);
    fill(this.dom.corners.bottomLeft, text.bottomLeft);
    fill(this.dom.corners.bottomRight, text.bottomRight);
  }

  private updateProbe(): void {
    const info = this.info;
    const frame = info && !info.problem ? this.currentFrame() : undefined;
    let text = '';
    if (info && frame && this.pointer && this.drawn?.frame === frame) {
      const size = { width: info.format.columns, height: info.format.rows };
      const pixel = pixelAt(this.resolvedView(), size, this.viewport, this.pointer);
      if (pixel) {
        try {
          const result = probePixel(frame, info, this.renderOptions(frame), pixel.x, pixel.y);
          text = result ? probeText(result) : '';
        } catch (caught) {
          text = `x ${pixel.x}  y ${pixel.y}   (${errorText(caught)})`;
        }
      }
    }
    if (this.dom.probe.textContent !== text) this.dom.probe.textContent = text;
  }

  /** Tells the host (status bar) what is on screen once it has stayed for a moment; and the header at once. */
  private announce(index: number, voi: DisplayWindow | undefined, drawn: RenderOptions): void {
    if (index !== this.followed) {
      this.followed = index;
      this.callbacks.frameShown(index);
    }
    // What an export of "what is seen" needs: the render options as drawn (none set: the file's default, which
    // the shared render function picks the same way) and the orientation.
    const { rotation, flipH, flipV } = this.state.view;
    const view: ShownView = {
      window: drawn.window ?? null,
      voiLutIndex: drawn.voiLutIndex ?? null,
      invert: drawn.invert ?? false,
      rotation,
      flipH,
      flipV,
      // As drawOverlays decides: the toggle, whether or not this frame has overlay planes; and its colour.
      overlays: this.state.showOverlays,
      overlayColour: opaqueRgbOf(getComputedStyle(this.dom.overlayCanvas).color),
    };
    const key = `${index}|${voi ? `${voi.center}/${voi.width}` : ''}|${JSON.stringify(view)}`;
    if (key === this.frameShownKey) return;
    this.frameShownKey = key;
    clearTimeout(this.frameShownTimer);
    const count = this.frameCount;
    const shown = voi ? { center: voi.center, width: voi.width } : null;
    this.frameShownTimer = setTimeout(
      () => this.host.post({ type: 'frameShown', index, count, window: shown, view }),
      FRAME_SHOWN_DELAY_MS,
    );
  }

  // ---- Input ----

  private dragMode(button: number, modifiers: { shift: boolean; ctrl: boolean }): DragMode | undefined {
    if (!this.info || this.info.problem !== undefined) return undefined;
    if (button === 1) return 'pan';
    if (button !== 0) return undefined;
    const frame = this.currentFrame();
    if (modifiers.shift || modifiers.ctrl || this.state.panTool || this.isColour(frame) || !frame)
      return 'pan';
    return 'window';
  }

  private dragStart(mode: DragMode): void {
    if (mode === 'pan') {
      this.panStart = this.resolvedView();
      return;
    }
    const context = this.windowContext();
    if (!context) return;
    const { start, range, integer } = context;
    this.windowDrag = { start, range, integer, minWidth: minimumWidth(range, integer) };
  }

  /** The window now in effect and the range of modality values it moves in; undefined for colour images. */
  private windowContext() {
    const frame = this.currentFrame();
    const start = this.effectiveWindow(frame);
    if (!frame || !this.info || !start) return undefined;
    const values = frameValues(this.info, frame.index);
    return { start, range: modalityRange(frame, values), integer: isIntegerModality(frame, values) };
  }

  private drag(mode: DragMode, dx: number, dy: number): void {
    if (mode === 'pan') {
      if (this.panStart) this.setView(panView(this.panStart, dx, dy));
      return;
    }
    const drag = this.windowDrag;
    if (!drag) return;
    const next = dragWindow(drag.start, dx, dy, drag.range, this.viewport, drag.minWidth);
    // Big frames follow the drag from a subsampled copy, and get their full pixels back once it pauses.
    this.previewing = true;
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => this.endPreview(), PREVIEW_PAUSE_MS);
    this.setWindow(roundWindow(next, drag.integer));
  }

  /** Back to full resolution after a window drag paused or ended. */
  private endPreview(): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = undefined;
    if (!this.previewing) return;
    this.previewing = false;
    this.requestUpdate();
  }

  private wireKeys(): void {
    this.root.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      // Form fields keep their own keys (the slider's arrows move it, which moves the frame anyway).
      if (target.closest('input, select, textarea, summary')) return;
      if (target.tagName === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')) return;
      const action = viewerKeyAction(event);
      if (!action || !this.info) return;
      // Handled keys stop here: VS Code forwards unhandled webview keys to its own keybindings.
      event.preventDefault();
      event.stopPropagation();
      this.run(action);
    });
  }

  /** The frame navigation commands of the host (and their keybindings): as the arrow and Home/End keys. */
  navigate(to: FrameNavigation): void {
    if (!this.info) return;
    if (to === 'first' || to === 'last') this.run({ type: 'frameTo', to });
    else this.run({ type: 'frame', by: to === 'next' ? 1 : -1 });
  }

  private run(action: ViewerAction): void {
    const view = this.resolvedView();
    const centre = { x: this.viewport.width / 2, y: this.viewport.height / 2 };
    switch (action.type) {
      case 'frame':
        return this.setFrame(this.state.frame + action.by);
      case 'frameTo':
        return this.setFrame(action.to === 'first' ? 0 : this.frameCount - 1);
      case 'playPause':
        return this.togglePlay();
      case 'fps':
        return this.setFps(this.clock.fps + action.by);
      case 'invert':
        return this.patchState({ invert: !this.state.invert });
      case 'resetWindow':
        return this.setWindow(null);
      case 'window':
        return this.stepWindow(action.widthSteps, action.centerSteps);
      case 'rotate':
        return this.setView(rotateView(this.state.view, action.turns));
      case 'flip':
        return this.setView(flipView(this.state.view, action.axis));
      case 'fit':
        return this.setView(fitView(this.state.view));
      case 'oneToOne':
        return this.setView(oneToOneView(view, window.devicePixelRatio || 1));
      case 'resetView':
        return this.setView(DEFAULT_VIEW);
      case 'zoom':
        return this.setView(zoomAround(view, action.factor, centre, this.viewport));
      case 'pan':
        return this.setView(panView(view, action.dx * this.viewport.width, action.dy * this.viewport.height));
      case 'panTool':
        return this.patchState({ panTool: !this.state.panTool });
      case 'toggleText':
        return this.patchState({ showText: !this.state.showText });
      case 'toggleOverlays':
        return this.patchState({ showOverlays: !this.state.showOverlays });
      case 'toggleIdentity':
        // The host owns the state (a setting shared by every inspector) and answers with 'privacy'.
        return this.host.post({ type: 'setHideIdentity', hide: !this.hideIdentity });
    }
  }

  private stepWindow(widthSteps: number, centerSteps: number): void {
    const context = this.windowContext();
    if (!context) return;
    const { start, range, integer } = context;
    const next = stepWindow(start, widthSteps, centerSteps, range, minimumWidth(range, integer));
    this.setWindow(roundWindow(next, integer));
  }

  private wireControls(): void {
    const d = this.dom;
    const view = () => this.resolvedView();
    const centre = () => ({ x: this.viewport.width / 2, y: this.viewport.height / 2 });
    const click = (button: HTMLButtonElement, action: () => void) => button.addEventListener('click', action);
    click(d.resetWindow, () => this.setWindow(null));
    click(d.invert, () => this.run({ type: 'invert' }));
    click(d.zoomOut, () => this.setView(zoomAround(view(), 1 / ZOOM_STEP, centre(), this.viewport)));
    click(d.zoomIn, () => this.setView(zoomAround(view(), ZOOM_STEP, centre(), this.viewport)));
    click(d.fit, () => this.run({ type: 'fit' }));
    click(d.oneToOne, () => this.run({ type: 'oneToOne' }));
    click(d.rotateLeft, () => this.run({ type: 'rotate', turns: -1 }));
    click(d.rotateRight, () => this.run({ type: 'rotate', turns: 1 }));
    click(d.flipH, () => this.run({ type: 'flip', axis: 'h' }));
    click(d.flipV, () => this.run({ type: 'flip', axis: 'v' }));
    click(d.panTool, () => this.run({ type: 'panTool' }));
    click(d.resetView, () => this.run({ type: 'resetView' }));
    click(d.textToggle, () => this.run({ type: 'toggleText' }));
    click(d.overlayToggle, () => this.run({ type: 'toggleOverlays' }));
    click(d.play, () => this.togglePlay());
    click(d.saveBitstream, () => this.host.post({ type: 'saveBitstream', index: this.state.frame }));

    const typedWindow = () => {
      const center = Number(d.center.value);
      const width = Number(d.width.value);
      if (d.center.value !== '' && d.width.value !== '' && Number.isFinite(center) && width > 0)
        this.setWindow({ center, width });
      else this.requestUpdate();
    };
    d.center.addEventListener('change', typedWindow);
    d.width.addEventListener('change', typedWindow);
    d.slider.addEventListener('input', () => this.setFrame(Number(d.slider.value) - 1));
    d.fps.addEventListener('change', () => {
      const fps = Number(d.fps.value);
      if (d.fps.value !== '' && Number.isFinite(fps)) this.setFps(fps);
      else this.requestUpdate();
    });
  }

  // ---- Cine ----

  private setFps(fps: number): void {
    const clamped = clampFps(fps);
    this.clock.setFps(clamped, performance.now());
    this.patchState({ fps: clamped });
  }

  private togglePlay(): void {
    if (this.playing) return this.stopCine();
    if (this.frameCount <= 1 || !this.info || this.info.problem !== undefined) return;
    this.playing = true;
    this.clock.start(performance.now());
    this.requestFrames();
    this.requestUpdate();
    const tick = (now: number) => {
      if (!this.playing) return;
      const index = this.state.frame;
      // Every frame is shown: the next one waits until this one is on screen (or has failed).
      const ready = this.failures.has(index) || (this.drawn?.frame.index === index && this.cache.has(index));
      if (ready && this.clock.isDue(now)) {
        this.setFrame(nextCineFrame(index, this.frameCount), true);
        this.clock.advanced(now);
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  private stopCine(): void {
    if (!this.playing) return;
    this.playing = false;
    this.requestUpdate();
  }

  // ---- Saved state ----

  private saveSoon(): void {
    if (this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
  }

  private saveNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.restored) this.store.save(this.state);
  }
}
