// Each class of damage (issue 6): `dicom-inspect dump` and the editor (both read DicomFile.errors and the rows
// before the fault) show everything before the damage, point at its byte offset and say what was expected.
// Each case damages a real fixture in one known way; the undamaged file's dump is the oracle for "everything
// before it": every element line that starts before the fault must be there, unchanged.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXIT, runCli } from '../../src/cli/main';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

async function dump(bytes: Uint8Array): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['dump', 'file.dcm'], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: () => bytes,
    stdoutBytes: () => assert.fail('no binary output expected'),
    writeFile: () => assert.fail('no file output expected'),
  });
  return { code, stdout, stderr };
}

/** Offset of the first occurrence of `pattern` at or after `from`. */
function find(bytes: Uint8Array, pattern: readonly number[], from = 0): number {
  outer: for (let i = from; i + pattern.length <= bytes.length; i++) {
    for (let k = 0; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return i;
  }
  throw new Error(`pattern ${pattern} not found`);
}

const tagBytes = (group: number, element: number): number[] => [
  group & 0xff,
  group >> 8,
  element & 0xff,
  element >> 8,
];
const without = (bytes: Uint8Array, at: number, count: number): Uint8Array =>
  new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + count)]);

/** Element lines of a dump that start before `offset` (their first column), as printed. */
function linesBefore(text: string, offset: number): string[] {
  return text.split('\n').filter((line) => {
    const match = /^ *(\d+) {2}/.exec(line);
    return match !== null && Number(match[1]) < offset;
  });
}

interface DamageCase {
  readonly name: string;
  readonly original: string;
  /** The damaged bytes, where the fault is, and (when not the same) the offset before which every element line
   *  of the undamaged dump must be kept (an element holding the fault summarises what it holds differently). */
  readonly damage: (bytes: Uint8Array) => {
    bytes: Uint8Array;
    offset: number;
    keptBefore?: number;
    /** The offset of an element whose own line shows the damaged value (left out of the comparison). */
    changed?: number;
  };
  /** What the message must say, and its severity. */
  readonly expected: RegExp;
  readonly severity: 'error' | 'warning';
  /** The exit code when it is not the severity's (1 for an error, 0 for a warning). */
  readonly exit?: number;
}

const CASES: DamageCase[] = [
  {
    name: 'truncation inside a value',
    original: 'ts/explicit-le.dcm',
    damage: (bytes) => {
      const at = find(bytes, tagBytes(0x0008, 0x103e));
      return { bytes: bytes.subarray(0, at + 13), offset: at };
    },
    expected: /Value length \d+ of \(0008,103E\) at offset \d+ runs past the end of the file/,
    severity: 'error',
  },
  {
    name: 'truncation inside an element header',
    original: 'ts/explicit-le.dcm',
    damage: (bytes) => {
      const at = find(bytes, tagBytes(0x0010, 0x0010));
      return { bytes: bytes.subarray(0, at + 6), offset: at };
    },
    expected: /Truncated: the header of element \(0010,0010\) needs 8 bytes/,
    severity: 'error',
  },
  {
    name: 'a length past the end of the file',
    original: 'ts/explicit-le.dcm',
    damage: (bytes) => {
      const at = find(bytes, tagBytes(0x0010, 0x0010));
      const copy = Uint8Array.from(bytes);
      new DataView(copy.buffer).setUint16(at + 6, 0xfff0, true);
      return { bytes: copy, offset: at };
    },
    expected: /Value length 65520 of \(0010,0010\) at offset \d+ runs past the end of the file/,
    severity: 'error',
  },
  {
    name: 'a missing sequence delimiter',
    original: 'seq/explicit-undefined.dcm',
    damage: (bytes) => {
      const at = find(bytes, [0xfe, 0xff, 0xdd, 0xe0]);
      return { bytes: without(bytes, at, 8), offset: at };
    },
    expected:
      /Expected an item tag \(FFFE,E000\) at offset \d+ but found \(0010,0010\) \(missing sequence delimitation\?\)/,
    severity: 'error',
  },
  {
    name: 'a missing item delimiter',
    original: 'seq/explicit-undefined.dcm',
    damage: (bytes) => {
      const at = find(bytes, [0xfe, 0xff, 0x0d, 0xe0]);
      const next = find(bytes, [0xfe, 0xff, 0xdd, 0xe0], at);
      return { bytes: without(bytes, at, 8), offset: next - 8 };
    },
    expected:
      /Unexpected sequence delimitation item \(FFFE,E0DD\) at offset \d+: an item delimitation was expected/,
    severity: 'error',
  },
  {
    name: 'an invalid VR',
    original: 'ts/explicit-le.dcm',
    damage: (bytes) => {
      const at = find(bytes, tagBytes(0x0010, 0x0010));
      const copy = Uint8Array.from(bytes);
      copy[at + 4] = 0x58; // "XX"
      copy[at + 5] = 0x58;
      return { bytes: copy, offset: at };
    },
    // Read on as implicit VR (the length field is then read differently), which runs past the end: an error.
    expected: /Invalid VR "XX" for \(0010,0010\) at offset \d+; read as implicit VR/,
    severity: 'warning',
    exit: EXIT.damaged,
  },
  {
    name: 'a VR the dictionary does not allow',
    original: 'ts/explicit-le.dcm',
    damage: (bytes) => {
      const at = find(bytes, tagBytes(0x0010, 0x0010));
      const copy = Uint8Array.from(bytes);
      copy[at + 4] = 0x55; // "UL" on Patient's Name (PN): read as written, and said
      copy[at + 5] = 0x4c;
      return { bytes: copy, offset: at };
    },
    expected: /VR UL of \(0010,0010\) at offset \d+ is not the dictionary's PN/,
    severity: 'warning',
  },
  {
    name: 'a wrong group length',
    original: 'ts/explicit-le.dcm',
    damage: (bytes) => {
      const copy = Uint8Array.from(bytes);
      const view = new DataView(copy.buffer);
      view.setUint32(140, view.getUint32(140, true) + 10, true); // (0002,0000) at 132: its value at 140
      // Everything is still read: the walk follows the group number, not the stated length.
      return { bytes: copy, offset: 132, keptBefore: copy.length, changed: 132 };
    },
    expected: /File Meta Information Group Length says \d+ bytes, but the meta group holds \d+ bytes/,
    severity: 'warning',
  },
  {
    name: 'odd value lengths',
    original: 'damaged/odd-length.dcm',
    damage: (bytes) => ({ bytes, offset: find(bytes, tagBytes(0x0008, 0x1030)) }),
    expected: /Odd value length 5 for \(0008,1030\) at offset \d+/,
    severity: 'warning',
  },
  {
    name: 'a corrupt fragment item',
    original: 'ts/jpegls-lossless.dcm',
    damage: (bytes) => {
      const pixelData = find(bytes, tagBytes(0x7fe0, 0x0010));
      const offsetTable = find(bytes, [0xfe, 0xff, 0x00, 0xe0], pixelData);
      const fragment = find(bytes, [0xfe, 0xff, 0x00, 0xe0], offsetTable + 4);
      const copy = Uint8Array.from(bytes);
      copy[fragment] = 0x12;
      copy[fragment + 1] = 0x34;
      return { bytes: copy, offset: fragment, keptBefore: pixelData };
    },
    expected: /Expected a fragment item \(FFFE,E000\) at offset \d+ in \(7FE0,0010\) but found \(3412,E000\)/,
    severity: 'error',
  },
  {
    name: 'a missing meta group',
    original: 'damaged/preamble-no-meta.dcm',
    // The fixture is ts/explicit-le.dcm without its meta group: the whole data set must show.
    damage: (bytes) => ({ bytes, offset: 132, keptBefore: bytes.length }),
    expected: /No file meta group; the data set looks like explicit VR little endian/,
    severity: 'warning',
  },
];

describe('damage classes: dump shows everything before the damage, its offset and what was expected', () => {
  for (const damageCase of CASES) {
    it(damageCase.name, async () => {
      const original = fixture(damageCase.original);
      const { bytes, offset, keptBefore = offset, changed } = damageCase.damage(original);
      const before = await dump(original);
      const after = await dump(bytes);
      assert.equal(before.code, EXIT.ok, `${damageCase.original} itself dumps cleanly`);
      const exit = damageCase.exit ?? (damageCase.severity === 'error' ? EXIT.damaged : EXIT.ok);
      assert.equal(after.code, exit, after.stderr);

      // Everything before the damage, exactly as in the undamaged file (offsets included).
      const unchanged = (line: string): boolean =>
        changed === undefined || !line.startsWith(`${changed}`.padStart(8));
      const expectedLines = linesBefore(before.stdout, keptBefore).filter(unchanged);
      assert.ok(expectedLines.length > 5, 'the damage is not at the very start');
      const keptLines = linesBefore(after.stdout, keptBefore).filter(unchanged);
      assert.deepEqual(keptLines.slice(0, expectedLines.length), expectedLines);

      // The fault: its offset and what was expected, in the dump and (for errors) on stderr.
      const issue = after.stdout
        .split('\n')
        .find(
          (line) => line.startsWith(`# ${damageCase.severity} at offset `) && damageCase.expected.test(line),
        );
      assert.ok(
        issue,
        `no "${damageCase.severity}" line matching ${damageCase.expected} in:\n${after.stdout.slice(-800)}`,
      );
      const at = Number(/at offset (\d+)/.exec(issue)?.[1]);
      assert.ok(
        at >= offset && at <= offset + 8,
        `the fault is reported at ${at}, the damage is at ${offset}`,
      );
      if (damageCase.severity === 'error') assert.match(after.stderr, damageCase.expected);
    });
  }
});
