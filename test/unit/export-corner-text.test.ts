// Corner text burned into exports (src/dicom/export/cornerOverlay.ts, cornerTexts.ts, cornerTextsFor.ts): the
// glyphs land where the font says, only in the corners, white on a black outline; the rest of the image is left
// byte for byte; the lines are the viewer's.

import * as assert from 'node:assert/strict';
import {
  cornerText,
  cornerTextScale,
  cornerTextsFor,
  drawCornerText,
  encodeFrameImage,
  renderForExport,
  windowText,
  type CornerTexts,
  type RasterImage,
} from '../../src/dicom/export';
import { glyphColumns, hasGlyph } from '../../src/dicom/export/bitmapFont';
import { parseDicom } from '../../src/dicom/parser';
import { decodeFrame } from '../../src/dicom/pixels/decodeFrame';
import { readImageInfo } from '../../src/dicom/pixels/imageInfo';
import { cornerText as viewerCornerText } from '../../src/webview/viewer/cornerText';
import { formatWindow } from '../../src/webview/viewer/windowLevel';
import { decode as decodePng } from 'fast-png';
import { fixtureBytes } from './helpers/referencePixels';

const none: CornerTexts = { topLeft: [], topRight: [], bottomLeft: [], bottomRight: [] };

/** A mid-grey raster with a gradient, so that "unchanged" is a real check. */
function background(width: number, height: number, channels: 1 | 3 | 4): RasterImage {
  const data = new Uint8Array(width * height * channels);
  for (let i = 0; i < data.length; i++) data[i] = 64 + ((i * 7) % 128);
  return { width, height, channels, data };
}

describe('export corner text: drawing', () => {
  it('draws the font glyph at the top-left margin, white, with a black outline (scale 1)', () => {
    const image = background(100, 100, 1);
    const out = drawCornerText(image, { ...none, topLeft: ['I'] });
    const columns = glyphColumns('I');
    for (let c = 0; c < 5; c++) {
      for (let r = 0; r < 8; r++) {
        const at = (3 + r) * 100 + (3 + c);
        if ((columns[c] >> r) & 1) assert.equal(out.data[at], 255, `glyph pixel (${c}, ${r})`);
        else assert.ok(out.data[at] === 0 || out.data[at] === image.data[at], `non-glyph pixel (${c}, ${r})`);
      }
    }
    // Right below the stem of the I (column 2, rows 0-6): its outline.
    assert.equal(out.data[(3 + 7) * 100 + 5], 0);
    assert.equal(out.data[(3 - 1) * 100 + 5], 0);
  });

  it('changes pixels only in the four corners and leaves the rest identical (grey, RGB, RGBA)', () => {
    for (const channels of [1, 3, 4] as const) {
      const image = background(300, 200, channels);
      const before = new Uint8Array(image.data);
      const corners: CornerTexts = {
        topLeft: ['Doe^Jane', 'PID-42', '20240115'],
        topRight: ['#3 · Axial', 'CT'],
        bottomLeft: ['Frame 2 / 10', '512 × 512'],
        bottomRight: ['C 40  W 400', 'Rot 90° Flip H'],
      };
      const out = drawCornerText(image, corners);
      assert.deepEqual(image.data, before, 'input untouched');
      assert.notEqual(out.data, image.data);
      // At scale 1 a corner block is at most 3 lines × 10 rows + margins, and 14 characters × 6 columns.
      const inCorner = (x: number, y: number) =>
        (x < 100 || x >= 200) && (y < 3 + 3 * 10 + 1 || y >= 200 - 3 - 2 * 10 - 1);
      let changed = 0;
      const corner = new Set<string>();
      for (let y = 0; y < 200; y++) {
        for (let x = 0; x < 300; x++) {
          for (let c = 0; c < channels; c++) {
            const at = (y * 300 + x) * channels + c;
            if (out.data[at] === image.data[at]) continue;
            changed++;
            assert.ok(inCorner(x, y), `changed pixel (${x}, ${y}) outside the corners`);
            if (c < 3) assert.ok(out.data[at] === 0 || out.data[at] === 255, 'text is white or black');
            else assert.equal(out.data[at], 255, 'opaque');
            corner.add(`${x < 150 ? 'l' : 'r'}${y < 100 ? 't' : 'b'}`);
          }
        }
      }
      assert.ok(changed > 500, `only ${changed} samples changed`);
      assert.deepEqual([...corner].sort(), ['lb', 'lt', 'rb', 'rt'], 'every corner has text');
      if (channels > 1) {
        for (let i = 0; i < 300 * 200; i++) {
          const p = i * channels;
          assert.ok(
            (out.data[p] === out.data[p + 1] && out.data[p] === out.data[p + 2]) ||
              out.data[p] === image.data[p],
          );
        }
      }
    }
  });

  it('right-aligns the right corners and stacks the bottom ones upwards', () => {
    const out = drawCornerText(background(100, 60, 1), { ...none, bottomRight: ['I'] });
    // 'I' is five columns wide, its stem in column 2: at x = 100 - 3 - 5 + 2, from y = 60 - 3 - 8.
    for (let r = 0; r < 7; r++) assert.equal(out.data[(60 - 3 - 8 + r) * 100 + (100 - 3 - 5 + 2)], 255);
  });

  it('draws characters it has no glyph for as "?"', () => {
    assert.ok(hasGlyph('×') && hasGlyph('°') && hasGlyph('a') && !hasGlyph('é') && !hasGlyph('山'));
    const image = background(80, 40, 1);
    const question = drawCornerText(image, { ...none, topLeft: ['a?b'] });
    assert.deepEqual(drawCornerText(image, { ...none, topLeft: ['aéb'] }).data, question.data);
    assert.deepEqual(drawCornerText(image, { ...none, topLeft: ['a山b'] }).data, question.data);
    assert.notDeepEqual(drawCornerText(image, { ...none, topLeft: ['a×b'] }).data, question.data);
  });

  it('scales the font with the image', () => {
    assert.equal(cornerTextScale(64, 64), 1);
    assert.equal(cornerTextScale(512, 512), 2);
    assert.equal(cornerTextScale(2048, 1024), 4);
    const image = background(600, 600, 1);
    const out = drawCornerText(image, { ...none, topLeft: ['I'] });
    // scale 2: margin 6, the stem is columns 4-5, rows 6-19; black outline of 1 pixel around it.
    for (let y = 6; y < 6 + 14; y++) {
      assert.equal(out.data[y * 600 + 10], 255);
      assert.equal(out.data[y * 600 + 11], 255);
    }
    assert.equal(out.data[20 * 600 + 10], 0);
    assert.equal(out.data[21 * 600 + 10], image.data[21 * 600 + 10]);
  });

  it('clips text that does not fit, and draws nothing for no lines', () => {
    const image = background(20, 12, 3);
    const out = drawCornerText(image, { ...none, topRight: ['a very long line indeed'], bottomLeft: ['x'] });
    assert.equal(out.data.length, image.data.length);
    assert.deepEqual(drawCornerText(image, none).data, image.data);
    assert.throws(
      () => drawCornerText({ width: 1, height: 1, channels: 1, data: new Uint16Array(1) }, none),
      RangeError,
    );
  });
});

describe('export corner text: the lines', () => {
  it('the webview re-exports the same function; windowText matches the viewer formatWindow', () => {
    assert.equal(viewerCornerText, cornerText);
    for (const window of [
      { center: 40, width: 400 },
      { center: -600.25, width: 1500.5 },
      { center: 0.123456, width: 1e-3 },
      { center: 12345.6, width: 7 },
    ]) {
      assert.equal(windowText(window), formatWindow(window));
    }
  });

  it('leaves the zoom line out when no zoom is given (exports are at native size)', () => {
    const facts = {
      frame: 0,
      frameCount: 1,
      rows: 2,
      columns: 3,
      window: undefined,
      invert: false,
      rotationDegrees: 0,
      flipH: false,
      flipV: false,
    };
    assert.deepEqual(cornerText(undefined, facts).bottomRight, []);
    assert.deepEqual(cornerText(undefined, { ...facts, zoomPercent: 99.6 }).bottomRight, ['Zoom 100 %']);
  });

  it('cornerTextsFor reads the file: summary, frame, the default window, orientation', async () => {
    const file = parseDicom(fixtureBytes('render/ct-rescale.dcm'));
    const info = readImageInfo(file)!;
    const frame = await decodeFrame(file, info.format, 0);
    const plain = cornerTextsFor(file, info, frame);
    assert.deepEqual(plain.bottomLeft, ['32 × 32']);
    assert.deepEqual(plain.bottomRight, ['C 40  W 80'], 'the file first window (BRAIN)');
    assert.ok(plain.topRight.includes('CT'));
    const chosen = cornerTextsFor(file, info, frame, {
      window: { center: 40, width: 400 },
      invert: true,
      rotation: 90,
      flipHorizontal: true,
    });
    assert.deepEqual(chosen.bottomRight, ['C 40  W 400 (inverted)', 'Rot 90° Flip H']);
    assert.deepEqual(chosen.topLeft, plain.topLeft);
  });

  it('cornerTextsFor: frame of a multi-frame file, no window for colour', async () => {
    const multi = parseDicom(fixtureBytes('multiframe/explicit-le.dcm'));
    const multiInfo = readImageInfo(multi)!;
    const texts = cornerTextsFor(multi, multiInfo, await decodeFrame(multi, multiInfo.format, 4));
    assert.equal(texts.bottomLeft[0], 'Frame 5 / 10');
    const rgb = parseDicom(fixtureBytes('ts/rgb-explicit-le.dcm'));
    const rgbInfo = readImageInfo(rgb)!;
    const rgbTexts = cornerTextsFor(rgb, rgbInfo, await decodeFrame(rgb, rgbInfo.format, 0), {
      window: { center: 1, width: 2 },
    });
    assert.deepEqual(rgbTexts.bottomRight, []);
  });

  it('encodeFrameImage burns the corners in when asked, and only then', async () => {
    const file = parseDicom(fixtureBytes('render/ct-rescale.dcm'));
    const info = readImageInfo(file)!;
    const frame = await decodeFrame(file, info.format, 0);
    const corners = cornerTextsFor(file, info, frame);
    const withText = decodePng(await encodeFrameImage(frame, info, { format: 'png', corners }));
    const expected = drawCornerText(renderForExport(frame, info), corners);
    assert.deepEqual(Array.from(withText.data), Array.from(expected.data));
    const without = decodePng(await encodeFrameImage(frame, info, { format: 'png' }));
    assert.deepEqual(Array.from(without.data), Array.from(renderForExport(frame, info).data));
    assert.notDeepEqual(Array.from(withText.data), Array.from(without.data));
  });
});
