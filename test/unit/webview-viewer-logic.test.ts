// The viewer's pure logic: window/level by dragging, the frame cache (LRU by bytes), the frame request
// scheduling (current first, prefetch order, stale responses), cine timing, keys, texts, saved state, and the
// per-frame functional group items the header follows.

import * as assert from 'node:assert/strict';
import type { TagRow } from '../../src/shared/protocol';
import { splitStateStore } from '../../src/webview/state';
import type { HostConnection } from '../../src/webview/vscodeApi';
import { CineClock, clampFps, DEFAULT_FPS, fileFps, nextCineFrame } from '../../src/webview/viewer/cine';
import { cornerText } from '../../src/webview/viewer/cornerText';
import { FrameCache } from '../../src/webview/viewer/frameCache';
import { FrameScheduler } from '../../src/webview/viewer/frameScheduler';
import { overlayFrameOffset } from '../../src/webview/viewer/imageCanvas';
import { correspondingRow, findPerFrameItems } from '../../src/webview/viewer/perFrameItems';
import { probeText } from '../../src/webview/viewer/probeText';
import { viewerKeyAction } from '../../src/webview/viewer/viewerKeys';
import {
  DEFAULT_LAYOUT,
  DEFAULT_VIEWER_STATE,
  effectiveOrientation,
  imageFingerprint,
  MAX_SPLIT,
  MIN_SPLIT,
  sanitizeLayoutState,
  sanitizeViewerState,
  splitAfterKey,
} from '../../src/webview/viewer/viewerState';
import type { ViewerState } from '../../src/webview/viewer/viewerState';
import { flipView, rotateView } from '../../src/webview/viewer/viewTransform';
import {
  dragWindow,
  formatValue,
  formatWindow,
  isIntegerModality,
  minimumWidth,
  modalityRange,
  roundWindow,
  stepWindow,
} from '../../src/webview/viewer/windowLevel';
import { ctInfo, ctValues, greyFrame, overlayPlane } from './helpers/imageSamples';
import { emptySummary, patientNameRow } from './helpers/sampleRows';

describe('viewer window/level', () => {
  it('maps stored values through the rescale (negative slopes too) or the modality LUT', () => {
    assert.deepEqual(modalityRange(greyFrame(), ctValues), { min: -1024, max: 3071 });
    assert.deepEqual(
      modalityRange({ minValue: 0, maxValue: 10 }, { ...ctValues, rescaleSlope: -2, rescaleIntercept: 5 }),
      {
        min: -15,
        max: 5,
      },
    );
    const lut = {
      firstValueMapped: 0,
      bitsPerEntry: 16,
      data: new Uint16Array([7, 300, 12]),
      explanation: '',
    };
    assert.deepEqual(modalityRange(greyFrame(), { ...ctValues, modalityLut: lut }), { min: 7, max: 300 });
  });

  it('drags: one viewport width of movement sweeps the whole range of widths, down raises the centre', () => {
    const range = { min: -1024, max: 3071 };
    const viewport = { width: 819, height: 400 };
    const start = { center: 40, width: 400 };
    assert.deepEqual(dragWindow(start, 0, 0, range, viewport, 1), start);
    const wider = dragWindow(start, 819, 0, range, viewport, 1);
    assert.equal(wider.width, 400 + 4095);
    assert.equal(wider.center, 40);
    const lower = dragWindow(start, 0, -200, range, viewport, 1);
    assert.ok(Math.abs(lower.center - (40 - 4095 / 2)) < 1e-9);
    assert.equal(lower.width, 400);
    // Never narrower than the minimum width.
    assert.equal(dragWindow(start, -5000, 0, range, viewport, 1).width, 1);
  });

  it('rounds windows for integer data and keeps float windows exact', () => {
    assert.deepEqual(roundWindow({ center: 40.4, width: 0.2 }, true), { center: 40, width: 1 });
    assert.deepEqual(roundWindow({ center: 0.25, width: 0.125 }, false), { center: 0.25, width: 0.125 });
    assert.equal(isIntegerModality(greyFrame(), ctValues), true);
    assert.equal(isIntegerModality(greyFrame(0, { sampleType: 'float32' }), ctValues), false);
    assert.equal(isIntegerModality(greyFrame(), { ...ctValues, rescaleSlope: 0.5 }), false);
    assert.equal(minimumWidth({ min: 0, max: 1 }, false), 1e-4);
    assert.equal(minimumWidth({ min: 0, max: 1 }, true), 1);
  });

  it('steps by 1 % of the range from the keyboard', () => {
    const range = { min: 0, max: 1000 };
    assert.deepEqual(stepWindow({ center: 500, width: 100 }, 1, -2, range, 1), { center: 480, width: 110 });
    assert.deepEqual(stepWindow({ center: 500, width: 5 }, -1, 0, range, 1), { center: 500, width: 1 });
  });

  it('formats values for display', () => {
    assert.equal(formatValue(40), '40');
    assert.equal(formatValue(-1024), '-1024');
    assert.equal(formatValue(0.123456), '0.1235');
    assert.equal(formatValue(12345.6), '12346');
    assert.equal(formatWindow({ center: 40, width: 400 }), 'C 40  W 400');
  });
});

describe('viewer frame cache', () => {
  const frame = (index: number, bytes: number) => ({ index, samples: { byteLength: bytes } });

  it('evicts the least recently used frames to stay within its byte budget', () => {
    const cache = new FrameCache(300);
    assert.deepEqual(cache.put(frame(0, 100)), []);
    cache.put(frame(1, 100));
    cache.put(frame(2, 100));
    assert.equal(cache.bytes, 300);
    cache.get(0); // 0 is now the most recently used; 1 the least
    assert.deepEqual(cache.put(frame(3, 100)), [1]);
    assert.equal(cache.has(1), false);
    assert.deepEqual(cache.put(frame(4, 150)), [2, 0]);
    assert.equal(cache.bytes, 250);
    assert.equal(cache.size, 2);
  });

  it('never evicts the pinned (shown) frame, even alone over budget; a frame that does not fit beside it goes', () => {
    const cache = new FrameCache(100);
    cache.put(frame(0, 80));
    cache.pin(0);
    assert.deepEqual(cache.put(frame(1, 80)), [1]);
    assert.equal(cache.bytes, 80);
    assert.deepEqual(cache.put(frame(2, 10)), []);
    assert.ok(cache.has(0) && cache.has(2));
  });

  it('replaces a frame put twice without counting it twice', () => {
    const cache = new FrameCache(1000);
    cache.put(frame(5, 100));
    cache.put(frame(5, 120));
    assert.equal(cache.bytes, 120);
    assert.equal(cache.size, 1);
    cache.clear();
    assert.equal(cache.bytes, 0);
  });
});

describe('viewer frame scheduling', () => {
  const none = () => false;

  it('asks for the current frame first, then prefetches neighbours nearest first, ahead first', () => {
    const s = new FrameScheduler(100, {
      radius: 3,
      maxVisibleInFlight: 2,
      maxPrefetchInFlight: 10,
      hostDropRadius: 16,
    });
    assert.deepEqual(s.setCurrent(50, none), [
      { index: 50, prefetch: false },
      { index: 51, prefetch: true },
      { index: 49, prefetch: true },
      { index: 52, prefetch: true },
      { index: 48, prefetch: true },
      { index: 53, prefetch: true },
      { index: 47, prefetch: true },
    ]);
    // Moving backwards: ahead is now the lower numbers; what is in flight or cached is not asked again.
    const cached = new Set([45]);
    assert.deepEqual(
      s.setCurrent(46, (i) => cached.has(i)),
      [
        { index: 46, prefetch: false },
        { index: 44, prefetch: true },
        { index: 43, prefetch: true },
      ],
    );
  });

  it('stays inside the file, or wraps around during cine', () => {
    const s = new FrameScheduler(5, {
      radius: 2,
      maxVisibleInFlight: 2,
      maxPrefetchInFlight: 10,
      hostDropRadius: 16,
    });
    assert.deepEqual(
      s.setCurrent(0, none).map((r) => r.index),
      [0, 1, 2],
    );
    const cine = new FrameScheduler(5, {
      radius: 2,
      maxVisibleInFlight: 2,
      maxPrefetchInFlight: 10,
      hostDropRadius: 16,
    });
    assert.deepEqual(
      cine.setCurrent(4, none, true).map((r) => r.index),
      [4, 0, 3, 1, 2],
    );
  });

  it('limits prefetches in flight and refills as responses come back', () => {
    const s = new FrameScheduler(100, {
      radius: 5,
      maxVisibleInFlight: 2,
      maxPrefetchInFlight: 2,
      hostDropRadius: 16,
    });
    assert.deepEqual(
      s.setCurrent(10, none).map((r) => r.index),
      [10, 11, 9],
    );
    assert.equal(s.onResponse(11, true), 'stale');
    const cached = new Set([11]);
    assert.deepEqual(
      s.plan((i) => cached.has(i)),
      [{ index: 12, prefetch: true }],
    );
  });

  it('re-asks a frame being prefetched as visible, so the host moves it ahead', () => {
    const s = new FrameScheduler(100, {
      radius: 1,
      maxVisibleInFlight: 2,
      maxPrefetchInFlight: 4,
      hostDropRadius: 16,
    });
    s.setCurrent(10, none); // prefetches 11 and 9
    assert.deepEqual(s.setCurrent(11, none)[0], { index: 11, prefetch: false });
  });

  it('keeps at most N visible requests in flight while scrubbing, and asks for the newest wanted frame next', () => {
    const s = new FrameScheduler(1000, {
      radius: 0,
      maxVisibleInFlight: 2,
      maxPrefetchInFlight: 0,
      hostDropRadius: 16,
    });
    assert.deepEqual(s.setCurrent(1, none), [{ index: 1, prefetch: false }]);
    assert.deepEqual(s.setCurrent(2, none), [{ index: 2, prefetch: false }]);
    // The user scrubs on while 1 and 2 decode: nothing more is asked now.
    assert.deepEqual(s.setCurrent(3, none), []);
    assert.deepEqual(s.setCurrent(40, none), []);
    // Frame 1 arrives: stale (not drawn), and the slot goes to frame 40, not 3.
    assert.equal(s.onResponse(1, true), 'stale');
    assert.deepEqual(s.plan(none), [{ index: 40, prefetch: false }]);
    assert.equal(s.onResponse(40, true), 'show');
    assert.equal(s.onResponse(7, true), 'unrequested');
  });

  it('forgets prefetches the host drops (far from a new visible request), so their slots free up', () => {
    const s = new FrameScheduler(200, {
      radius: 2,
      maxVisibleInFlight: 2,
      maxPrefetchInFlight: 4,
      hostDropRadius: 16,
    });
    assert.deepEqual(
      s.setCurrent(10, none).map((r) => r.index),
      [10, 11, 9, 12, 8],
    );
    s.onResponse(10, true);
    // A jump far away: 11, 9, 12 and 8 will never be answered; new prefetches are asked at once.
    assert.deepEqual(
      s.setCurrent(100, (i) => i === 10).map((r) => r.index),
      [100, 101, 99, 102, 98],
    );
    assert.equal(s.isInFlight(11), false);
    // Near moves keep what is in flight.
    assert.deepEqual(
      s.setCurrent(103, none).map((r) => r.index),
      [103],
    );
    assert.equal(s.isInFlight(101), true);
  });

  it('does not ask again for a frame that failed', () => {
    const s = new FrameScheduler(10, {
      radius: 1,
      maxVisibleInFlight: 2,
      maxPrefetchInFlight: 4,
      hostDropRadius: 16,
    });
    s.setCurrent(3, none);
    assert.equal(s.onResponse(3, false), 'show');
    assert.equal(s.hasFailed(3), true);
    assert.deepEqual(s.plan(none), []);
    s.reset();
    assert.equal(s.hasFailed(3), false);
  });
});

describe('viewer cine', () => {
  it('plays at the file rate: 1000 / Frame Time, else the recommended rate, else 10 fps', () => {
    assert.equal(fileFps({ frameTimeMs: 40 }), 25);
    assert.ok(Math.abs(fileFps({ frameTimeMs: 33.3333, recommendedFps: 5 }) - 30) < 1e-3);
    assert.equal(fileFps({ recommendedFps: 15 }), 15);
    assert.equal(fileFps({ frameTimeMs: 0, recommendedFps: -1 }), DEFAULT_FPS);
    assert.equal(fileFps({ frameTimeMs: 1 }), 60);
    assert.equal(clampFps(0.01), 1);
    assert.equal(clampFps(NaN), DEFAULT_FPS);
    assert.equal(nextCineFrame(4, 5), 0);
    assert.equal(nextCineFrame(2, 5), 3);
  });

  it('advances once per period without drifting, and waits instead of bursting when a frame was late', () => {
    const clock = new CineClock(10);
    clock.start(1000);
    assert.equal(clock.isDue(1099), false);
    assert.equal(clock.isDue(1100), true);
    clock.advanced(1116); // a late animation frame keeps the rhythm: next at 1200
    assert.equal(clock.isDue(1199), false);
    assert.equal(clock.isDue(1200), true);
    clock.advanced(1650); // waited 450 ms for a decode: next at 1750, not 1300, 1400…
    assert.equal(clock.isDue(1749), false);
    assert.equal(clock.isDue(1750), true);
  });

  it('changes speed without waiting longer than the new period', () => {
    const clock = new CineClock(1);
    clock.start(0); // due at 1000
    clock.setFps(50, 10); // the last frame was shown at 0: the next is due at 20 at the new rate
    assert.equal(clock.fps, 50);
    assert.equal(clock.isDue(19), false);
    assert.equal(clock.isDue(20), true);
    const slower = new CineClock(50);
    slower.start(0); // due at 20
    slower.setFps(1, 10);
    assert.equal(slower.isDue(999), false);
    assert.equal(slower.isDue(1000), true);
  });
});

describe('viewer keys', () => {
  const key = (k: string, mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean }> = {}) =>
    viewerKeyAction({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

  it('maps frames, cine, window, view and overlays', () => {
    assert.deepEqual(key('ArrowRight'), { type: 'frame', by: 1 });
    assert.deepEqual(key('ArrowUp'), { type: 'frame', by: -1 });
    assert.deepEqual(key('PageDown'), { type: 'frame', by: 10 });
    assert.deepEqual(key('Home'), { type: 'frameTo', to: 'first' });
    assert.deepEqual(key('End'), { type: 'frameTo', to: 'last' });
    assert.deepEqual(key(' '), { type: 'playPause' });
    assert.deepEqual(key('i'), { type: 'invert' });
    assert.deepEqual(key('I'), { type: 'invert' }); // Caps Lock
    assert.deepEqual(key('r'), { type: 'rotate', turns: 1 });
    assert.deepEqual(key('R', { shiftKey: true }), { type: 'rotate', turns: -1 });
    assert.deepEqual(key('h'), { type: 'flip', axis: 'h' });
    assert.deepEqual(key('v'), { type: 'flip', axis: 'v' });
    assert.deepEqual(key('f'), { type: 'fit' });
    assert.deepEqual(key('1'), { type: 'oneToOne' });
    assert.deepEqual(key('0'), { type: 'resetView' });
    assert.equal(key('+', { shiftKey: true })?.type, 'zoom');
    assert.equal(key('-')?.type, 'zoom');
    assert.deepEqual(key('o'), { type: 'toggleText' });
    assert.deepEqual(key('g'), { type: 'toggleOverlays' });
    assert.deepEqual(key('ArrowLeft', { shiftKey: true }), { type: 'pan', dx: -0.1, dy: 0 });
    assert.deepEqual(key('ArrowDown', { altKey: true }), { type: 'window', widthSteps: 0, centerSteps: 1 });
  });

  it('leaves Ctrl/Cmd combinations and the filter key to others', () => {
    assert.equal(key('c', { ctrlKey: true }), undefined);
    assert.equal(key('ArrowRight', { ctrlKey: true }), undefined);
    assert.equal(key('/'), undefined);
  });
});

describe('viewer texts', () => {
  it('puts patient, study and series from the summary, and frame, window and zoom in the corners', () => {
    const summary = {
      ...emptySummary,
      patient: 'Doe^Jane',
      studyDate: '2024-01-02',
      series: 'AXIAL',
      modality: 'CT',
    };
    const text = cornerText(summary, {
      frame: 2,
      frameCount: 10,
      rows: 512,
      columns: 256,
      window: { center: 40, width: 400 },
      invert: true,
      zoomPercent: 149.6,
      rotationDegrees: 90,
      flipH: true,
      flipV: false,
    });
    assert.deepEqual(text.topLeft, ['Doe^Jane', '2024-01-02']);
    assert.deepEqual(text.topRight, ['AXIAL', 'CT']);
    assert.deepEqual(text.bottomLeft, ['Frame 3 / 10', '256 × 512']);
    assert.deepEqual(text.bottomRight, ['C 40  W 400 (inverted)', 'Zoom 150 %', 'Rot 90° Flip H']);
    const single = cornerText(undefined, {
      ...text,
      frame: 0,
      frameCount: 1,
      rows: 1,
      columns: 1,
      window: undefined,
      invert: false,
      zoomPercent: 100,
      rotationDegrees: 0,
      flipH: false,
      flipV: false,
    });
    assert.deepEqual(single.bottomLeft, ['1 × 1']);
    assert.deepEqual(single.bottomRight, ['Zoom 100 %']);
  });

  it('writes the probe: position, stored value, modality value with unit; RGB for colour', () => {
    assert.equal(
      probeText({ x: 3, y: 4, stored: [1064], modality: 40, unit: 'HU' }),
      'x 3  y 4   stored 1064   value 40 HU',
    );
    assert.equal(
      probeText({ x: 0, y: 0, stored: [7], modality: 7, unit: '' }),
      'x 0  y 0   stored 7   value 7',
    );
    assert.equal(
      probeText({ x: 1, y: 2, stored: [10, 20, 30], unit: '', rgb: [10, 20, 30] }),
      'x 1  y 2   RGB 10, 20, 30',
    );
    assert.equal(
      probeText({ x: 1, y: 2, stored: [5], unit: '', rgb: [255, 0, 0] }),
      'x 1  y 2   index 5   RGB 255, 0, 0',
    );
  });

  it('applies single-frame overlays to every frame and multi-frame ones to their frames only', () => {
    assert.equal(overlayFrameOffset(overlayPlane(), 7), 0);
    const multi = overlayPlane({ firstFrame: 2, frameCount: 3, bits: new Uint8Array(12) });
    assert.equal(overlayFrameOffset(multi, 1), undefined);
    assert.equal(overlayFrameOffset(multi, 2), 0);
    assert.equal(overlayFrameOffset(multi, 4), 8);
    assert.equal(overlayFrameOffset(multi, 5), undefined);
  });
});

describe('viewer saved state', () => {
  it('round-trips through JSON (as vscode.setState stores it)', () => {
    const state: ViewerState = {
      ...DEFAULT_VIEWER_STATE,
      fingerprint: imageFingerprint(ctInfo()),
      frame: 3,
      window: { center: -600, width: 1500 },
      invert: true,
      view: flipView(
        rotateView({ ...DEFAULT_VIEWER_STATE.view, fit: false, zoom: 2.5, panX: 12, panY: -3 }, 1),
        'h',
      ),
      showText: false,
      showOverlays: false,
      fps: 24,
      panTool: true,
    };
    assert.deepEqual(sanitizeViewerState(JSON.parse(JSON.stringify(state))), state);
    const layout = { version: 1, mode: 'image', orientation: 'vertical', split: 0.3 } as const;
    assert.deepEqual(sanitizeLayoutState(JSON.parse(JSON.stringify(layout))), layout);
  });

  it('sanitises what it cannot trust', () => {
    assert.deepEqual(sanitizeViewerState(undefined), DEFAULT_VIEWER_STATE);
    assert.deepEqual(sanitizeViewerState({ version: 2, frame: 3 }), DEFAULT_VIEWER_STATE);
    const odd = sanitizeViewerState({
      version: 1,
      frame: -1,
      window: { center: 1, width: 0 },
      voiLutIndex: 1.5,
      view: { zoom: 1e9, rotation: 7, flipH: true, flipV: true, panX: 'x' },
      fps: 1000,
    });
    assert.equal(odd.frame, 0);
    assert.equal(odd.window, null);
    assert.equal(odd.voiLutIndex, null);
    assert.equal(odd.view.zoom, 64);
    // Both flips are a half turn: rotation 3 + 2.
    assert.deepEqual(
      [odd.view.rotation, odd.view.flipH, odd.view.flipV, odd.view.panX],
      [1, false, false, 0],
    );
    assert.equal(odd.fps, 60);
    assert.deepEqual(sanitizeLayoutState({ version: 1, mode: 'x', orientation: 'y', split: 5 }), {
      ...DEFAULT_LAYOUT,
      split: MAX_SPLIT,
    });
  });

  it('lays out side by side in a wide editor, stacked in a narrow one, and resizes by keyboard', () => {
    assert.equal(effectiveOrientation('auto', { width: 1200 }), 'horizontal');
    assert.equal(effectiveOrientation('auto', { width: 500 }), 'vertical');
    assert.equal(effectiveOrientation('horizontal', { width: 500 }), 'horizontal');
    assert.equal(splitAfterKey(0.5, 'ArrowRight'), 0.52);
    assert.equal(splitAfterKey(0.5, 'PageUp'), 0.4);
    assert.equal(splitAfterKey(0.5, 'Home'), MIN_SPLIT);
    assert.equal(splitAfterKey(0.84, 'PageDown'), MAX_SPLIT);
    assert.equal(splitAfterKey(0.5, 'x'), undefined);
  });

  it('keeps the header, viewer and layout parts in one vscode state, each saved on its own', () => {
    let stored: unknown = {
      version: 1,
      filter: 'abc',
      viewer: { version: 1, frame: 2 },
      layout: { version: 1 },
    };
    const host: HostConnection = { post: () => {}, loadState: () => stored, saveState: (s) => (stored = s) };
    const stores = splitStateStore(host);
    assert.deepEqual(stores.viewer.load(), { version: 1, frame: 2 });
    assert.equal((stores.header.loadState() as { filter: string }).filter, 'abc');
    stores.viewer.save({ version: 1, frame: 5 });
    assert.deepEqual(stored, {
      version: 1,
      filter: 'abc',
      viewer: { version: 1, frame: 5 },
      layout: { version: 1 },
    });
    stores.header.saveState({ version: 1, filter: 'xyz' });
    stores.layout.save({ version: 1, mode: 'image' });
    assert.deepEqual(stored, {
      version: 1,
      filter: 'xyz',
      viewer: { version: 1, frame: 5 },
      layout: { version: 1, mode: 'image' },
    });
    // A second webview life reads it all back.
    const again = splitStateStore(host);
    assert.deepEqual(again.layout.load(), { version: 1, mode: 'image' });
  });
});

describe('viewer per-frame functional groups in the header', () => {
  // (0008,0016), (5200,9230) with two items of two elements each, then (7FE0,0010).
  const row = (id: number, parent: number, kind: TagRow['kind'], tag: string): TagRow => ({
    ...patientNameRow,
    id,
    parent,
    kind,
    tag,
  });
  const rows: TagRow[] = [
    row(0, -1, 'element', '(0008,0016)'),
    row(1, -1, 'element', '(5200,9230)'),
    row(2, 1, 'item', '(FFFE,E000)'),
    row(3, 2, 'element', '(0020,9111)'),
    row(4, 2, 'element', '(0028,9110)'),
    row(5, 1, 'item', '(FFFE,E000)'),
    row(6, 5, 'element', '(0020,9111)'),
    row(7, 5, 'element', '(0020,9113)'),
    row(8, -1, 'element', '(7FE0,0010)'),
  ];

  it('finds each frame’s item and where its rows end', () => {
    assert.deepEqual(findPerFrameItems(rows), { sequence: 1, items: [2, 5], ends: [5, 8] });
    assert.equal(findPerFrameItems(rows.slice(0, 1)), undefined);
  });

  it('maps a row of one frame’s item to the same element of another’s', () => {
    const perFrame = findPerFrameItems(rows)!;
    assert.equal(correspondingRow(rows, perFrame, 0, 1, 2), 5); // item → item
    assert.equal(correspondingRow(rows, perFrame, 0, 1, 3), 6); // same tag at the same place
    assert.equal(correspondingRow(rows, perFrame, 0, 1, 4), undefined); // a different element there
    assert.equal(correspondingRow(rows, perFrame, 0, 1, 8), undefined); // not in the item
    assert.equal(correspondingRow(rows, perFrame, 0, 7, 3), undefined); // no such frame
  });
});
