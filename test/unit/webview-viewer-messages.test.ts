// The webview's checks of the image messages from the host: 'image' (ImageInfo, with its lookup tables, per-frame
// values and overlay planes), 'frame' (DecodedFrame: the typed array must match sampleType and the dimensions) and
// 'frameFailed'. The host is ours, but nothing the viewer draws may come from an unchecked message.

import * as assert from 'node:assert/strict';
import type { DecodedFrame, ImageInfo, LookupTable } from '../../src/dicom/pixels/imageTypes';
import { checkHostMessage } from '../../src/webview/hostMessages';
import { ctInfo, ctValues, greyFrame, overlayPlane } from './helpers/imageSamples';

const accepts = (data: unknown) => {
  const check = checkHostMessage(data);
  assert.equal(check.ok, true, check.ok ? '' : check.reason);
  return check.ok ? check.message : undefined;
};
const rejects = (data: unknown) => assert.equal(checkHostMessage(data).ok, false, JSON.stringify(data));
const imageMessage = (image: unknown) => ({ type: 'image', image });
const frameMessage = (frame: unknown) => ({ type: 'frame', frame });
/** What a malformed frame turns into: a failure of its frame, so the viewer does not wait for it forever. */
const failsFrame = (frame: unknown, index: number) => {
  const message = accepts(frameMessage(frame));
  assert.equal(message?.type, 'frameFailed');
  assert.equal(message?.type === 'frameFailed' && message.index, index);
};
/** A lookup table; `data` of another kind makes a malformed one (typed as sound so it can be sent). */
const lut = (data: unknown = new Uint16Array([0, 1, 2])): LookupTable => ({
  firstValueMapped: 0,
  bitsPerEntry: 16,
  data: data as Uint16Array,
  explanation: 'L',
});

describe('host message checks: image', () => {
  it('accepts a sound ImageInfo, with everything optional present', () => {
    const full: ImageInfo = ctInfo({
      perFrame: [ctValues, { ...ctValues, modalityLut: lut(), voiLuts: [lut()], voiFunction: 'SIGMOID' }],
      palette: { red: lut(), green: lut(), blue: lut() },
      frameTimeMs: 40,
      recommendedFps: 25,
      overlays: [overlayPlane(), overlayPlane({ group: 0x6002, frameCount: 2, bits: new Uint8Array(8) })],
      pixelPaddingValue: -2000,
    });
    const message = accepts(imageMessage(full));
    assert.deepEqual(message, { type: 'image', image: full });
    accepts(imageMessage(ctInfo()));
    // No pixel data: null. An image with a problem may have dimensions of zero.
    assert.deepEqual(accepts(imageMessage(null)), { type: 'image', image: null });
    accepts(
      imageMessage(
        ctInfo({ problem: 'Unsupported: MPEG-4', format: { ...ctInfo().format, rows: 0, columns: 0 } }),
      ),
    );
  });

  it('rejects malformed image info', () => {
    const info = ctInfo();
    const bad: unknown[] = [
      undefined,
      'image',
      { ...info, format: { ...info.format, rows: 0 } }, // zero rows without a problem
      { ...info, format: { ...info.format, columns: 1.5 } },
      { ...info, format: { ...info.format, samplesPerPixel: 2 } },
      { ...info, format: { ...info.format, pixelRepresentation: 2 } },
      { ...info, format: { ...info.format, pixelDataKind: 'half' } },
      { ...info, format: { ...info.format, numberOfFrames: -1 } },
      { ...info, shared: { ...ctValues, rescaleSlope: NaN } },
      { ...info, shared: { ...ctValues, voiFunction: 'CUBIC' } },
      { ...info, shared: { ...ctValues, windows: [{ center: 1, width: '2', explanation: '' }] } },
      { ...info, shared: { ...ctValues, modalityLut: lut([0, 1, 2]) } }, // LUT data as an array of numbers
      { ...info, shared: { ...ctValues, voiLuts: [lut(new Int16Array(3))] } }, // LUT data of the wrong kind
      { ...info, shared: { ...ctValues, voiLuts: [lut(new Uint16Array(0))] } },
      { ...info, perFrame: [ctValues, ctValues, ctValues, ctValues, ctValues] }, // more than numberOfFrames
      { ...info, perFrame: [{}] },
      { ...info, palette: { red: lut(), green: lut() } },
      { ...info, frameTimeMs: 0 },
      { ...info, overlays: [overlayPlane({ bits: new Uint8Array(3) })] }, // 2 × 2 needs 4
      { ...info, overlays: [overlayPlane({ bits: [1, 0, 0, 1] as unknown as Uint8Array })] },
      { ...info, overlays: [overlayPlane({ group: 0x5000 })] },
      { ...info, overlays: undefined },
      { ...info, modality: undefined },
      { ...info, problem: 3 },
      { ...info, canSaveBitstream: 'yes' },
      { ...info, pixelPaddingValue: 'x' },
    ];
    for (const image of bad) rejects(imageMessage(image));
  });
});

describe('host message checks: frame', () => {
  it('accepts a frame whose typed array matches its sample type and dimensions', () => {
    const frame = greyFrame();
    assert.deepEqual(accepts(frameMessage(frame)), { type: 'frame', frame });
    const kinds: [DecodedFrame['sampleType'], new (n: number) => DecodedFrame['samples']][] = [
      ['uint8', Uint8Array],
      ['int8', Int8Array],
      ['uint16', Uint16Array],
      ['int16', Int16Array],
      ['uint32', Uint32Array],
      ['int32', Int32Array],
      ['float32', Float32Array],
      ['float64', Float64Array],
    ];
    for (const [sampleType, Kind] of kinds)
      accepts(frameMessage(greyFrame(1, { sampleType, samples: new Kind(6) })));
    accepts(
      frameMessage(
        greyFrame(2, {
          samplesPerPixel: 3,
          photometric: 'RGB',
          sampleType: 'uint8',
          samples: new Uint8Array(18),
        }),
      ),
    );
  });

  it('turns a frame with the wrong typed array, length or fields into a failure of that frame', () => {
    failsFrame(greyFrame(3, { samples: new Int16Array(6) }), 3); // uint16 declared, Int16Array sent
    failsFrame(greyFrame(3, { samples: new Uint16Array(5) }), 3); // 2 × 3 needs 6
    failsFrame(greyFrame(3, { samplesPerPixel: 3 }), 3); // 3 samples per pixel need 18
    failsFrame(greyFrame(3, { samples: Array.from({ length: 6 }, () => 0) as unknown as Uint16Array }), 3);
    failsFrame(greyFrame(3, { samples: new Uint8Array(12) as unknown as Uint16Array }), 3); // same bytes, wrong kind
    failsFrame(greyFrame(3, { sampleType: 'float16' as DecodedFrame['sampleType'] }), 3);
    failsFrame(greyFrame(3, { rows: 0 }), 3);
    failsFrame(greyFrame(3, { bitsStored: 0 }), 3);
    failsFrame(greyFrame(3, { signed: 0 as unknown as boolean }), 3);
    failsFrame(greyFrame(3, { minValue: 5, maxValue: 4 }), 3);
    failsFrame(greyFrame(3, { maxValue: Infinity }), 3);
    const failure = accepts(frameMessage(greyFrame(3, { samples: new Uint16Array(5) })));
    assert.match(failure?.type === 'frameFailed' ? failure.message : '', /5 samples instead of 6/);
  });

  it('rejects a frame whose index cannot be read', () => {
    rejects(frameMessage(undefined));
    rejects(frameMessage(greyFrame(-1)));
    rejects(frameMessage({ ...greyFrame(), index: '0' }));
  });

  it('checks frameFailed', () => {
    assert.deepEqual(accepts({ type: 'frameFailed', index: 4, message: 'JPEG 2000: truncated' }), {
      type: 'frameFailed',
      index: 4,
      message: 'JPEG 2000: truncated',
    });
    rejects({ type: 'frameFailed', index: -1, message: '' });
    rejects({ type: 'frameFailed', index: 1 });
  });
});
