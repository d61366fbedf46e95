// The viewer's DOM: toolbar (window/level, view, overlays, help), the viewport with its two canvases, corner
// text and message area, the probe line and the frame bar. Only builds elements; ImageViewer wires them.
// Every label, title and text is set as text or attribute values, never as markup.

import { element } from '../dom';
import { VIEWER_SHORTCUTS } from './viewerKeys';

export interface ViewerDom {
  readonly root: HTMLElement;
  readonly toolbar: HTMLElement;
  readonly preset: HTMLSelectElement;
  readonly center: HTMLInputElement;
  readonly width: HTMLInputElement;
  readonly resetWindow: HTMLButtonElement;
  readonly invert: HTMLButtonElement;
  readonly zoomOut: HTMLButtonElement;
  readonly zoomIn: HTMLButtonElement;
  readonly fit: HTMLButtonElement;
  readonly oneToOne: HTMLButtonElement;
  readonly rotateLeft: HTMLButtonElement;
  readonly rotateRight: HTMLButtonElement;
  readonly flipH: HTMLButtonElement;
  readonly flipV: HTMLButtonElement;
  readonly panTool: HTMLButtonElement;
  readonly resetView: HTMLButtonElement;
  readonly textToggle: HTMLButtonElement;
  readonly overlayToggle: HTMLButtonElement;
  readonly viewport: HTMLElement;
  readonly imageCanvas: HTMLCanvasElement;
  readonly overlayCanvas: HTMLCanvasElement;
  readonly corners: {
    readonly topLeft: HTMLElement;
    readonly topRight: HTMLElement;
    readonly bottomLeft: HTMLElement;
    readonly bottomRight: HTMLElement;
  };
  readonly message: HTMLElement;
  readonly messageText: HTMLElement;
  readonly saveBitstream: HTMLButtonElement;
  readonly probe: HTMLElement;
  readonly frameBar: HTMLElement;
  readonly play: HTMLButtonElement;
  readonly slider: HTMLInputElement;
  readonly frameLabel: HTMLElement;
  readonly fps: HTMLInputElement;
}

function toolButton(id: string, text: string, label: string, key: string, toggle = false): HTMLButtonElement {
  const button = element('button', {
    className: 'tool-button viewer-button',
    text,
    attributes: { id, type: 'button', 'aria-label': label, title: key ? `${label} (${key})` : label },
  });
  if (toggle) button.setAttribute('aria-pressed', 'false');
  if (key) button.setAttribute('aria-keyshortcuts', key);
  return button;
}

const group = (label: string, children: readonly Node[]) =>
  element('div', { className: 'tool-group', attributes: { role: 'group', 'aria-label': label } }, children);

export function createViewerDom(): ViewerDom {
  const preset = element('select', {
    className: 'viewer-select',
    attributes: { id: 'window-preset', 'aria-label': 'Window preset', title: 'Window presets (W resets)' },
  });
  const numberInput = (id: string, label: string, title: string) =>
    element('input', {
      className: 'viewer-number',
      attributes: { id, type: 'number', step: 'any', 'aria-label': label, title },
    });
  const center = numberInput('window-center', 'Window centre', 'Window centre (Alt+↑/↓)');
  const width = numberInput('window-width', 'Window width', 'Window width (Alt+←/→)');
  width.min = '0';
  const resetWindow = toolButton('reset-window', 'Reset W/L', 'Reset the window to the file’s default', 'W');
  const invert = toolButton('invert', 'Invert', 'Invert', 'I', true);

  const zoomOut = toolButton('zoom-out', '−', 'Zoom out', '-');
  const zoomIn = toolButton('zoom-in', '+', 'Zoom in', '+');
  const fit = toolButton('zoom-fit', 'Fit', 'Fit the image to the view', 'F', true);
  const oneToOne = toolButton('zoom-1to1', '1:1', 'One image pixel per screen pixel', '1');
  const rotateLeft = toolButton('rotate-left', '⟲', 'Rotate 90° left', 'Shift+R');
  const rotateRight = toolButton('rotate-right', '⟳', 'Rotate 90° right', 'R');
  const flipH = toolButton('flip-h', '⇆', 'Flip horizontally', 'H', true);
  const flipV = toolButton('flip-v', '⇅', 'Flip vertically', 'V', true);
  const panTool = toolButton('pan-tool', 'Pan', 'Pan tool: left drag pans', 'P', true);
  const resetView = toolButton('reset-view', 'Reset view', 'Reset the view', '0');
  const textToggle = toolButton('toggle-text', 'Text', 'Corner text', 'O', true);
  const overlayToggle = toolButton('toggle-overlays', 'Overlays', 'Overlay planes (60xx)', 'G', true);

  const shortcuts = element(
    'dl',
    { className: 'shortcut-list' },
    VIEWER_SHORTCUTS.flatMap(([keys, action]) => [
      element('dt', { text: keys }),
      element('dd', { text: action }),
    ]),
  );
  const help = element('details', { className: 'help viewer-help' }, [
    element('summary', {
      text: 'Keys',
      attributes: { title: 'Viewer keys (they apply while the image area has focus)' },
    }),
    element('div', { className: 'help-popover' }, [
      element('p', { className: 'help-note', text: 'With the image focused (click it or Tab to it):' }),
      shortcuts,
    ]),
  ]);

  const toolbar = element(
    'div',
    { className: 'viewer-toolbar', attributes: { role: 'toolbar', 'aria-label': 'Image tools' } },
    [
      group('Window', [
        preset,
        element('label', { className: 'viewer-field', text: 'C' }, [center]),
        element('label', { className: 'viewer-field', text: 'W' }, [width]),
        resetWindow,
        invert,
      ]),
      group('View', [
        zoomOut,
        zoomIn,
        fit,
        oneToOne,
        rotateLeft,
        rotateRight,
        flipH,
        flipV,
        panTool,
        resetView,
      ]),
      group('Overlays', [textToggle, overlayToggle]),
      help,
    ],
  );

  const imageCanvas = element('canvas', {
    className: 'image-canvas',
    attributes: { id: 'image-canvas', 'aria-hidden': 'true' },
  });
  const overlayCanvas = element('canvas', {
    className: 'overlay-canvas',
    attributes: { id: 'overlay-canvas', 'aria-hidden': 'true' },
  });
  const corner = (position: string) =>
    element('div', { className: `corner corner-${position}`, attributes: { 'data-corner': position } });
  const corners = {
    topLeft: corner('top-left'),
    topRight: corner('top-right'),
    bottomLeft: corner('bottom-left'),
    bottomRight: corner('bottom-right'),
  };
  const messageText = element('p', { className: 'viewer-message-text' });
  const saveBitstream = element('button', {
    className: 'tool-button',
    text: 'Save raw bitstream…',
    attributes: {
      id: 'save-bitstream',
      type: 'button',
      title: 'Save this frame’s encoded bytes as they are in the file',
    },
  });
  const message = element(
    'div',
    { className: 'viewer-message', attributes: { id: 'viewer-message', role: 'status' } },
    [messageText, saveBitstream],
  );
  const probe = element('div', {
    className: 'probe',
    attributes: { id: 'probe', title: 'Pixel under the pointer: x = column, y = row, from 0' },
  });
  const viewport = element(
    'div',
    {
      className: 'viewport',
      attributes: {
        id: 'image-viewport',
        tabindex: '0',
        role: 'group',
        'aria-roledescription': 'image viewer',
        'aria-label': 'Image. Drag to change the window, wheel to zoom; see Keys for the keyboard.',
        'aria-describedby': 'viewer-message',
      },
    },
    [
      imageCanvas,
      overlayCanvas,
      corners.topLeft,
      corners.topRight,
      corners.bottomLeft,
      corners.bottomRight,
      message,
    ],
  );

  const play = toolButton('cine-play', 'Play', 'Play cine', 'Space', true);
  const slider = element('input', {
    className: 'frame-slider',
    attributes: {
      id: 'frame-slider',
      type: 'range',
      min: '1',
      max: '1',
      step: '1',
      value: '1',
      'aria-label': 'Frame',
      title: 'Frame (numbered from 1 here; the CLI’s --frame counts from 0). Arrows, PgUp/PgDn, Home/End.',
    },
  });
  const frameLabel = element('span', {
    className: 'frame-label',
    attributes: {
      id: 'frame-label',
      title: 'Frames are numbered from 1 here (the CLI’s --frame counts from 0)',
    },
  });
  const fps = element('input', {
    className: 'viewer-number fps-input',
    attributes: {
      id: 'cine-fps',
      type: 'number',
      min: '1',
      max: '60',
      step: '1',
      'aria-label': 'Cine frames per second',
      title: 'Cine speed in frames per second (] faster, [ slower)',
    },
  });
  const frameBar = element(
    'div',
    { className: 'frame-bar', attributes: { role: 'group', 'aria-label': 'Frames' } },
    [play, slider, frameLabel, element('label', { className: 'viewer-field', text: 'fps' }, [fps])],
  );

  // The probe shares its line with the keys help, which opens upwards over the image.
  const statusRow = element('div', { className: 'viewer-status' }, [probe, help]);
  const root = element('section', { className: 'viewer', attributes: { 'aria-label': 'Image viewer' } }, [
    toolbar,
    viewport,
    statusRow,
    frameBar,
  ]);
  return {
    root,
    toolbar,
    preset,
    center,
    width,
    resetWindow,
    invert,
    zoomOut,
    zoomIn,
    fit,
    oneToOne,
    rotateLeft,
    rotateRight,
    flipH,
    flipV,
    panTool,
    resetView,
    textToggle,
    overlayToggle,
    viewport,
    imageCanvas,
    overlayCanvas,
    corners,
    message,
    messageText,
    saveBitstream,
    probe,
    frameBar,
    play,
    slider,
    frameLabel,
    fps,
  };
}
