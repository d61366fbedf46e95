// Huffman decoding shared by our JPEG decoders (ITU-T T.81 Annex C and F.2.2): code tables with a 9-bit
// lookahead, and a bit reader that unstuffs 0xFF00 and stops at markers. Reading past the scan's data is an
// error here (libjpeg would warn and feed zeros), so a truncated frame is reported, not half drawn.

export class JpegDecodeError extends Error {
  override name = 'JpegDecodeError';
}

export interface HuffmanTable {
  /** 9-bit lookahead: (length << 8) | value, or 0 when the code is longer. */
  readonly lookup: Uint16Array;
  readonly maxcode: Int32Array;
  readonly valptr: Int32Array;
  readonly values: Uint8Array;
}

const LOOKAHEAD = 9;

export function buildHuffman(counts: Uint8Array, values: Uint8Array): HuffmanTable {
  const maxcode = new Int32Array(18).fill(-1);
  const valptr = new Int32Array(17);
  const lookup = new Uint16Array(1 << LOOKAHEAD);
  let code = 0;
  let p = 0;
  for (let length = 1; length <= 16; length++) {
    const n = counts[length - 1];
    if (n > 0) {
      valptr[length] = p - code;
      for (let i = 0; i < n; i++, p++, code++) {
        if (code >= 1 << length) throw new JpegDecodeError('A Huffman table is invalid.');
        if (length <= LOOKAHEAD) {
          const shift = LOOKAHEAD - length;
          for (let fill = 0; fill < 1 << shift; fill++)
            lookup[(code << shift) | fill] = (length << 8) | values[p];
        }
      }
      maxcode[length] = code - 1;
    }
    code <<= 1;
  }
  maxcode[17] = 0x7fffffff;
  return { lookup, maxcode, valptr, values };
}

/** Entropy-coded bits of one scan, with byte unstuffing; stops at any marker. */
export class BitReader {
  private buffer = 0;
  private count = 0;
  /** Zero bits appended after the data ran out; consuming any of them means the scan is truncated. */
  private padding = 0;
  private markerSeen = false;

  constructor(
    private readonly data: Uint8Array,
    public position: number,
  ) {}

  private fill(): void {
    while (this.count <= 24) {
      let byte = 0;
      let real = false;
      if (!this.markerSeen && this.position < this.data.length) {
        const value = this.data[this.position];
        if (value !== 0xff) {
          byte = value;
          real = true;
          this.position++;
        } else if (this.position + 1 < this.data.length && this.data[this.position + 1] === 0) {
          byte = 0xff; // stuffed byte
          real = true;
          this.position += 2;
        } else {
          this.markerSeen = true;
        }
      }
      if (!real) this.padding += 8;
      this.buffer = ((this.buffer << 8) | byte) >>> 0;
      this.count += 8;
    }
  }

  private consume(n: number): void {
    this.count -= n;
    if (this.count < this.padding)
      throw new JpegDecodeError('The JPEG data ends before the image is complete.');
  }

  bits(n: number): number {
    if (n === 0) return 0;
    if (this.count < n) this.fill();
    const value = (this.buffer >>> (this.count - n)) & ((1 << n) - 1);
    this.consume(n);
    return value;
  }

  decode(table: HuffmanTable): number {
    if (this.count < 16) this.fill();
    const peek = (this.buffer >>> (this.count - 16)) & 0xffff;
    const hit = table.lookup[peek >>> (16 - LOOKAHEAD)];
    if (hit !== 0) {
      this.consume(hit >> 8);
      return hit & 0xff;
    }
    for (let length = LOOKAHEAD + 1; length <= 16; length++) {
      const code = peek >>> (16 - length);
      if (code <= table.maxcode[length]) {
        this.consume(length);
        return table.values[code + table.valptr[length]];
      }
    }
    throw new JpegDecodeError('The JPEG data holds an invalid Huffman code.');
  }

  /** Skips to the next RSTn marker (after the padding bits of the current byte). */
  restart(): void {
    this.buffer = 0;
    this.count = 0;
    this.padding = 0;
    this.markerSeen = false;
    const data = this.data;
    let at = this.position;
    while (at + 1 < data.length && !(data[at] === 0xff && data[at + 1] >= 0xd0 && data[at + 1] <= 0xd7)) at++;
    if (at + 1 >= data.length) throw new JpegDecodeError('A restart marker is missing.');
    this.position = at + 2;
  }
}

/** HUFF_EXTEND: a received value of `s` bits to its signed magnitude. */
export function extend(value: number, s: number): number {
  return value < 1 << (s - 1) ? value - (1 << s) + 1 : value;
}

/** Reads the tables of a DHT segment (body from `at` to `end`) into the DC and AC table slots. */
export function readHuffmanTables(
  data: Uint8Array,
  at: number,
  end: number,
  dcTables: (HuffmanTable | undefined)[],
  acTables: (HuffmanTable | undefined)[],
): void {
  let p = at;
  while (p < end) {
    const tableClass = data[p] >> 4;
    const id = data[p] & 15;
    const counts = data.subarray(p + 1, p + 17);
    const total = counts.reduce((sum, n) => sum + n, 0);
    if (p + 17 + total > end || id > 3 || tableClass > 1 || total > 256) {
      throw new JpegDecodeError('A JPEG Huffman table is invalid.');
    }
    (tableClass === 0 ? dcTables : acTables)[id] = buildHuffman(
      counts,
      data.subarray(p + 17, p + 17 + total),
    );
    p += 17 + total;
  }
}

/** The next marker after a scan's entropy-coded data (skipping stuffed bytes and restart markers). */
export function findMarker(data: Uint8Array, from: number): number {
  let at = Math.max(0, from);
  while (at + 1 < data.length) {
    if (
      data[at] === 0xff &&
      data[at + 1] !== 0 &&
      data[at + 1] !== 0xff &&
      !(data[at + 1] >= 0xd0 && data[at + 1] <= 0xd7)
    ) {
      return at;
    }
    at++;
  }
  return data.length;
}
