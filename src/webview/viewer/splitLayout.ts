// The page's split between the image viewer and the header table: a draggable, keyboard-resizable separator
// (role="separator" with aria-valuenow), buttons to show the image, the header or both, and the orientation
// (beside each other, stacked, or automatic by the editor's width). Files without pixel data get the header alone.

import { element } from '../dom';
import type { StatePart } from '../state';
import type { LayoutMode, LayoutState, SplitOrientation } from './viewerState';
import {
  clampSplit,
  DEFAULT_LAYOUT,
  effectiveOrientation,
  sanitizeLayoutState,
  splitAfterKey,
} from './viewerState';

const ORIENTATION_LABELS: Readonly<Record<SplitOrientation, string>> = {
  auto: 'Auto',
  horizontal: 'Side by side',
  vertical: 'Stacked',
};
const NEXT_ORIENTATION: Readonly<Record<SplitOrientation, SplitOrientation>> = {
  auto: 'horizontal',
  horizontal: 'vertical',
  vertical: 'auto',
};

export class SplitLayout {
  /** Goes where the header table used to be: the layout bar and the split. */
  readonly root: HTMLElement;
  readonly viewerPane: HTMLElement;
  readonly headerPane: HTMLElement;
  private readonly split: HTMLElement;
  private readonly splitter: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly modeButtons: ReadonlyMap<LayoutMode, HTMLButtonElement>;
  private readonly orientationButton: HTMLButtonElement;
  private state: LayoutState;
  private hasImage = false;
  private width = 0;

  constructor(private readonly store: StatePart) {
    this.state = sanitizeLayoutState(store.load());
    this.viewerPane = element('div', { className: 'pane viewer-pane', attributes: { id: 'viewer-pane' } });
    this.headerPane = element('div', { className: 'pane header-pane', attributes: { id: 'header-pane' } });
    this.splitter = element('div', {
      className: 'splitter',
      attributes: {
        id: 'splitter',
        role: 'separator',
        tabindex: '0',
        'aria-label': 'Resize the image and the header',
        'aria-controls': 'viewer-pane',
        'aria-valuemin': '15',
        'aria-valuemax': '85',
        title: 'Drag, or use the arrow keys, to resize; double-click to share evenly',
      },
    });
    this.split = element('div', { className: 'split' }, [this.viewerPane, this.splitter, this.headerPane]);

    const modeButton = (mode: LayoutMode, text: string, title: string) =>
      element('button', {
        className: 'tool-button layout-button',
        text,
        attributes: { id: `layout-${mode}`, type: 'button', title, 'aria-pressed': 'false' },
      });
    const buttons: [LayoutMode, HTMLButtonElement][] = [
      ['image', modeButton('image', 'Image', 'Show only the image')],
      ['both', modeButton('both', 'Both', 'Show the image and the header')],
      ['header', modeButton('header', 'Header', 'Show only the header')],
    ];
    this.modeButtons = new Map(buttons);
    this.orientationButton = element('button', {
      className: 'tool-button layout-button',
      attributes: { id: 'layout-orientation', type: 'button' },
    });
    this.bar = element(
      'div',
      { className: 'layout-bar', attributes: { role: 'toolbar', 'aria-label': 'Layout' } },
      [...buttons.map(([, button]) => button), this.orientationButton],
    );
    this.root = element('div', { className: 'workspace no-image' }, [this.bar, this.split]);
    this.wire();
    this.apply();
  }

  /** Whether there is an image to show; without one the header takes the whole page. */
  setHasImage(hasImage: boolean): void {
    this.hasImage = hasImage;
    this.apply();
  }

  /** Makes sure the header is on screen (an element is being revealed in it): "Image" only becomes "Both". */
  showHeader(): void {
    if (this.state.mode === 'image') this.update({ mode: 'both' });
  }

  private wire(): void {
    for (const [mode, button] of this.modeButtons)
      button.addEventListener('click', () => this.update({ mode }));
    this.orientationButton.addEventListener('click', () =>
      this.update({ orientation: NEXT_ORIENTATION[this.state.orientation] }),
    );
    new ResizeObserver((entries) => {
      this.width = entries[entries.length - 1].contentRect.width;
      this.apply();
    }).observe(this.root);

    this.splitter.addEventListener('keydown', (event) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      const split = splitAfterKey(this.state.split, event.key);
      if (split === undefined) return;
      event.preventDefault();
      event.stopPropagation();
      this.update({ split });
    });
    this.splitter.addEventListener('dblclick', () => this.update({ split: DEFAULT_LAYOUT.split }));
    this.splitter.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      this.splitter.setPointerCapture(event.pointerId);
      this.splitter.classList.add('active');
      const move = (e: PointerEvent) => {
        const box = this.split.getBoundingClientRect();
        const vertical = this.split.dataset.orientation === 'vertical';
        const fraction = vertical ? (e.clientY - box.top) / box.height : (e.clientX - box.left) / box.width;
        this.update({ split: clampSplit(fraction) }, false);
      };
      const end = () => {
        this.splitter.classList.remove('active');
        this.splitter.removeEventListener('pointermove', move);
        this.splitter.removeEventListener('pointerup', end);
        this.splitter.removeEventListener('pointercancel', end);
        this.store.save(this.state);
      };
      this.splitter.addEventListener('pointermove', move);
      this.splitter.addEventListener('pointerup', end);
      this.splitter.addEventListener('pointercancel', end);
    });
  }

  private update(patch: Partial<LayoutState>, save = true): void {
    this.state = { ...this.state, ...patch };
    this.apply();
    if (save) this.store.save(this.state);
  }

  private apply(): void {
    const { mode, orientation, split } = this.state;
    const shown: LayoutMode = this.hasImage ? mode : 'header';
    const direction = effectiveOrientation(orientation, { width: this.width });
    this.root.classList.toggle('no-image', !this.hasImage);
    this.split.dataset.mode = shown;
    this.split.dataset.orientation = direction;
    this.viewerPane.hidden = shown === 'header';
    this.headerPane.hidden = shown === 'image';
    this.splitter.hidden = shown !== 'both';
    this.bar.hidden = !this.hasImage;
    this.split.style.setProperty('--split', String(split));
    this.splitter.setAttribute('aria-orientation', direction === 'horizontal' ? 'vertical' : 'horizontal');
    this.splitter.setAttribute('aria-valuenow', String(Math.round(split * 100)));
    this.splitter.setAttribute('aria-valuetext', `Image ${Math.round(split * 100)} %`);
    for (const [m, button] of this.modeButtons) button.setAttribute('aria-pressed', String(m === mode));
    const label = ORIENTATION_LABELS[orientation];
    this.orientationButton.textContent = `Layout: ${label}`;
    this.orientationButton.title = `Split orientation: ${label}${orientation === 'auto' ? ` (now ${ORIENTATION_LABELS[direction].toLowerCase()})` : ''}. Click to change.`;
  }
}
