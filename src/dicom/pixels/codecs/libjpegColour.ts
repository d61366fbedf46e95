// YCbCr → RGB exactly as libjpeg computes it (jdcolor.c ycc_rgb_convert, shared by IJG 6b and libjpeg-turbo):
// 16-bit fixed-point tables, rounded, clamped. Used where a JPEG decoder of ours, or the data set's own
// photometric interpretation, asks for the conversion libjpeg would otherwise have done.

const SCALEBITS = 16;
const ONE_HALF = 1 << (SCALEBITS - 1);
const fix = (x: number) => Math.floor(x * (1 << SCALEBITS) + 0.5);

interface Tables {
  readonly crR: Int32Array;
  readonly cbB: Int32Array;
  readonly crG: Float64Array;
  readonly cbG: Float64Array;
}

const cache = new Map<number, Tables>();

function tables(precision: number): Tables {
  let t = cache.get(precision);
  if (!t) {
    const size = 1 << precision;
    const center = size >> 1;
    t = {
      crR: new Int32Array(size),
      cbB: new Int32Array(size),
      crG: new Float64Array(size),
      cbG: new Float64Array(size),
    };
    for (let i = 0; i < size; i++) {
      const x = i - center;
      t.crR[i] = Math.floor((fix(1.402) * x + ONE_HALF) / (1 << SCALEBITS));
      t.cbB[i] = Math.floor((fix(1.772) * x + ONE_HALF) / (1 << SCALEBITS));
      t.crG[i] = -fix(0.71414) * x;
      t.cbG[i] = -fix(0.34414) * x + ONE_HALF;
    }
    cache.set(precision, t);
  }
  return t;
}

/** Interleaved Y,Cb,Cr samples of `precision` bits → R,G,B in place. */
export function ycbcrToRgbLibjpeg(samples: { [i: number]: number; length: number }, precision: number): void {
  const { crR, cbB, crG, cbG } = tables(precision);
  const max = (1 << precision) - 1;
  const clamp = (v: number) => (v < 0 ? 0 : v > max ? max : v);
  for (let i = 0; i + 2 < samples.length; i += 3) {
    const y = samples[i];
    const cb = samples[i + 1] & max;
    const cr = samples[i + 2] & max;
    samples[i] = clamp(y + crR[cr]);
    samples[i + 1] = clamp(y + Math.floor((cbG[cb] + crG[cr]) / (1 << SCALEBITS)));
    samples[i + 2] = clamp(y + cbB[cb]);
  }
}
