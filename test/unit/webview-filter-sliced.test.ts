// The header filter's chunked, cancellable search (src/webview/filter.ts, used on big headers): it must find
// exactly what the synchronous search and a naive per-row search find, give the UI turns while it runs, stop
// when cancelled, and let the latest query win. Also the head of packed rows that the host sends ahead.

import * as assert from 'node:assert/strict';
import type { TagRow } from '../../src/shared/protocol';
import { headOfPackedRows, packRows, unpackRows } from '../../src/shared/rowPacking';
import { checkHostMessage } from '../../src/webview/hostMessages';
import type { FilterQuery, SliceOptions } from '../../src/webview/filter';
import { emptySummary } from './helpers/sampleRows';
import {
  buildSearchIndex,
  buildSearchIndexSliced,
  CancelToken,
  CHUNK_ROWS,
  FilterCancelled,
  matchRows,
  matchRowsSliced,
  parseFilterQuery,
} from '../../src/webview/filter';

/**
 * A synthetic enhanced multi-frame header: a few top-level elements, then `frames` per-frame items, each holding
 * sequences with one item of a few elements, as the real generator writes them.
 */
function syntheticTree(frames: number): TagRow[] {
  const rows: TagRow[] = [];
  const add = (parent: number, depth: number, tag: string, keyword: string, value: string): number => {
    const id = rows.length;
    rows.push({
      id,
      parent,
      depth,
      kind: tag === '(FFFE,E000)' ? 'item' : 'element',
      tag,
      keyword,
      name: keyword.replace(/([a-z])([A-Z])/g, '$1 $2'),
      vr: 'LO',
      vm: 1,
      length: value.length,
      offset: id * 12,
      value,
      detail: keyword === 'SOPClassUID' ? 'Enhanced CT Image Storage' : '',
      childCount: 0,
      isPrivate: false,
      retired: false,
    });
    return id;
  };
  add(-1, 0, '(0008,0016)', 'SOPClassUID', '1.2.840.10008.5.1.4.1.1.2.1');
  add(-1, 0, '(0010,0010)', 'PatientName', 'Doe^İİ^Ayşe');
  const perFrame = add(-1, 0, '(5200,9230)', 'PerFrameFunctionalGroupsSequence', '');
  for (let f = 0; f < frames; f++) {
    const item = add(perFrame, 1, '(FFFE,E000)', '', '');
    const content = add(item, 2, '(0020,9111)', 'FrameContentSequence', '');
    const contentItem = add(content, 3, '(FFFE,E000)', '', '');
    add(contentItem, 4, '(0020,9157)', 'DimensionIndexValues', `1\\${f + 1}`);
    add(contentItem, 4, '(0020,9156)', 'FrameAcquisitionNumber', String(f + 1));
    const position = add(item, 2, '(0020,9113)', 'PlanePositionSequence', '');
    const positionItem = add(position, 3, '(FFFE,E000)', '', '');
    add(positionItem, 4, '(0020,0032)', 'ImagePositionPatient', `-4\\-4\\${f}`);
  }
  add(-1, 0, '(7FE0,0010)', 'PixelData', '');
  return rows;
}

/** The reference: one row at a time, as the filter was first written. */
function naiveMatches(rows: readonly TagRow[], query: FilterQuery): number[] {
  const ids: number[] = [];
  for (const row of rows) {
    const tag = row.tag.slice(1, -1).toLowerCase();
    const text = [row.keyword, row.name, row.value, row.detail].join('\n').toLowerCase();
    const tagHit =
      query.kind === 'tag' || query.kind === 'tagOrText' ? tag.startsWith(query.tagPrefix) : false;
    const textHit = query.kind === 'text' || query.kind === 'tagOrText' ? text.includes(query.text) : false;
    if (tagHit || textHit) ids.push(row.id);
  }
  return ids;
}

const ids = (matches: Uint8Array): number[] => {
  const out: number[] = [];
  matches.forEach((flag, id) => flag && out.push(id));
  return out;
};

/** Options that yield after every chunk and count the turns given to the UI. */
function everyChunk(token = new CancelToken()): SliceOptions & { turns: () => number } {
  let turns = 0;
  return {
    token,
    sliceMs: 0,
    yieldToUi: () => {
      turns++;
      return new Promise((resolve) => setImmediate(resolve));
    },
    turns: () => turns,
  };
}

const QUERIES = [
  'frame acquisition number',
  '(0020,9157)',
  '0020,0032',
  '00209156',
  '-4\\-4\\3999',
  'ayşe',
  'enhanced ct image',
  'sequence',
  'no such thing anywhere',
  '(ffff',
];

describe('webview filter: chunked and cancellable search', () => {
  const rows = syntheticTree(4000); // 32,004 rows: 8 chunks
  const index = buildSearchIndex(rows);

  it('splits the index into chunks that cover every row once', () => {
    assert.ok(index.chunks.length > 5);
    let next = 0;
    for (const chunk of index.chunks) {
      assert.equal(chunk.firstRow, next);
      assert.ok(chunk.rowCount <= CHUNK_ROWS);
      next += chunk.rowCount;
    }
    assert.equal(next, rows.length);
  });

  it('finds exactly what the naive search finds, synchronously and in slices', async () => {
    const sliced = await buildSearchIndexSliced(rows, everyChunk());
    for (const text of QUERIES) {
      const query = parseFilterQuery(text);
      assert.notEqual(query.kind, 'empty');
      const expected = naiveMatches(rows, query);
      const sync = matchRows(index, query);
      const chunked = await matchRowsSliced(sliced, query, everyChunk());
      assert.deepEqual(ids(sync?.matches ?? new Uint8Array()), expected, text);
      assert.deepEqual(ids(chunked?.matches ?? new Uint8Array()), expected, text);
      assert.equal(chunked?.count, expected.length, text);
    }
    assert.equal(naiveMatches(rows, parseFilterQuery('frame acquisition number')).length, 4000);
    assert.deepEqual(naiveMatches(rows, parseFilterQuery('-4\\-4\\3999')), [rows.length - 2]);
  });

  it('gives the UI a turn between chunks, and none when the slice is long enough', async () => {
    const query = parseFilterQuery('sequence');
    const short = everyChunk();
    await matchRowsSliced(index, query, short);
    assert.equal(short.turns(), index.chunks.length - 1);
    const long = { ...everyChunk(), sliceMs: 60_000 };
    let turns = 0;
    await matchRowsSliced(index, query, { ...long, yieldToUi: async () => void turns++ });
    assert.equal(turns, 0);
  });

  it('returns undefined for an empty query without searching', async () => {
    assert.equal(await matchRowsSliced(index, parseFilterQuery('  '), everyChunk()), undefined);
  });

  it('stops at the next chunk when cancelled, with FilterCancelled', async () => {
    const token = new CancelToken();
    const options = everyChunk(token);
    let chunksSearched = 0;
    const run = matchRowsSliced(index, parseFilterQuery('sequence'), {
      ...options,
      yieldToUi: () => {
        chunksSearched++;
        if (chunksSearched === 2) token.cancel();
        return options.yieldToUi?.() ?? Promise.resolve();
      },
    });
    await assert.rejects(run, FilterCancelled);
    assert.equal(chunksSearched, 2);
  });

  it('cancels an index build too', async () => {
    const token = new CancelToken();
    token.cancel();
    await assert.rejects(buildSearchIndexSliced(rows, everyChunk(token)), FilterCancelled);
  });

  it('lets the latest query win: an older run cancelled by a newer one never reports', async () => {
    const reported: string[] = [];
    let running: CancelToken | undefined;
    const type = (text: string): Promise<void> => {
      running?.cancel();
      const token = new CancelToken();
      running = token;
      return matchRowsSliced(index, parseFilterQuery(text), everyChunk(token)).then(
        (result) => void reported.push(`${text}: ${result?.count}`),
        (caught: unknown) => assert.ok(caught instanceof FilterCancelled),
      );
    };
    // Three keystrokes while the first search is still running: only the last one reports.
    const runs = [type('f'), type('fr'), type('frame acquisition number')];
    await Promise.all(runs);
    assert.deepEqual(reported, ['frame acquisition number: 4000']);
  });

  it('keeps the UI turning while 100,000 rows are searched in 8 ms slices', async () => {
    const big = syntheticTree(12_500); // 100,004 rows
    const bigIndex = await buildSearchIndexSliced(big, { token: new CancelToken() });
    let longest = 0;
    let last = performance.now();
    const result = await matchRowsSliced(bigIndex, parseFilterQuery('plane position'), {
      token: new CancelToken(),
      yieldToUi: () =>
        new Promise((resolve) =>
          setImmediate(() => {
            const now = performance.now();
            longest = Math.max(longest, now - last);
            last = now;
            resolve();
          }),
        ),
    });
    assert.equal(result?.count, 12_500);
    // One chunk past the 8 ms budget at most; generous for a loaded CI machine.
    assert.ok(longest < 100, `the UI waited ${longest.toFixed(1)} ms`);
  });
});

describe('rowPacking: headOfPackedRows', () => {
  it('is the first rows, a valid tree on its own, with the string table shared', () => {
    const rows = syntheticTree(50);
    const packed = packRows(rows);
    const head = headOfPackedRows(packed, 40);
    assert.equal(head.count, 40);
    assert.equal(head.text, packed.text);
    assert.deepEqual(unpackRows(head), rows.slice(0, 40));
    assert.equal(headOfPackedRows(packed, 10_000).count, rows.length);
    assert.equal(headOfPackedRows(packed, -3).count, 0);
  });

  it('arrives in the webview as a header marked partial, with the full row count', () => {
    const rows = syntheticTree(50);
    const packed = packRows(rows);
    const frame = { fileName: 'f.dcm', summary: emptySummary, errors: [] };
    const head = {
      type: 'headerPacked',
      ...frame,
      rows: headOfPackedRows(packed, 40),
      partialOf: rows.length,
    };
    const check = checkHostMessage(head);
    assert.ok(check.ok && check.message.type === 'header');
    assert.equal(check.message.partialOf, rows.length);
    assert.equal(check.message.model.rows.length, 40);
    // The whole model, or a count that is not more than the rows sent, is not partial.
    for (const partialOf of [undefined, 40, 39, -1, 1.5, 'x']) {
      const whole = checkHostMessage({ ...head, partialOf });
      assert.ok(whole.ok && whole.message.type === 'header' && whole.message.partialOf === undefined);
    }
  });
});
