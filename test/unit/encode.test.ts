// The PNG and JPEG encoders, checked by decoding their output with independent decoders: fast-png's decoder for
// PNG (lossless: exact), jpeg-js for JPEG (lossy: within a stated tolerance, on smooth test images).

import * as assert from 'node:assert/strict';
import { decode as decodePng } from 'fast-png';
import { decode as decodeJpegJs } from 'jpeg-js';
import { encodeJpeg } from '../../src/dicom/encode/jpeg';
import { encodePng } from '../../src/dicom/encode/png';
import { rasterFromRgba, type RasterChannels, type RasterImage } from '../../src/dicom/encode/raster';

/** A smooth image (gradients and a soft disc): what JPEG is made for, so the error bound can be tight. */
function smoothImage(width: number, height: number, channels: RasterChannels): RasterImage {
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const r = Math.hypot(x - width / 2, y - height / 2) / Math.max(width, height);
      const values = [
        Math.round(255 * (x / Math.max(1, width - 1))),
        Math.round(255 * (y / Math.max(1, height - 1))),
        Math.round(255 * Math.max(0, 1 - 2 * r)),
        200,
      ];
      for (let c = 0; c < channels; c++)
        data[(y * width + x) * channels + c] = values[channels === 1 ? 2 : c];
    }
  }
  return { width, height, channels, data };
}

/** Largest and mean absolute difference between a raster and a decoded RGBA image. */
function jpegError(image: RasterImage, rgba: Uint8Array): { max: number; mean: number } {
  let max = 0;
  let sum = 0;
  const pixels = image.width * image.height;
  for (let i = 0; i < pixels; i++) {
    for (let c = 0; c < 3; c++) {
      const expected = image.data[i * image.channels + (image.channels === 1 ? 0 : c)];
      const difference = Math.abs(expected - rgba[i * 4 + c]);
      max = Math.max(max, difference);
      sum += difference;
    }
  }
  return { max, mean: sum / (pixels * 3) };
}

/** Number of components in the JPEG's SOF0 frame header. */
function jpegComponents(jpeg: Uint8Array): number {
  for (let i = 2; i + 9 < jpeg.length;) {
    assert.equal(jpeg[i], 0xff, `marker expected at ${i}`);
    const marker = jpeg[i + 1];
    const length = (jpeg[i + 2] << 8) | jpeg[i + 3];
    if (marker === 0xc0) return jpeg[i + 9];
    i += 2 + length;
  }
  throw new Error('no SOF0 (baseline) marker');
}

describe('encode: PNG', () => {
  for (const channels of [1, 3, 4] as const) {
    it(`writes 8-bit ${channels}-channel images that decode back exactly`, () => {
      const image = smoothImage(37, 23, channels);
      // Noise too, so that filtering and compression see more than gradients.
      for (let i = 0; i < image.data.length; i += 7) image.data[i] = (i * 2654435761) >>> 24;
      const decoded = decodePng(encodePng(image));
      assert.equal(decoded.width, 37);
      assert.equal(decoded.height, 23);
      assert.equal(decoded.channels, channels);
      assert.equal(decoded.depth, 8);
      assert.deepEqual(Array.from(decoded.data), Array.from(image.data));
    });
  }

  it('writes 16-bit grey that decodes back exactly', () => {
    const data = new Uint16Array(20 * 10);
    for (let i = 0; i < data.length; i++) data[i] = (i * 40503) & 0xffff;
    data[0] = 0;
    data[1] = 0xffff;
    const decoded = decodePng(encodePng({ width: 20, height: 10, channels: 1, data }));
    assert.equal(decoded.depth, 16);
    assert.equal(decoded.channels, 1);
    assert.deepEqual(Array.from(decoded.data), Array.from(data));
  });

  it('refuses a buffer that does not match the size, and 16-bit colour', () => {
    assert.throws(
      () => encodePng({ width: 4, height: 4, channels: 3, data: new Uint8Array(47) }),
      /47 samples/,
    );
    assert.throws(
      () => encodePng({ width: 2, height: 2, channels: 3, data: new Uint16Array(12) }),
      /16-bit output is grey only/,
    );
  });
});

describe('encode: raster from RGBA', () => {
  it('keeps red for grey, drops alpha for RGB', () => {
    const rgba = new Uint8ClampedArray([1, 2, 3, 255, 4, 5, 6, 255]);
    assert.deepEqual(Array.from(rasterFromRgba(rgba, 2, 1, 1).data), [1, 4]);
    assert.deepEqual(Array.from(rasterFromRgba(rgba, 2, 1, 3).data), [1, 2, 3, 4, 5, 6]);
    assert.deepEqual(Array.from(rasterFromRgba(rgba, 2, 1, 4).data), Array.from(rgba));
    assert.throws(() => rasterFromRgba(rgba, 3, 1, 3), /RangeError|bytes for 3×1/);
  });
});

describe('encode: JPEG', () => {
  for (const [channels, width, height] of [
    [1, 64, 48],
    [3, 64, 48],
    [3, 301, 199],
    [1, 9, 13],
  ] as const) {
    it(`${channels === 1 ? 'grey' : 'RGB'} ${width}×${height} at quality 95 decodes within 6 levels`, async () => {
      const image = smoothImage(width, height, channels);
      const jpeg = await encodeJpeg(image, { quality: 95 });
      assert.deepEqual(Array.from(jpeg.subarray(0, 2)), [0xff, 0xd8]);
      assert.equal(jpegComponents(jpeg), channels);
      const decoded = decodeJpegJs(jpeg, { useTArray: true, formatAsRGBA: true });
      assert.equal(decoded.width, width);
      assert.equal(decoded.height, height);
      const { max, mean } = jpegError(image, decoded.data);
      assert.ok(max <= 6, `max error ${max}`);
      assert.ok(mean <= 1.5, `mean error ${mean}`);
    });
  }

  it('encodes tiny images and noise at quality 100 (the output is bigger than the pixels)', async () => {
    for (const [width, height, channels] of [
      [1, 1, 1],
      [2, 3, 3],
      [5, 4, 1],
      [8, 8, 3],
      [16, 16, 3],
    ] as const) {
      const data = new Uint8Array(width * height * channels);
      for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
      const image: RasterImage = { width, height, channels, data };
      const jpeg = await encodeJpeg(image, { quality: 100 });
      const decoded = decodeJpegJs(jpeg, { useTArray: true, formatAsRGBA: true });
      assert.equal(decoded.width, width, `${width}×${height}×${channels}`);
      assert.equal(decoded.height, height);
      // Noise at quality 100: chroma and DCT rounding stay within a few levels.
      assert.ok(jpegError(image, decoded.data).max <= 12, `${width}×${height}×${channels}`);
    }
  });

  it('a lower quality gives a smaller file with a larger error', async () => {
    const image = smoothImage(128, 128, 3);
    for (let i = 0; i < image.data.length; i += 5) image.data[i] ^= 0x1f;
    const high = await encodeJpeg(image, { quality: 95 });
    const low = await encodeJpeg(image, { quality: 20 });
    assert.ok(low.length < high.length / 2, `${low.length} vs ${high.length}`);
    const errorOf = (jpeg: Uint8Array) =>
      jpegError(image, decodeJpegJs(jpeg, { useTArray: true, formatAsRGBA: true }).data).mean;
    assert.ok(errorOf(low) > errorOf(high));
  });

  it('refuses a bad quality, RGBA and 16-bit samples', async () => {
    const image = smoothImage(8, 8, 3);
    await assert.rejects(encodeJpeg(image, { quality: 0 }), /quality/);
    await assert.rejects(encodeJpeg(image, { quality: 101 }), /quality/);
    await assert.rejects(encodeJpeg(smoothImage(8, 8, 4)), /grey or RGB/);
    await assert.rejects(
      encodeJpeg({ width: 2, height: 2, channels: 1, data: new Uint16Array(4) }),
      /grey or RGB/,
    );
  });
});
