// Decodes the bytes of text values per Specific Character Set (0008,0005): PS3.3 C.12.1.1.2 for the defined
// terms, PS3.5 §6.1 for the rules, including ISO 2022 code extensions where escape sequences switch the G0 and
// G1 code elements mid-value (PS3.5 Annexes H to K show Japanese, Korean and Chinese examples).
//
// Choices, where the standard leaves room or files break it:
// - Single-byte sets are decoded from our own tables (charset/single-byte-tables.ts), not TextDecoder: WHATWG
//   maps the labels 'iso-8859-1' and 'iso-8859-9' to windows-1252/1254 and 'tis-620' to windows-874, and Node
//   and browsers disagree on some of them. ISO_IR 100 is true ISO 8859-1, as in pydicom and dcmtk; bytes 80-9F
//   are C1 controls (U+0080-U+009F) in every single-byte set.
// - Bytes above 7F with no G1 set (default repertoire, an unknown term, or a VR limited to the default
//   repertoire) decode as ISO 8859-1, as pydicom does, so that no byte is lost from view.
// - Multi-byte sets use TextDecoder ('euc-jp', 'euc-kr', 'gb18030', 'gbk', 'utf-8'), except for the few JIS
//   X 0208, JIS X 0212 and GB 2312 code points where WHATWG follows the Microsoft code pages (mapped here as the
//   national standards and pydicom map them) and the two KS X 1001:1998 additions Node's decoder lacks. Code
//   points the national sets leave unassigned decode as WHATWG says (e.g. NEC row 13 of JIS X 0208). Where a
//   runtime lacks a decoder, characters of that set become U+FFFD.
// - JIS X 0201 Roman (ISO_IR 13's G0, ESC ( J) is read as ASCII: 5C stays a backslash, the value delimiter,
//   and 7E a tilde, as Python's shift_jis codec (pydicom) reads them.
// - Escape sequences of any supported set are obeyed even when (0008,0005) does not declare that set; an
//   unknown escape sequence becomes U+FFFD and is skipped. The stand-alone multi-byte terms (ISO_IR 192,
//   GB18030, GBK) decode the whole value and ignore any further terms; as later terms they are ignored.
// - Defined terms are matched leniently: ISO_IR n and ISO 2022 IR n alike, common misspellings ('ISO IR 100'),
//   and 'UTF-8' for ISO_IR 192. Unknown terms mean the default repertoire.
// - Nothing throws: invalid bytes become U+FFFD.
import { SINGLE_BYTE_UPPER_HALVES } from './charset/single-byte-tables';

/** A 94x94 double-byte set, decoded by handing its bytes (with the high bit set) to a TextDecoder. */
interface DoubleByteSet {
  readonly kind: 'double';
  /** TextDecoder label. */
  readonly decoder: string;
  /** Byte inserted before each pair: 8F selects JIS X 0212 in EUC-JP. */
  readonly prefix?: number;
  /** Pair (first << 8 | second, 7-bit) → character, where the national standard differs from WHATWG. */
  readonly overrides?: ReadonlyMap<number, string>;
}

/** A single-byte G1 set: characters for bytes A0-FF. */
interface UpperHalf {
  readonly kind: 'single';
  readonly table: string;
}

type G0Set = 'ascii' | DoubleByteSet;
type G1Set = UpperHalf | DoubleByteSet | undefined;

interface CodeState {
  g0: G0Set;
  g1: G1Set;
}

/** How a defined term starts decoding: the initial G0 and G1, or a stand-alone decoder for the whole value. */
type TermDefinition =
  | { readonly kind: 'iso2022'; readonly g0: G0Set; readonly g1: G1Set }
  | { readonly kind: 'whole'; readonly decoder: string };

const LATIN_1: UpperHalf = {
  kind: 'single',
  table: String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)),
};
/** JIS X 0201 katakana (ISO-IR 13): A1-DF are the half-width katakana U+FF61-U+FF9F. */
const KATAKANA: UpperHalf = {
  kind: 'single',
  table: String.fromCharCode(
    ...Array.from({ length: 96 }, (_, i) => (i >= 1 && i <= 0x3f ? 0xff60 + i : 0xfffd)),
  ),
};

function upperHalf(ir: string): UpperHalf {
  return { kind: 'single', table: SINGLE_BYTE_UPPER_HALVES[ir] };
}

const JIS_X_0208: DoubleByteSet = {
  kind: 'double',
  decoder: 'euc-jp',
  overrides: new Map([
    [0x2141, '\u301c'], // WAVE DASH (WHATWG: FULLWIDTH TILDE)
    [0x2142, '\u2016'], // DOUBLE VERTICAL LINE (WHATWG: PARALLEL TO)
    [0x215d, '\u2212'], // MINUS SIGN (WHATWG: FULLWIDTH HYPHEN-MINUS)
    [0x2171, '\u00a2'], // CENT SIGN (WHATWG: FULLWIDTH)
    [0x2172, '\u00a3'], // POUND SIGN (WHATWG: FULLWIDTH)
    [0x224c, '\u00ac'], // NOT SIGN (WHATWG: FULLWIDTH)
  ]),
};
const JIS_X_0212: DoubleByteSet = {
  kind: 'double',
  decoder: 'euc-jp',
  prefix: 0x8f,
  overrides: new Map([[0x2237, '\u007e']]), // TILDE (WHATWG: FULLWIDTH TILDE)
};
const KS_X_1001: DoubleByteSet = {
  kind: 'double',
  decoder: 'euc-kr',
  // Added by KS X 1001:1998; Node's ICU decoder lacks them, browsers have them.
  overrides: new Map([
    [0x2266, '\u20ac'], // EURO SIGN
    [0x2267, '\u00ae'], // REGISTERED SIGN
  ]),
};
const GB_2312: DoubleByteSet = {
  kind: 'double',
  decoder: 'gb18030',
  overrides: new Map([
    [0x2124, '\u30fb'], // KATAKANA MIDDLE DOT (WHATWG: MIDDLE DOT)
    [0x212a, '\u2015'], // HORIZONTAL BAR (WHATWG: EM DASH)
  ]),
};

/** Single-byte sets of PS3.3 Tables C.12-2 and C.12-3, by ISO-IR number, with their G1 final byte. */
const SINGLE_BYTE_SETS: ReadonlyArray<readonly [ir: string, g1: UpperHalf, finalByte: string]> = [
  ['100', LATIN_1, 'A'],
  ['101', upperHalf('101'), 'B'],
  ['109', upperHalf('109'), 'C'],
  ['110', upperHalf('110'), 'D'],
  ['144', upperHalf('144'), 'L'],
  ['127', upperHalf('127'), 'G'],
  ['126', upperHalf('126'), 'F'],
  ['138', upperHalf('138'), 'H'],
  ['148', upperHalf('148'), 'M'],
  ['203', upperHalf('203'), 'b'],
  ['166', upperHalf('166'), 'T'],
];

/** Defined terms, by ISO-IR number for the ISO_IR n / ISO 2022 IR n pairs (read alike: see normalizeTerm). */
const TERMS = new Map<string, TermDefinition>([
  ['6', { kind: 'iso2022', g0: 'ascii', g1: undefined }],
  ['13', { kind: 'iso2022', g0: 'ascii', g1: KATAKANA }],
  // Multi-byte sets with code extensions as value 1 (outside the standard, which wants a single-byte value 1):
  // G0 stays ASCII until an escape sequence; G1 sets are designated from the start, as pydicom reads them.
  ['87', { kind: 'iso2022', g0: 'ascii', g1: undefined }],
  ['159', { kind: 'iso2022', g0: 'ascii', g1: undefined }],
  ['149', { kind: 'iso2022', g0: 'ascii', g1: KS_X_1001 }],
  ['58', { kind: 'iso2022', g0: 'ascii', g1: GB_2312 }],
  ['192', { kind: 'whole', decoder: 'utf-8' }],
  ['GB18030', { kind: 'whole', decoder: 'gb18030' }],
  ['GBK', { kind: 'whole', decoder: 'gbk' }],
  // Not a defined term, but found in files (and read as UTF-8 by pydicom, which accepts Python codec names).
  ['UTF8', { kind: 'whole', decoder: 'utf-8' }],
  ...SINGLE_BYTE_SETS.map(([ir, g1]): [string, TermDefinition] => [ir, { kind: 'iso2022', g0: 'ascii', g1 }]),
]);
const DEFAULT_TERM: TermDefinition = { kind: 'iso2022', g0: 'ascii', g1: undefined };

/** What an escape sequence designates; g1IfUnset designates G1 only where no G1 set is active. */
type Designation = { readonly g0: G0Set; readonly g1IfUnset?: G1Set } | { readonly g1: G1Set };

/** Escape sequences (PS3.3 Tables C.12-3 and C.12-4), as the bytes after ESC. */
const ESCAPES: ReadonlyArray<readonly [bytes: string, designation: Designation]> = [
  ['(B', { g0: 'ascii' }], // ISO-IR 6
  // ISO-IR 14, JIS X 0201 Roman (read as ASCII). Files, dcmtk and pydicom treat it as selecting all of JIS X 0201,
  // so it brings the katakana into G1 when no G1 set is active (ISO 2022 IR 13 as value 2, no ESC ) I).
  ['(J', { g0: 'ascii', g1IfUnset: KATAKANA }],
  ['$B', { g0: JIS_X_0208 }], // ISO-IR 87
  ['$@', { g0: JIS_X_0208 }], // JIS C 6226-1978, the predecessor of JIS X 0208 (not in DICOM)
  ['$(D', { g0: JIS_X_0212 }], // ISO-IR 159
  [')I', { g1: KATAKANA }], // ISO-IR 13
  ['$)C', { g1: KS_X_1001 }], // ISO-IR 149
  ['$)A', { g1: GB_2312 }], // ISO-IR 58
  ...SINGLE_BYTE_SETS.map(([, g1, finalByte]): readonly [string, Designation] => ['-' + finalByte, { g1 }]),
];

/** VRs whose values may use the sets of (0008,0005); all other string VRs are default repertoire (PS3.5 §6.1.2.3). */
const EXTENDED_VRS = new Set(['SH', 'LO', 'ST', 'LT', 'PN', 'UC', 'UT']);
/** VRs with a single value, where a backslash is text rather than a value delimiter. */
const SINGLE_VALUED_VRS = new Set(['ST', 'LT', 'UT']);

const ESC = 0x1b;
const TAB = 0x09;
const LF = 0x0a;
const FF = 0x0c;
const CR = 0x0d;
const BACKSLASH = 0x5c;
const EQUALS = 0x3d;
const CARET = 0x5e;

/**
 * The values of a raw Specific Character Set (0008,0005), trimmed, keeping an empty value 1 (the default
 * repertoire): '\\ISO 2022 IR 87' → ['', 'ISO 2022 IR 87']. An empty or absent value gives [''].
 */
export function parseSpecificCharacterSet(raw: string): string[] {
  // Trailing NUL or space padding belongs to the element, not to the last term.
  return raw
    .replace(/[\0 ]+$/, '')
    .split('\\')
    .map((term) => term.trim());
}

/**
 * Reads common misspellings ('ISO IR 100', 'ISO-IR 100', 'ISO_2022_IR_87', lower case) as the defined term
 * they mean, and ISO_IR n and ISO 2022 IR n alike: the escape sequences a value holds say where sets switch, so
 * whether extensions were announced changes nothing when reading.
 */
function normalizeTerm(term: string): string {
  const upper = term.trim().toUpperCase();
  const match = /^ISO[ _-]?(?:2022[ _-]?)?IR[ _-]?(\d+)$/.exec(upper);
  if (match) return String(Number(match[1]));
  return upper.replace(/[ _-]/g, '');
}

function definitionOf(term: string): TermDefinition | undefined {
  return term.trim() === '' ? DEFAULT_TERM : TERMS.get(normalizeTerm(term));
}

const decoders = new Map<string, TextDecoder | null>();

/** A cached, non-fatal TextDecoder for a label, or null where the runtime does not have it. */
function textDecoder(label: string): TextDecoder | null {
  let decoder = decoders.get(label);
  if (decoder === undefined) {
    try {
      decoder = new TextDecoder(label, { ignoreBOM: true });
    } catch {
      decoder = null;
    }
    decoders.set(label, decoder);
  }
  return decoder;
}

/** Accumulates UTF-16 code units and decoded runs into a string. */
class TextBuilder {
  private text = '';
  private readonly units: number[] = [];

  push(unit: number): void {
    this.units.push(unit);
    if (this.units.length >= 4096) this.flushUnits();
  }

  append(text: string): void {
    this.flushUnits();
    this.text += text;
  }

  toString(): string {
    this.flushUnits();
    return this.text;
  }

  private flushUnits(): void {
    if (this.units.length > 0) {
      this.text += String.fromCharCode(...this.units);
      this.units.length = 0;
    }
  }
}

/** Collects consecutive pairs of one double-byte set, to decode them with one TextDecoder call. */
class DoubleByteRun {
  private set: DoubleByteSet | undefined;
  private bytes: number[] = [];

  constructor(private readonly out: TextBuilder) {}

  /** Adds a pair given as 7-bit bytes. */
  add(set: DoubleByteSet, first: number, second: number): void {
    const override = set.overrides?.get((first << 8) | second);
    if (override !== undefined) {
      this.flush();
      this.out.append(override);
      return;
    }
    if (set !== this.set) this.flush();
    this.set = set;
    if (set.prefix !== undefined) this.bytes.push(set.prefix);
    this.bytes.push(first | 0x80, second | 0x80);
  }

  flush(): void {
    const set = this.set;
    if (set === undefined || this.bytes.length === 0) return;
    const decoder = textDecoder(set.decoder);
    if (decoder) {
      this.out.append(decoder.decode(new Uint8Array(this.bytes)));
    } else {
      const pairs = this.bytes.length / (set.prefix === undefined ? 2 : 3);
      this.out.append('\ufffd'.repeat(pairs));
    }
    this.bytes = [];
  }
}

/** Byte order of typed arrays on this machine, for decoding a Uint16Array's bytes as UTF-16. */
const LITTLE_ENDIAN_HOST = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const IDENTITY = Uint16Array.from({ length: 256 }, (_, b) => b);
const byteTables = new Map<G1Set, Uint16Array>([[undefined, IDENTITY]]);

/** The character of every byte with G0 ASCII and the given G1 set (C1 controls at 80-9F, ISO 8859-1 without G1). */
function byteTable(g1: UpperHalf | undefined): Uint16Array {
  let table = byteTables.get(g1);
  if (table === undefined) {
    table = IDENTITY.map((b) => (b >= 0xa0 && g1 ? g1.table.charCodeAt(b - 0xa0) : b));
    byteTables.set(g1, table);
  }
  return table;
}

/** Decodes bytes through a table: single-byte sets with no escape sequence to follow. */
function decodeByTable(bytes: Uint8Array, table: Uint16Array): string {
  if (bytes.length <= 64) {
    // Most values are short: skip the typed array and decoder call.
    let text = '';
    for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(table[bytes[i]]);
    return text;
  }
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = table[bytes[i]];
  // The tables hold no surrogates, so UTF-16 decoding is exact; it is the fastest way to a string.
  const utf16 = textDecoder(LITTLE_ENDIAN_HOST ? 'utf-16le' : 'utf-16be');
  if (utf16) return utf16.decode(units);
  let text = '';
  for (let i = 0; i < units.length; i += 8192) {
    text += String.fromCharCode(...units.subarray(i, i + 8192));
  }
  return text;
}

/** Bytes as ISO 8859-1 (identical to ASCII below 80). */
function decodeLatin1(bytes: Uint8Array): string {
  return decodeByTable(bytes, IDENTITY);
}

/** Bytes all below 80 (and no ESC, which would mean nothing here anyway). */
function decodeAscii(bytes: Uint8Array): string {
  return textDecoder('utf-8')?.decode(bytes) ?? decodeLatin1(bytes);
}

/** Decodes a whole value with a stand-alone decoder (UTF-8, GB18030, GBK). */
function decodeWhole(bytes: Uint8Array, label: string): string {
  const decoder = textDecoder(label);
  if (decoder) return decoder.decode(bytes);
  // Without the decoder, keep what is certain: ASCII bytes.
  return Array.from(bytes, (b) => (b < 0x80 ? String.fromCharCode(b) : '\ufffd')).join('');
}

/** Matches an escape sequence at bytes[i] (the ESC); returns its designation and length. */
function matchEscape(bytes: Uint8Array, i: number): { designation: Designation; length: number } | undefined {
  for (const [sequence, designation] of ESCAPES) {
    if (i + sequence.length >= bytes.length) continue;
    let matches = true;
    for (let k = 0; k < sequence.length && matches; k++) {
      matches = bytes[i + 1 + k] === sequence.charCodeAt(k);
    }
    if (matches) return { designation, length: sequence.length + 1 };
  }
  return undefined;
}

/** Length of an unrecognized escape sequence: ESC, intermediate bytes 20-2F, one final byte 30-7E (ISO 2022). */
function unknownEscapeLength(bytes: Uint8Array, i: number): number {
  let end = i + 1;
  while (end < bytes.length && bytes[end] >= 0x20 && bytes[end] <= 0x2f) end++;
  if (end < bytes.length && bytes[end] >= 0x30 && bytes[end] <= 0x7e) end++;
  return end - i;
}

function decodeIso2022(bytes: Uint8Array, initial: CodeState, delimiters: ReadonlySet<number>): string {
  const out = new TextBuilder();
  const run = new DoubleByteRun(out);
  const state: CodeState = { ...initial };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === ESC) {
      run.flush();
      const escape = matchEscape(bytes, i);
      if (escape) {
        const designation = escape.designation;
        if ('g1' in designation) {
          state.g1 = designation.g1;
        } else {
          state.g0 = designation.g0;
          state.g1 ??= designation.g1IfUnset;
        }
        i += escape.length;
      } else {
        out.push(0xfffd);
        i += unknownEscapeLength(bytes, i);
      }
      continue;
    }
    if (b >= 0x80) {
      const g1 = state.g1;
      if (g1 === undefined || (b < 0xa0 && g1.kind === 'single')) {
        // C1 controls, or with no G1 set, ISO 8859-1.
        run.flush();
        out.push(b);
        i++;
      } else if (g1.kind === 'single') {
        run.flush();
        out.push(g1.table.charCodeAt(b - 0xa0));
        i++;
      } else {
        const next = i + 1 < bytes.length ? bytes[i + 1] : -1;
        if (b >= 0xa1 && b <= 0xfe && next >= 0xa1 && next <= 0xfe) {
          run.add(g1, b & 0x7f, next & 0x7f);
          i += 2;
        } else {
          run.flush();
          out.push(0xfffd);
          i++;
        }
      }
      continue;
    }
    const g0 = state.g0;
    if (g0 !== 'ascii' && b >= 0x21 && b <= 0x7e) {
      const next = i + 1 < bytes.length ? bytes[i + 1] : -1;
      if (next >= 0x21 && next <= 0x7e) {
        run.add(g0, b, next);
        i += 2;
      } else {
        run.flush();
        out.push(0xfffd);
        i++;
      }
      continue;
    }
    // A single-byte character of G0 (or a control or space, which no 94x94 set covers).
    run.flush();
    out.push(b);
    if (delimiters.has(b)) {
      // PS3.5 §6.1.2.5.3: the initial sets are active again after line ends and the delimiters of the VR.
      state.g0 = initial.g0;
      state.g1 = initial.g1;
    }
    i++;
  }
  run.flush();
  return out.toString();
}

const TEXT_DELIMITERS = new Set([TAB, LF, FF, CR]);
const MULTI_VALUE_DELIMITERS = new Set([TAB, LF, FF, CR, BACKSLASH]);
const PERSON_NAME_DELIMITERS = new Set([TAB, LF, FF, CR, BACKSLASH, EQUALS, CARET]);

function delimitersFor(vr: string): ReadonlySet<number> {
  if (vr === 'PN') return PERSON_NAME_DELIMITERS;
  return SINGLE_VALUED_VRS.has(vr) ? TEXT_DELIMITERS : MULTI_VALUE_DELIMITERS;
}

/** 0: ASCII without ESC; otherwise bit 1 set when a byte is above 7F, bit 2 when there is an ESC. */
function scan(bytes: Uint8Array): number {
  let high = 0;
  let escape = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    high |= b;
    if (b === ESC) escape = true;
  }
  return (high & 0x80 ? 1 : 0) | (escape ? 2 : 0);
}

/**
 * Decodes the bytes of a value (all of its values, with their backslashes: split the result, not the bytes,
 * since a backslash byte can be half of a double-byte character) of the given VR.
 * @param charsets the values of Specific Character Set, as from parseSpecificCharacterSet ([] or [''] for the
 *   default repertoire).
 */
export function decodeText(bytes: Uint8Array, charsets: readonly string[], vr: string): string {
  const found = scan(bytes);
  if (found === 0) return decodeAscii(bytes);
  if (!EXTENDED_VRS.has(vr)) return decodeLatin1(bytes);
  const first = definitionOf(charsets[0] ?? '') ?? DEFAULT_TERM;
  if (first.kind === 'whole') return decodeWhole(bytes, first.decoder);
  if ((found & 2) === 0 && first.g0 === 'ascii' && first.g1?.kind !== 'double') {
    // No escape sequence: the initial sets hold throughout.
    return decodeByTable(bytes, byteTable(first.g1));
  }
  return decodeIso2022(bytes, { g0: first.g0, g1: first.g1 }, delimitersFor(vr));
}
