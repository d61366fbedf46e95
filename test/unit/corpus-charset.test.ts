// Person names of the character-set fixtures, read from the files end to end (parser → values → rows). The
// expected strings are the PS3.5 Annex H–K examples (and common single-byte cases); for the sets dcmtk can
// convert, dcm2json's output agrees (see corpus.test.ts), and for Japanese, pydicom does.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildHeaderRows } from '../../src/dicom/headerRows';
import { parseDicom } from '../../src/dicom/parser';

const CHARSET = path.resolve(__dirname, '../fixtures/charset');

function patientNames(file: string): string[] {
  const rows = buildHeaderRows(parseDicom(readFileSync(path.join(CHARSET, file))));
  return rows.filter((row) => row.tag === '(0010,0010)').map((row) => row.value);
}

const EXPECTED: Record<string, string[]> = {
  'japanese-ir87.dcm': ['Yamada^Tarou=山田^太郎=やまだ^たろう'], // Annex H.3.1
  'japanese-ir13-ir87.dcm': ['ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう'], // Annex H.3.2
  'korean-ir149.dcm': ['Hong^Gildong=洪^吉洞=홍^길동'], // Annex I.2
  'chinese-utf8.dcm': ['Wang^XiaoDong=王^小東'], // Annex J.3
  'chinese-gb18030.dcm': ['Wang^XiaoDong=王^小东'], // Annex J.2
  'chinese-ir58.dcm': ['Zhang^XiaoDong=张^小东'], // Annex K.2
  'latin1-ir100.dcm': ['Buc^Jérôme'],
  'cyrillic-ir144.dcm': ['Иванов^Иван^Петрович'],
  'greek-ir126.dcm': ['Διονυσιος^Γιώργος'],
  'arabic-ir127.dcm': ['قباني^لنزار'],
  // The item carries its own Specific Character Set (ISO_IR 100) inside a UTF-8 data set.
  'utf8-item-latin1.dcm': ['Wang^XiaoDong=王^小東', 'Buc^Jérôme'],
};

describe('corpus: person names in every character set', () => {
  for (const [file, names] of Object.entries(EXPECTED)) {
    it(file, () => assert.deepEqual(patientNames(file), names));
  }

  it('splits a person name into its groups and components in the detail text', () => {
    const rows = buildHeaderRows(parseDicom(readFileSync(path.join(CHARSET, 'japanese-ir87.dcm'))));
    const name = rows.find((row) => row.tag === '(0010,0010)');
    assert.equal(
      name?.detail,
      'Alphabetic — family: Yamada, given: Tarou; Ideographic — family: 山田, given: 太郎; ' +
        'Phonetic — family: やまだ, given: たろう',
    );
  });
});
