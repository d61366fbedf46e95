// The DICOM data dictionary (PS3.6 §6): name, keyword, VR and VM of every standard attribute, looked up by tag
// or by keyword. The table is generated text (generated/dictionary.ts), indexed at the first lookup (a map from
// tag to line; an entry is parsed when first asked for); tags the standard defines with repeating-group
// placeholders ((60xx,3000), (0028,04x0)...) are matched by mask only when the exact lookup misses, after the
// rules for group lengths and private creators.
import { DICTIONARY_TABLE } from './generated/dictionary';

export interface DictionaryEntry {
  readonly keyword: string;
  readonly name: string;
  /** VR as the standard writes it: 'US', or a choice such as 'US or SS', 'OB or OW', 'US or SS or OW'; empty
   *  or 'See Note 2' when the standard gives none (see candidateVrs). */
  readonly vr: string;
  readonly vm: string;
  readonly retired: boolean;
}

interface RepeatingGroup {
  /** Bits of the tag that the pattern fixes. */
  readonly mask: number;
  /** Fixed tag (masked) → entry. */
  readonly entries: Map<number, DictionaryEntry>;
}

interface Tables {
  /** Tag → entry, or → offset of its line in DICTIONARY_TABLE until first asked for (most files use a few
   *  hundred of the 5,000 entries, so they are materialized on demand). */
  readonly byTag: Map<number, DictionaryEntry | number>;
  readonly repeating: readonly RepeatingGroup[];
}

const GROUP_LENGTH: DictionaryEntry = {
  keyword: 'GenericGroupLength',
  name: 'Group Length',
  vr: 'UL',
  vm: '1',
  retired: true,
};
/** Group lengths of the command (0000) and file meta (0002) groups are current; all others are retired
 *  (PS3.5 §7.2). (0002,0000) has its own entry in the table. */
const CURRENT_GROUP_LENGTH: DictionaryEntry = { ...GROUP_LENGTH, retired: false };
const PRIVATE_CREATOR: DictionaryEntry = {
  keyword: 'PrivateCreator',
  name: 'Private Creator',
  vr: 'LO',
  vm: '1',
  retired: false,
};

let tables: Tables | undefined;
let keywords: Map<string, number> | undefined;

/** Calls visit with the offset of each line of the table. */
function forEachLine(visit: (offset: number) => void): void {
  const table = DICTIONARY_TABLE;
  let offset = 0;
  while (offset < table.length) {
    visit(offset);
    const end = table.indexOf('\n', offset);
    offset = end < 0 ? table.length : end + 1;
  }
}

function parseEntry(offset: number): DictionaryEntry {
  let end = DICTIONARY_TABLE.indexOf('\n', offset);
  if (end < 0) end = DICTIONARY_TABLE.length;
  const [, keyword, name, vr, vm, retired] = DICTIONARY_TABLE.slice(offset, end).split('|');
  return { keyword, name, vr, vm, retired: retired === 'R' };
}

/** The tag column as a number, with repeating-group placeholders ('x') read as 0. */
function parseTag(offset: number): number {
  let tag = 0;
  for (let i = 0; i < 8; i++) {
    const c = DICTIONARY_TABLE.charCodeAt(offset + i);
    // '0'-'9' → 0-9, 'a'-'f' → 10-15, 'x' → 0.
    tag = tag * 16 + (c <= 0x39 ? c - 0x30 : c === 0x78 ? 0 : c - 0x57);
  }
  return tag;
}

function load(): Tables {
  const byTag = new Map<number, DictionaryEntry | number>();
  const repeatingByMask = new Map<number, RepeatingGroup>();
  forEachLine((offset) => {
    const tag = parseTag(offset);
    // Bits fixed by the tag column: all of them unless it has repeating-group placeholders.
    let mask = 0;
    for (let i = 0; i < 8; i++) {
      mask = mask * 16 + (DICTIONARY_TABLE.charCodeAt(offset + i) === 0x78 ? 0 : 0xf);
    }
    if (mask === 0xffffffff) {
      byTag.set(tag, offset);
      return;
    }
    let group = repeatingByMask.get(mask);
    if (!group) {
      group = { mask, entries: new Map() };
      repeatingByMask.set(mask, group);
    }
    group.entries.set(tag, parseEntry(offset));
  });
  return { byTag, repeating: [...repeatingByMask.values()] };
}

function loadKeywords(): Map<string, number> {
  const byKeyword = new Map<string, number>();
  forEachLine((offset) => {
    const start = offset + 9;
    const keyword = DICTIONARY_TABLE.slice(start, DICTIONARY_TABLE.indexOf('|', start));
    if (keyword) byKeyword.set(keyword, representativeTag(offset, keyword));
  });
  return byKeyword;
}

/**
 * The tag of a line; for a repeating-group pattern, the first one (placeholder digits all 0, else all 1...)
 * that lookupTag resolves to that pattern, not to an exact entry or a group length: (60xx,3000) → (6000,3000),
 * (0028,04x0) → (0028,0410) since (0028,0400) is Transform Label.
 */
function representativeTag(offset: number, keyword: string): number {
  const base = parseTag(offset);
  let placeholders = 0;
  for (let i = 0; i < 8; i++) {
    placeholders = placeholders * 16 + (DICTIONARY_TABLE.charCodeAt(offset + i) === 0x78 ? 1 : 0);
  }
  if (placeholders === 0) return base;
  for (let digit = 0; digit < 16; digit++) {
    const tag = (base + placeholders * digit) >>> 0;
    if (lookupTag(tag)?.keyword === keyword) return tag;
  }
  return base;
}

/**
 * The dictionary entry of a tag, given as (group << 16 | element) >>> 0. Besides the attributes listed in the
 * standard, answers for any group length (gggg,0000) and any private creator (odd group, element 0010-00FF).
 * Other private tags, and tags the standard does not define, give undefined.
 */
export function lookupTag(tag: number): DictionaryEntry | undefined {
  const t = (tables ??= load());
  const exact = t.byTag.get(tag);
  if (exact !== undefined) {
    if (typeof exact !== 'number') return exact;
    const entry = parseEntry(exact);
    t.byTag.set(tag, entry);
    return entry;
  }
  const group = tag >>> 16;
  const element = tag & 0xffff;
  if (element === 0) return group === 0 || group === 2 ? CURRENT_GROUP_LENGTH : GROUP_LENGTH;
  if (group & 1) {
    // PS3.5 §7.8.1: groups 0001, 0003, 0005, 0007 and FFFF may not hold private elements.
    const reservedBlock = element >= 0x10 && element <= 0xff;
    return reservedBlock && group > 0x0007 && group !== 0xffff ? PRIVATE_CREATOR : undefined;
  }
  // Only even groups get here, so (60xx,3000) never matches a private (6001,3000).
  for (const repeating of t.repeating) {
    const entry = repeating.entries.get((tag & repeating.mask) >>> 0);
    if (entry !== undefined) return entry;
  }
  return undefined;
}

/**
 * The tag of a keyword as the standard spells it (e.g. 'PatientName'). For repeating-group attributes, the
 * first tag of the pattern: 'OverlayData' → 0x60003000; lookupTag gives the same keyword back for any result.
 */
export function lookupKeyword(keyword: string): number | undefined {
  return (keywords ??= loadKeywords()).get(keyword);
}

const vrChoices = new Map<string, readonly string[]>();

/** The VRs an entry allows: 'US or SS' → ['US', 'SS']; none for '' or 'See Note 2'. */
/** Whether the dictionary allows `vr` for the entry ("US or SS" allows both); true when it names no plain VR. */
export function allowsVr(entry: DictionaryEntry, vr: string): boolean {
  let choices = vrChoices.get(entry.vr);
  if (choices === undefined) {
    choices = entry.vr.split(' or ').filter((choice) => /^[A-Z]{2}$/.test(choice));
    vrChoices.set(entry.vr, choices);
  }
  return choices.length === 0 || choices.includes(vr);
}

export function candidateVrs(entry: DictionaryEntry): string[] {
  let choices = vrChoices.get(entry.vr);
  if (choices === undefined) {
    choices = entry.vr.split(' or ').filter((vr) => /^[A-Z]{2}$/.test(vr));
    vrChoices.set(entry.vr, choices);
  }
  return [...choices];
}
