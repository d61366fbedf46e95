// The window-drag preview of big frames (src/webview/viewer/previewFrame.ts): the step that brings a frame under
// the pixel budget, and a subsampled copy whose every pixel renders exactly as the same pixel of the full frame.

import * as assert from 'node:assert/strict';
import type { DecodedFrame } from '../../src/dicom/pixels/imageTypes';
import { renderFrame } from '../../src/dicom/pixels/render';
import {
  canRenderInBands,
  frameBand,
  PREVIEW_MAX_PIXELS,
  previewStep,
  subsampleFrame,
} from '../../src/webview/viewer/previewFrame';
import { ctInfo, greyFrame } from './helpers/imageSamples';

/** A 16-bit frame with a value that depends on x and y, so a wrong sample position shows. */
function gradientFrame(columns: number, rows: number): DecodedFrame {
  const samples = new Uint16Array(columns * rows);
  for (let y = 0; y < rows; y++)
    for (let x = 0; x < columns; x++) samples[y * columns + x] = (x * 7 + y * 13) % 4096;
  return greyFrame(0, { columns, rows, samples, minValue: 0, maxValue: 4095 });
}

describe('webview viewer: drag preview of big frames', () => {
  it('keeps small frames whole and brings big ones under the budget', () => {
    assert.equal(previewStep(512, 512), 1);
    assert.equal(previewStep(1000, 1500), 1);
    const step = previewStep(4000, 5500);
    assert.ok(step >= 4, `step ${step}`);
    assert.ok(Math.ceil(4000 / step) * Math.ceil(5500 / step) <= PREVIEW_MAX_PIXELS);
    // The smallest step that fits: one less would not.
    assert.ok(Math.ceil(4000 / (step - 1)) * Math.ceil(5500 / (step - 1)) > PREVIEW_MAX_PIXELS);
    for (const [c, r, budget] of [
      [10_000, 10_000, 1_000_000],
      [7, 3, 2],
      [65_535, 1, 1000],
    ])
      assert.ok(
        Math.ceil(c / previewStep(c, r, budget)) * Math.ceil(r / previewStep(c, r, budget)) <= budget,
      );
  });

  it('renders every kept pixel exactly as the full render does (window, invert)', () => {
    const frame = gradientFrame(301, 203);
    const info = ctInfo({ format: { ...ctInfo().format, columns: 301, rows: 203 } });
    for (const options of [
      {},
      { window: { center: 300, width: 900 } },
      { invert: true, window: { center: 0, width: 1 } },
    ]) {
      const full = new Uint32Array(renderFrame(frame, info, options).buffer);
      for (const step of [2, 3, 7]) {
        const preview = subsampleFrame(frame, step);
        assert.equal(preview.columns, Math.ceil(301 / step));
        assert.equal(preview.rows, Math.ceil(203 / step));
        assert.equal(preview.minValue, frame.minValue);
        const small = new Uint32Array(renderFrame(preview, info, options).buffer);
        for (let y = 0; y < preview.rows; y++)
          for (let x = 0; x < preview.columns; x++)
            assert.equal(
              small[y * preview.columns + x],
              full[y * step * 301 + x * step],
              `(${x}, ${y}) step ${step}`,
            );
      }
    }
  });

  it('keeps all samples of colour pixels together', () => {
    const samples = new Uint8Array(4 * 4 * 3).map((_, i) => i);
    const frame = greyFrame(0, {
      columns: 4,
      rows: 4,
      samplesPerPixel: 3,
      photometric: 'RGB',
      sampleType: 'uint8',
      samples,
    });
    const preview = subsampleFrame(frame, 2);
    assert.deepEqual(Array.from(preview.samples), [0, 1, 2, 6, 7, 8, 24, 25, 26, 30, 31, 32]);
  });

  it('leaves a frame whole for step 1 and for a short frame', () => {
    const frame = gradientFrame(10, 10);
    assert.equal(subsampleFrame(frame, 1), frame);
    const short = { ...frame, samples: frame.samples.subarray(0, 50) };
    assert.equal(subsampleFrame(short, 2), short);
  });

  it('renders band by band exactly what one render makes, when the window is given', () => {
    const frame = gradientFrame(97, 61);
    const info = ctInfo({ format: { ...ctInfo().format, columns: 97, rows: 61 } });
    const options = { window: { center: 500, width: 1500 }, invert: true };
    assert.ok(canRenderInBands(frame, options));
    const full = renderFrame(frame, info, options);
    for (const bandRows of [1, 7, 60, 61]) {
      const banded = new Uint8ClampedArray(full.length);
      for (let y = 0; y < frame.rows; y += bandRows) {
        const rows = Math.min(bandRows, frame.rows - y);
        const band = frameBand(frame, y, rows);
        assert.equal(band.samples.buffer, frame.samples.buffer, 'a band shares the samples');
        const target = banded.subarray(y * 97 * 4, (y + rows) * 97 * 4);
        assert.equal(renderFrame(band, info, options, target), target);
      }
      assert.deepEqual(banded, full, `bands of ${bandRows} rows`);
    }
  });

  it('does not band without a window (the default may come from the whole frame) or with a short frame', () => {
    const frame = gradientFrame(10, 10);
    assert.equal(canRenderInBands(frame, {}), false);
    assert.equal(canRenderInBands(frame, { voiLutIndex: 0 }), false);
    const short = { ...frame, samples: frame.samples.subarray(0, 99) };
    assert.equal(canRenderInBands(short, { window: { center: 0, width: 10 } }), false);
  });
});
