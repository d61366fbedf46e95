// A sequential DCT JPEG decoder (ITU-T T.81 processes 1, 2 and 4: Huffman, 8- or 12-bit) for what the 8-bit
// libjpeg-turbo build cannot read: 12-bit JPEG Extended (1.2.840.10008.1.2.4.51). No npm package decodes it
// without eval-loaded wasm, and dcmtk's own decoder is IJG libjpeg 6b, so this follows libjpeg 6b step by step
// to give the same samples as dcmdjpeg: the integer "islow" IDCT (jidctint.c, with its range-limit table),
// "fancy" upsampling (jdsample.c, with jdmainct.c's edge rows) and the table-driven YCbCr → RGB of jdcolor.c.
// Where libjpeg would warn and fill with zeros (data ending early), this one stops with an error instead.
import {
  BitReader,
  extend,
  findMarker,
  JpegDecodeError,
  readHuffmanTables,
  type HuffmanTable,
} from './jpegHuffman';
export { JpegDecodeError } from './jpegHuffman';
import { libjpegAssumesYcbcr, readJpegHeader } from './jpegHeader';
import { ycbcrToRgbLibjpeg } from './libjpegColour';

export interface SequentialJpegImage {
  readonly width: number;
  readonly height: number;
  readonly components: number;
  readonly precision: number;
  /** Interleaved samples, width × height × components. */
  readonly samples: Uint16Array;
  /** Converted from YCbCr to RGB (as libjpeg would, or because the caller asked). */
  readonly colourConverted: boolean;
}

const ZIGZAG = new Int32Array([
  0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6, 7,
  14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31, 39, 46,
  53, 60, 61, 54, 47, 55, 62, 63,
]);

interface Component {
  readonly id: number;
  readonly h: number;
  readonly v: number;
  readonly quantTable: number;
  /** Sample plane, padded to whole MCUs. */
  plane: Uint16Array;
  planeWidth: number;
  blocksPerLine: number;
  blocksPerColumn: number;
  /** libjpeg's downsampled size: ceil(image size × factor / max factor). */
  downWidth: number;
  downHeight: number;
  dcTable?: HuffmanTable;
  acTable?: HuffmanTable;
  pred: number;
}

// jidctint.c constants (CONST_BITS 13).
const FIX_0_298631336 = 2446;
const FIX_0_390180644 = 3196;
const FIX_0_541196100 = 4433;
const FIX_0_765366865 = 6270;
const FIX_0_899976223 = 7373;
const FIX_1_175875602 = 9633;
const FIX_1_501321110 = 12299;
const FIX_1_847759065 = 15137;
const FIX_1_961570560 = 16069;
const FIX_2_053119869 = 16819;
const FIX_2_562915447 = 20995;
const FIX_3_072711026 = 25172;
const CONST_BITS = 13;

/**
 * The post-IDCT range-limit table of jdmaster.c (prepare_range_limit_table), indexed by the descaled value
 * masked to RANGE_MASK: values read as signed in [-2(MAX+1), 2(MAX+1)), centred, clamped to [0, MAX].
 */
const rangeTables = new Map<number, Uint16Array>();
function rangeLimitTable(precision: number): Uint16Array {
  let table = rangeTables.get(precision);
  if (!table) {
    const maxSample = (1 << precision) - 1;
    const size = (maxSample + 1) * 4;
    table = new Uint16Array(size);
    for (let x = 0; x < size; x++) {
      const v = (x >= size / 2 ? x - size : x) + (1 << (precision - 1));
      table[x] = v < 0 ? 0 : v > maxSample ? maxSample : v;
    }
    rangeTables.set(precision, table);
  }
  return table;
}

/**
 * libjpeg 6b jpeg_idct_islow: dequantize, 2-D integer IDCT, range-limit. Writes 8×8 samples into `out` at
 * `offset` with row stride `stride`. The arithmetic is 32-bit integer as in libjpeg (IJG chose PASS1_BITS so
 * that valid 8- and 12-bit data cannot overflow it); DESCALE is an arithmetic shift with rounding.
 */
function idctIslow(
  coef: Int32Array,
  quant: Int32Array,
  work: Int32Array,
  out: Uint16Array,
  offset: number,
  stride: number,
  precision: number,
): void {
  const pass1 = precision === 8 ? 2 : 1;
  const range = rangeLimitTable(precision);
  const rangeMask = range.length - 1;
  // Pass 1: columns from the coefficients into the work array.
  const shift1 = CONST_BITS - pass1;
  const round1 = 1 << (shift1 - 1);
  for (let c = 0; c < 8; c++) {
    if (
      coef[8 + c] === 0 &&
      coef[16 + c] === 0 &&
      coef[24 + c] === 0 &&
      coef[32 + c] === 0 &&
      coef[40 + c] === 0 &&
      coef[48 + c] === 0 &&
      coef[56 + c] === 0
    ) {
      const dc = (coef[c] * quant[c]) << pass1;
      for (let r = 0; r < 64; r += 8) work[r + c] = dc;
      continue;
    }
    let z2 = coef[16 + c] * quant[16 + c];
    let z3 = coef[48 + c] * quant[48 + c];
    let z1 = (z2 + z3) * FIX_0_541196100;
    let tmp2 = z1 - z3 * FIX_1_847759065;
    let tmp3 = z1 + z2 * FIX_0_765366865;
    z2 = coef[c] * quant[c];
    z3 = coef[32 + c] * quant[32 + c];
    let tmp0 = (z2 + z3) << CONST_BITS;
    let tmp1 = (z2 - z3) << CONST_BITS;
    const tmp10 = tmp0 + tmp3;
    const tmp13 = tmp0 - tmp3;
    const tmp11 = tmp1 + tmp2;
    const tmp12 = tmp1 - tmp2;
    tmp0 = coef[56 + c] * quant[56 + c];
    tmp1 = coef[40 + c] * quant[40 + c];
    tmp2 = coef[24 + c] * quant[24 + c];
    tmp3 = coef[8 + c] * quant[8 + c];
    z1 = tmp0 + tmp3;
    z2 = tmp1 + tmp2;
    z3 = tmp0 + tmp2;
    let z4 = tmp1 + tmp3;
    const z5 = (z3 + z4) * FIX_1_175875602;
    tmp0 *= FIX_0_298631336;
    tmp1 *= FIX_2_053119869;
    tmp2 *= FIX_3_072711026;
    tmp3 *= FIX_1_501321110;
    z1 *= -FIX_0_899976223;
    z2 *= -FIX_2_562915447;
    z3 = z3 * -FIX_1_961570560 + z5;
    z4 = z4 * -FIX_0_390180644 + z5;
    tmp0 += z1 + z3;
    tmp1 += z2 + z4;
    tmp2 += z2 + z3;
    tmp3 += z1 + z4;
    work[c] = (tmp10 + tmp3 + round1) >> shift1;
    work[56 + c] = (tmp10 - tmp3 + round1) >> shift1;
    work[8 + c] = (tmp11 + tmp2 + round1) >> shift1;
    work[48 + c] = (tmp11 - tmp2 + round1) >> shift1;
    work[16 + c] = (tmp12 + tmp1 + round1) >> shift1;
    work[40 + c] = (tmp12 - tmp1 + round1) >> shift1;
    work[24 + c] = (tmp13 + tmp0 + round1) >> shift1;
    work[32 + c] = (tmp13 - tmp0 + round1) >> shift1;
  }
  // Pass 2: rows, then the range-limit table.
  const shift2 = CONST_BITS + pass1 + 3;
  const round2 = 1 << (shift2 - 1);
  for (let r = 0; r < 8; r++) {
    const w = r * 8;
    const o = offset + r * stride;
    let z2 = work[w + 2];
    let z3 = work[w + 6];
    let z1 = (z2 + z3) * FIX_0_541196100;
    let tmp2 = z1 - z3 * FIX_1_847759065;
    let tmp3 = z1 + z2 * FIX_0_765366865;
    let tmp0 = (work[w] + work[w + 4]) << CONST_BITS;
    let tmp1 = (work[w] - work[w + 4]) << CONST_BITS;
    const tmp10 = tmp0 + tmp3;
    const tmp13 = tmp0 - tmp3;
    const tmp11 = tmp1 + tmp2;
    const tmp12 = tmp1 - tmp2;
    tmp0 = work[w + 7];
    tmp1 = work[w + 5];
    tmp2 = work[w + 3];
    tmp3 = work[w + 1];
    z1 = tmp0 + tmp3;
    z2 = tmp1 + tmp2;
    z3 = tmp0 + tmp2;
    let z4 = tmp1 + tmp3;
    const z5 = (z3 + z4) * FIX_1_175875602;
    tmp0 *= FIX_0_298631336;
    tmp1 *= FIX_2_053119869;
    tmp2 *= FIX_3_072711026;
    tmp3 *= FIX_1_501321110;
    z1 *= -FIX_0_899976223;
    z2 *= -FIX_2_562915447;
    z3 = z3 * -FIX_1_961570560 + z5;
    z4 = z4 * -FIX_0_390180644 + z5;
    tmp0 += z1 + z3;
    tmp1 += z2 + z4;
    tmp2 += z2 + z3;
    tmp3 += z1 + z4;
    out[o] = range[((tmp10 + tmp3 + round2) >> shift2) & rangeMask];
    out[o + 7] = range[((tmp10 - tmp3 + round2) >> shift2) & rangeMask];
    out[o + 1] = range[((tmp11 + tmp2 + round2) >> shift2) & rangeMask];
    out[o + 6] = range[((tmp11 - tmp2 + round2) >> shift2) & rangeMask];
    out[o + 2] = range[((tmp12 + tmp1 + round2) >> shift2) & rangeMask];
    out[o + 5] = range[((tmp12 - tmp1 + round2) >> shift2) & rangeMask];
    out[o + 3] = range[((tmp13 + tmp0 + round2) >> shift2) & rangeMask];
    out[o + 4] = range[((tmp13 - tmp0 + round2) >> shift2) & rangeMask];
  }
}

/** jdsample.c: one component's plane to full resolution, `width` × `height` samples. */
function upsample(
  component: Component,
  maxH: number,
  maxV: number,
  width: number,
  height: number,
): Uint16Array {
  const { plane, planeWidth, h, v, downWidth, downHeight } = component;
  const out = new Uint16Array(width * height);
  if (h === maxH && v === maxV) {
    for (let y = 0; y < height; y++)
      out.set(plane.subarray(y * planeWidth, y * planeWidth + width), y * width);
    return out;
  }
  const row = (y: number) => Math.min(Math.max(y, 0), downHeight - 1) * planeWidth;
  const line = new Uint16Array(downWidth * 2 + 2);
  if (h * 2 === maxH && v === maxV && downWidth > 2) {
    // h2v1_fancy_upsample: 3/4 nearer + 1/4 further sample, alternating rounding.
    for (let y = 0; y < height; y++) {
      const r = row(y);
      let o = 0;
      let value = plane[r];
      line[o++] = value;
      line[o++] = (value * 3 + plane[r + 1] + 2) >> 2;
      for (let x = 1; x < downWidth - 1; x++) {
        value = plane[r + x] * 3;
        line[o++] = (value + plane[r + x - 1] + 1) >> 2;
        line[o++] = (value + plane[r + x + 1] + 2) >> 2;
      }
      value = plane[r + downWidth - 1];
      line[o++] = (value * 3 + plane[r + downWidth - 2] + 1) >> 2;
      line[o++] = value;
      out.set(line.subarray(0, width), y * width);
    }
    return out;
  }
  if (h * 2 === maxH && v * 2 === maxV && downWidth > 2) {
    // h2v2_fancy_upsample: triangle filter using the nearer neighbouring row; edge rows repeat.
    for (let y = 0; y < height; y++) {
      const inRow = y >> 1;
      const r0 = row(inRow);
      const r1 = row(y & 1 ? inRow + 1 : inRow - 1);
      let o = 0;
      let thisSum = plane[r0] * 3 + plane[r1];
      let nextSum = plane[r0 + 1] * 3 + plane[r1 + 1];
      line[o++] = (thisSum * 4 + 8) >> 4;
      line[o++] = (thisSum * 3 + nextSum + 7) >> 4;
      let lastSum = thisSum;
      thisSum = nextSum;
      for (let x = 2; x < downWidth; x++) {
        nextSum = plane[r0 + x] * 3 + plane[r1 + x];
        line[o++] = (thisSum * 3 + lastSum + 8) >> 4;
        line[o++] = (thisSum * 3 + nextSum + 7) >> 4;
        lastSum = thisSum;
        thisSum = nextSum;
      }
      line[o++] = (thisSum * 3 + lastSum + 8) >> 4;
      line[o++] = (thisSum * 4 + 7) >> 4;
      out.set(line.subarray(0, width), y * width);
    }
    return out;
  }
  if (maxH % h !== 0 || maxV % v !== 0)
    throw new JpegDecodeError('The JPEG sampling factors are not supported.');
  // int_upsample (and h2v1/h2v2_upsample for narrow components): plain replication.
  const hx = maxH / h;
  const vx = maxV / v;
  for (let y = 0; y < height; y++) {
    const r = Math.floor(y / vx) * planeWidth;
    for (let x = 0; x < width; x++) out[y * width + x] = plane[r + Math.floor(x / hx)];
  }
  return out;
}

/**
 * Decodes a sequential Huffman JPEG (SOF0 or SOF1). `convertYbr` forces YCbCr → RGB for three components even
 * when libjpeg's marker rules would leave them (the data set says YBR).
 */
export function decodeSequentialJpeg(data: Uint8Array, convertYbr: boolean): SequentialJpegImage {
  const header = readJpegHeader(data);
  if (!header) throw new JpegDecodeError('The data is not a JPEG stream.');
  if (header.sof !== 0xc0 && header.sof !== 0xc1) {
    throw new JpegDecodeError(`JPEG process SOF${header.sof - 0xc0} is not a sequential Huffman process.`);
  }
  const precision = header.precision;
  if (precision !== 8 && precision !== 12)
    throw new JpegDecodeError(`JPEG precision ${precision} is not 8 or 12.`);
  const { width, height } = header;
  if (width === 0 || height === 0)
    throw new JpegDecodeError('The JPEG frame has no size (DNL is not supported).');
  const maxH = Math.max(...header.components.map((c) => c.h));
  const maxV = Math.max(...header.components.map((c) => c.v));
  if (header.components.some((c) => c.h < 1 || c.h > 4 || c.v < 1 || c.v > 4)) {
    throw new JpegDecodeError('The JPEG sampling factors are invalid.');
  }
  const mcusPerLine = Math.ceil(width / (8 * maxH));
  const mcusPerColumn = Math.ceil(height / (8 * maxV));
  const components: Component[] = header.components.map((c) => {
    const planeWidth = mcusPerLine * c.h * 8;
    return {
      ...c,
      plane: new Uint16Array(planeWidth * mcusPerColumn * c.v * 8),
      planeWidth,
      blocksPerLine: Math.ceil(Math.ceil((width * c.h) / maxH) / 8),
      blocksPerColumn: Math.ceil(Math.ceil((height * c.v) / maxV) / 8),
      downWidth: Math.ceil((width * c.h) / maxH),
      downHeight: Math.ceil((height * c.v) / maxV),
      pred: 0,
    };
  });

  const quantTables: (Int32Array | undefined)[] = [];
  const dcTables: (HuffmanTable | undefined)[] = [];
  const acTables: (HuffmanTable | undefined)[] = [];
  let restartInterval = 0;
  const coef = new Int32Array(64);
  const work = new Int32Array(64);
  const decoded = new Set<Component>();

  let at = 2;
  for (;;) {
    if (at + 2 > data.length) throw new JpegDecodeError('The JPEG data ends before its end-of-image marker.');
    if (data[at] !== 0xff) throw new JpegDecodeError(`Expected a JPEG marker at byte ${at}.`);
    const marker = data[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xd9) break; // EOI
    if (marker >= 0xd0 && marker <= 0xd7) {
      at += 2;
      continue;
    }
    if (at + 4 > data.length) throw new JpegDecodeError('The JPEG data ends inside a marker segment.');
    const length = (data[at + 2] << 8) | data[at + 3];
    const body = at + 4;
    const end = at + 2 + length;
    if (length < 2 || end > data.length)
      throw new JpegDecodeError(`A JPEG marker segment at byte ${at} is cut short.`);
    switch (marker) {
      case 0xdb: {
        // DQT: 8- or 16-bit entries, stored in zigzag order.
        let p = body;
        while (p < end) {
          const sixteen = data[p] >> 4;
          const id = data[p] & 15;
          p++;
          const table = new Int32Array(64);
          for (let k = 0; k < 64; k++) {
            table[ZIGZAG[k]] = sixteen ? (data[p] << 8) | data[p + 1] : data[p];
            p += sixteen ? 2 : 1;
          }
          if (p > end || id > 3) throw new JpegDecodeError('A JPEG quantization table is invalid.');
          quantTables[id] = table;
        }
        break;
      }
      case 0xc4:
        readHuffmanTables(data, body, end, dcTables, acTables);
        break;
      case 0xdd:
        restartInterval = (data[body] << 8) | data[body + 1];
        break;
      case 0xda: {
        const count = data[body];
        const scan: Component[] = [];
        for (let i = 0; i < count; i++) {
          const id = data[body + 1 + 2 * i];
          const tables = data[body + 2 + 2 * i];
          const component = components.find((c) => c.id === id);
          if (!component) throw new JpegDecodeError('A JPEG scan names an unknown component.');
          component.dcTable = dcTables[tables >> 4];
          component.acTable = acTables[tables & 15];
          if (!component.dcTable || !component.acTable)
            throw new JpegDecodeError('A JPEG Huffman table is missing.');
          if (!quantTables[component.quantTable])
            throw new JpegDecodeError('A JPEG quantization table is missing.');
          scan.push(component);
        }
        const reader = new BitReader(data, end);
        decodeScan(scan, reader);
        for (const component of scan) decoded.add(component);
        at = findMarker(data, reader.position);
        continue;
      }
      default:
        break; // APPn, COM, SOF (already read), DNL…
    }
    at = end;
  }
  if (decoded.size !== components.length)
    throw new JpegDecodeError('The JPEG stream lacks scans for some components.');

  function decodeBlock(component: Component, reader: BitReader, row: number, column: number): void {
    coef.fill(0);
    const s = reader.decode(component.dcTable as HuffmanTable);
    if (s > 16) throw new JpegDecodeError('The JPEG data holds an invalid DC difference.');
    const diff = s === 0 ? 0 : extend(reader.bits(s), s);
    // libjpeg keeps the DC predictor as int and stores the coefficient as a 16-bit JCOEF.
    component.pred += diff;
    coef[0] = (component.pred << 16) >> 16;
    const ac = component.acTable as HuffmanTable;
    for (let k = 1; k < 64; k++) {
      const rs = reader.decode(ac);
      const r = rs >> 4;
      const size = rs & 15;
      if (size === 0) {
        if (r !== 15) break;
        k += 15;
        continue;
      }
      k += r;
      if (k > 63) throw new JpegDecodeError('The JPEG data holds too many coefficients in a block.');
      coef[ZIGZAG[k]] = extend(reader.bits(size), size);
    }
    const stride = component.planeWidth;
    idctIslow(
      coef,
      quantTables[component.quantTable] as Int32Array,
      work,
      component.plane,
      row * 8 * stride + column * 8,
      stride,
      precision,
    );
  }

  function decodeScan(scan: Component[], reader: BitReader): void {
    for (const component of scan) component.pred = 0;
    const single = scan.length === 1;
    const mcuColumns = single ? scan[0].blocksPerLine : mcusPerLine;
    const mcuRows = single ? scan[0].blocksPerColumn : mcusPerColumn;
    const total = mcuColumns * mcuRows;
    for (let mcu = 0; mcu < total; mcu++) {
      if (restartInterval > 0 && mcu > 0 && mcu % restartInterval === 0) {
        reader.restart();
        for (const component of scan) component.pred = 0;
      }
      const mcuRow = Math.floor(mcu / mcuColumns);
      const mcuColumn = mcu % mcuColumns;
      if (single) {
        decodeBlock(scan[0], reader, mcuRow, mcuColumn);
        continue;
      }
      for (const component of scan) {
        for (let v = 0; v < component.v; v++) {
          for (let h = 0; h < component.h; h++) {
            decodeBlock(component, reader, mcuRow * component.v + v, mcuColumn * component.h + h);
          }
        }
      }
    }
  }

  const count = components.length;
  const planes = components.map((c) => upsample(c, maxH, maxV, width, height));
  const samples = new Uint16Array(width * height * count);
  for (let c = 0; c < count; c++) {
    const plane = planes[c];
    for (let i = 0, o = c; i < plane.length; i++, o += count) samples[o] = plane[i];
  }
  const convert = count === 3 && (convertYbr || libjpegAssumesYcbcr(header));
  if (convert) ycbcrToRgbLibjpeg(samples, precision);
  return { width, height, components: count, precision, samples, colourConverted: convert };
}
