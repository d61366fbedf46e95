// Reads the image attributes of one data set (the top level, or an item of a functional group sequence) by tag.
// Forgiving by design: a missing, empty or garbled value reads as undefined, never as an exception, so that
// readImageInfo can fall back to the standard's defaults and say what is wrong.

import type { DicomElement, DicomFile, Tag } from '../model';
import type { ValueContext } from '../values';
import { contextFor, readNumbers, readValue, rootContexts, valueBytes } from '../values';

export class AttributeReader {
  private readonly byTag = new Map<Tag, DicomElement>();

  constructor(
    elements: readonly DicomElement[],
    readonly context: ValueContext,
  ) {
    // The last occurrence wins when a damaged file repeats a tag, as in dcmtk and TopLevelReader.
    for (const element of elements) this.byTag.set(element.tag, element);
  }

  /** The top-level data set of a parsed file. */
  static root(file: DicomFile): AttributeReader {
    return new AttributeReader(file.dataset, rootContexts(file).dataset);
  }

  element(tag: Tag): DicomElement | undefined {
    return this.byTag.get(tag);
  }

  has(tag: Tag): boolean {
    return this.byTag.has(tag);
  }

  /** Every tag of this data set, in file order of first appearance. */
  tags(): Tag[] {
    return [...this.byTag.keys()];
  }

  /** Every value as a number: binary VRs as stored, IS/DS text parsed; values that are not numbers are NaN. */
  numbers(tag: Tag, limit = 64): number[] {
    const element = this.byTag.get(tag);
    if (!element || element.items || element.fragments) return [];
    try {
      const value = readValue(element, this.context, limit);
      if (value.kind === 'number') return value.values;
      if (value.kind === 'text') return value.values.slice(0, limit).map(parseNumber);
      if (value.kind === 'bytes') return smallBinaryNumber(value.bytes, this.context.littleEndian);
    } catch {
      // A value that cannot be read is as good as absent.
    }
    return [];
  }

  /** The value at `index` as a finite number, or undefined. */
  number(tag: Tag, index = 0): number | undefined {
    const value = this.numbers(tag, index + 1)[index];
    return value !== undefined && Number.isFinite(value) ? value : undefined;
  }

  /** Every text value, trimmed ('' for an empty value); [] when absent. */
  texts(tag: Tag): string[] {
    const element = this.byTag.get(tag);
    if (!element || element.items || element.fragments) return [];
    try {
      const value = readValue(element, this.context, 64);
      if (value.kind === 'text') return value.values.map((text) => text.trim());
      if (value.kind === 'number') return value.values.map(String);
    } catch {
      // as above
    }
    return [];
  }

  /** The first text value, trimmed, or '' when absent. */
  text(tag: Tag): string {
    return this.texts(tag)[0] ?? '';
  }

  /** The items of a sequence, each with its own reader (and its own character set, if it has one). */
  items(tag: Tag): AttributeReader[] {
    const element = this.byTag.get(tag);
    if (!element?.items) return [];
    return element.items.map(
      (item) => new AttributeReader(item.elements, contextFor(item.elements, this.context)),
    );
  }

  /** The first item of a sequence, if any. */
  item(tag: Tag): AttributeReader | undefined {
    const first = this.byTag.get(tag)?.items?.[0];
    return first ? new AttributeReader(first.elements, contextFor(first.elements, this.context)) : undefined;
  }

  /** The raw value bytes (as in the file: for big endian files, 16-bit words are byte-swapped). */
  bytes(tag: Tag): Uint8Array {
    const element = this.byTag.get(tag);
    if (!element || element.items || element.fragments) return new Uint8Array(0);
    return valueBytes(element, this.context);
  }

  /** The value as a byte stream in little endian order: OW (or US) in a big endian file has each 16-bit word
   *  byte-swapped, which this undoes; OB and other byte VRs are as stored. For bit-packed and byte-packed data. */
  logicalBytes(tag: Tag): Uint8Array {
    const raw = this.bytes(tag);
    const vr = this.byTag.get(tag)?.vr;
    if (this.context.littleEndian || (vr !== 'OW' && vr !== 'US' && vr !== 'SS')) return raw;
    const out = new Uint8Array(raw.length);
    for (let i = 0; i + 1 < raw.length; i += 2) {
      out[i] = raw[i + 1];
      out[i + 1] = raw[i];
    }
    return out;
  }

  /** A 16-bit word array value (US, SS, OW, or bytes of any other binary VR read as words), unsigned. */
  words(tag: Tag): Uint16Array {
    const element = this.byTag.get(tag);
    if (!element || element.items || element.fragments) return new Uint16Array(0);
    if (element.vr === 'US' || element.vr === 'SS' || element.vr === 'OW') {
      const { values } = readNumbers(element, this.context);
      return Uint16Array.from(values, (value) => value & 0xffff);
    }
    const bytes = valueBytes(element, this.context);
    const words = new Uint16Array(bytes.length >> 1);
    const le = this.context.littleEndian;
    for (let i = 0; i < words.length; i++) {
      const a = bytes[2 * i];
      const b = bytes[2 * i + 1];
      words[i] = le ? a | (b << 8) : (a << 8) | b;
    }
    return words;
  }
}

function parseNumber(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? NaN : Number(trimmed);
}

/** A binary value whose VR we do not know (UN, OB): read as one 16- or 32-bit unsigned number by its size. */
function smallBinaryNumber(bytes: Uint8Array, littleEndian: boolean): number[] {
  if (bytes.length !== 2 && bytes.length !== 4) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [bytes.length === 2 ? view.getUint16(0, littleEndian) : view.getUint32(0, littleEndian)];
}
