// Small ImageInfo and DecodedFrame objects built by hand, for tests of the webview's viewer and its message checks.

import type {
  DecodedFrame,
  FrameValues,
  ImageInfo,
  OverlayPlane,
} from '../../../src/dicom/pixels/imageTypes';

export const ctValues: FrameValues = {
  rescaleSlope: 1,
  rescaleIntercept: -1024,
  unit: 'HU',
  windows: [{ center: 40, width: 400, explanation: 'SOFT TISSUE' }],
  voiFunction: 'LINEAR',
  voiLuts: [],
};

export function ctInfo(overrides: Partial<ImageInfo> = {}): ImageInfo {
  return {
    format: {
      rows: 2,
      columns: 3,
      samplesPerPixel: 1,
      bitsAllocated: 16,
      bitsStored: 12,
      highBit: 11,
      pixelRepresentation: 0,
      planarConfiguration: 0,
      photometric: 'MONOCHROME2',
      numberOfFrames: 4,
      pixelDataKind: 'integer',
      transferSyntaxUid: '1.2.840.10008.1.2.1',
    },
    shared: ctValues,
    overlays: [],
    modality: 'CT',
    canSaveBitstream: true,
    ...overrides,
  };
}

export function greyFrame(index = 0, overrides: Partial<DecodedFrame> = {}): DecodedFrame {
  return {
    index,
    rows: 2,
    columns: 3,
    samplesPerPixel: 1,
    photometric: 'MONOCHROME2',
    sampleType: 'uint16',
    samples: new Uint16Array([0, 1000, 1024, 1064, 2000, 4095]),
    bitsStored: 12,
    signed: false,
    minValue: 0,
    maxValue: 4095,
    ...overrides,
  };
}

export function overlayPlane(overrides: Partial<OverlayPlane> = {}): OverlayPlane {
  return {
    group: 0x6000,
    rows: 2,
    columns: 2,
    originRow: 0,
    originColumn: 1,
    type: 'G',
    label: '',
    firstFrame: 0,
    frameCount: 1,
    bits: new Uint8Array([1, 0, 0, 1]),
    ...overrides,
  };
}
