// Tests for charset.ts: every example of PS3.5 Annexes H to K, David Clunie's character set test files (as
// shipped with pydicom), each single-byte set with and without ISO 2022 escapes, delimiters, and invalid input.
// The expected strings were checked against two independent decoders: pydicom 2.3.1 (pydicom.charset, the
// way it decodes elements read from a file; it drops trailing spaces and empty trailing PN groups, which
// decodeText keeps) and dcmtk 3.6.7 (dcmconv +U8); `confirmedBy` names those that gave the same string.
// Where neither is named, the case is one neither handles (pydicom 2.3.1 leaves the escape sequences of
// ISO 2022 IR 58 in its output; dcmtk has no JIS X 0208 and rejects bytes outside the declared sets).
import { strict as assert } from 'assert';
import { decodeText, parseSpecificCharacterSet } from '../../src/dicom/charset';
import { SINGLE_BYTE_UPPER_HALVES } from '../../src/dicom/charset/single-byte-tables';

function hex(text: string): Uint8Array {
  return Uint8Array.from(text.split(/\s+/).filter(Boolean), (byte) => parseInt(byte, 16));
}

/** Bytes from a string of code points 00-FF (escape sequences written as '\x1b$B'). */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

interface Case {
  readonly name: string;
  readonly charsets: readonly string[];
  readonly vr: string;
  readonly hex: string;
  readonly expected: string;
  readonly confirmedBy: string;
}

const CASES: readonly Case[] = [
  {
    name: 'PS3.5 H.3.1',
    charsets: ['', 'ISO 2022 IR 87'],
    vr: 'PN',
    hex: '59 61 6D 61 64 61 5E 54 61 72 6F 75 3D 1B 24 42 3B 33 45 44 1B 28 42 5E 1B 24 42 42 40 4F 3A 1B 28 42 3D 1B 24 42 24 64 24 5E 24 40 1B 28 42 5E 1B 24 42 24 3F 24 6D 24 26 1B 28 42',
    expected: 'Yamada^Tarou=山田^太郎=やまだ^たろう',
    confirmedBy: 'pydicom',
  },
  {
    name: 'PS3.5 H.3.2',
    charsets: ['ISO 2022 IR 13', 'ISO 2022 IR 87'],
    vr: 'PN',
    hex: 'D4 CF C0 DE 5E C0 DB B3 3D 1B 24 42 3B 33 45 44 1B 28 4A 5E 1B 24 42 42 40 4F 3A 1B 28 4A 3D 1B 24 42 24 64 24 5E 24 40 1B 28 4A 5E 1B 24 42 24 3F 24 6D 24 26 1B 28 4A',
    expected: 'ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう',
    confirmedBy: 'pydicom',
  },
  {
    name: 'PS3.5 I.2',
    charsets: ['', 'ISO 2022 IR 149'],
    vr: 'PN',
    hex: '48 6F 6E 67 5E 47 69 6C 64 6F 6E 67 3D 1B 24 29 43 FB F3 5E 1B 24 29 43 D1 CE D4 D7 3D 1B 24 29 43 C8 AB 5E 1B 24 29 43 B1 E6 B5 BF',
    expected: 'Hong^Gildong=洪^吉洞=홍^길동',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'PS3.5 I.3',
    charsets: ['', 'ISO 2022 IR 149'],
    vr: 'LT',
    hex: '1B 24 29 43 54 68 65 20 31 73 74 20 6C 69 6E 65 20 69 6E 63 6C 75 64 65 73 20 B1 E6 B5 BF 2E 0D 0A 1B 24 29 43 54 68 65 20 32 6E 64 20 6C 69 6E 65 20 69 6E 63 6C 75 64 65 73 20 B1 E6 B5 BF 2C 20 74 6F 6F 2E 0D 0A 54 68 65 20 33 72 64 20 6C 69 6E 65 2E',
    expected: 'The 1st line includes 길동.\r\nThe 2nd line includes 길동, too.\r\nThe 3rd line.',
    confirmedBy: 'pydicom',
  },
  {
    name: 'PS3.5 J.1',
    charsets: ['ISO_IR 192'],
    vr: 'PN',
    hex: '57 61 6E 67 5E 58 69 61 6F 44 6F 6E 67 3D E7 8E 8B 5E E5 B0 8F E6 9D B1 3D',
    expected: 'Wang^XiaoDong=王^小東=',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'PS3.5 J.2',
    charsets: ['ISO_IR 192'],
    vr: 'LT',
    hex: '54 68 65 20 66 69 72 73 74 20 6C 69 6E 65 20 69 6E 63 6C 75 64 65 73 E4 B8 AD E6 96 87 2E 0D 0A 54 68 65 20 73 65 63 6F 6E 64 20 6C 69 6E 65 20 69 6E 63 6C 75 64 65 73 E4 B8 AD E6 96 87 2C 20 74 6F 6F 2E 0D 0A 54 68 65 20 74 68 69 72 64 20 6C 69 6E 65 2E 0D 0A',
    expected: 'The first line includes中文.\r\nThe second line includes中文, too.\r\nThe third line.\r\n',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'PS3.5 J.3',
    charsets: ['GB18030'],
    vr: 'PN',
    hex: '57 61 6E 67 5E 58 69 61 6F 44 6F 6E 67 3D CD F5 5E D0 A1 B6 AB 3D',
    expected: 'Wang^XiaoDong=王^小东=',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'PS3.5 J.4',
    charsets: ['GB18030'],
    vr: 'LT',
    hex: '54 68 65 20 66 69 72 73 74 20 6C 69 6E 65 20 69 6E 63 6C 75 64 65 73 D6 D0 CE C4 2E 0D 0A 54 68 65 20 73 65 63 6F 6E 64 20 6C 69 6E 65 20 69 6E 63 6C 75 64 65 73 D6 D0 CE C4 2C 20 74 6F 6F 2E 0D 0A 54 68 65 20 74 68 69 72 64 20 6C 69 6E 65 2E 0D 0A',
    expected: 'The first line includes中文.\r\nThe second line includes中文, too.\r\nThe third line.\r\n',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'PS3.5 K.2 (with its space pad)',
    charsets: ['', 'ISO 2022 IR 58'],
    vr: 'PN',
    hex: '5A 68 61 6E 67 5E 58 69 61 6F 44 6F 6E 67 3D 1B 24 29 41 D5 C5 5E 1B 24 29 41 D0 A1 B6 AB 3D 20',
    expected: 'Zhang^XiaoDong=张^小东= ',
    confirmedBy: 'dcmtk',
  },
  {
    name: 'PS3.5 K.3',
    charsets: ['', 'ISO 2022 IR 58'],
    vr: 'LT',
    hex: '31 2E 1B 24 29 41 B5 DA D2 BB D0 D0 CE C4 D7 D6 A1 A3 0D 0A 32 2E 1B 24 29 41 B5 DA B6 FE D0 D0 CE C4 D7 D6 A1 A3 0D 0A 33 2E 1B 24 29 41 B5 DA C8 FD D0 D0 CE C4 D7 D6 A1 A3 0D 0A',
    expected: '1.第一行文字。\r\n2.第二行文字。\r\n3.第三行文字。\r\n',
    confirmedBy: 'dcmtk',
  },
  {
    name: 'GBK',
    charsets: ['GBK'],
    vr: 'PN',
    hex: '57 61 6E 67 5E 58 69 61 6F 44 6F 6E 67 3D CD F5 5E D0 A1 B6 AB 3D',
    expected: 'Wang^XiaoDong=王^小东=',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'chrArab',
    charsets: ['ISO_IR 127'],
    vr: 'PN',
    hex: 'E2 C8 C7 E6 EA 5E E4 E6 D2 C7 D1 20',
    expected: 'قباني^لنزار ',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'chrFren',
    charsets: ['ISO_IR 100'],
    vr: 'PN',
    hex: '42 75 63 5E 4A E9 72 F4 6D 65',
    expected: 'Buc^Jérôme',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'chrGerm',
    charsets: ['ISO_IR 100'],
    vr: 'PN',
    hex: 'C4 6E 65 61 73 5E 52 FC 64 69 67 65 72 20',
    expected: 'Äneas^Rüdiger ',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'chrGreek',
    charsets: ['ISO_IR 126'],
    vr: 'PN',
    hex: 'C4 E9 EF ED F5 F3 E9 EF F2 20',
    expected: 'Διονυσιος ',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'chrHbrw',
    charsets: ['ISO_IR 138'],
    vr: 'PN',
    hex: 'F9 F8 E5 EF 5E E3 E1 E5 F8 E4',
    expected: 'שרון^דבורה',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'chrRuss',
    charsets: ['ISO_IR 144'],
    vr: 'PN',
    hex: 'BB EE DA 63 65 DC D1 79 70 D3',
    expected: 'Люкceмбypг',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'chrJapMulti',
    charsets: ['', 'ISO 2022 IR 87'],
    vr: 'PN',
    hex: '1B 24 42 24 64 24 5E 24 40 1B 28 42 5E 1B 24 42 24 3F 24 6D 24 26 1B 28 42 20',
    expected: 'やまだ^たろう ',
    confirmedBy: 'pydicom',
  },
  {
    name: 'chrJapMultiExplicitIR6',
    charsets: ['ISO 2022 IR 6', 'ISO 2022 IR 87'],
    vr: 'PN',
    hex: '1B 24 42 24 64 24 5E 24 40 1B 28 42 5E 1B 24 42 24 3F 24 6D 24 26 1B 28 42 20',
    expected: 'やまだ^たろう ',
    confirmedBy: 'pydicom',
  },
  {
    name: 'chrKoreanMulti',
    charsets: ['', 'ISO 2022 IR 149'],
    vr: 'PN',
    hex: '1B 24 29 43 B1 E8 C8 F1 C1 DF 1B 28 42 20',
    expected: '김희중 ',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'escape ISO 2022 IR 13',
    charsets: ['', 'ISO 2022 IR 13'],
    vr: 'PN',
    hex: '1B 29 49 D4 CF C0 DE 5E 1B 29 49 C0 DB B3',
    expected: 'ﾔﾏﾀﾞ^ﾀﾛｳ',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'escape ISO 2022 IR 100',
    charsets: ['', 'ISO 2022 IR 100'],
    vr: 'PN',
    hex: '1B 2D 41 42 75 63 5E 1B 2D 41 4A E9 72 F4 6D 65',
    expected: 'Buc^Jérôme',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'escape ISO 2022 IR 101',
    charsets: ['', 'ISO 2022 IR 101'],
    vr: 'PN',
    hex: '1B 2D 42 57 61 B3 EA 73 61',
    expected: 'Wałęsa',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'escape ISO 2022 IR 109',
    charsets: ['', 'ISO 2022 IR 109'],
    vr: 'PN',
    hex: '1B 2D 43 61 6E 74 61 FD 6E 6F 6D 6F',
    expected: 'antaŭnomo',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'escape ISO 2022 IR 110',
    charsets: ['', 'ISO 2022 IR 110'],
    vr: 'PN',
    hex: '1B 2D 44 76 E0 72 64 73',
    expected: 'vārds',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'escape ISO 2022 IR 127',
    charsets: ['', 'ISO 2022 IR 127'],
    vr: 'PN',
    hex: '1B 2D 47 E2 C8 C7 E6 EA 5E 1B 2D 47 E4 E6 D2 C7 D1',
    expected: 'قباني^لنزار',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'escape ISO 2022 IR 126',
    charsets: ['', 'ISO 2022 IR 126'],
    vr: 'PN',
    hex: '1B 2D 46 C4 E9 EF ED F5 F3 E9 EF F2',
    expected: 'Διονυσιος',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'escape ISO 2022 IR 138',
    charsets: ['', 'ISO 2022 IR 138'],
    vr: 'PN',
    hex: '1B 2D 48 F9 F8 E5 EF 5E 1B 2D 48 E3 E1 E5 F8 E4',
    expected: 'שרון^דבורה',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'escape ISO 2022 IR 144',
    charsets: ['', 'ISO 2022 IR 144'],
    vr: 'PN',
    hex: '1B 2D 4C BB EE DA 63 65 DC D1 79 70 D3',
    expected: 'Люкceмбypг',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'escape ISO 2022 IR 148',
    charsets: ['', 'ISO 2022 IR 148'],
    vr: 'PN',
    hex: '1B 2D 4D C7 61 76 75 FE 6F F0 6C 75',
    expected: 'Çavuşoğlu',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'escape ISO 2022 IR 166',
    charsets: ['', 'ISO 2022 IR 166'],
    vr: 'PN',
    hex: '1B 2D 54 B9 D2 C1 CA A1 D8 C5',
    expected: 'นามสกุล',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'ISO_IR 101',
    charsets: ['ISO_IR 101'],
    vr: 'LO',
    hex: '57 61 B3 EA 73 61',
    expected: 'Wałęsa',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'ISO_IR 109',
    charsets: ['ISO_IR 109'],
    vr: 'LO',
    hex: '61 6E 74 61 FD 6E 6F 6D 6F',
    expected: 'antaŭnomo',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'ISO_IR 110',
    charsets: ['ISO_IR 110'],
    vr: 'LO',
    hex: '76 E0 72 64 73',
    expected: 'vārds',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'ISO_IR 148',
    charsets: ['ISO_IR 148'],
    vr: 'LO',
    hex: 'C7 61 76 75 FE 6F F0 6C 75',
    expected: 'Çavuşoğlu',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'ISO_IR 166',
    charsets: ['ISO_IR 166'],
    vr: 'LO',
    hex: 'B9 D2 C1 CA A1 D8 C5',
    expected: 'นามสกุล',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'ISO_IR 13',
    charsets: ['ISO_IR 13'],
    vr: 'PN',
    hex: 'D4 CF C0 DE 5E C0 DB B3',
    expected: 'ﾔﾏﾀﾞ^ﾀﾛｳ',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'JIS X 0212',
    charsets: ['ISO 2022 IR 6', 'ISO 2022 IR 87', 'ISO 2022 IR 159'],
    vr: 'PN',
    hex: '4D 6F 72 69 5E 4F 67 61 69 3D 1B 24 42 3F 39 1B 28 42 5E 1B 24 28 44 6C 3F 1B 24 42 33 30 1B 28 42 3D 1B 24 42 24 62 24 6A 1B 28 42 5E 1B 24 42 24 2A 24 26 24 2C 24 24 1B 28 42',
    expected: 'Mori^Ogai=森^鷗外=もり^おうがい',
    confirmedBy: 'pydicom',
  },
  {
    name: 'multi-valued LO',
    charsets: ['ISO 2022 IR 100', 'ISO 2022 IR 126', 'ISO 2022 IR 144'],
    vr: 'LO',
    hex: '42 75 63 5E 4A E9 72 F4 6D 65 5C 1B 2D 46 C4 E9 EF ED F5 F3 E9 EF F2 5C 1B 2D 4C BB EE DA 63 65 DC D1 79 70 D3',
    expected: 'Buc^Jérôme\\Διονυσιος\\Люкceмбypг',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'multi-valued PN',
    charsets: ['ISO_IR 100'],
    vr: 'PN',
    hex: '42 75 63 5E 4A E9 72 F4 6D 65 5C C4 6E 65 61 73 5E 52 FC 64 69 67 65 72',
    expected: 'Buc^Jérôme\\Äneas^Rüdiger',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'LO backslash reset',
    charsets: ['', 'ISO 2022 IR 144'],
    vr: 'LO',
    hex: '1B 2D 4C BB 5C BB',
    expected: 'Л\\»',
    confirmedBy: 'pydicom',
  },
  {
    name: 'LT backslash kept',
    charsets: ['', 'ISO 2022 IR 144'],
    vr: 'LT',
    hex: '1B 2D 4C BB 5C BB',
    expected: 'Л\\Л',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'LT CR LF reset',
    charsets: ['', 'ISO 2022 IR 144'],
    vr: 'LT',
    hex: '1B 2D 4C BB 0D 0A BB',
    expected: 'Л\r\n»',
    confirmedBy: 'pydicom',
  },
  {
    name: 'ST',
    charsets: ['', 'ISO 2022 IR 126'],
    vr: 'ST',
    hex: '53 74 72 65 65 74 20 1B 2D 46 C4 E9 EF',
    expected: 'Street Διο',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'UT',
    charsets: ['ISO_IR 192'],
    vr: 'UT',
    hex: 'C3 9C 6E C3 AF 63 C3 B6 64 C3 A9 20 E2 9C 93 20 F0 9D 84 9E',
    expected: 'Ünïcödé ✓ 𝄞',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'UC',
    charsets: ['ISO_IR 144'],
    vr: 'UC',
    hex: 'BB EE DA',
    expected: 'Люк',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'SH',
    charsets: ['ISO_IR 126'],
    vr: 'SH',
    hex: 'C4 E9 EF',
    expected: 'Διο',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'ISO_IR 100 C1',
    charsets: ['ISO_IR 100'],
    vr: 'LO',
    hex: '41 80 85 9F A0 FF',
    expected: 'A\u0080\u0085\u009f\u00a0ÿ',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'default repertoire high bytes',
    charsets: [''],
    vr: 'LO',
    hex: '4A E9 72 F4 6D 65',
    expected: 'Jérôme',
    confirmedBy: 'pydicom',
  },
  {
    name: 'CS is default repertoire',
    charsets: ['ISO_IR 192'],
    vr: 'CS',
    hex: '41 42 43 C3 A9',
    expected: 'ABCÃ©',
    confirmedBy: 'pydicom',
  },
  {
    name: 'UTF-8 invalid',
    charsets: ['ISO_IR 192'],
    vr: 'LO',
    hex: '61 FF 62 E4 B8 63 E4 B8',
    expected: 'a\ufffdb\ufffdc\ufffd',
    confirmedBy: 'pydicom, dcmtk',
  },
  {
    name: 'GB18030 invalid',
    charsets: ['GB18030'],
    vr: 'LO',
    hex: '61 FF 62 81',
    expected: 'a\ufffdb\ufffd',
    confirmedBy: 'pydicom, dcmtk',
  },
];

describe('charset', () => {
  describe('parseSpecificCharacterSet', () => {
    it('keeps an empty value 1 for the default repertoire', () => {
      assert.deepEqual(parseSpecificCharacterSet('\\ISO 2022 IR 87'), ['', 'ISO 2022 IR 87']);
    });
    it('trims spaces and padding', () => {
      assert.deepEqual(parseSpecificCharacterSet(' ISO 2022 IR 13 \\ISO 2022 IR 87 '), [
        'ISO 2022 IR 13',
        'ISO 2022 IR 87',
      ]);
      assert.deepEqual(parseSpecificCharacterSet('ISO_IR 100\0'), ['ISO_IR 100']);
    });
    it('gives the default repertoire for an empty value', () => {
      assert.deepEqual(parseSpecificCharacterSet(''), ['']);
      assert.deepEqual(parseSpecificCharacterSet('  '), ['']);
    });
    it('keeps every value', () => {
      assert.deepEqual(parseSpecificCharacterSet('ISO 2022 IR 6\\ISO 2022 IR 87\\ISO 2022 IR 159'), [
        'ISO 2022 IR 6',
        'ISO 2022 IR 87',
        'ISO 2022 IR 159',
      ]);
    });
  });

  describe('decodeText: examples', () => {
    for (const c of CASES) {
      it(`${c.name} (${c.charsets.join('\\') || 'default'}, ${c.vr})`, () => {
        assert.equal(decodeText(hex(c.hex), c.charsets, c.vr), c.expected);
      });
    }
  });

  describe('decodeText: single-byte sets', () => {
    // Labels whose WHATWG decoders agree with the ISO 8859 parts on A0-FF (windows-1254 and windows-874 are
    // supersets of ISO 8859-9 and TIS 620 there).
    const labels: Record<string, string> = {
      '101': 'iso-8859-2',
      '109': 'iso-8859-3',
      '110': 'iso-8859-4',
      '144': 'iso-8859-5',
      '127': 'iso-8859-6',
      '126': 'iso-8859-7',
      '138': 'iso-8859-8',
      '148': 'windows-1254',
      '203': 'iso-8859-15',
      '166': 'windows-874',
    };
    for (const [ir, label] of Object.entries(labels)) {
      it(`ISO_IR ${ir} agrees with the WHATWG ${label} decoder on every assigned byte`, () => {
        const table = SINGLE_BYTE_UPPER_HALVES[ir];
        assert.equal(table.length, 96);
        const whatwg = new TextDecoder(label);
        const bytes = Uint8Array.from({ length: 96 }, (_, i) => 0xa0 + i);
        const decoded = decodeText(bytes, [`ISO_IR ${ir}`], 'LO');
        assert.equal(decoded, table);
        for (let i = 0; i < 96; i++) {
          if (table[i] === '\ufffd') continue;
          assert.equal(table[i], whatwg.decode(bytes.subarray(i, i + 1)), `byte ${(0xa0 + i).toString(16)}`);
        }
      });
    }

    it('ISO_IR 100 is ISO 8859-1, not windows-1252: 80-9F are C1 controls', () => {
      // Every byte but ESC, which would start an escape sequence.
      const bytes = Uint8Array.from({ length: 256 }, (_, b) => b).filter((b) => b !== 0x1b);
      const decoded = decodeText(bytes, ['ISO_IR 100'], 'LT');
      assert.equal(decoded, String.fromCharCode(...bytes));
    });

    it('C1 controls are kept in the other sets too', () => {
      assert.equal(decodeText(hex('80 9F BB'), ['ISO_IR 144'], 'LO'), '\u0080\u009fЛ');
    });

    it('ISO_IR 203 is Latin-9 (Python iso8859_15 confirmed; pydicom 2.3.1 and dcmtk 3.6.7 lack it)', () => {
      assert.equal(
        decodeText(latin1('\xa4 \xa6\xa8\xb4\xb8\xbc\xbd\xbe caf\xe9'), ['ISO_IR 203'], 'LO'),
        '€ ŠšŽžŒœŸ café',
      );
      assert.equal(decodeText(latin1('Prix \x1b-b\xa4 5'), ['', 'ISO 2022 IR 203'], 'LO'), 'Prix € 5');
    });

    it('unassigned bytes are U+FFFD', () => {
      assert.equal(decodeText(hex('A5 AE'), ['ISO_IR 109'], 'LO'), '\ufffd\ufffd');
      assert.equal(decodeText(hex('A0 DB FF'), ['ISO_IR 166'], 'LO'), '\ufffd\ufffd\ufffd');
      assert.equal(decodeText(hex('A1 FB'), ['ISO_IR 138'], 'LO'), '\ufffd\ufffd');
    });

    it('JIS X 0201: half-width katakana in G1, 5C stays the backslash delimiter', () => {
      assert.equal(decodeText(hex('B1 5C B2 7E'), ['ISO_IR 13'], 'LO'), 'ｱ\\ｲ~');
      assert.equal(decodeText(hex('A1 DF E0 A0'), ['ISO_IR 13'], 'LO'), '｡ﾟ\ufffd\ufffd');
    });

    it('decodes long values (table and ISO 2022 paths)', () => {
      const cyrillic = Uint8Array.from({ length: 10000 }, (_, i) => 0xb0 + (i % 64));
      const expected = Array.from(cyrillic, (b) => String.fromCharCode(0x0410 + b - 0xb0)).join('');
      assert.equal(decodeText(cyrillic, ['ISO_IR 144'], 'UT'), expected);
      const escaped = new Uint8Array(cyrillic.length + 3);
      escaped.set(latin1('\x1b-L'));
      escaped.set(cyrillic, 3);
      assert.equal(decodeText(escaped, ['', 'ISO 2022 IR 144'], 'UT'), expected);
    });
  });

  describe('decodeText: multi-byte sets', () => {
    it('maps the JIS X 0208 code points where WHATWG follows Microsoft as JIS does (pydicom confirmed)', () => {
      // WAVE DASH, DOUBLE VERTICAL LINE, MINUS SIGN, CENT, POUND, NOT
      const bytes = latin1('\x1b$B!A!B!]!q!r"L\x1b(B');
      assert.equal(decodeText(bytes, ['', 'ISO 2022 IR 87'], 'LO'), '\u301c\u2016\u2212\u00a2\u00a3\u00ac');
    });
    it('maps JIS X 0212 0x2237 to TILDE (pydicom confirmed)', () => {
      assert.equal(decodeText(latin1('\x1b$(D"7\x1b(B'), ['', 'ISO 2022 IR 159'], 'LO'), '~');
    });
    it('maps GB 2312 0xA1A4 and 0xA1AA as GB 2312 does (pydicom confirmed)', () => {
      assert.equal(
        decodeText(latin1('\x1b$)A\xa1\xa4\xa1\xaa'), ['', 'ISO 2022 IR 58'], 'LO'),
        '\u30fb\u2015',
      );
    });
    it('knows the euro and registered signs of KS X 1001:1998', () => {
      assert.equal(decodeText(latin1('\x1b$)C\xa2\xe6\xa2\xe7'), ['', 'ISO 2022 IR 149'], 'LO'), '€®');
    });
    it('keeps G1 katakana while G0 switches between kanji and Roman (ISO 2022)', () => {
      const bytes = latin1('\xb1\x1b$B;3\x1b(J\xb2');
      assert.equal(decodeText(bytes, ['ISO 2022 IR 13', 'ISO 2022 IR 87'], 'LO'), 'ｱ山ｲ');
    });
    it('ESC ( J brings in the katakana when no G1 set is active (as dcmtk and pydicom read it)', () => {
      const bytes = latin1('Japanese\r\x1b(J\xd4\xcf\xc0\xde\nText');
      assert.equal(decodeText(bytes, ['', 'ISO 2022 IR 13'], 'LT'), 'Japanese\rﾔﾏﾀﾞ\nText');
    });
    it('a backslash byte inside a kanji pair is not a delimiter', () => {
      // 0x3C5C is a JIS X 0208 kanji whose second byte is the backslash.
      const bytes = latin1('\x1b$B<\\\x1b(B\\a');
      const decoded = decodeText(bytes, ['', 'ISO 2022 IR 87'], 'LO');
      assert.equal(decoded.split('\\').length, 2);
      assert.equal(decoded.split('\\')[1], 'a');
    });
    it('accepts a multi-byte set with code extensions as value 1', () => {
      // G1 sets are active from the start, as pydicom reads them (EUC-KR without escapes)
      assert.equal(decodeText(hex('B1 E6 B5 BF'), ['ISO 2022 IR 149'], 'LO'), '길동');
      assert.equal(decodeText(latin1('\x1b$B;3ED\x1b(B'), ['ISO 2022 IR 87'], 'LO'), '山田');
    });
    it('keeps a UTF-8 byte order mark (ISO_IR 192)', () => {
      assert.equal(decodeText(hex('EF BB BF 41'), ['ISO_IR 192'], 'LO'), '\ufeffA');
    });
    it('ignores terms after a stand-alone multi-byte set, and stand-alone sets as later terms', () => {
      assert.equal(decodeText(hex('E7 8E 8B'), ['ISO_IR 192', 'ISO 2022 IR 87'], 'LO'), '王');
      assert.equal(decodeText(hex('E9'), ['', 'ISO_IR 192'], 'LO'), 'é');
    });
  });

  describe('decodeText: delimiters', () => {
    const cyrillic = ['', 'ISO 2022 IR 144'];
    const bytes = (between: string) => latin1(`\x1b-L\xbb${between}\xbb`);
    it('PN: ^ and = reset to the initial sets', () => {
      assert.equal(decodeText(bytes('^'), cyrillic, 'PN'), 'Л^»');
      assert.equal(decodeText(bytes('='), cyrillic, 'PN'), 'Л=»');
      assert.equal(decodeText(bytes('\\'), cyrillic, 'PN'), 'Л\\»');
    });
    it('LO, SH, UC: \\ resets, ^ and = do not', () => {
      for (const vr of ['LO', 'SH', 'UC']) {
        assert.equal(decodeText(bytes('\\'), cyrillic, vr), 'Л\\»');
        assert.equal(decodeText(bytes('^'), cyrillic, vr), 'Л^Л');
        assert.equal(decodeText(bytes('='), cyrillic, vr), 'Л=Л');
      }
    });
    it('ST, LT, UT: CR, LF, FF and TAB reset, \\ does not', () => {
      for (const vr of ['ST', 'LT', 'UT']) {
        for (const control of ['\r', '\n', '\f', '\t']) {
          assert.equal(decodeText(bytes(control), cyrillic, vr), `Л${control}»`);
        }
        assert.equal(decodeText(bytes('\\'), cyrillic, vr), 'Л\\Л');
      }
    });
  });

  describe('decodeText: default repertoire and lenience', () => {
    it('VRs outside SH, LO, ST, LT, PN, UC, UT use the default repertoire (pydicom confirmed)', () => {
      for (const vr of ['AE', 'AS', 'CS', 'DA', 'DS', 'DT', 'IS', 'TM', 'UI', 'UR']) {
        assert.equal(decodeText(hex('41 C3 A9'), ['ISO_IR 192'], vr), 'AÃ©');
        assert.equal(decodeText(hex('41 BB'), ['ISO_IR 144'], vr), 'A»');
      }
    });
    it('an unknown term falls back to the default repertoire', () => {
      assert.equal(decodeText(hex('4A E9'), ['ISO_IR 999'], 'LO'), 'Jé');
      assert.equal(decodeText(hex('4A E9'), ['NONSENSE'], 'PN'), 'Jé');
      assert.equal(decodeText(hex('4A E9'), [], 'PN'), 'Jé');
    });
    it('reads common misspellings of defined terms', () => {
      for (const term of ['ISO IR 144', 'ISO-IR 144', 'iso_ir 144', 'ISO_IR144', 'ISO_2022_IR_144']) {
        assert.equal(decodeText(hex('BB'), [term], 'LO'), 'Л', term);
      }
      assert.equal(decodeText(hex('E7 8E 8B'), ['UTF-8'], 'LO'), '王');
    });
    it('ASCII decodes as is, with every charset', () => {
      const ascii = latin1('DOE^JOHN \\ 123');
      for (const term of ['', 'ISO_IR 100', 'ISO_IR 192', 'GB18030', 'ISO 2022 IR 87', 'ISO_IR 13']) {
        assert.equal(decodeText(ascii, [term], 'PN'), 'DOE^JOHN \\ 123');
      }
    });
  });

  describe('decodeText: invalid input', () => {
    it('an unknown escape sequence becomes one U+FFFD', () => {
      assert.equal(decodeText(latin1('a\x1b%Gb'), ['', 'ISO 2022 IR 87'], 'LO'), 'a\ufffdb');
    });
    it('a truncated escape sequence at the end becomes U+FFFD', () => {
      assert.equal(decodeText(latin1('ab\x1b$'), ['', 'ISO 2022 IR 87'], 'LO'), 'ab\ufffd');
      assert.equal(decodeText(latin1('ab\x1b'), ['', 'ISO 2022 IR 87'], 'LO'), 'ab\ufffd');
    });
    it('half a double-byte character becomes U+FFFD', () => {
      assert.equal(decodeText(latin1('\x1b$B;3E'), ['', 'ISO 2022 IR 87'], 'LO'), '山\ufffd');
      assert.equal(decodeText(latin1('\x1b$)C\xb1Az'), ['', 'ISO 2022 IR 149'], 'LO'), '\ufffdAz');
      assert.equal(decodeText(latin1('\x1b$)C\xb1'), ['', 'ISO 2022 IR 149'], 'LO'), '\ufffd');
      assert.equal(decodeText(latin1('\x1b$)A\x80\xff'), ['', 'ISO 2022 IR 58'], 'LO'), '\ufffd\ufffd');
    });
    it('an unassigned JIS X 0208 code point becomes U+FFFD', () => {
      assert.equal(decodeText(latin1('\x1b$B"/\x1b(B'), ['', 'ISO 2022 IR 87'], 'LO'), '\ufffd');
    });
    it('never throws, whatever the bytes', () => {
      const terms = [
        '',
        'ISO_IR 100',
        'ISO_IR 13',
        'ISO_IR 166',
        'ISO_IR 192',
        'GB18030',
        'GBK',
        'ISO 2022 IR 87',
        'ISO 2022 IR 159',
        'ISO 2022 IR 149',
        'ISO 2022 IR 58',
        'bogus',
      ];
      let seed = 12345;
      const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
      for (let n = 0; n < 300; n++) {
        // Biased towards ESC and the bytes of escape sequences.
        const bytes = Uint8Array.from({ length: Math.floor(random() * 40) }, () =>
          random() < 0.2
            ? [0x1b, 0x24, 0x28, 0x29, 0x2d, 0x42, 0x5c][Math.floor(random() * 7)]
            : random() * 256,
        );
        for (const vr of ['PN', 'LO', 'LT', 'CS']) {
          const charsets = [terms[n % terms.length], terms[(n * 7) % terms.length]];
          assert.equal(typeof decodeText(bytes, charsets, vr), 'string');
        }
      }
    });
  });
});
