import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildHeaderRows } from '../../src/dicom/headerRows';
import { parseDicom } from '../../src/dicom/parser';
import { textDump } from '../../src/dicom/textDump';
import { visibleText } from '../../src/dicom/visibleText';

const HOSTILE = path.resolve(__dirname, '..', 'fixtures', 'hostile', 'hostile-strings.dcm');

describe('visibleText', () => {
  it('turns C0 controls and DEL into control pictures', () => {
    assert.equal(visibleText('a\u0000b\u0007c\r\nd\u001b[2J\u007f'), 'a␀b␇c␍␊d␛[2J␡');
  });

  it('names C1, bidi and zero-width characters by code point', () => {
    assert.equal(visibleText('\u202Eexe.txt\u202C'), '⟨U+202E⟩exe.txt⟨U+202C⟩');
    assert.equal(visibleText('x\u0085y\u200bz\ufeff\u2028'), 'x⟨U+0085⟩y⟨U+200B⟩z⟨U+FEFF⟩⟨U+2028⟩');
  });

  it('leaves printable text, accents, CJK and HTML-like text alone', () => {
    const text = 'Müller^José=山田^太郎 <img src=x onerror=alert(1)> ${x}';
    assert.equal(visibleText(text), text);
  });
});

describe('text dump of the hostile fixture', () => {
  const file = parseDicom(new Uint8Array(readFileSync(HOSTILE)));
  const dump = textDump(file);

  it('is one line per element: values with newlines and escapes do not break lines', () => {
    const rows = buildHeaderRows(file);
    const elementLines = dump.split('\n').filter((line) => /^ *\d+ {2}/.test(line));
    assert.equal(elementLines.length, rows.length);
  });

  it('holds no control character a terminal would obey', () => {
    // eslint-disable-next-line no-control-regex -- the check itself
    assert.doesNotMatch(dump.replace(/\n/g, ''), /[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    assert.match(dump, /Image Comments \[CTRL: NUL\[␀\] BEL\[␇\]/);
    assert.match(dump, /␛\[2J clear/);
  });

  it('keeps HTML-like values as written', () => {
    assert.match(dump, /Patient's Name \[<img src=x onerror=alert\(1\)>\^Evil\]/);
  });
});
