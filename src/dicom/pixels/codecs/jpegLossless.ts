// JPEG Lossless, process 14 (1.2.840.10008.1.2.4.57, and .70 = selection value 1): ITU-T T.81 Annex H.
// Written here rather than taken from jpeg-lossless-decoder-js, which drops the last sample of a frame when its
// Huffman code ends next to the EOI marker (seen on a dcmcjpeg selection-value-6 file). Arithmetic follows
// the standard and libjpeg's lossless decoder: predictions and reconstruction modulo 2^16, prediction reset to
// 2^(P−Pt−1) at the start of each scan and restart interval, first line predicted from the left, first column
// from above, then the point transform shifts the samples back up.
import type { CodecImage } from './codecImage';
import type { JpegHeader } from './jpegHeader';
import { BitReader, findMarker, JpegDecodeError, readHuffmanTables, type HuffmanTable } from './jpegHuffman';

interface ScanComponent {
  readonly index: number;
  readonly table: HuffmanTable;
}

export function decodeJpegLossless(data: Uint8Array, header: JpegHeader): CodecImage {
  const { width, height, precision } = header;
  const count = header.components.length;
  if (header.components.some((c) => c.h !== 1 || c.v !== 1)) {
    throw new JpegDecodeError('JPEG Lossless with subsampled components is not supported.');
  }
  if (precision < 2 || precision > 16)
    throw new JpegDecodeError(`JPEG Lossless precision ${precision} is not valid.`);
  if (width === 0 || height === 0)
    throw new JpegDecodeError('The JPEG frame has no size (DNL is not supported).');
  const samples = new Uint16Array(width * height * count);
  const dcTables: (HuffmanTable | undefined)[] = [];
  const acTables: (HuffmanTable | undefined)[] = [];
  const scanned = new Set<number>();
  let restartInterval = 0;
  let at = 2;
  for (;;) {
    if (at + 2 > data.length) throw new JpegDecodeError('The JPEG data ends before its end-of-image marker.');
    if (data[at] !== 0xff) throw new JpegDecodeError(`Expected a JPEG marker at byte ${at}.`);
    const marker = data[at + 1];
    if (marker === 0xff || (marker >= 0xd0 && marker <= 0xd7)) {
      at += marker === 0xff ? 1 : 2;
      continue;
    }
    if (marker === 0xd9) break;
    if (at + 4 > data.length) throw new JpegDecodeError('The JPEG data ends inside a marker segment.');
    const length = (data[at + 2] << 8) | data[at + 3];
    const body = at + 4;
    const end = at + 2 + length;
    if (length < 2 || end > data.length)
      throw new JpegDecodeError(`A JPEG marker segment at byte ${at} is cut short.`);
    if (marker === 0xc4) readHuffmanTables(data, body, end, dcTables, acTables);
    if (marker === 0xdd) restartInterval = (data[body] << 8) | data[body + 1];
    if (marker === 0xda) {
      const ns = data[body];
      const scan: ScanComponent[] = [];
      for (let i = 0; i < ns; i++) {
        const id = data[body + 1 + 2 * i];
        const index = header.components.findIndex((c) => c.id === id);
        const table = dcTables[data[body + 2 + 2 * i] >> 4];
        if (index < 0) throw new JpegDecodeError('A JPEG scan names an unknown component.');
        if (!table) throw new JpegDecodeError('A JPEG Huffman table is missing.');
        scan.push({ index, table });
        scanned.add(index);
      }
      const predictor = data[body + 1 + 2 * ns];
      const pointTransform = data[body + 3 + 2 * ns] & 15;
      if (predictor < 1 || predictor > 7)
        throw new JpegDecodeError(`JPEG Lossless predictor ${predictor} is not valid.`);
      const reader = new BitReader(data, end);
      decodeScan(reader, scan, predictor, pointTransform);
      at = findMarker(data, reader.position);
      continue;
    }
    at = end;
  }
  if (scanned.size !== count) throw new JpegDecodeError('The JPEG stream lacks scans for some components.');

  function decodeScan(reader: BitReader, scan: ScanComponent[], predictor: number, pt: number): void {
    const initial = 1 << (precision - pt - 1);
    const total = width * height;
    let sinceRestart = 0;
    // Sample position where the current restart interval began: its first line is predicted from the left.
    let intervalStart = 0;
    for (let p = 0; p < total; p++) {
      if (restartInterval > 0 && sinceRestart === restartInterval) {
        reader.restart();
        sinceRestart = 0;
        intervalStart = p;
      }
      sinceRestart++;
      const x = p % width;
      const firstLine = p - intervalStart < width;
      for (let c = 0; c < scan.length; c++) {
        const { index, table } = scan[c];
        const o = p * count + index;
        const s = reader.decode(table);
        let diff: number;
        if (s === 0) diff = 0;
        else if (s === 16) diff = 32768;
        else if (s > 16) throw new JpegDecodeError('The JPEG data holds an invalid difference category.');
        else {
          const v = reader.bits(s);
          diff = v < 1 << (s - 1) ? v - (1 << s) + 1 : v;
        }
        let prediction: number;
        if (p === intervalStart) {
          prediction = initial;
        } else if (firstLine) {
          prediction = samples[o - count];
        } else if (x === 0) {
          prediction = samples[o - width * count];
        } else {
          const ra = samples[o - count];
          const rb = samples[o - width * count];
          const rc = samples[o - width * count - count];
          switch (predictor) {
            case 1:
              prediction = ra;
              break;
            case 2:
              prediction = rb;
              break;
            case 3:
              prediction = rc;
              break;
            case 4:
              prediction = ra + rb - rc;
              break;
            case 5:
              prediction = ra + ((rb - rc) >> 1);
              break;
            case 6:
              prediction = rb + ((ra - rc) >> 1);
              break;
            default:
              prediction = (ra + rb) >> 1;
          }
        }
        samples[o] = (prediction + diff) & 0xffff;
      }
    }
    if (pt === 0) return;
    for (const { index } of scan) {
      for (let i = index; i < samples.length; i += count) samples[i] = (samples[i] << pt) & 0xffff;
    }
  }

  return { width, height, components: count, bitsPerSample: precision, samples, release: () => undefined };
}
