// Names of well-known UIDs (PS3.6 Annex A): transfer syntaxes with the encoding traits a parser needs, SOP
// classes, and other registered UIDs (well-known instances, frames of reference, coding schemes...). The tables
// are generated text (generated/uids.ts) parsed into maps at the first lookup.
import { OTHER_UID_TABLE, SOP_CLASS_TABLE, TRANSFER_SYNTAX_TABLE } from './generated/uids';

/** How a transfer syntax encodes the data set (PS3.5 §10 and Annex A). */
export interface TransferSyntaxTraits {
  explicitVr: boolean;
  littleEndian: boolean;
  /** The data set after the file meta group is a deflate stream (1.2.840.10008.1.2.1.99 and the JPIP
   *  Referenced Deflate syntaxes). Deflated Image Frame Compression (1.2.840.10008.1.2.8.1) deflates frames,
   *  not the data set: it is encapsulated and not deflated. */
  deflated: boolean;
  /** Pixel data is encapsulated: a sequence of fragments (PS3.5 §A.4). */
  encapsulated: boolean;
}

/** What the registry says about a UID. */
export interface UidInfo {
  readonly uid: string;
  readonly name: string;
  /** The UID type column of PS3.6 Table A-1: 'Transfer Syntax', 'SOP Class', 'Well-known SOP Instance'... */
  readonly type: string;
  readonly retired: boolean;
}

interface UidTables {
  readonly all: Map<string, UidInfo>;
  readonly traits: Map<string, Readonly<TransferSyntaxTraits>>;
}

const TRANSFER_SYNTAX = 'Transfer Syntax';
const SOP_CLASS = 'SOP Class';
const META_SOP_CLASS = 'Meta SOP Class';

let tables: UidTables | undefined;

function load(): UidTables {
  const all = new Map<string, UidInfo>();
  const traits = new Map<string, Readonly<TransferSyntaxTraits>>();
  for (const line of TRANSFER_SYNTAX_TABLE.split('\n')) {
    const [uid, retired, code, name] = line.split('|');
    all.set(uid, { uid, name, type: TRANSFER_SYNTAX, retired: retired === 'R' });
    if (code) {
      traits.set(uid, {
        explicitVr: code[0] === 'E',
        littleEndian: code[1] === 'L',
        deflated: code[2] === 'D',
        encapsulated: code[3] === 'C',
      });
    }
  }
  for (const line of SOP_CLASS_TABLE.split('\n')) {
    const [uid, name] = line.split('|');
    all.set(uid, { uid, name, type: SOP_CLASS, retired: false });
  }
  for (const line of OTHER_UID_TABLE.split('\n')) {
    const [uid, type, retired, name] = line.split('|');
    all.set(uid, { uid, name, type, retired: retired === 'R' });
  }
  return { all, traits };
}

/** UI values may carry a trailing NUL pad (PS3.5 §6.2) and, in files that break the rules, spaces. */
function normalize(uid: string): string {
  return uid.replace(/[\0 ]+$/, '').trim();
}

/** Everything known about a UID, or undefined for UIDs outside the registry (instance UIDs, private ones). */
export function uidInfo(uid: string): UidInfo | undefined {
  return (tables ??= load()).all.get(normalize(uid));
}

/** The registered name of any well-known UID: transfer syntax, SOP class or other. */
export function uidName(uid: string): string | undefined {
  return uidInfo(uid)?.name;
}

export function transferSyntaxName(uid: string): string | undefined {
  const info = uidInfo(uid);
  return info?.type === TRANSFER_SYNTAX ? info.name : undefined;
}

/** Names of SOP classes and meta SOP classes, storage or not, current or retired. */
export function sopClassName(uid: string): string | undefined {
  const info = uidInfo(uid);
  return info?.type === SOP_CLASS || info?.type === META_SOP_CLASS ? info.name : undefined;
}

/**
 * How a known transfer syntax encodes the data set; undefined for unknown UIDs and for the retired
 * non-binary encodings (RFC 2557 MIME, XML). The caller decides what to assume for unknown ones (an
 * unrecognized syntax is most likely a private compressed one: explicit VR little endian, encapsulated).
 */
export function transferSyntaxTraits(uid: string): TransferSyntaxTraits | undefined {
  const traits = (tables ??= load()).traits.get(normalize(uid));
  return traits ? { ...traits } : undefined;
}
