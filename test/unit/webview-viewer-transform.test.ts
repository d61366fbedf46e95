// The viewer's view transform: zoom, pan, quarter turns and screen-space flips map image pixels to the viewport
// and back, so the probe reads the pixel under the pointer and wheel zoom keeps that pixel under it.

import * as assert from 'node:assert/strict';
import type { Affine, ViewTransform } from '../../src/webview/viewer/viewTransform';
import {
  applyAffine,
  cssMatrix,
  DEFAULT_VIEW,
  fitView,
  fitZoom,
  flipView,
  imageToViewport,
  invertAffine,
  oneToOneView,
  orientationMatrix,
  orientedSize,
  panView,
  pixelAt,
  resolveView,
  rotateView,
  zoomAround,
  zoomPercent,
} from '../../src/webview/viewer/viewTransform';

const image = { width: 300, height: 200 };
const viewport = { width: 800, height: 600 };
const fixed: ViewTransform = { ...DEFAULT_VIEW, fit: false, zoom: 2 };

type M2 = readonly [number, number, number, number];
/** [a, b, c, d] · [a, b, c, d] in Affine layout (x' = a x + c y, y' = b x + d y). */
const mul = (p: M2, q: M2): M2 => [
  p[0] * q[0] + p[2] * q[1],
  p[1] * q[0] + p[3] * q[1],
  p[0] * q[2] + p[2] * q[3],
  p[1] * q[2] + p[3] * q[3],
];
const R: M2 = [0, 1, -1, 0]; // a quarter turn clockwise with y down: (x, y) → (-y, x)
const FH: M2 = [-1, 0, 0, 1];
const FV: M2 = [1, 0, 0, -1];
const I: M2 = [1, 0, 0, 1];
const same = (m: readonly number[], n: readonly number[]) =>
  assert.deepEqual(
    m.map((v) => v + 0),
    n.map((v) => v + 0),
  );

describe('viewer view transform: orientation', () => {
  it('rotates clockwise on screen: the right edge goes down', () => {
    same(orientationMatrix(rotateView(DEFAULT_VIEW, 1)), [...R]);
    const m = imageToViewport({ ...rotateView(fixed, 1) }, image, viewport);
    // The image's top-right corner is at the bottom-right after a quarter turn clockwise.
    const p = applyAffine(m, image.width, 0);
    assert.ok(p.x > viewport.width / 2 && p.y > viewport.height / 2, JSON.stringify(p));
  });

  it('matches the product of the operations applied on screen, for every sequence of up to 4 steps', () => {
    const ops: [string, (v: ViewTransform) => ViewTransform, M2][] = [
      ['R', (v) => rotateView(v, 1), R],
      ['L', (v) => rotateView(v, -1), mul(R, mul(R, R))],
      ['H', (v) => flipView(v, 'h'), FH],
      ['V', (v) => flipView(v, 'v'), FV],
    ];
    const walk = (view: ViewTransform, expected: M2, depth: number, path: string) => {
      same(orientationMatrix(view), [...expected]);
      assert.ok(!(view.flipH && view.flipV), `${path}: both flips kept`);
      if (depth === 0) return;
      for (const [name, op, m] of ops) walk(op(view), mul(m, expected), depth - 1, path + name);
    };
    walk(DEFAULT_VIEW, I, 4, '');
  });

  it('flip H after a quarter turn still mirrors left and right on screen', () => {
    const turned = imageToViewport(rotateView(fixed, 1), image, viewport);
    const flipped = imageToViewport(flipView(rotateView(fixed, 1), 'h'), image, viewport);
    for (const [x, y] of [
      [0, 0],
      [300, 0],
      [120, 77],
    ]) {
      const a = applyAffine(turned, x, y);
      const b = applyAffine(flipped, x, y);
      assert.equal(b.y, a.y);
      assert.equal(b.x, viewport.width - a.x);
    }
  });

  it('swaps width and height on odd quarter turns', () => {
    assert.deepEqual(orientedSize(rotateView(DEFAULT_VIEW, 1), image), { width: 200, height: 300 });
    assert.deepEqual(orientedSize(rotateView(rotateView(DEFAULT_VIEW, 1), 1), image), image);
  });
});

describe('viewer view transform: mapping and its inverse', () => {
  it('puts the image centre at the viewport centre plus the pan', () => {
    const view = panView(fixed, 30, -20);
    const p = applyAffine(imageToViewport(view, image, viewport), 150, 100);
    assert.deepEqual(p, { x: 430, y: 280 });
  });

  it('inverts exactly for every orientation, zoom and pan', () => {
    const views: ViewTransform[] = [];
    let v: ViewTransform = { ...fixed, zoom: 1.7, panX: 13, panY: -41 };
    for (let i = 0; i < 4; i++) {
      views.push(v, flipView(v, 'h'), flipView(v, 'v'));
      v = rotateView(v, 1);
    }
    for (const view of views) {
      const m = imageToViewport(view, image, viewport);
      const inv = invertAffine(m);
      for (const [x, y] of [
        [0, 0],
        [299.5, 0.5],
        [17.25, 188],
      ]) {
        const s = applyAffine(m, x, y);
        const back = applyAffine(inv, s.x, s.y);
        assert.ok(
          Math.abs(back.x - x) < 1e-9 && Math.abs(back.y - y) < 1e-9,
          JSON.stringify({ view, x, y, back }),
        );
      }
    }
  });

  it('finds the pixel under the pointer with rotation and flips (probe)', () => {
    // Image pixel (10, 20)'s centre, shown rotated and flipped; the pointer there reads (10, 20).
    for (const view of [
      fixed,
      rotateView(fixed, 1),
      flipView(fixed, 'v'),
      flipView(rotateView(fixed, -1), 'h'),
    ]) {
      const s = applyAffine(imageToViewport(view, image, viewport), 10.5, 20.5);
      assert.deepEqual(pixelAt(view, image, viewport, s), { x: 10, y: 20 });
    }
    // Outside the image: nothing.
    assert.equal(pixelAt(fixed, image, viewport, { x: 1, y: 1 }), undefined);
    // The last column and row are inside, one past them is not.
    const m = imageToViewport(fixed, image, viewport);
    assert.deepEqual(pixelAt(fixed, image, viewport, applyAffine(m, 299.9, 199.9)), { x: 299, y: 199 });
    assert.equal(pixelAt(fixed, image, viewport, applyAffine(m, 300.1, 100)), undefined);
  });

  it('writes a CSS matrix in the order a, b, c, d, e, f', () => {
    const m: Affine = { a: 0, b: 2, c: -2, d: 0, e: 10.5, f: -0 };
    assert.equal(cssMatrix(m), 'matrix(0, 2, -2, 0, 10.5, 0)');
  });
});

describe('viewer view transform: zoom', () => {
  it('fits the whole image, taking rotation into account', () => {
    assert.equal(fitZoom(DEFAULT_VIEW, image, viewport), Math.min(800 / 300, 600 / 200));
    assert.equal(fitZoom(rotateView(DEFAULT_VIEW, 1), image, viewport), Math.min(800 / 200, 600 / 300));
    const fitted = resolveView({ ...DEFAULT_VIEW, panX: 50 }, image, viewport);
    assert.equal(fitted.zoom, 8 / 3);
    assert.equal(fitted.panX, 0);
  });

  it('keeps the image point under the cursor fixed when zooming with the wheel', () => {
    for (const view of [fixed, flipView(rotateView(panView(fixed, 40, 9), 1), 'h')]) {
      const cursor = { x: 523, y: 187 };
      const before = applyAffine(invertAffine(imageToViewport(view, image, viewport)), cursor.x, cursor.y);
      const zoomed = zoomAround(view, 1.6, cursor, viewport);
      assert.equal(zoomed.fit, false);
      assert.ok(Math.abs(zoomed.zoom - 3.2) < 1e-12);
      const after = applyAffine(imageToViewport(zoomed, image, viewport), before.x, before.y);
      assert.ok(
        Math.abs(after.x - cursor.x) < 1e-9 && Math.abs(after.y - cursor.y) < 1e-9,
        JSON.stringify(after),
      );
    }
  });

  it('clamps the zoom', () => {
    assert.equal(zoomAround(fixed, 1e9, { x: 0, y: 0 }, viewport).zoom, 64);
    assert.equal(zoomAround(fixed, 1e-9, { x: 0, y: 0 }, viewport).zoom, 1 / 64);
  });

  it('1:1 means one image pixel per device pixel', () => {
    const view = oneToOneView(fixed, 2);
    assert.equal(view.zoom, 0.5);
    assert.equal(zoomPercent(view, 2), 100);
    assert.equal(oneToOneView(fixed, 0).zoom, 1);
    assert.deepEqual(fitView(panView(fixed, 5, 5)), { ...fixed, fit: true, panX: 0, panY: 0 });
  });
});
