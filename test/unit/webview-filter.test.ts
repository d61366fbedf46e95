// Filter parsing and matching of the header inspector (src/webview/filter.ts).

import * as assert from 'node:assert/strict';
import type { TagRow } from '../../src/shared/protocol';
import { buildSearchIndex, matchRows, parseFilterQuery } from '../../src/webview/filter';

function row(
  id: number,
  parent: number,
  tag: string,
  keyword: string,
  name: string,
  value: string,
  detail = '',
): TagRow {
  return {
    id,
    parent,
    depth: 0,
    kind: 'element',
    tag,
    keyword,
    name,
    vr: 'LO',
    vm: 1,
    length: value.length,
    offset: id * 10,
    value,
    detail,
    childCount: 0,
    isPrivate: false,
    retired: false,
  };
}

const ROWS: TagRow[] = [
  row(0, -1, '(0008,0060)', 'Modality', 'Modality', 'MR'),
  row(1, -1, '(0010,0010)', 'PatientName', "Patient's Name", 'Doe^Jane'),
  row(2, -1, '(0010,0020)', 'PatientID', 'Patient ID', 'ID-00100010'),
  row(3, -1, '(0019,10AB)', '', 'Private tag (ACME)', 'xyz'),
  row(4, -1, '(0020,000D)', 'StudyInstanceUID', 'Study Instance UID', '1.2.3.4'),
  row(5, -1, '(0008,0016)', 'SOPClassUID', 'SOP Class UID', '1.2.840.10008.5.1.4.1.1.4', 'MR Image Storage'),
];

const matchingIds = (text: string): number[] => {
  const result = matchRows(buildSearchIndex(ROWS), parseFilterQuery(text));
  if (!result) return [];
  const ids: number[] = [];
  result.matches.forEach((flag, id) => flag && ids.push(id));
  assert.equal(result.count, ids.length);
  return ids;
};

describe('webview filter: parseFilterQuery', () => {
  it('reads an empty or blank filter as no filter', () => {
    assert.deepEqual(parseFilterQuery(''), { kind: 'empty' });
    assert.deepEqual(parseFilterQuery('   '), { kind: 'empty' });
  });

  it('reads the three written forms of a tag', () => {
    assert.deepEqual(parseFilterQuery('0010,0010'), { kind: 'tag', tagPrefix: '0010,0010' });
    assert.deepEqual(parseFilterQuery('(0010,0010)'), { kind: 'tag', tagPrefix: '0010,0010' });
    assert.deepEqual(parseFilterQuery('00100010'), {
      kind: 'tagOrText',
      tagPrefix: '0010,0010',
      text: '00100010',
    });
  });

  it('is case-insensitive and tolerates spaces in a tag', () => {
    assert.deepEqual(parseFilterQuery(' (0020, 000d) '), { kind: 'tag', tagPrefix: '0020,000d' });
    assert.deepEqual(parseFilterQuery('0019,10AB'), { kind: 'tag', tagPrefix: '0019,10ab' });
  });

  it('reads partial tags as prefixes', () => {
    assert.deepEqual(parseFilterQuery('0010,'), { kind: 'tag', tagPrefix: '0010,' });
    assert.deepEqual(parseFilterQuery('(0010'), { kind: 'tag', tagPrefix: '0010' });
    assert.deepEqual(parseFilterQuery('0010,00'), { kind: 'tag', tagPrefix: '0010,00' });
    assert.deepEqual(parseFilterQuery('001000'), { kind: 'tagOrText', tagPrefix: '0010,00', text: '001000' });
  });

  it('reads everything else as text, lowercased', () => {
    assert.deepEqual(parseFilterQuery('Patient'), { kind: 'text', text: 'patient' });
    assert.deepEqual(parseFilterQuery('12'), { kind: 'text', text: '12' });
    assert.deepEqual(parseFilterQuery('1.2,3'), { kind: 'text', text: '1.2,3' });
    assert.deepEqual(parseFilterQuery('Doe^Jane'), { kind: 'text', text: 'doe^jane' });
  });
});

describe('webview filter: matchRows', () => {
  it('returns undefined for no filter', () => {
    assert.equal(matchRows(buildSearchIndex(ROWS), parseFilterQuery('')), undefined);
  });

  it('matches a tag in any written form', () => {
    assert.deepEqual(matchingIds('(0010,0010)'), [1]);
    assert.deepEqual(matchingIds('0010,0010'), [1]);
    // Bare hex also matches values: row 2's value contains "00100010".
    assert.deepEqual(matchingIds('00100010'), [1, 2]);
    assert.deepEqual(matchingIds('(0019,10ab)'), [3]);
  });

  it('matches a tag prefix', () => {
    assert.deepEqual(matchingIds('0010,'), [1, 2]);
    assert.deepEqual(matchingIds('(0010'), [1, 2]);
    assert.deepEqual(matchingIds('0010,002'), [2]);
  });

  it('matches keywords and names case-insensitively as substrings', () => {
    assert.deepEqual(matchingIds('patientname'), [1]);
    assert.deepEqual(matchingIds("patient's"), [1]);
    assert.deepEqual(matchingIds('PATIENT'), [1, 2]);
    assert.deepEqual(matchingIds('acme'), [3]);
    assert.deepEqual(matchingIds('instanceuid'), [4]);
  });

  it('matches values as substrings', () => {
    assert.deepEqual(matchingIds('jane'), [1]);
    assert.deepEqual(matchingIds('1.2.3'), [4]);
    assert.deepEqual(matchingIds('MR'), [0, 5]);
  });

  it("matches the value's detail, such as a UID's name", () => {
    assert.deepEqual(matchingIds('image storage'), [5]);
  });

  it('finds nothing for a query that matches nothing', () => {
    assert.deepEqual(matchingIds('no such thing'), []);
    assert.deepEqual(matchingIds('(7fe0,0010)'), []);
  });

  it('finds matches in the first and the last row', () => {
    assert.deepEqual(matchingIds('modality'), [0]);
    assert.deepEqual(matchingIds('sop class'), [5]);
  });

  it('keeps row boundaries right when lowercasing changes the length of the text', () => {
    const rows = [
      row(0, -1, '(0010,0010)', 'PatientName', "Patient's Name", 'İİİİ^Ayşe'),
      row(1, -1, '(0010,0020)', 'PatientID', 'Patient ID', 'ayşe-1'),
    ];
    const index = buildSearchIndex(rows);
    const result = matchRows(index, parseFilterQuery('patient id'));
    assert.deepEqual(Array.from(result?.matches ?? []), [0, 1]);
    assert.deepEqual(Array.from(matchRows(index, parseFilterQuery('AYŞE'))?.matches ?? []), [1, 1]);
    assert.deepEqual(Array.from(matchRows(index, parseFilterQuery('0010,0020'))?.matches ?? []), [0, 1]);
  });

  it('does not match across fields or rows', () => {
    // "Modality" ends row 0's keyword and "MR" is its value; joined they must not form "modalitymr".
    assert.deepEqual(matchingIds('modalitymodality'), []);
    assert.deepEqual(matchingIds('mrpatient'), []);
  });

  it('filters 100,000 rows quickly', () => {
    const rows: TagRow[] = [];
    for (let i = 0; i < 100_000; i++) {
      const hex = (i % 0xffff).toString(16).padStart(4, '0').toUpperCase();
      rows.push(row(i, -1, `(0009,${hex})`, `Keyword${i}`, `Some element name ${i}`, `value ${i * 7} text`));
    }
    const index = buildSearchIndex(rows);
    const started = performance.now();
    const result = matchRows(index, parseFilterQuery('name 9999'));
    const elapsed = performance.now() - started;
    assert.ok(result && result.count > 0);
    assert.ok(elapsed < 100, `matching took ${elapsed.toFixed(1)} ms`);
  });
});
