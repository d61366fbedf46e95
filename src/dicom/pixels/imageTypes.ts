// The image half of the core: what a file says about its pixels (ImageInfo), and one decoded frame
// (DecodedFrame). These shapes cross every boundary unchanged: decode worker → extension host → webview
// (typed arrays travel as binary in VS Code's postMessage), and the CLI and tests use them as they are.
// Pure data only: no classes, no functions, so a structured clone keeps everything.

/** JavaScript type of the decoded stored values. */
export type SampleType = 'uint8' | 'int8' | 'uint16' | 'int16' | 'uint32' | 'int32' | 'float32' | 'float64';

export type SampleArray =
  Uint8Array | Int8Array | Uint16Array | Int16Array | Uint32Array | Int32Array | Float32Array | Float64Array;

/** The Image Pixel module (PS3.3 C.7.6.3) as the file states it, plus where the pixels are. */
export interface PixelFormat {
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: number;
  readonly bitsAllocated: number;
  readonly bitsStored: number;
  readonly highBit: number;
  /** 0 unsigned, 1 two's complement. Float and double pixel data are always signed floats. */
  readonly pixelRepresentation: 0 | 1;
  /** 0 colour-by-pixel (interleaved), 1 colour-by-plane. */
  readonly planarConfiguration: 0 | 1;
  /** Photometric Interpretation as written in the file (trimmed), e.g. 'MONOCHROME2', 'YBR_FULL_422'. */
  readonly photometric: string;
  /** Number of Frames, 1 when absent. */
  readonly numberOfFrames: number;
  /** Which element holds the pixels: 'integer' (7FE0,0010), 'float' (7FE0,0008) or 'double' (7FE0,0009). */
  readonly pixelDataKind: 'integer' | 'float' | 'double';
  readonly transferSyntaxUid: string;
}

/** A lookup table from a LUT Descriptor and LUT Data (modality LUT, VOI LUT or one palette channel). */
export interface LookupTable {
  /** First stored (input) value mapped: the descriptor's second value, signed per the input's representation. */
  readonly firstValueMapped: number;
  /** Bits per entry (descriptor's third value): 8 or 16 for palettes, 8-16 for VOI/modality LUTs. */
  readonly bitsPerEntry: number;
  /** One entry per input value, from firstValueMapped on (segmented palettes are expanded). */
  readonly data: Uint16Array;
  /** LUT Explanation, '' when absent. */
  readonly explanation: string;
}

export interface WindowPreset {
  readonly center: number;
  readonly width: number;
  /** Window Center & Width Explanation, or a name we gave it ('CT brain', 'Auto'). */
  readonly explanation: string;
}

export type VoiFunction = 'LINEAR' | 'LINEAR_EXACT' | 'SIGMOID';

/** The values that turn stored values into displayed ones; they may differ per frame in enhanced files. */
export interface FrameValues {
  readonly rescaleSlope: number;
  readonly rescaleIntercept: number;
  /** Unit of modality values for the probe: 'HU' for CT, the Rescale Type otherwise, '' when unknown. */
  readonly unit: string;
  /** Modality LUT Sequence (replaces slope/intercept when present). */
  readonly modalityLut?: LookupTable;
  /** Windows from the file, in file order (may be empty). */
  readonly windows: readonly WindowPreset[];
  readonly voiFunction: VoiFunction;
  /** VOI LUT Sequence items, in file order (may be empty). */
  readonly voiLuts: readonly LookupTable[];
}

export interface PaletteLookup {
  readonly red: LookupTable;
  readonly green: LookupTable;
  readonly blue: LookupTable;
}

/** One overlay plane (60xx group, PS3.3 C.9.2), unpacked to one byte (0 or 1) per overlay pixel. */
export interface OverlayPlane {
  /** The 60xx group number, e.g. 0x6000. */
  readonly group: number;
  readonly rows: number;
  readonly columns: number;
  /** Position of the overlay's top-left pixel in the image, 0-based (the file's Overlay Origin minus 1). */
  readonly originRow: number;
  readonly originColumn: number;
  /** 'G' graphics or 'R' region of interest. */
  readonly type: string;
  /** Overlay Description or Label, '' when absent. */
  readonly label: string;
  /** Image frame (0-based) of the overlay's first frame, and how many frames it has. */
  readonly firstFrame: number;
  readonly frameCount: number;
  /** rows × columns × frameCount bytes, each 0 or 1. */
  readonly bits: Uint8Array;
}

/** Everything about a file's image that is not the pixels themselves. */
export interface ImageInfo {
  readonly format: PixelFormat;
  /** Values for every frame: from the top-level data set and the Shared Functional Groups. */
  readonly shared: FrameValues;
  /** Per-frame values from the Per-frame Functional Groups (index = frame), when any frame overrides one. */
  readonly perFrame?: readonly FrameValues[];
  /** PALETTE COLOR lookup (also for supplemental palettes), when present. */
  readonly palette?: PaletteLookup;
  /** Frame Time (0018,1063) in ms, when known. */
  readonly frameTimeMs?: number;
  /** Recommended Display Frame Rate (0008,2144) in frames per second, when known. */
  readonly recommendedFps?: number;
  readonly overlays: readonly OverlayPlane[];
  /** Modality (0008,0060), '' when absent: it picks the CT presets and the probe's unit. */
  readonly modality: string;
  /** Set when the pixels cannot be shown, saying why in one sentence for the user: no pixel data, an
   *  unsupported transfer syntax (named, with its UID), inconsistent dimensions. The header still shows. */
  readonly problem?: string;
  /** True when the frames' encoded bytes can be saved as they are (encapsulated or native pixel data exists). */
  readonly canSaveBitstream: boolean;
  /** Pixel Padding Value (0028,0120), a stored value (PS3.3 C.7.5.1.1.2), when present: the auto window leaves
   *  padding out. With Pixel Padding Range Limit (0028,0121), every stored value between the two (inclusive) is
   *  padding. */
  readonly pixelPaddingValue?: number;
  readonly pixelPaddingRangeLimit?: number;
}

/** One decoded frame of stored values, before any LUT. */
export interface DecodedFrame {
  /** Frame number, 0-based. */
  readonly index: number;
  readonly rows: number;
  readonly columns: number;
  /** 1 for grey and PALETTE COLOR, 3 for colour. */
  readonly samplesPerPixel: number;
  /** The photometric interpretation of `samples`: YBR_FULL, YBR_FULL_422, YBR_ICT and YBR_RCT come out as
   *  'RGB' (converted, or decoded so by the codec); MONOCHROME1/2, RGB and PALETTE COLOR as in the file. */
  readonly photometric: string;
  readonly sampleType: SampleType;
  /** rows × columns × samplesPerPixel values, samples interleaved (R,G,B,R,G,B… whatever the file's planar
   *  configuration), masked to Bits Stored and sign-extended when signed. 1-bit data: one byte (0/1) per pixel. */
  readonly samples: SampleArray;
  /** Bits Stored of `samples` (1 for single-bit data; for floats, 32 or 64). */
  readonly bitsStored: number;
  readonly signed: boolean;
  /** Smallest and largest stored value in the frame (over all samples). NaN-free for float data. */
  readonly minValue: number;
  readonly maxValue: number;
}

/** A window (VOI) chosen for display, in modality units. */
export interface DisplayWindow {
  readonly center: number;
  readonly width: number;
}

/** What the user chose on top of the file's values; the webview, export and CLI all render through this. */
export interface RenderOptions {
  /** Explicit window in modality units; undefined → the default (voiLutIndex, else file window 0, else auto). */
  readonly window?: DisplayWindow;
  /** Overrides the file's VOI LUT Function. */
  readonly voiFunction?: VoiFunction;
  /** Use the file's VOI LUT at this index instead of a window (ignored when `window` is given). */
  readonly voiLutIndex?: number;
  /** Invert the greyscale output (on top of MONOCHROME1's own inversion); for colour, invert RGB. */
  readonly invert?: boolean;
}

/** What the pixel probe reports for one image position. */
export interface ProbeResult {
  readonly x: number;
  readonly y: number;
  /** Stored value(s): one for grey/palette, three for colour. */
  readonly stored: readonly number[];
  /** Modality value (after rescale or modality LUT) for grey data; undefined for colour. */
  readonly modality?: number;
  /** Unit of `modality` ('HU', …) or ''. */
  readonly unit: string;
  /** Displayed RGB for colour and palette data. */
  readonly rgb?: readonly [number, number, number];
}

/** Thrown (or rejected with) by the pixel code when a frame cannot be decoded: says what and where. */
export class PixelDataError extends Error {
  constructor(
    message: string,
    /** Byte offset in the file of the pixel data, fragment or element at fault; -1 when not known. */
    readonly offset: number = -1,
  ) {
    super(message);
    this.name = 'PixelDataError';
  }
}
