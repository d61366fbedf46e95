// Reads element values by VR, lazily: the parser only records where a value is, and a view asks for it here.
// Text is decoded with the Specific Character Set in force for the element's data set (PS3.5 §6.1).

import { decodeText, parseSpecificCharacterSet } from './charset';
import type { DicomElement, DicomFile, DicomFragment, DicomItem, FilePiece, Tag } from './model';
import { makeTag, TAG } from './tags';
import { binaryValueSize, isSingleValueTextVr, isTextVr, usesExtendedCharset } from './vr';

/** Where an element's bytes are and how to read them. Nested data sets inherit their parent's context unless
 *  they carry their own Specific Character Set. */
export interface ValueContext {
  readonly bytes: Uint8Array;
  readonly littleEndian: boolean;
  readonly charsets: readonly string[];
  /** Ranged-parsed files: the loaded pieces of the file beyond `bytes` (DicomFile.ranged). */
  readonly pieces?: readonly FilePiece[];
  /** Ranged-parsed files: the file's size, which bounds values that are not loaded (the pixel data). */
  readonly fileSize?: number;
}

export interface PersonNameGroups {
  Alphabetic?: string;
  Ideographic?: string;
  Phonetic?: string;
}

export type ElementValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly values: string[] }
  | { readonly kind: 'personName'; readonly values: PersonNameGroups[] }
  | { readonly kind: 'number'; readonly values: number[]; readonly total: number }
  | { readonly kind: 'bigint'; readonly values: bigint[]; readonly total: number }
  | { readonly kind: 'tag'; readonly values: Tag[]; readonly total: number }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  | { readonly kind: 'sequence'; readonly items: DicomItem[] }
  | { readonly kind: 'fragments'; readonly fragments: DicomFragment[] };

/** The contexts for the meta group and the top-level data set of a parsed file. */
export function rootContexts(file: DicomFile): { meta: ValueContext; dataset: ValueContext } {
  const pieces = file.ranged?.pieces;
  const fileSize = file.ranged ? file.fileSize : undefined;
  const meta: ValueContext = { bytes: file.bytes, littleEndian: true, charsets: [], pieces, fileSize };
  const base: ValueContext = {
    bytes: file.inflatedDataset ?? file.bytes,
    littleEndian: file.transferSyntax.littleEndian,
    charsets: [],
    pieces,
    fileSize,
  };
  return { meta, dataset: contextFor(file.dataset, base) };
}

/** The context of a data set: its parent's, with its own Specific Character Set if it has one. */
export function contextFor(elements: readonly DicomElement[], parent: ValueContext): ValueContext {
  const charsetElement = elements.find((element) => element.tag === TAG.specificCharacterSet);
  if (!charsetElement) return parent;
  const raw = latin1(valueBytes(charsetElement, parent));
  return { ...parent, charsets: parseSpecificCharacterSet(raw) };
}

export function valueBytes(element: DicomElement, context: ValueContext): Uint8Array {
  if (element.length === 0xffffffff) return new Uint8Array(0);
  const end = element.valueOffset + element.length;
  if (end > context.bytes.length && context.pieces) {
    const piece = pieceHolding(context.pieces, element.valueOffset);
    if (piece) return piece.bytes.subarray(element.valueOffset - piece.offset, end - piece.offset);
  }
  return context.bytes.subarray(element.valueOffset, end);
}

/** The number of bytes of the value the file holds. Usually valueBytes(...).length; for a file parsed through a
 *  reader, whose pixel data is not loaded (valueBytes gives only its first bytes), what the file holds. */
export function availableLength(element: DicomElement, context: ValueContext): number {
  if (element.length === 0xffffffff) return 0;
  if (context.fileSize === undefined) return valueBytes(element, context).length;
  return Math.max(0, Math.min(element.length, context.fileSize - element.valueOffset));
}

/** The piece whose bytes start at or before `offset` and reach past it (pieces are sorted and disjoint). */
function pieceHolding(pieces: readonly FilePiece[], offset: number): FilePiece | undefined {
  let low = 0;
  let high = pieces.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const piece = pieces[middle];
    if (offset < piece.offset) high = middle - 1;
    else if (offset >= piece.offset + piece.bytes.length) low = middle + 1;
    else return piece;
  }
  return undefined;
}

/** Bytes as ISO 8859-1 text: for values read in the default repertoire, before any character set applies. */
export function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

/** Text of a string-VR element, decoded and split into values, with padding removed (PS3.5 §6.2). */
export function readTextValues(element: DicomElement, context: ValueContext): string[] {
  const bytes = valueBytes(element, context);
  if (bytes.length === 0) return [];
  const text = usesExtendedCharset(element.vr)
    ? decodeText(bytes, context.charsets, element.vr)
    : decodeText(bytes, [], element.vr);
  const values = isSingleValueTextVr(element.vr) ? [text] : text.split('\\');
  return values.map((value) => trimTextValue(value, element.vr));
}

function trimTextValue(value: string, vr: string): string {
  // Trailing NUL pads UIDs; trailing spaces pad everything else. Leading spaces are significant in LT/ST/UT only.
  const noTrailing = value.replace(/[\0 ]+$/, '');
  return vr === 'LT' || vr === 'ST' || vr === 'UT' ? noTrailing : noTrailing.replace(/^ +/, '');
}

/** Splits a PN value into its component groups (PS3.5 §6.2.1). */
export function splitPersonName(value: string): PersonNameGroups {
  // A PN has at most three groups; any further '=' belongs to the last one, so that nothing is lost.
  const [alphabetic, ideographic, ...rest] = value.split('=');
  const phonetic = rest.join('=');
  const groups: PersonNameGroups = {};
  if (alphabetic) groups.Alphabetic = alphabetic;
  if (ideographic) groups.Ideographic = ideographic;
  if (phonetic) groups.Phonetic = phonetic;
  return groups;
}

/** Reads up to `limit` numbers of a binary numeric VR. */
export function readNumbers(
  element: DicomElement,
  context: ValueContext,
  limit = Infinity,
): { values: number[]; total: number } {
  const size = binaryValueSize(element.vr);
  const bytes = valueBytes(element, context);
  const total = size > 0 ? Math.floor(availableLength(element, context) / size) : 0;
  // Only what is loaded can be read (all of it, but for the pixel data of a file parsed through a reader).
  const count = size > 0 ? Math.min(Math.floor(bytes.length / size), limit) : 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const le = context.littleEndian;
  const values: number[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const at = i * size;
    switch (element.vr) {
      case 'US':
      case 'OW':
        values[i] = view.getUint16(at, le);
        break;
      case 'SS':
        values[i] = view.getInt16(at, le);
        break;
      case 'UL':
      case 'OL':
        values[i] = view.getUint32(at, le);
        break;
      case 'SL':
        values[i] = view.getInt32(at, le);
        break;
      case 'FL':
      case 'OF':
        values[i] = view.getFloat32(at, le);
        break;
      case 'FD':
      case 'OD':
        values[i] = view.getFloat64(at, le);
        break;
      default:
        values[i] = bytes[at];
    }
  }
  return { values, total };
}

function readBigInts(
  element: DicomElement,
  context: ValueContext,
  limit: number,
): { values: bigint[]; total: number } {
  const bytes = valueBytes(element, context);
  const total = Math.floor(bytes.length / 8);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values: bigint[] = [];
  for (let i = 0; i < Math.min(total, limit); i++) {
    values.push(
      element.vr === 'SV'
        ? view.getBigInt64(i * 8, context.littleEndian)
        : view.getBigUint64(i * 8, context.littleEndian),
    );
  }
  return { values, total };
}

function readTags(
  element: DicomElement,
  context: ValueContext,
  limit: number,
): { values: Tag[]; total: number } {
  const bytes = valueBytes(element, context);
  const total = Math.floor(bytes.length / 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values: Tag[] = [];
  for (let i = 0; i < Math.min(total, limit); i++) {
    values.push(
      makeTag(view.getUint16(i * 4, context.littleEndian), view.getUint16(i * 4 + 2, context.littleEndian)),
    );
  }
  return { values, total };
}

/** The value of any element, typed by its VR. `limit` caps how many binary numbers are read. */
export function readValue(element: DicomElement, context: ValueContext, limit = Infinity): ElementValue {
  if (element.items) return { kind: 'sequence', items: element.items };
  if (element.fragments) return { kind: 'fragments', fragments: element.fragments };
  if (element.length === 0) return { kind: 'empty' };
  const vr = element.vr;
  if (vr === 'PN')
    return { kind: 'personName', values: readTextValues(element, context).map(splitPersonName) };
  if (isTextVr(vr)) return { kind: 'text', values: readTextValues(element, context) };
  switch (vr) {
    case 'US':
    case 'SS':
    case 'UL':
    case 'SL':
    case 'FL':
    case 'FD':
      return { kind: 'number', ...readNumbers(element, context, limit) };
    case 'SV':
    case 'UV':
      return { kind: 'bigint', ...readBigInts(element, context, limit) };
    case 'AT':
      return { kind: 'tag', ...readTags(element, context, limit) };
    default:
      return { kind: 'bytes', bytes: valueBytes(element, context) };
  }
}

/** Value multiplicity as found in the file (PS3.5 §6.4), from a value read with readValue: text is counted after
 *  decoding, since a backslash byte can be half of a multi-byte character. */
export function multiplicityOf(value: ElementValue): number {
  switch (value.kind) {
    case 'empty':
      return 0;
    case 'text':
    case 'personName':
      return value.values.length;
    case 'number':
    case 'bigint':
    case 'tag':
      return value.total;
    default:
      return 1;
  }
}
