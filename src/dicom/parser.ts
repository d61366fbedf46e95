// Parses a DICOM Part 10 file (or a bare data set) into the DicomFile tree of model.ts.
//
// Why our own parser rather than dicom-parser's: an inspector is mostly pointed at broken files, and it must keep
// everything before a fault, including the items of a sequence that is cut short, and say at which byte the fault
// is. It must also keep duplicate and out-of-order elements as they are in the file, and run in a worker without
// Node's zlib. dicom-parser stays in the test suite as an independent oracle for offsets and lengths.
//
// Parsing never throws: faults end the walk and are reported in DicomFile.errors with their byte offsets, and the
// tree holds everything read until then (the arrays are filled in place, so an interrupted sequence keeps its items).
//
// The same walk serves ranged parsing (io/rangedParse.ts): it then runs over the loaded parts of a file, with the
// file's size as the end of the data, and throws MissingBytes when it needs bytes that are not loaded yet.

import { Inflate } from 'fflate';
import { allowsVr, candidateVrs, lookupTag } from './dictionary';
import type {
  DicomElement,
  DicomFile,
  DicomFragment,
  DicomItem,
  ParseIssue,
  Tag,
  TransferSyntaxInfo,
} from './model';
import { UNDEFINED_LENGTH } from './model';
import {
  formatTag,
  isPrivateCreatorTag,
  isPrivateTag,
  ITEM,
  ITEM_DELIMITATION,
  makeTag,
  SEQUENCE_DELIMITATION,
  TAG,
  tagElement,
  tagGroup,
} from './tags';
import { transferSyntaxTraits } from './uids';
import { latin1 } from './values';
import { hasLongHeader, isKnownVr, vrFromBytes } from './vr';

export interface ParseOptions {
  /** Deepest sequence nesting accepted before the file is judged hostile. */
  readonly maxDepth?: number;
  /** Largest inflated size of a deflated data set, in bytes (stops decompression bombs). */
  readonly maxInflatedBytes?: number;
}

const DEFAULT_MAX_DEPTH = 64;
const DEFAULT_MAX_INFLATED_BYTES = 1 << 30;
/** Compressed bytes given to the inflater at a time (see inflate). */
const INFLATE_SLICE = 4096;

const IMPLICIT_LE = '1.2.840.10008.1.2';

/** Red/Green/Blue Palette Color LUT Descriptor and LUT Descriptor. */
const LUT_DESCRIPTOR_TAGS = new Set([0x00281101, 0x00281102, 0x00281103, 0x00283002]);
const EXPLICIT_LE = '1.2.840.10008.1.2.1';

/** Thrown (never caught by the parser) when a ranged parse reaches bytes it has not loaded yet: the caller loads
 *  them and parses again. `request` says what to load: 'bytes' (the range), fragments (the item headers of the
 *  encapsulated fragments starting at `offset`, up to `fragmentsEnd`), or 'whole' (a deflated file). */
export class MissingBytes extends Error {
  constructor(
    readonly offset: number,
    readonly length: number,
    readonly request:
      { readonly fragmentsEnd: number; readonly littleEndian: boolean } | 'bytes' | 'whole' = 'bytes',
  ) {
    super(`Bytes ${offset}-${offset + length} are not loaded`);
    this.name = 'MissingBytes';
  }
}

/** The parts of a file beyond the loaded prefix, for ranged parsing. */
export interface OutsideBytes {
  /** Exactly `length` bytes at `offset`, where [offset, offset + length) lies within the file but not within the
   *  prefix; throws MissingBytes when they are not loaded. */
  bytesAt(offset: number, length: number): Uint8Array;
  /** Called before the fragments of encapsulated pixel data at `offset` are walked (their data ends at `end`):
   *  throws MissingBytes asking for them to be indexed unless their item headers are loaded. */
  beforeFragments(offset: number, end: number, littleEndian: boolean): void;
  /** Told that the bytes up to `end` will be parsed (a sequence of defined length runs there), so that they can be
   *  loaded in one go rather than in growing steps. */
  expectParsedUntil(end: number): void;
}

/** What a parse reads: the whole file, or its first bytes plus the loaded parts beyond them. */
export interface LoadedBytes {
  /** The file's bytes from offset 0: all of them, or (ranged parsing) the loaded prefix. */
  readonly prefix: Uint8Array;
  /** Size of the whole file. */
  readonly size: number;
  /** Ranged parsing only: the bytes beyond the prefix. */
  readonly outside?: OutsideBytes;
}

/** A fault that ends parsing: message plus the byte offset it points at. */
export class DicomParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'DicomParseError';
  }
}

interface Encoding {
  readonly littleEndian: boolean;
  readonly explicitVr: boolean;
}

/** Per-data-set state that later elements (and nested items) need: private creators, Pixel Representation. */
interface DatasetScope {
  readonly parent: DatasetScope | undefined;
  readonly privateCreators: Map<number, string>;
  pixelRepresentation: number | undefined;
}

class Walker {
  readonly view: DataView;
  private warningCount = 0;

  constructor(
    /** The bytes in memory, from offset 0: the whole data, or for ranged parsing the loaded prefix. */
    readonly bytes: Uint8Array,
    readonly encoding: Encoding,
    readonly maxDepth: number,
    /** Warnings and the faults that did not stop the walk, in the order met (shared with twin walkers). */
    readonly issues: ParseIssue[] = [],
    /** Size of the data (the file, or the inflated data set): offsets up to here exist. */
    readonly size: number = bytes.length,
    /** Ranged parsing only: the bytes beyond `bytes`. */
    readonly outside?: OutsideBytes,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  // Byte access. Reads within `bytes` take the fast path; only ranged parsing goes further (and past the end of the
  // data it throws the same RangeError a DataView would, so both parses report the same fault).

  u8(offset: number): number {
    if (this.outside === undefined || offset < this.bytes.length) return this.bytes[offset];
    return this.beyond(offset, 1)[0];
  }

  u16(offset: number, le = this.encoding.littleEndian): number {
    if (this.outside === undefined || offset + 2 <= this.bytes.length) return this.view.getUint16(offset, le);
    const b = this.beyond(offset, 2);
    return le ? b[0] | (b[1] << 8) : (b[0] << 8) | b[1];
  }

  u32(offset: number, le = this.encoding.littleEndian): number {
    if (this.outside === undefined || offset + 4 <= this.bytes.length) return this.view.getUint32(offset, le);
    const b = this.beyond(offset, 4);
    return (
      (le
        ? b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)
        : (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0
    );
  }

  /** Up to `length` bytes at `offset`, cut at the end of the data. */
  slice(offset: number, length: number): Uint8Array {
    const end = Math.min(offset + length, this.size);
    if (this.outside === undefined || end <= this.bytes.length) return this.bytes.subarray(offset, end);
    return end > offset ? this.beyond(offset, end - offset) : new Uint8Array(0);
  }

  private beyond(offset: number, length: number): Uint8Array {
    if (offset < 0 || offset + length > this.size)
      throw new RangeError('Offset is outside the bounds of the DataView');
    return (this.outside as OutsideBytes).bytesAt(offset, length);
  }

  readTag(offset: number): Tag {
    return makeTag(this.u16(offset), this.u16(offset + 2));
  }

  /** Warns when an explicit VR is not one the dictionary allows for a standard element: the value is read with
   *  the VR as written (as dcmtk and pydicom do), but it is often the sign of a writer's bug. UN is always allowed
   *  (PS3.5 §6.2.2), and private and group length elements are not checked. */
  checkVr(tag: Tag, vr: string, offset: number): void {
    if (vr === 'UN' || (tag & 0xffff) === 0 || isPrivateTag(tag)) return;
    const entry = lookupTag(tag);
    if (entry && !allowsVr(entry, vr)) {
      this.warn(
        `VR ${vr} of ${formatTag(tag)} at offset ${offset} is not the dictionary's ${entry.vr}`,
        offset,
      );
    }
  }

  /** Throws a truncation fault unless `count` bytes are there; `what` is a description, or the tag of the element
   *  whose header is read (formatted only when the fault happens: this runs for every element). */
  need(offset: number, count: number, end: number, what: string | Tag): void {
    if (offset + count > end) {
      if (typeof what === 'number') what = `the header of element ${formatTag(what)}`;
      const where = end === this.size ? 'the file' : 'the enclosing item';
      throw new DicomParseError(
        `Truncated: ${what} needs ${count} bytes at offset ${offset} but ${where} ends at offset ${end}`,
        offset,
      );
    }
  }

  /** Reads elements from `offset` until `end`, or until an item delimiter when `untilDelimiter`. Returns the
   *  offset after the last byte consumed (after the delimiter, if one was read). */
  readDataset(
    target: DicomElement[],
    offset: number,
    end: number,
    untilDelimiter: boolean,
    scope: DatasetScope,
    depth: number,
  ): number {
    let position = offset;
    while (position < end) {
      this.need(position, 4, end, 'an element tag');
      const tag = this.readTag(position);
      if (tag === ITEM_DELIMITATION) {
        this.need(position, 8, end, 'an item delimitation');
        if (!untilDelimiter) {
          this.warn(`Unexpected item delimitation item in a data set of defined length`, position);
        }
        return position + 8;
      }
      if (tag === SEQUENCE_DELIMITATION) {
        throw new DicomParseError(
          `Unexpected sequence delimitation item (FFFE,E0DD) at offset ${position}: an item delimitation was expected`,
          position,
        );
      }
      position = this.readElement(target, position, end, scope, depth);
    }
    if (untilDelimiter) {
      throw new DicomParseError(
        `Missing item delimitation: the item of undefined length ends at offset ${end} without (FFFE,E00D)`,
        end,
      );
    }
    return position;
  }

  readElement(
    target: DicomElement[],
    offset: number,
    end: number,
    scope: DatasetScope,
    depth: number,
  ): number {
    const tag = this.readTag(offset);
    let vr: string;
    let explicitVr = this.encoding.explicitVr;
    let length: number;
    let valueOffset: number;

    if (this.encoding.explicitVr) {
      this.need(offset, 8, end, tag);
      const knownVr = vrFromBytes(this.u8(offset + 4), this.u8(offset + 5));
      if (knownVr !== undefined) {
        vr = knownVr;
        this.checkVr(tag, vr, offset);
        if (hasLongHeader(vr)) {
          this.need(offset, 12, end, tag);
          length = this.u32(offset + 8);
          valueOffset = offset + 12;
        } else {
          length = this.u16(offset + 6);
          valueOffset = offset + 8;
        }
      } else {
        // Some writers drop implicit-VR elements into explicit-VR files; read this one as implicit.
        this.warn(
          `Invalid VR "${printable(String.fromCharCode(this.u8(offset + 4), this.u8(offset + 5)))}" for ${formatTag(tag)} at offset ${offset + 4}; read as implicit VR`,
          offset + 4,
        );
        explicitVr = false;
        vr = this.dictionaryVr(tag, scope);
        length = this.u32(offset + 4);
        valueOffset = offset + 8;
      }
    } else {
      this.need(offset, 8, end, tag);
      vr = this.dictionaryVr(tag, scope);
      length = this.u32(offset + 4);
      valueOffset = offset + 8;
    }

    const privateCreator = this.privateCreatorOf(tag, scope);
    // Every element object is built by this one function, with the same fields in the same order: one hidden class
    // for the engine, no spread copies (this runs for every element of 100,000-element headers).
    const element = (vrOut: string, items?: DicomItem[], fragments?: DicomFragment[]): DicomElement => ({
      tag,
      vr: vrOut,
      explicitVr,
      length,
      offset,
      valueOffset,
      items,
      fragments,
      privateCreator,
    });

    if (length === UNDEFINED_LENGTH) {
      if (vr === 'SQ' || vr === 'UN' || (!explicitVr && this.looksLikeSequence(valueOffset, end))) {
        const items: DicomItem[] = [];
        // Shown as SQ, its meaning, as dcmtk and pydicom show it.
        target.push(element('SQ', items));
        // An explicit UN of undefined length is a sequence encoded in implicit VR little endian (PS3.5 §6.2.2).
        const walker = vr === 'UN' && explicitVr ? this.implicitTwin() : this;
        const next = walker.readItems(items, valueOffset, end, true, scope, depth + 1);
        return next;
      }
      const fragments: DicomFragment[] = [];
      target.push(element(vr, undefined, fragments));
      return this.readFragments(fragments, valueOffset, end, tag);
    }

    const overrun = valueOffset + length > end;
    const overrunMessage = (what: string) =>
      `${what} ${length} of ${formatTag(tag)} at offset ${offset} runs past ` +
      `${end === this.size ? 'the end of the file' : 'the end of the enclosing item'} ` +
      `(value would end at offset ${valueOffset + length}, data ends at offset ${end})`;
    if (!overrun && length % 2 === 1) {
      this.warn(`Odd value length ${length} for ${formatTag(tag)} at offset ${offset}`, offset);
    }

    const isSequence =
      vr === 'SQ' ||
      (!explicitVr &&
        vr === 'UN' &&
        this.looksLikeSequence(valueOffset, Math.min(end, valueOffset + length)));
    if (isSequence) {
      const items: DicomItem[] = [];
      target.push(element('SQ', items));
      if (overrun) {
        // Keep the items that are there: report the overrun, then read on up to the end of the data, where the
        // cut inside the sequence is reported at its own offset.
        this.fault(overrunMessage('Sequence length'), offset);
        this.readItems(items, valueOffset, end, false, scope, depth + 1);
        return end;
      }
      if (this.outside !== undefined && valueOffset + length > this.bytes.length) {
        this.outside.expectParsedUntil(valueOffset + length);
      }
      this.readItems(items, valueOffset, valueOffset + length, false, scope, depth + 1);
      return valueOffset + length;
    }

    if (overrun) {
      // The element is in the file, only its value is cut: show it, then stop.
      target.push(element(vr));
      throw new DicomParseError(overrunMessage('Value length'), offset);
    }

    target.push(element(vr));
    this.noteScopeValue(tag, vr, valueOffset, length, scope);
    return valueOffset + length;
  }

  readItems(
    items: DicomItem[],
    offset: number,
    end: number,
    untilDelimiter: boolean,
    parentScope: DatasetScope,
    depth: number,
  ): number {
    if (depth > this.maxDepth) {
      throw new DicomParseError(
        `Sequences nested deeper than ${this.maxDepth} levels at offset ${offset}`,
        offset,
      );
    }
    let position = offset;
    while (position < end) {
      this.need(position, 8, end, 'an item header');
      const tag = this.readTag(position);
      const length = this.u32(position + 4);
      if (tag === SEQUENCE_DELIMITATION) {
        if (!untilDelimiter) this.warn(`Sequence delimitation in a sequence of defined length`, position);
        return position + 8;
      }
      if (tag !== ITEM) {
        throw new DicomParseError(
          `Expected an item tag (FFFE,E000) at offset ${position} but found ${formatTag(tag)}` +
            (untilDelimiter ? ' (missing sequence delimitation?)' : ''),
          position,
        );
      }
      const elements: DicomElement[] = [];
      items.push({ offset: position, length, elements });
      const scope: DatasetScope = {
        parent: parentScope,
        privateCreators: new Map(),
        pixelRepresentation: undefined,
      };
      if (length === UNDEFINED_LENGTH) {
        position = this.readDataset(elements, position + 8, end, true, scope, depth);
      } else {
        const itemEnd = position + 8 + length;
        if (itemEnd > end) {
          // As for sequences: report the overrun and keep the elements that are there.
          this.fault(
            `Item length ${length} at offset ${position} runs past the end of its sequence or the file ` +
              `(item would end at offset ${itemEnd}, data ends at offset ${end})`,
            position,
          );
          this.readDataset(elements, position + 8, end, false, scope, depth);
          return end;
        }
        this.readDataset(elements, position + 8, itemEnd, false, scope, depth);
        position = itemEnd;
      }
    }
    if (untilDelimiter) {
      throw new DicomParseError(
        `Missing sequence delimitation: the sequence of undefined length ends at offset ${end} without (FFFE,E0DD)`,
        end,
      );
    }
    return position;
  }

  readFragments(fragments: DicomFragment[], offset: number, end: number, owner: Tag): number {
    if (this.outside !== undefined && end > this.bytes.length) {
      this.outside.beforeFragments(offset, end, this.encoding.littleEndian);
    }
    let position = offset;
    for (;;) {
      if (position + 8 > end) {
        throw new DicomParseError(
          `Missing sequence delimitation after the fragments of ${formatTag(owner)}: data ends at offset ${end}`,
          Math.min(position, end),
        );
      }
      const tag = this.readTag(position);
      const length = this.u32(position + 4);
      if (tag === SEQUENCE_DELIMITATION) return position + 8;
      if (tag !== ITEM) {
        throw new DicomParseError(
          `Expected a fragment item (FFFE,E000) at offset ${position} in ${formatTag(owner)} but found ${formatTag(tag)}`,
          position,
        );
      }
      if (position + 8 + length > end) {
        throw new DicomParseError(
          `Fragment length ${length} at offset ${position} runs past the end of the data (offset ${end})`,
          position,
        );
      }
      fragments.push({ offset: position, length, valueOffset: position + 8 });
      position += 8 + length;
    }
  }

  /** Implicit-VR heuristics: an unknown element whose value starts with an item tag is a sequence. */
  looksLikeSequence(valueOffset: number, end: number): boolean {
    if (valueOffset + 8 > end) return false;
    const tag = this.readTag(valueOffset);
    return tag === ITEM || tag === SEQUENCE_DELIMITATION;
  }

  implicitTwin(): Walker {
    return new Walker(
      this.bytes,
      { littleEndian: true, explicitVr: false },
      this.maxDepth,
      this.issues,
      this.size,
      this.outside,
    );
  }

  /** The VR for an element without one in the file: the dictionary's, with its choices resolved. */
  dictionaryVr(tag: Tag, scope: DatasetScope): string {
    if (isPrivateCreatorTag(tag)) return 'LO';
    if (tagElement(tag) === 0x0000) return 'UL';
    const entry = lookupTag(tag);
    if (!entry) return 'UN';
    const candidates = candidateVrs(entry);
    if (candidates.length === 0) return 'UN';
    if (candidates.length === 1) return candidates[0];
    // Implicit VR little endian writes Pixel Data and other "OB or OW" values as OW (PS3.5 §A.1).
    if (candidates.includes('SS') && candidates.includes('US')) {
      // LUT descriptors read as US whatever the pixel representation: their first and third values are always
      // unsigned (PS3.3 C.11.1.1.1), as dcmtk and pydicom read them.
      if (LUT_DESCRIPTOR_TAGS.has(tag)) return 'US';
      return inheritedPixelRepresentation(scope) === 1 ? 'SS' : 'US';
    }
    if (candidates.includes('OW')) return 'OW';
    return candidates[0];
  }

  privateCreatorOf(tag: Tag, scope: DatasetScope): string | undefined {
    if (!isPrivateTag(tag) || isPrivateCreatorTag(tag)) return undefined;
    const block = tagElement(tag) >> 8;
    if (block < 0x10) return undefined;
    return scope.privateCreators.get((tagGroup(tag) << 8) | block);
  }

  /** Remembers the values later elements depend on: private creator names and Pixel Representation. */
  noteScopeValue(tag: Tag, vr: string, valueOffset: number, length: number, scope: DatasetScope): void {
    if (isPrivateCreatorTag(tag)) {
      const creator = latin1(this.slice(valueOffset, length)).replace(/[\0 ]+$/, '');
      scope.privateCreators.set((tagGroup(tag) << 8) | tagElement(tag), creator.trim());
    } else if (tag === TAG.pixelRepresentation && length >= 2 && (vr === 'US' || vr === 'SS')) {
      scope.pixelRepresentation = this.u16(valueOffset);
    }
  }

  /** Records a fault that does not stop the walk by itself (what follows it is still read). */
  fault(message: string, offset: number): void {
    this.issues.push({ message, offset, severity: 'error' });
  }

  warn(message: string, offset: number): void {
    if (this.warningCount++ < 100) this.issues.push({ message, offset, severity: 'warning' });
  }
}

function inheritedPixelRepresentation(scope: DatasetScope | undefined): number | undefined {
  for (let s = scope; s; s = s.parent) if (s.pixelRepresentation !== undefined) return s.pixelRepresentation;
  return undefined;
}

function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

const newScope = (): DatasetScope => ({
  parent: undefined,
  privateCreators: new Map(),
  pixelRepresentation: undefined,
});

/** True when the bytes carry "DICM" at offset 128, after the preamble (PS3.10 §7.1). */
export function hasDicmMarker(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 132 &&
    bytes[128] === 0x44 &&
    bytes[129] === 0x49 &&
    bytes[130] === 0x43 &&
    bytes[131] === 0x4d
  );
}

/** Guesses the encoding of a data set with no meta group from its first element; undefined if it is not DICOM. */
function guessBareEncoding(walker: Walker, offset: number): Encoding | undefined {
  if (walker.size - offset < 8) return undefined;
  const head = walker.slice(offset, 8);
  const view = new DataView(head.buffer, head.byteOffset, 8);
  const vr = String.fromCharCode(head[4], head[5]);
  const explicitVr = isKnownVr(vr);
  const groupLe = view.getUint16(0, true);
  const groupBe = view.getUint16(0, false);
  // A data set starts with a low, even group (0002 or 0008 in practice); the byte order that gives one wins.
  const plausible = (group: number): boolean => group >= 0x0002 && group <= 0x0010 && group % 2 === 0;
  if (plausible(groupLe)) {
    if (!explicitVr && view.getUint32(4, true) > walker.size) return undefined;
    return { littleEndian: true, explicitVr };
  }
  if (plausible(groupBe) && explicitVr) return { littleEndian: false, explicitVr: true };
  return undefined;
}

function traitsOf(uid: string): TransferSyntaxInfo {
  const traits = transferSyntaxTraits(uid);
  if (traits) return { uid, ...traits };
  return { uid, littleEndian: true, explicitVr: true, deflated: false, encapsulated: true };
}

function inflate(
  bytes: Uint8Array,
  offset: number,
  maxBytes: number,
): { data: Uint8Array; error?: ParseIssue } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let error: ParseIssue | undefined;
  let full = false;
  const inflater = new Inflate((chunk) => {
    if (full) return;
    // Keep what fits under the limit (everything before the bomb is read), then stop.
    const room = maxBytes - total;
    if (chunk.length > room) {
      chunks.push(chunk.subarray(0, room));
      total = maxBytes;
      full = true;
      return;
    }
    chunks.push(chunk);
    total += chunk.length;
  });
  try {
    // Fed in small slices: one slice of deflate output is at most about 1000 times its input, so the limit is
    // checked every few megabytes instead of after the whole stream has been inflated into memory.
    const end = bytes.length;
    for (let at = offset; at < end && !full; at += INFLATE_SLICE) {
      const next = Math.min(at + INFLATE_SLICE, end);
      inflater.push(bytes.subarray(at, next), next === end);
    }
    if (full) {
      error = {
        message: `Deflated data set expands beyond ${maxBytes} bytes: a decompression bomb, or a file too large to inflate; what came before is shown`,
        offset,
        severity: 'error',
      };
    }
  } catch (caught) {
    const message = caught instanceof Error ? caught.message : String(caught);
    error = {
      message: `Deflate stream at offset ${offset} is damaged: ${message}`,
      offset,
      severity: 'error',
    };
  }
  const data = new Uint8Array(total);
  let position = 0;
  for (const chunk of chunks) {
    data.set(chunk, position);
    position += chunk.length;
  }
  return { data, error };
}

/** Parses a whole file held in memory. Never throws: faults are reported in `errors`. */
export function parseDicom(bytes: Uint8Array, options: ParseOptions = {}): DicomFile {
  return parseLoaded({ prefix: bytes, size: bytes.length }, options);
}

/** Parses the loaded bytes of a file. Never throws, except MissingBytes when `loaded.outside` lacks bytes the
 *  parse needs (see io/rangedParse.ts): faults are reported in `errors`. */
export function parseLoaded(loaded: LoadedBytes, options: ParseOptions = {}): DicomFile {
  const { prefix: bytes, size, outside } = loaded;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const errors: ParseIssue[] = [];
  const meta: DicomElement[] = [];
  const dataset: DicomElement[] = [];
  // File meta information: explicit VR little endian, as long as the group is 0002.
  const metaWalker = new Walker(bytes, { littleEndian: true, explicitVr: true }, maxDepth, [], size, outside);
  const hasPreamble = size >= 132 && latin1(metaWalker.slice(128, 4)) === 'DICM';
  let position = hasPreamble ? 132 : 0;
  let transferSyntax = traitsOf(EXPLICIT_LE);
  const result = (extra: Partial<DicomFile> = {}): DicomFile => ({
    hasPreamble,
    meta,
    dataset,
    transferSyntax,
    fileSize: size,
    errors,
    bytes,
    ...extra,
  });

  const startsWithMeta = size >= position + 6 && metaWalker.u16(position) === 0x0002;
  if (startsWithMeta) {
    try {
      while (position + 4 <= size && metaWalker.u16(position) === 0x0002) {
        position = metaWalker.readElement(meta, position, size, newScope(), 0);
      }
    } catch (caught) {
      errors.push(...metaWalker.issues, toIssue(caught));
      return result();
    }
    errors.push(...metaWalker.issues);
    const groupLength = checkGroupLength(metaWalker, meta, position);
    if (groupLength) errors.push(groupLength);
    if (!hasPreamble) {
      errors.unshift({
        message: 'No 128-byte preamble and "DICM" marker: the file starts directly with the file meta group',
        offset: 0,
        severity: 'warning',
      });
    }
  }

  let encoding: Encoding;
  const tsElement = meta.find((element) => element.tag === TAG.transferSyntaxUid);
  if (tsElement) {
    const uid = latin1(metaWalker.slice(tsElement.valueOffset, tsElement.length))
      .replace(/[\0 ]+$/, '')
      .trim();
    transferSyntax = traitsOf(uid);
    if (!transferSyntaxTraits(uid)) {
      errors.push({
        message: `Unknown transfer syntax ${uid}; reading the data set as explicit VR little endian`,
        offset: tsElement.offset,
        severity: 'warning',
      });
    }
    encoding = transferSyntax;
  } else {
    const guessed = guessBareEncoding(metaWalker, position);
    if (!guessed) {
      const message = hasPreamble
        ? `No data set found after the DICM marker at offset ${position}`
        : size === 0
          ? 'Empty file: not a DICOM file'
          : `Not a DICOM file: no "DICM" marker at offset 128 and no DICOM data set at offset ${position}`;
      errors.push({ message, offset: position, severity: 'error' });
      return result();
    }
    encoding = guessed;
    transferSyntax = traitsOf(
      guessed.explicitVr ? (guessed.littleEndian ? EXPLICIT_LE : '1.2.840.10008.1.2.2') : IMPLICIT_LE,
    );
    errors.push({
      message:
        (startsWithMeta ? 'File meta group has no Transfer Syntax UID' : 'No file meta group') +
        `; the data set looks like ${encoding.explicitVr ? 'explicit' : 'implicit'} VR ` +
        `${encoding.littleEndian ? 'little' : 'big'} endian`,
      offset: position,
      severity: 'warning',
    });
  }

  let datasetBytes = bytes;
  let inflatedDataset: Uint8Array | undefined;
  let deflatedStreamOffset: number | undefined;
  if (transferSyntax.deflated) {
    // The data set must be inflated whole: a ranged parse asks for the whole file.
    if (outside !== undefined) throw new MissingBytes(0, size, 'whole');
    deflatedStreamOffset = position;
    try {
      const inflated = inflate(bytes, position, options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES);
      if (inflated.error) errors.push(inflated.error);
      inflatedDataset = datasetBytes = inflated.data;
      position = 0;
    } catch (caught) {
      errors.push(toIssue(caught));
      return result({ deflatedStreamOffset });
    }
  }

  const walker =
    inflatedDataset === undefined
      ? new Walker(bytes, encoding, maxDepth, [], size, outside)
      : new Walker(datasetBytes, encoding, maxDepth);
  try {
    walker.readDataset(dataset, position, walker.size, false, newScope(), 0);
  } catch (caught) {
    errors.push(toIssue(caught));
  }
  errors.push(...walker.issues);
  errors.sort((a, b) => a.offset - b.offset);
  return result({ inflatedDataset, deflatedStreamOffset });
}

/** (0002,0000) must count the bytes of the meta group after it; readers that trust it (and skip by it) read
 *  a wrong value as the start of the data set. The walk above goes by the group number instead, so the file is read
 *  right; the mismatch is reported. */
function checkGroupLength(
  walker: Walker,
  meta: readonly DicomElement[],
  end: number,
): ParseIssue | undefined {
  const element = meta.find((e) => e.tag === 0x00020000);
  if (!element || element.length !== 4) return undefined;
  const declared = walker.u32(element.valueOffset, true);
  const actual = end - (element.valueOffset + 4);
  if (declared === actual) return undefined;
  return {
    message: `File Meta Information Group Length says ${declared} bytes, but the meta group holds ${actual} bytes (to offset ${end})`,
    offset: element.offset,
    severity: 'warning',
  };
}

function toIssue(caught: unknown): ParseIssue {
  // Not a fault of the file: the ranged parse loads what is missing and parses again.
  if (caught instanceof MissingBytes) throw caught;
  if (caught instanceof DicomParseError)
    return { message: caught.message, offset: caught.offset, severity: 'error' };
  if (caught instanceof RangeError) {
    return { message: `Truncated data: ${caught.message}`, offset: -1, severity: 'error' };
  }
  const message = caught instanceof Error ? caught.message : String(caught);
  return { message: `Internal parser error: ${message}`, offset: -1, severity: 'error' };
}
