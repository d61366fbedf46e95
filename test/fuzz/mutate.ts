// The mutation side of the fuzzer: a seeded generator and the mutations it applies to the fixture corpus.
// Case i of seed s is always the same bytes (its own generator is seeded from s and i), so a case that hangs or
// kills the worker can be made again by the runner to be saved, and a failure seen once is seen on every run.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** mulberry32: small, fast and good enough to choose mutations; not for anything else. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const MAX_CORPUS_FILE = 400 * 1024;

/** Every fixture below `dir` (not the reference outputs), smallest first, skipping big ones to keep cases fast. */
export function loadCorpus(dir: string): CorpusFile[] {
  const found: CorpusFile[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'reference') walk(full);
      } else if (!/\.(json|md|txt|gz|bin|py|sh)$/i.test(name) && statSync(full).size <= MAX_CORPUS_FILE) {
        found.push({ name: path.relative(dir, full), bytes: new Uint8Array(readFileSync(full)) });
      }
    }
  };
  walk(dir);
  return found;
}

export interface FuzzCase {
  readonly index: number;
  readonly bytes: Uint8Array;
  /** The source fixture and the mutations applied, for the report. */
  readonly description: string;
}

const INTERESTING_8 = [0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff];
const INTERESTING_16 = [0x0000, 0x0001, 0x7fff, 0x8000, 0xfffe, 0xffff, 0xe000, 0xe00d, 0xe0dd];
const INTERESTING_32 = [0, 1, 0x7fffffff, 0x80000000, 0xfffffffe, 0xffffffff, 0x10000, 0x1000000];
/** VRs written over a VR field: long ones turn a short header into a long one and back. */
const VRS = ['SQ', 'UN', 'OB', 'OW', 'UT', 'US', 'UL', 'AT', 'FD', 'XX', '\0\0'];

type Random = () => number;
const pick = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)];
const below = (random: Random, n: number): number => Math.floor(random() * n);

/** A position in the data set (after the preamble, when there is one), even most of the time like DICOM's. */
function position(random: Random, length: number): number {
  const start = length > 200 ? 132 : 0;
  const at = start + below(random, Math.max(1, length - start));
  return random() < 0.8 ? at & ~1 : at;
}

/** Image attributes whose values size buffers and steer the decoders: (group, element) pairs. */
const IMAGE_ATTRIBUTES: readonly (readonly [number, number])[] = [
  [0x0028, 0x0002], // Samples per Pixel
  [0x0028, 0x0006], // Planar Configuration
  [0x0028, 0x0008], // Number of Frames (IS)
  [0x0028, 0x0010], // Rows
  [0x0028, 0x0011], // Columns
  [0x0028, 0x0100], // Bits Allocated
  [0x0028, 0x0101], // Bits Stored
  [0x0028, 0x0102], // High Bit
  [0x0028, 0x0103], // Pixel Representation
  [0x0028, 0x1101], // Red Palette Color LUT Descriptor
  [0x0028, 0x3002], // LUT Descriptor
  [0x6000, 0x0010], // Overlay Rows
  [0x6000, 0x0100], // Overlay Bits Allocated
];

/** Offset of the value of the first element with this tag (little endian, explicit or implicit VR), or -1. */
function findValue(bytes: Uint8Array, group: number, element: number): number {
  for (let at = 0; at + 8 <= bytes.length; at++) {
    if (
      bytes[at] === (group & 0xff) &&
      bytes[at + 1] === group >> 8 &&
      bytes[at + 2] === (element & 0xff) &&
      bytes[at + 3] === element >> 8
    ) {
      // Explicit VR short headers and implicit VR headers are both 8 bytes long.
      return at + 8;
    }
  }
  return -1;
}

type Mutation = (bytes: Uint8Array, random: Random, corpus: readonly CorpusFile[]) => [Uint8Array, string];

const MUTATIONS: readonly Mutation[] = [
  (bytes, random) => {
    const [group, element] = pick(random, IMAGE_ATTRIBUTES);
    const at = findValue(bytes, group, element);
    if (at < 0 || at + 2 > bytes.length) return [bytes, 'attribute (none found)'];
    const value = random() < 0.5 ? pick(random, INTERESTING_16) : below(random, 70000);
    if (group === 0x0028 && element === 0x0008) {
      const text = String(random() < 0.5 ? value : pick(random, ['0', '-1', '99999999', '1e9', 'x']));
      for (let k = 0; k < 2 && at + k < bytes.length; k++) bytes[at + k] = text.charCodeAt(k) || 0x20;
    } else {
      new DataView(bytes.buffer, bytes.byteOffset).setUint16(at, value & 0xffff, true);
    }
    return [bytes, `(${group.toString(16)},${element.toString(16)}) = ${value} @${at}`];
  },
  (bytes, random) => {
    const at = position(random, bytes.length);
    bytes[at] ^= 1 << below(random, 8);
    return [bytes, `flip bit @${at}`];
  },
  (bytes, random) => {
    const at = position(random, bytes.length);
    bytes[at] = pick(random, INTERESTING_8);
    return [bytes, `byte @${at}`];
  },
  (bytes, random) => {
    const at = position(random, bytes.length - 1);
    const value = pick(random, INTERESTING_16);
    new DataView(bytes.buffer, bytes.byteOffset).setUint16(at, value, random() < 0.8);
    return [bytes, `u16 ${value} @${at}`];
  },
  (bytes, random) => {
    const at = position(random, bytes.length - 3);
    const value = random() < 0.3 ? bytes.length + below(random, 64) - 32 : pick(random, INTERESTING_32);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, value >>> 0, random() < 0.8);
    return [bytes, `u32 ${value >>> 0} @${at}`];
  },
  (bytes, random) => {
    // Over a VR: find two capital letters and replace them.
    for (let tries = 0; tries < 50; tries++) {
      const at = position(random, bytes.length - 1);
      if (bytes[at] >= 65 && bytes[at] <= 90 && bytes[at + 1] >= 65 && bytes[at + 1] <= 90) {
        const vr = pick(random, VRS);
        bytes[at] = vr.charCodeAt(0);
        bytes[at + 1] = vr.charCodeAt(1);
        return [bytes, `VR ${JSON.stringify(vr)} @${at}`];
      }
    }
    return [bytes, 'VR (none found)'];
  },
  (bytes, random) => {
    const at = below(random, bytes.length);
    return [bytes.slice(0, at), `truncate @${at}`];
  },
  (bytes, random) => {
    const at = position(random, bytes.length);
    const count = 1 + below(random, Math.min(64, bytes.length - at));
    const out = new Uint8Array(bytes.length - count);
    out.set(bytes.subarray(0, at));
    out.set(bytes.subarray(at + count), at);
    return [out, `delete ${count} @${at}`];
  },
  (bytes, random) => {
    const from = position(random, bytes.length);
    const count = 1 + below(random, Math.min(256, bytes.length - from));
    const at = position(random, bytes.length);
    const out = new Uint8Array(bytes.length + count);
    out.set(bytes.subarray(0, at));
    out.set(bytes.subarray(from, from + count), at);
    out.set(bytes.subarray(at), at + count);
    return [out, `insert ${count} from @${from} @${at}`];
  },
  (bytes, random, corpus) => {
    const other = pick(random, corpus).bytes;
    const at = position(random, bytes.length);
    const from = position(random, other.length);
    const out = new Uint8Array(at + other.length - from);
    out.set(bytes.subarray(0, at));
    out.set(other.subarray(from), at);
    return [out, `splice other @${at} from @${from}`];
  },
];

/** Case `index` of `seed`: a corpus file with one to four mutations. */
export function makeCase(corpus: readonly CorpusFile[], seed: number, index: number): FuzzCase {
  const random = seededRandom(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
  const source = corpus[below(random, corpus.length)];
  let bytes: Uint8Array = Uint8Array.from(source.bytes);
  const steps: string[] = [];
  const count = 1 + below(random, 4);
  for (let k = 0; k < count && bytes.length > 4; k++) {
    const [next, what] = pick(random, MUTATIONS)(bytes, random, corpus);
    bytes = next;
    steps.push(what);
  }
  return { index, bytes, description: `${source.name}: ${steps.join(', ')}` };
}
