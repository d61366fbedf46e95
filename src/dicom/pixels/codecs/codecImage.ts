// What every codec hands back to decodeFrame: the decoded samples (a view, valid until release()), their
// geometry, and what the codec did about colour, so that decodeFrame applies the rest the same way for all.

export interface CodecImage {
  readonly width: number;
  readonly height: number;
  readonly components: number;
  /** Bits per sample the codestream declares (its precision). */
  readonly bitsPerSample: number;
  /** Decoded samples; for several components interleaved unless `planar`. May view codec memory: copy it
   *  before calling release(). */
  readonly samples: ArrayLike<number>;
  /** Components stored one plane after another (e.g. JPEG-LS without interleaving). */
  readonly planar?: boolean;
  /** The codec produced RGB from YCbCr itself (libjpeg's colour conversion, JPEG 2000 inverse MCT). */
  readonly colourConverted?: boolean;
  /** Frees codec memory; the samples view is invalid afterwards. */
  release(): void;
}

/** A decoder for one codec family: the frame's bytes (one or more fragments, in order) to samples. */
export type FrameCodec = (parts: readonly Uint8Array[], hints: CodecHints) => Promise<CodecImage>;

/** What the data set says, for codecs whose streams leave it open (RLE has no header of its own). */
export interface CodecHints {
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: number;
  readonly bitsAllocated: number;
  readonly photometric: string;
}
