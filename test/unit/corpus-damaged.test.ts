// Damaged fixtures: each fault is reported with what was expected and the byte offset where it was found, and
// everything before it is kept. The damage was made by scripts/generate-fixtures.sh (see MANIFEST.md); the
// offsets were checked by hand against the layout that dcmdump prints for the undamaged source file.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildHeaderRows } from '../../src/dicom/headerRows';
import { parseDicom } from '../../src/dicom/parser';

const DAMAGED = path.resolve(__dirname, '../fixtures/damaged');
const load = (name: string) => parseDicom(readFileSync(path.join(DAMAGED, name)));

interface Expectation {
  readonly severity: 'error' | 'warning';
  readonly offset: number;
  readonly message: RegExp;
  /** A tag that must still be in the rows: proof that what came before the fault is kept. */
  readonly keeps?: string;
}

const CASES: Record<string, Expectation> = {
  'empty.dcm': { severity: 'error', offset: 0, message: /^Empty file/ },
  'not-dicom.png': {
    severity: 'error',
    offset: 0,
    message: /^Not a DICOM file: no "DICM" marker at offset 128/,
  },
  'not-dicom.txt': { severity: 'error', offset: 0, message: /^Not a DICOM file/ },
  'length-past-eof.dcm': {
    severity: 'error',
    offset: 1390,
    message: /^Value length 4294967280 of \(0042,0011\) at offset 1390 runs past the end of the file/,
    keeps: '(0028,0010)',
  },
  'truncated-mid-dataset.dcm': {
    severity: 'error',
    offset: 728,
    message:
      /^Value length 16 of \(0008,103E\) at offset 728 runs past the end of the file .*data ends at offset 741/,
    keeps: '(0008,1030)',
  },
  'truncated-mid-element-header.dcm': {
    severity: 'error',
    offset: 780,
    message:
      /^Truncated: the header of element \(0010,0010\) needs 8 bytes at offset 780 but the file ends at offset 786/,
    keeps: '(0008,1090)',
  },
  'truncated-in-sequence.dcm': {
    severity: 'error',
    offset: 1190,
    message: /^Sequence length 832 of \(0040,A730\) at offset 1190 runs past the end of the file/,
    keeps: '(0008,0104)',
  },
  'truncated-in-sequence-undefined.dcm': {
    severity: 'error',
    offset: 1760,
    message: /^Value length 66 of \(0040,A160\) at offset 1760 runs past the end of the file/,
    keeps: '(0008,0104)',
  },
  'truncated-in-pixel-data.dcm': {
    severity: 'error',
    offset: 1390,
    message: /^Value length 8192 of \(7FE0,0010\)/,
    keeps: '(7FE0,0010)',
  },
  'truncated-in-fragment.dcm': {
    severity: 'error',
    offset: 1416,
    message: /^Fragment length 2242 at offset 1416 runs past the end of the data/,
    keeps: '(7FE0,0010)',
  },
  'odd-length.dcm': {
    severity: 'warning',
    offset: 730,
    message: /^Odd value length 5 for \(0008,1030\)/,
    keeps: '(7FE0,0010)',
  },
  'preamble-no-meta.dcm': {
    severity: 'warning',
    offset: 132,
    message: /^No file meta group; the data set looks like explicit VR little endian/,
    keeps: '(7FE0,0010)',
  },
  'raw-dataset-explicit.dcm': {
    severity: 'warning',
    offset: 0,
    message: /explicit VR little endian/,
    keeps: '(7FE0,0010)',
  },
  'raw-dataset-implicit.dcm': {
    severity: 'warning',
    offset: 0,
    message: /implicit VR little endian/,
    keeps: '(7FE0,0010)',
  },
  'meta-no-preamble.dcm': {
    severity: 'warning',
    offset: 0,
    message: /^No 128-byte preamble/,
    keeps: '(7FE0,0010)',
  },
};

describe('corpus: damaged files', () => {
  for (const [name, expected] of Object.entries(CASES)) {
    it(name, () => {
      const file = load(name);
      const first = file.errors[0];
      assert.ok(first, 'a problem is reported');
      assert.equal(first.severity, expected.severity);
      assert.equal(first.offset, expected.offset);
      assert.match(first.message, expected.message);
      if (expected.severity === 'warning') {
        assert.deepEqual(
          file.errors.filter((e) => e.severity === 'error'),
          [],
          'a warning alone does not stop the parse',
        );
      }
      if (expected.keeps) {
        const rows = buildHeaderRows(file);
        assert.ok(
          rows.some((row) => row.tag === expected.keeps),
          `${expected.keeps} is still shown`,
        );
      }
    });
  }

  it('keeps every level of a sequence cut short, and reports each level at its own offset', () => {
    const file = load('truncated-in-sequence.dcm');
    assert.deepEqual(
      file.errors.map((e) => e.offset),
      [1190, 1402, 1522, 1534, 1632],
    );
    const rows = buildHeaderRows(file);
    const deepest = rows.find((row) => row.tag === '(0040,A160)' && row.offset === 1632);
    assert.ok(deepest, 'the element cut by the end of the file is shown');
    assert.equal(deepest.depth, 4); // sequence, item, sequence, item, then the element
  });
});
