// decodeFrame on the pixel corpus: every frame of every fixture listed in test/fixtures/codec/reference against
// what an independent decoder produced (dcmtk, GDCM, OpenJPH, pydicom; see test/fixtures/codec/MANIFEST.md).
import * as assert from 'node:assert/strict';
import { decodeFrame } from '../../src/dicom/pixels/decodeFrame';
import type { SampleArray } from '../../src/dicom/pixels/imageTypes';
import { formatOf, loadReferences, parseFixture } from './pixels-decode.support';

function rangeOf(samples: SampleArray, from: number, to: number): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = from; i < to; i++) {
    const v = samples[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

describe('decodeFrame against oracle references', () => {
  const references = loadReferences();

  it('covers every transfer syntax and pixel format the decoder supports', () => {
    const syntaxes = new Set(references.map((r) => formatOf(parseFixture(r.fixture)).transferSyntaxUid));
    for (const uid of [
      '1.2.840.10008.1.2',
      '1.2.840.10008.1.2.1',
      '1.2.840.10008.1.2.2',
      '1.2.840.10008.1.2.1.99',
      '1.2.840.10008.1.2.1.98',
      '1.2.840.10008.1.2.5',
      '1.2.840.10008.1.2.4.50',
      '1.2.840.10008.1.2.4.51',
      '1.2.840.10008.1.2.4.57',
      '1.2.840.10008.1.2.4.70',
      '1.2.840.10008.1.2.4.80',
      '1.2.840.10008.1.2.4.81',
      '1.2.840.10008.1.2.4.90',
      '1.2.840.10008.1.2.4.91',
      '1.2.840.10008.1.2.4.201',
      '1.2.840.10008.1.2.4.202',
      '1.2.840.10008.1.2.4.203',
    ]) {
      assert.ok(syntaxes.has(uid), `no reference for ${uid}`);
    }
    const types = new Set(references.map((r) => r.sampleType));
    for (const type of ['uint8', 'int8', 'uint16', 'int16', 'uint32', 'int32', 'float32', 'float64']) {
      assert.ok(types.has(type as never), `no reference of sample type ${type}`);
    }
  });

  for (const reference of loadReferences()) {
    it(`${reference.fixture} (${reference.oracle}${reference.tolerance ? `, ±${reference.tolerance}` : ''})`, async () => {
      const file = parseFixture(reference.fixture);
      const format = formatOf(file);
      assert.equal(format.numberOfFrames, reference.frames);
      const frameSize = reference.rows * reference.columns * reference.samplesPerPixel;
      assert.equal(reference.samples.length, frameSize * reference.frames);
      let worst = 0;
      for (let index = 0; index < reference.frames; index++) {
        const frame = await decodeFrame(file, format, index);
        assert.equal(frame.index, index);
        assert.equal(frame.rows, reference.rows);
        assert.equal(frame.columns, reference.columns);
        assert.equal(frame.samplesPerPixel, reference.samplesPerPixel);
        assert.equal(frame.sampleType, reference.sampleType);
        assert.equal(frame.photometric, reference.photometric);
        assert.equal(frame.samples.length, frameSize, 'output sized exactly');
        const offset = index * frameSize;
        let differing = 0;
        for (let i = 0; i < frameSize; i++) {
          const expected = reference.samples[offset + i];
          const actual = frame.samples[i];
          if (Number.isNaN(expected)) {
            assert.ok(Number.isNaN(actual), `frame ${index} sample ${i}: NaN expected, got ${actual}`);
            continue;
          }
          const difference = expected === actual ? 0 : Math.abs(actual - expected);
          if (difference > 0) differing++;
          worst = Math.max(worst, difference);
          if (difference > reference.tolerance) {
            assert.fail(
              `frame ${index} sample ${i} (pixel ${Math.floor(i / reference.samplesPerPixel)}): ${actual}, oracle ${expected}`,
            );
          }
        }
        if (reference.maxDifferingFraction !== undefined) {
          assert.ok(
            differing / frameSize <= reference.maxDifferingFraction,
            `${differing} samples differ in frame ${index}`,
          );
        }
        const { min, max } = rangeOf(reference.samples, offset, offset + frameSize);
        if (reference.tolerance === 0) {
          assert.equal(frame.minValue, min);
          assert.equal(frame.maxValue, max);
        }
        assert.ok(!Number.isNaN(frame.minValue) && !Number.isNaN(frame.maxValue));
      }
      if (reference.tolerance > 0) assert.ok(worst <= reference.tolerance);
    });
  }
});
