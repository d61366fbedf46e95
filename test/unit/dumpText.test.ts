// The header as text in the editor (src/extension/headerText.ts) and the reading back of a dump document
// (src/extension/dumpStructure.ts): the text is the CLI's, byte for byte, and each element line of a dump names
// the header-table row of its element, so "Reveal in Inspector" lands on the right row (the webview checks the
// 'reveal' message that carries it).

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { runCli } from '../../src/cli/main';
import { buildHeaderRows } from '../../src/dicom/headerRows';
import { parseDicom } from '../../src/dicom/parser';
import {
  dumpElementAt,
  dumpElementLines,
  foldableNodes,
  parseDumpStructure,
  splitLines,
} from '../../src/extension/dumpStructure';
import { alignedDump, headerText } from '../../src/extension/headerText';
import { checkHostMessage } from '../../src/webview/hostMessages';

const FIXTURES = join(__dirname, '..', 'fixtures');
const CASES = [
  'seq/explicit-defined.dcm',
  'seq/implicit-undefined.dcm',
  'ts/deflated-le.dcm',
  'ts/explicit-be.dcm',
  'multiframe/jpeg-lossless-sv1-fragmented.dcm',
  'enhanced/enhanced-ct-50-frames.dcm',
  'private/private-explicit.dcm',
  'damaged/truncated-in-sequence.dcm',
  'dicomdir/DICOMDIR',
  'hostile/hostile-strings.dcm',
];

async function cli(args: string[], path: string): Promise<string> {
  let stdout = '';
  await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: () => {},
    readFile: () => readFileSync(path),
    stdoutBytes: () => assert.fail('no binary output expected'),
    writeFile: () => assert.fail('no file output expected'),
  });
  return stdout;
}

describe('header text of the editor (dump document, saved header)', () => {
  for (const relPath of CASES) {
    it(`is what the CLI prints for ${relPath}: dump and json`, async () => {
      const path = join(FIXTURES, relPath);
      const bytes = readFileSync(path);
      assert.equal(headerText(bytes, 'dump'), await cli(['dump', path], path));
      assert.equal(headerText(bytes, 'json', basename(path)), await cli(['json', path], path));
    });
  }

  it('the aligned dump drops only the offset column and the note about inflated offsets', () => {
    const dump = headerText(readFileSync(join(FIXTURES, 'ts/deflated-le.dcm')), 'dump');
    const aligned = alignedDump(dump);
    assert.ok(dump.includes('# (offsets below count'));
    assert.ok(!aligned.includes('# (offsets below count'));
    const elements = dump.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    const alignedElements = aligned.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    assert.equal(alignedElements.length, elements.length);
    elements.forEach((line, i) => assert.equal(alignedElements[i], line.replace(/^ *\d+ {2}/, '')));
  });
});

describe('dump lines → header-table rows (Reveal in Inspector)', () => {
  for (const relPath of CASES) {
    it(`every element line of ${relPath} names its row, tag and offset`, () => {
      const bytes = readFileSync(join(FIXTURES, relPath));
      const rows = buildHeaderRows(parseDicom(bytes));
      for (const kind of ['dump', 'aligned'] as const) {
        const text = headerText(bytes, kind);
        const elements = dumpElementLines(text);
        assert.equal(elements.length, rows.length, `${kind}: one element line per row`);
        const lines = splitLines(text);
        for (const element of elements) {
          const row = rows[element.row];
          assert.equal(element.tag, row.tag.toUpperCase());
          assert.equal(element.offset, kind === 'dump' ? row.offset : undefined);
          assert.equal(lines[element.line].slice(element.tagStart, element.tagEnd), row.tag);
          assert.equal(element.tagStart, (kind === 'dump' ? 10 : 0) + 2 * row.depth);
        }
      }
    });
  }

  it('finds the element on a line, and nothing on a note line', () => {
    const text = [
      '# File meta information (explicit VR little endian)',
      '     132  (0002,0000) UL      4  File Meta Information Group Length [200]',
      '# Data set: Explicit VR Little Endian',
      '     340  (0008,1140) SQ  undef  Referenced Image Sequence (1 item)',
      '     352    (FFFE,E000) --  undef  Item #1',
      '     360      (0008,1150) UI     26  Referenced SOP Class UID [1.2]',
      '# error at offset 400: truncated',
      '',
    ].join('\n');
    assert.equal(dumpElementAt(text, 0), undefined);
    assert.equal(dumpElementAt(text, 6), undefined);
    assert.equal(dumpElementAt(text, 99), undefined);
    assert.deepEqual(dumpElementAt(text, 5), {
      line: 5,
      row: 3,
      tag: '(0008,1150)',
      offset: 360,
      tagStart: 14,
      tagEnd: 25,
    });
    assert.deepEqual(
      foldableNodes(parseDumpStructure(text)).map((node) => [node.line, node.end]),
      [
        [3, 5],
        [4, 5],
      ],
    );
  });
});

describe("the webview's check of a 'reveal' message", () => {
  it('passes a row, tag and offset (or null offset) through', () => {
    const message = { type: 'reveal', row: 12, tag: '(0008,0050)', offset: 550 };
    assert.deepEqual(checkHostMessage(message), { ok: true, message });
    const aligned = { type: 'reveal', row: 3, tag: '(0010,0010)', offset: null };
    assert.deepEqual(checkHostMessage(aligned), { ok: true, message: aligned });
  });

  it('drops a malformed one', () => {
    for (const bad of [
      { type: 'reveal', row: -1, tag: '(0008,0050)', offset: 1 },
      { type: 'reveal', row: 1.5, tag: '(0008,0050)', offset: 1 },
      { type: 'reveal', row: 1, tag: 7, offset: 1 },
      { type: 'reveal', row: 1, tag: '(0008,0050)' },
      { type: 'reveal', row: 1, tag: '(0008,0050)', offset: '1' },
    ])
      assert.equal(checkHostMessage(bad).ok, false, JSON.stringify(bad));
  });
});
