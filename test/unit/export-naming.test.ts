// Names and folders of exported files (src/dicom/export/naming.ts, layout.ts): every placeholder, the
// sanitising rules for Linux, macOS and Windows, uniqueness within a run, zero padding, the length cap.

import * as assert from 'node:assert/strict';
import {
  DEFAULT_NAME_PATTERN,
  exportFields,
  exportFileName,
  exportFolder,
  fileStem,
  frameNumberText,
  MAX_NAME_BYTES,
  NAME_PLACEHOLDERS,
  sanitizeName,
  UniqueNames,
  unknownPlaceholders,
  type ExportNameFields,
} from '../../src/dicom/export';
import { parseDicom } from '../../src/dicom/parser';
import { fixtureBytes } from './helpers/referencePixels';

const fields: ExportNameFields = {
  file: 'scan',
  frame: 7,
  frameCount: 120,
  patientId: 'PID-42',
  patientName: 'Doe^Jane',
  study: '1.2.3.4',
  studyDate: '20240115',
  studyDescription: 'Head CT',
  series: '3',
  seriesDescription: 'Axial 5mm',
  seriesUid: '1.2.3.4.5',
  instance: '12',
  sopInstanceUid: '1.2.3.4.5.6',
  modality: 'CT',
};

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

describe('export naming: patterns', () => {
  it('the default pattern is file and zero-padded frame', () => {
    assert.equal(DEFAULT_NAME_PATTERN, '{file}-frame{frame}');
    assert.equal(exportFileName(DEFAULT_NAME_PATTERN, fields, 'jpg'), 'scan-frame007.jpg');
  });

  const expected: Record<string, string> = {
    file: 'scan',
    frame: '007',
    patientId: 'PID-42',
    patientName: 'Doe^Jane',
    study: '1.2.3.4',
    studyDate: '20240115',
    studyDescription: 'Head CT',
    series: '3',
    seriesDescription: 'Axial 5mm',
    seriesUid: '1.2.3.4.5',
    instance: '12',
    sopInstanceUid: '1.2.3.4.5.6',
    modality: 'CT',
  };
  it('knows exactly the documented placeholders', () => {
    assert.deepEqual([...NAME_PLACEHOLDERS].sort(), Object.keys(expected).sort());
  });
  for (const [placeholder, value] of Object.entries(expected)) {
    it(`{${placeholder}} → ${value}`, () => {
      // Frame is in the pattern, so no "-frameN" is appended, except for {frame} itself being the pattern.
      const name = exportFileName(`x_{${placeholder}}_{frame}`, fields, 'png');
      assert.equal(name, `x_${value}_007.png`);
    });
  }

  it('fills several placeholders and keeps literal text', () => {
    assert.equal(
      exportFileName('{modality}_{patientId}_{series}-{instance} f{frame}', fields, 'png'),
      'CT_PID-42_3-12 f007.png',
    );
  });

  it('absent values become empty; a pattern without {frame} still gets the frame for multi-frame files', () => {
    const bare: ExportNameFields = { file: 'a', frame: 2, frameCount: 3 };
    assert.equal(exportFileName('{file}{patientName}', bare, 'png'), 'a-frame2.png');
    assert.equal(exportFileName('{file}', { file: 'a', frame: 0, frameCount: 1 }, 'png'), 'a.png');
    assert.equal(exportFileName('{file}', { file: 'a' }, 'json'), 'a.json');
    assert.equal(exportFileName('{patientName}', { file: 'a' }, 'json'), '_.json');
  });

  it('lists unknown placeholders once each', () => {
    assert.deepEqual(unknownPlaceholders('{file}{nope}{frame}{nope}{Other}'), ['nope', 'Other']);
    assert.deepEqual(unknownPlaceholders(DEFAULT_NAME_PATTERN), []);
  });

  it('strips DICOM extensions only', () => {
    assert.equal(fileStem('a.dcm'), 'a');
    assert.equal(fileStem('B.DICOM'), 'B');
    assert.equal(fileStem('c.dic'), 'c');
    assert.equal(fileStem('IM000001'), 'IM000001');
    assert.equal(fileStem('x.raw.dcm'), 'x.raw');
    assert.equal(fileStem('notes.txt'), 'notes.txt');
  });
});

describe('export naming: frame numbers', () => {
  it('counts from 0 and pads to the width of the last frame number', () => {
    assert.equal(frameNumberText(0, 1), '0');
    assert.equal(frameNumberText(0), '0');
    assert.equal(frameNumberText(3, 10), '3');
    assert.equal(frameNumberText(3, 11), '03');
    assert.equal(frameNumberText(9, 100), '09');
    assert.equal(frameNumberText(0, 300), '000');
    assert.equal(frameNumberText(299, 300), '299');
    assert.equal(frameNumberText(42, 1001), '0042');
  });

  it('sorts frames in order as plain text', () => {
    const names = Array.from({ length: 120 }, (_, k) =>
      exportFileName(DEFAULT_NAME_PATTERN, { file: 'f', frame: k, frameCount: 120 }, 'png'),
    );
    assert.deepEqual([...names].sort(), names);
  });
});

describe('export naming: sanitizing', () => {
  it('replaces separators, reserved and control characters', () => {
    assert.equal(sanitizeName('a/b\\c:d*e?f"g<h>i|j'), 'a_b_c_d_e_f_g_h_i_j');
    assert.equal(sanitizeName('tab\there\u0000nul\u007fdel\u0085nel'), 'tab_here_nul_del_nel');
    assert.equal(sanitizeName('../../etc/passwd'), '_.._etc_passwd');
    assert.equal(sanitizeName('evil\u202egnp.exe'), 'evil_gnp.exe');
    assert.equal(sanitizeName('a\u200fb\u2066c\u2069d\u061ce'), 'a_b_c_d_e');
  });

  it('collapses spaces, trims dots and spaces, never returns empty', () => {
    assert.equal(sanitizeName('  a   b  '), 'a b');
    assert.equal(sanitizeName('...hidden'), 'hidden');
    assert.equal(sanitizeName('trailing. . '), 'trailing');
    assert.equal(sanitizeName(''), '_');
    assert.equal(sanitizeName(' . '), '_');
  });

  it('guards Windows device names, with or without an extension', () => {
    for (const name of ['CON', 'prn', 'Aux', 'NUL', 'com1', 'LPT9', 'con.txt']) {
      assert.equal(sanitizeName(name), `_${name}`, name);
    }
    assert.equal(sanitizeName('console'), 'console');
  });

  it('keeps non-ASCII letters and caps the length in UTF-8 bytes at a character boundary', () => {
    assert.equal(sanitizeName('Jérôme 山田'), 'Jérôme 山田');
    const long = '山'.repeat(100); // 300 bytes
    const cut = sanitizeName(long);
    assert.equal(cut, '山'.repeat(50));
    assert.ok(utf8Length(cut) <= MAX_NAME_BYTES);
    assert.equal(sanitizeName('x'.repeat(400)).length, MAX_NAME_BYTES);
    assert.equal(sanitizeName('ab😀', 3), 'ab');
  });

  it('caps a whole file name before its extension', () => {
    const name = exportFileName(
      '{studyDescription}',
      { file: 'f', studyDescription: 'd'.repeat(500) },
      'jpg',
    );
    assert.equal(name, 'd'.repeat(MAX_NAME_BYTES) + '.jpg');
  });

  it('values from the file cannot escape the output folder', () => {
    const hostile: ExportNameFields = {
      file: 'x',
      patientName: '../../../tmp/evil',
      frame: 0,
      frameCount: 1,
    };
    const name = exportFileName('{patientName}', hostile, 'png');
    assert.ok(!name.includes('/') && !name.includes('\\'), name);
    assert.equal(name, '_.._.._tmp_evil.png');
  });
});

describe('export naming: unique names within a run', () => {
  it('adds (2), (3)… before the extension, without regard to case', () => {
    const names = new UniqueNames();
    assert.equal(names.claim('a/b.png'), 'a/b.png');
    assert.equal(names.claim('a/b.png'), 'a/b (2).png');
    assert.equal(names.claim('A/B.PNG'), 'A/B (3).PNG');
    assert.equal(names.claim('a/c.png'), 'a/c.png');
    assert.equal(names.claim('other/b.png'), 'other/b.png');
  });

  it('handles names without an extension and dots in folder names', () => {
    const names = new UniqueNames();
    assert.equal(names.claim('v1.2/name'), 'v1.2/name');
    assert.equal(names.claim('v1.2/name'), 'v1.2/name (2)');
  });

  it('never hands out a reserved name', () => {
    const names = new UniqueNames();
    names.reserve('x.json');
    assert.equal(names.claim('x.json'), 'x (2).json');
    assert.equal(names.claim('x (2).json'), 'x (2) (2).json');
  });
});

describe('export layouts', () => {
  it('flat puts everything in the output folder', () => {
    assert.deepEqual(exportFolder(fields, 'flat'), []);
  });

  it('patient: patient, study, series folders from the attributes', () => {
    assert.deepEqual(exportFolder(fields, 'patient'), [
      'PID-42 Doe Jane',
      '20240115 Head CT',
      '3 CT Axial 5mm',
    ]);
  });

  it('patient: falls back to UIDs, then to "Unknown …"', () => {
    assert.deepEqual(exportFolder({ file: 'f', study: '1.2.3', seriesUid: '1.2.3.9' }, 'patient'), [
      'Unknown patient',
      '1.2.3',
      '1.2.3.9',
    ]);
    assert.deepEqual(exportFolder({ file: 'f' }, 'patient'), [
      'Unknown patient',
      'Unknown study',
      'Unknown series',
    ]);
  });

  it('patient: folder names are sanitized', () => {
    const folders = exportFolder(
      { file: 'f', patientId: 'a/b', patientName: 'C:^D', studyDescription: '..' },
      'patient',
    );
    // '..' alone sanitizes to '_': never a folder that climbs out.
    assert.deepEqual(folders, ['a_b C_ D', '_', 'Unknown series']);
  });

  it('reads the fields from a file (the DICOMDIR fixture CT)', () => {
    const file = parseDicom(fixtureBytes('dicomdir/IMAGES/IM000001'));
    const read = exportFields(file, 'IM000001');
    assert.equal(read.file, 'IM000001');
    assert.equal(read.patientId, 'DI-0001');
    assert.equal(read.patientName, 'Phantom^Head');
    assert.equal(read.modality, 'CT');
    assert.deepEqual(exportFolder(read, 'patient'), [
      'DI-0001 Phantom Head',
      '20240115 Fixture study',
      '1 CT CT phantom 64x64',
    ]);
  });
});
