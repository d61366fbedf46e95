// Packed header rows (src/shared/rowPacking.ts): exact round trips, and a reader that rejects inconsistent
// buffers, both directly and through the webview's message check.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { buildHeaderModel, packHeader } from '../../src/extension/headerModelBuilder';
import type { HeaderModel, PackedRows, TagRow } from '../../src/shared/protocol';
import { PACKED_ROW_BYTES, PackedRowTable, packRows, unpackRows } from '../../src/shared/rowPacking';
import { checkHostMessage } from '../../src/webview/hostMessages';
import { emptySummary, patientNameRow } from './helpers/sampleRows';

const base: TagRow = patientNameRow;

function rowsOf(parts: Partial<TagRow>[]): TagRow[] {
  return parts.map((part, id) => ({ ...base, ...part, id }));
}

const sample = rowsOf([
  { childCount: 1, vr: 'SQ', length: -1, value: '1 item', detail: '' },
  { parent: 0, depth: 1, kind: 'item', tag: '(FFFE,E000)', keyword: '', name: 'Item #1', vr: '', vm: 0 },
  {
    parent: 1,
    depth: 2,
    value: '山田^太郎=やまだ^たろう',
    detail: 'Ideographic 山田 😀',
    offset: 2 ** 32 + 17,
  },
  { parent: -1, keyword: '', name: '', vr: '', value: '', detail: '', isPrivate: true, retired: true },
  { kind: 'fragment', length: 0xfffffffe, offset: Number.MAX_SAFE_INTEGER, value: 'é\u0000\n\t"\\' },
  { value: '\uFEFFstarts with a BOM', detail: '\uFEFF' },
]);

const summary = emptySummary;

/** Rows shaped like an enhanced multi-frame header: per-frame sequences repeating the same few tags. */
function manyRows(count: number): TagRow[] {
  const rows: TagRow[] = [];
  while (rows.length < count) {
    const id = rows.length;
    const frame = Math.floor(id / 10);
    const part = id % 10;
    rows.push({
      ...base,
      id,
      parent: part === 0 ? -1 : id - part,
      depth: part === 0 ? 0 : 1,
      tag: `(0020,${(0x9000 + part).toString(16).toUpperCase()})`,
      keyword: `Keyword${part}`,
      name: `Name ${part}`,
      value: part === 3 ? `${frame * 0.5}\\${-frame}\\${frame % 7}` : `${part}`,
      offset: 1000 + id * 40,
      length: part === 0 ? -1 : 12,
      childCount: part === 0 ? 9 : 0,
    });
  }
  return rows;
}

/** A copy of packed rows whose buffers can be edited without touching the original. */
function copyOf(packed: PackedRows): PackedRows {
  return {
    count: packed.count,
    numbers: packed.numbers.slice(0),
    text: packed.text.slice(0),
    textOffsets: packed.textOffsets.slice(0),
  };
}

/** The Int32 column `column` (0 = parent … 10 = detail) of packed rows, as a live view. */
function intColumn(packed: PackedRows, column: number): Int32Array {
  return new Int32Array(packed.numbers, 16 * packed.count + 4 * column * packed.count, packed.count);
}

describe('row packing', () => {
  it('round-trips rows exactly: unicode, empty strings, -1 lengths, offsets past 2^32, flags', () => {
    const packed = packRows(sample);
    assert.equal(packed.count, sample.length);
    assert.equal(packed.numbers.byteLength, sample.length * PACKED_ROW_BYTES);
    assert.deepEqual(unpackRows(packed), sample);
  });

  it('round-trips no rows', () => {
    const packed = packRows([]);
    assert.deepEqual(unpackRows(packed), []);
    assert.deepEqual(unpackRows(structuredClone(packed)), []);
  });

  it('stores each distinct string once', () => {
    const rows = manyRows(1000);
    const packed = packRows(rows);
    const distinct = new Set(rows.flatMap((r) => [r.tag, r.keyword, r.name, r.vr, r.value, r.detail]));
    assert.equal(packed.textOffsets.byteLength, 4 * (distinct.size + 1));
  });

  it('keeps strings aligned when one holds a lone surrogate (it becomes U+FFFD)', () => {
    const rows = rowsOf([
      { value: 'a\uD800', detail: 'b' },
      { value: '\uDC00', detail: 'after' },
    ]);
    const back = unpackRows(packRows(rows));
    assert.equal(back[0].value, 'a\uFFFD');
    assert.equal(back[0].detail, 'b');
    assert.equal(back[1].value, '\uFFFD');
    assert.equal(back[1].detail, 'after');
  });

  it('round-trips 100,000 rows through a structured clone', function () {
    this.timeout(60_000);
    const rows = manyRows(100_000);
    const packed = packRows(rows);
    const cloned = structuredClone(packed, {
      transfer: [packed.numbers, packed.text, packed.textOffsets],
    });
    assert.equal(packed.numbers.byteLength, 0, 'transferred, not copied');
    assert.deepEqual(unpackRows(cloned), rows);
  });

  it('refuses to pack a row of unknown kind', () => {
    assert.throws(() => packRows(rowsOf([{ kind: 'other' as TagRow['kind'] }])), /unknown row kind/);
  });

  it('gives random access to single rows', () => {
    const table = new PackedRowTable(packRows(sample));
    assert.equal(table.count, sample.length);
    assert.deepEqual(table.row(2), sample[2]);
    assert.throws(() => table.row(sample.length), /out of range/);
    assert.throws(() => table.row(-1), /out of range/);
  });
});

describe('row packing: inconsistent buffers are rejected', () => {
  const packed = packRows(sample);
  const rejects = (edit: (copy: PackedRows) => PackedRows | void, pattern: RegExp) => {
    const copy = copyOf(packed);
    const edited = edit(copy) ?? copy;
    assert.throws(() => unpackRows(edited), pattern);
  };

  it('a count that does not match the numbers', () => {
    rejects((p) => ({ ...p, count: p.count + 1 }), /numbers size/);
    rejects((p) => ({ ...p, count: -1 }), /row count/);
    rejects((p) => ({ ...p, count: 1.5 }), /row count/);
    rejects((p) => ({ ...p, numbers: p.numbers.slice(0, p.numbers.byteLength - 4) }), /numbers size/);
  });

  it('missing or non-buffer fields', () => {
    rejects((p) => ({ ...p, text: 'text' as unknown as ArrayBuffer }), /missing buffers/);
    rejects((p) => ({ ...p, numbers: new Float64Array(p.numbers) as unknown as ArrayBuffer }), /missing/);
    rejects((p) => ({ ...p, textOffsets: undefined as unknown as ArrayBuffer }), /missing buffers/);
  });

  it('text offsets that do not fit the text', () => {
    rejects((p) => ({ ...p, textOffsets: new ArrayBuffer(0) }), /text offsets size/);
    rejects((p) => ({ ...p, textOffsets: p.textOffsets.slice(0, 6) }), /text offsets size/);
    rejects((p) => ({ ...p, text: new ArrayBuffer(0) }), /do not match the text/);
    rejects(
      (p) => ({ ...p, text: new Uint8Array([...new Uint8Array(p.text), 0x41]).buffer }),
      /do not match/,
    );
    rejects((p) => {
      const offsets = new Uint32Array(p.textOffsets);
      offsets[0] = 1;
    }, /do not match the text/);
    rejects((p) => {
      const offsets = new Uint32Array(p.textOffsets);
      offsets[1] = offsets[offsets.length - 1] + 1;
    }, /out of order/);
  });

  it('string indexes past the table, bad kinds and parents', () => {
    const strings = packed.textOffsets.byteLength / 4 - 1;
    rejects((p) => void (intColumn(p, 5)[0] = strings), /string index/);
    rejects((p) => void (intColumn(p, 10)[3] = -1), /string index/);
    rejects((p) => void (intColumn(p, 4)[1] = 3), /bad kind/);
    rejects((p) => void (intColumn(p, 4)[1] = 16), /bad kind/);
    rejects((p) => void (intColumn(p, 0)[1] = 1), /bad parent/);
    rejects((p) => void (intColumn(p, 0)[1] = -2), /bad parent/);
  });
});

describe('webview: headerPacked messages', () => {
  const message = (rows: PackedRows) => ({
    type: 'headerPacked',
    fileName: 'a.dcm',
    summary,
    errors: [],
    rows,
  });

  it('arrive as a header model with the unpacked rows', () => {
    const check = checkHostMessage(message(packRows(sample)));
    assert.ok(check.ok);
    assert.equal(check.message.type, 'header');
    if (check.message.type === 'header') {
      assert.equal(check.message.model.fileName, 'a.dcm');
      assert.deepEqual(check.message.model.rows, sample);
    }
  });

  it('are rejected when the buffers are inconsistent or missing', () => {
    const packed = packRows(sample);
    const bad = [
      { ...packed, count: packed.count + 1 },
      { ...packed, numbers: packed.numbers.slice(8) },
      { ...packed, text: new ArrayBuffer(0) },
      { ...packed, textOffsets: packed.textOffsets.slice(4) },
      { ...packed, numbers: undefined },
      null,
    ];
    for (const rows of bad) {
      const check = checkHostMessage(message(rows as PackedRows));
      assert.equal(check.ok, false);
      if (!check.ok) assert.match(check.reason, /malformed packed/);
    }
    assert.equal(checkHostMessage({ ...message(packed), summary: {} }).ok, false);
    assert.equal(checkHostMessage({ ...message(packed), errors: [{}] }).ok, false);
  });
});

describe('host: rows looked up from the packed header', () => {
  const plain: HeaderModel = { fileName: 'a.dcm', summary, errors: [], rows: sample };

  it('reads any row by id, as the host does to copy a field', () => {
    const table = new PackedRowTable(packHeader(plain).rows);
    assert.equal(table.count, sample.length);
    sample.forEach((row, id) => assert.deepEqual(table.row(id), row));
  });
});

describe('row packing: real files', () => {
  const listFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full) : [full];
    });
  const fixtures = path.resolve(__dirname, '../fixtures');
  const files = [
    ...listFiles(path.resolve(__dirname, '../../samples')),
    ...listFiles(fixtures).filter(
      (file) => !file.startsWith(path.join(fixtures, 'reference')) && !/\.(md|txt|png)$/.test(file),
    ),
  ];

  it('round-trips the header rows of every sample and fixture through the webview check', function () {
    this.timeout(120_000);
    assert.ok(files.length > 40, `only ${files.length} files`);
    for (const file of files) {
      const model = buildHeaderModel(new Uint8Array(readFileSync(file)), path.basename(file));
      const check = checkHostMessage({ type: 'headerPacked', ...structuredClone(packHeader(model)) });
      assert.ok(check.ok, `${file}: ${check.ok ? '' : check.reason}`);
      assert.deepEqual(check.message, { type: 'header', model }, file);
    }
  });
});
