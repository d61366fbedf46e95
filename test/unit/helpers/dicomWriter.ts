// A tiny DICOM encoder for tests: builds exact byte layouts (including broken ones) so the parser's offsets and
// error messages can be checked byte for byte. Not product code.

export interface Encoding {
  explicitVr: boolean;
  littleEndian: boolean;
}

export const EXPLICIT_LE: Encoding = { explicitVr: true, littleEndian: true };
export const IMPLICIT_LE: Encoding = { explicitVr: false, littleEndian: true };
export const EXPLICIT_BE: Encoding = { explicitVr: true, littleEndian: false };

const LONG = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'UC', 'UN', 'UR', 'UT', 'SV', 'UV']);
export const UNDEFINED = 0xffffffff;

export class ByteWriter {
  private readonly parts: number[] = [];
  constructor(readonly encoding: Encoding) {}

  get length(): number {
    return this.parts.length;
  }

  u16(value: number, le = this.encoding.littleEndian): this {
    if (le) this.parts.push(value & 0xff, (value >> 8) & 0xff);
    else this.parts.push((value >> 8) & 0xff, value & 0xff);
    return this;
  }

  u32(value: number, le = this.encoding.littleEndian): this {
    const v = value >>> 0;
    if (le) this.parts.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
    else this.parts.push((v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff);
    return this;
  }

  raw(bytes: ArrayLike<number>): this {
    for (let i = 0; i < bytes.length; i++) this.parts.push(bytes[i]);
    return this;
  }

  ascii(text: string): this {
    for (let i = 0; i < text.length; i++) this.parts.push(text.charCodeAt(i) & 0xff);
    return this;
  }

  tag(group: number, element: number): this {
    return this.u16(group).u16(element);
  }

  /** An element header; `length` may be UNDEFINED or deliberately wrong. */
  header(group: number, element: number, vr: string, length: number): this {
    this.tag(group, element);
    if (this.encoding.explicitVr && group !== 0xfffe) {
      this.ascii(vr);
      if (LONG.has(vr)) this.u16(0).u32(length);
      else this.u16(length);
    } else {
      this.u32(length);
    }
    return this;
  }

  /** A text element padded to even length with a space (NUL for UI). */
  text(group: number, element: number, vr: string, value: string): this {
    let bytes = Array.from(value, (c) => c.charCodeAt(0) & 0xff);
    if (bytes.length % 2) bytes = [...bytes, vr === 'UI' ? 0 : 0x20];
    return this.header(group, element, vr, bytes.length).raw(bytes);
  }

  us(group: number, element: number, ...values: number[]): this {
    this.header(group, element, 'US', values.length * 2);
    for (const v of values) this.u16(v);
    return this;
  }

  item(length: number): this {
    return this.tag(0xfffe, 0xe000).u32(length);
  }

  itemEnd(): this {
    return this.tag(0xfffe, 0xe00d).u32(0);
  }

  sequenceEnd(): this {
    return this.tag(0xfffe, 0xe0dd).u32(0);
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

/** A Part 10 file: preamble, DICM, meta group with the given transfer syntax, then `body`. */
export function part10(transferSyntax: string, body: Uint8Array): Uint8Array {
  const meta = new ByteWriter(EXPLICIT_LE);
  const inner = new ByteWriter(EXPLICIT_LE)
    .header(0x0002, 0x0001, 'OB', 2)
    .raw([0, 1])
    .text(0x0002, 0x0002, 'UI', '1.2.840.10008.5.1.4.1.1.7')
    .text(0x0002, 0x0003, 'UI', '1.2.3.4')
    .text(0x0002, 0x0010, 'UI', transferSyntax)
    .bytes();
  meta.header(0x0002, 0x0000, 'UL', 4).u32(inner.length).raw(inner);
  const head = new Uint8Array(132);
  head.set([0x44, 0x49, 0x43, 0x4d], 128);
  const metaBytes = meta.bytes();
  const out = new Uint8Array(132 + metaBytes.length + body.length);
  out.set(head, 0);
  out.set(metaBytes, 132);
  out.set(body, 132 + metaBytes.length);
  return out;
}
