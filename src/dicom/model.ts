// The parsed-file model shared by the extension host, the CLI and the tests. It mirrors the structure of a
// DICOM file (PS3.5 §7): a data set is an ordered list of elements; a sequence element holds items, each a
// nested data set; encapsulated pixel data holds fragments. Elements keep their positions in the file so that
// every view can point at bytes, and values stay raw until a view asks for them (see values.ts).

import type { RandomAccessReader } from './io/reader';

/** Value length meaning "undefined length" (PS3.5 §7.1.1). */
export const UNDEFINED_LENGTH = 0xffffffff;

/** A tag as one unsigned 32-bit number: group in the high half, element in the low half. */
export type Tag = number;

export interface DicomElement {
  readonly tag: Tag;
  /** The VR used to decode the value: as encoded (explicit VR) or looked up (implicit VR), after resolving
   *  dictionary choices such as "US or SS". 'UN' when nothing better is known. */
  readonly vr: string;
  /** True when the VR was written in the file; false when it came from the dictionary. */
  readonly explicitVr: boolean;
  /** Value length as encoded; UNDEFINED_LENGTH for undefined length. */
  readonly length: number;
  /** Byte offset of the element's first byte (its tag) in the parsed buffer. */
  readonly offset: number;
  /** Byte offset of the value's first byte. */
  readonly valueOffset: number;
  /** Items of a sequence (VR SQ, or undefined-length UN parsed as a sequence). */
  readonly items?: DicomItem[];
  /** Fragments of encapsulated pixel data; the first is the Basic Offset Table item. */
  readonly fragments?: DicomFragment[];
  /** The private creator that reserves this element's block, for private data elements. */
  readonly privateCreator?: string;
}

export interface DicomItem {
  /** Byte offset of the item tag (FFFE,E000). */
  readonly offset: number;
  /** Item length as encoded; UNDEFINED_LENGTH for undefined length. */
  readonly length: number;
  readonly elements: DicomElement[];
}

export interface DicomFragment {
  /** Byte offset of the item tag (FFFE,E000) that introduces the fragment. */
  readonly offset: number;
  readonly length: number;
  readonly valueOffset: number;
}

export interface ParseIssue {
  readonly message: string;
  /** Byte offset in the file where the problem was found. */
  readonly offset: number;
  readonly severity: 'error' | 'warning';
}

export interface TransferSyntaxInfo {
  readonly uid: string;
  readonly littleEndian: boolean;
  readonly explicitVr: boolean;
  readonly deflated: boolean;
  readonly encapsulated: boolean;
}

export interface DicomFile {
  /** 128-byte preamble and "DICM" present. */
  readonly hasPreamble: boolean;
  /** File meta information (group 0002), always explicit VR little endian. */
  readonly meta: DicomElement[];
  /** The data set after the meta group. */
  readonly dataset: DicomElement[];
  readonly transferSyntax: TransferSyntaxInfo;
  /** Size of the file in bytes. */
  readonly fileSize: number;
  /** Problems met while parsing; parsing stops at the first error, keeping everything before it. */
  readonly errors: ParseIssue[];
  /** Bytes of the file meta group and, for non-deflated syntaxes, of the data set: element offsets index this. */
  readonly bytes: Uint8Array;
  /** For deflated syntaxes, the inflated data set; its element offsets index this buffer, not the file. */
  readonly inflatedDataset?: Uint8Array;
  /** Byte offset in the file where the deflated stream starts (deflated syntaxes only). */
  readonly deflatedStreamOffset?: number;
  /** Set when the file was parsed through a reader without being loaded whole (io/rangedParse.ts). `bytes` then
   *  holds only the file's first bytes, up to at least the start of the pixel data value; element values beyond
   *  it are in `ranged.pieces`, and pixel data is read through `ranged.reader` (pixels/frameIndex.ts). */
  readonly ranged?: RangedFile;
}

/** How a ranged-parsed file reaches the bytes that are not in `DicomFile.bytes`. */
export interface RangedFile {
  readonly reader: RandomAccessReader;
  /** Loaded pieces of the file beyond `bytes` (the elements after the pixel data, long values in the header),
   *  in file order, not overlapping one another (a piece may start inside `bytes`). Of a pixel data value longer
   *  than 64 KiB, only the first KiB is loaded (for the header table): frames are read through `reader`. */
  readonly pieces: readonly FilePiece[];
}

/** A loaded piece of a file: `bytes` are the file's bytes from `offset`. */
export interface FilePiece {
  readonly offset: number;
  readonly bytes: Uint8Array;
}
