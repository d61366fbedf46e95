// Parser behaviour on byte layouts built by hand: exact offsets, every encoding, and every kind of damage.

import * as assert from 'node:assert/strict';
import { UNDEFINED_LENGTH } from '../../src/dicom/model';
import { parseDicom } from '../../src/dicom/parser';
import { makeTag } from '../../src/dicom/tags';
import { readValue, rootContexts } from '../../src/dicom/values';
import { ByteWriter, EXPLICIT_BE, EXPLICIT_LE, IMPLICIT_LE, part10, UNDEFINED } from './helpers/dicomWriter';

const EXPLICIT_LE_UID = '1.2.840.10008.1.2.1';
const IMPLICIT_LE_UID = '1.2.840.10008.1.2';
const EXPLICIT_BE_UID = '1.2.840.10008.1.2.2';

function errorsOf(bytes: Uint8Array) {
  return parseDicom(bytes).errors.filter((e) => e.severity === 'error');
}

describe('parser: encodings', () => {
  it('reads the meta group and an explicit VR little endian data set with offsets', () => {
    const body = new ByteWriter(EXPLICIT_LE).text(0x0008, 0x0060, 'CS', 'CT').us(0x0028, 0x0010, 512).bytes();
    const bytes = part10(EXPLICIT_LE_UID, body);
    const file = parseDicom(bytes);
    assert.equal(file.hasPreamble, true);
    assert.deepEqual(file.errors, []);
    assert.equal(file.meta[0].tag, makeTag(0x0002, 0x0000));
    assert.equal(file.meta[0].offset, 132);
    assert.equal(file.meta.length, 5);
    const bodyStart = bytes.length - body.length;
    assert.equal(file.dataset[0].offset, bodyStart);
    assert.equal(file.dataset[0].valueOffset, bodyStart + 8);
    assert.equal(file.dataset[1].offset, bodyStart + 10);
    const contexts = rootContexts(file);
    assert.deepEqual(readValue(file.dataset[1], contexts.dataset), {
      kind: 'number',
      values: [512],
      total: 1,
    });
  });

  it('takes VRs from the dictionary in implicit VR and resolves US or SS from Pixel Representation', () => {
    const body = new ByteWriter(IMPLICIT_LE)
      .us(0x0028, 0x0103, 1) // Pixel Representation: signed
      .header(0x0028, 0x0106, '', 2)
      .u16(0xfff6) // Smallest Image Pixel Value = -10 as SS
      .bytes();
    const file = parseDicom(part10(IMPLICIT_LE_UID, body));
    assert.deepEqual(file.errors, []);
    assert.equal(file.dataset[1].vr, 'SS');
    assert.equal(file.dataset[1].explicitVr, false);
    const value = readValue(file.dataset[1], rootContexts(file).dataset);
    assert.deepEqual(value, { kind: 'number', values: [-10], total: 1 });
  });

  it('reads explicit VR big endian', () => {
    const body = new ByteWriter(EXPLICIT_BE)
      .us(0x0028, 0x0010, 0x0102)
      .text(0x0010, 0x0010, 'PN', 'Doe^John')
      .bytes();
    const file = parseDicom(part10(EXPLICIT_BE_UID, body));
    assert.deepEqual(file.errors, []);
    assert.equal(file.dataset[0].tag, makeTag(0x0028, 0x0010));
    const value = readValue(file.dataset[0], rootContexts(file).dataset);
    assert.deepEqual(value, { kind: 'number', values: [0x0102], total: 1 });
  });

  it('reads a bare implicit VR data set with no preamble and warns', () => {
    const bytes = new ByteWriter(IMPLICIT_LE).text(0x0008, 0x0060, 'CS', 'MR').bytes();
    const file = parseDicom(bytes);
    assert.equal(file.hasPreamble, false);
    assert.equal(file.dataset.length, 1);
    assert.equal(file.dataset[0].vr, 'CS');
    assert.equal(file.errors.length, 1);
    assert.equal(file.errors[0].severity, 'warning');
    assert.match(file.errors[0].message, /No file meta group.*implicit VR little endian/);
  });

  it('rejects a file that is not DICOM with an error at offset 0', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    const file = parseDicom(png);
    assert.equal(file.dataset.length, 0);
    assert.equal(file.errors[0].severity, 'error');
    assert.equal(file.errors[0].offset, 0);
    assert.match(file.errors[0].message, /Not a DICOM file/);
    assert.match(parseDicom(new Uint8Array(0)).errors[0].message, /Empty file/);
  });
});

describe('parser: sequences', () => {
  function nested(encoding: typeof EXPLICIT_LE, undefinedLengths: boolean): Uint8Array {
    const inner = new ByteWriter(encoding).text(0x0008, 0x0100, 'SH', 'CODE').bytes();
    const w = new ByteWriter(encoding);
    if (undefinedLengths) {
      w.header(0x0008, 0x1140, 'SQ', UNDEFINED).item(UNDEFINED);
      w.header(0x0040, 0xa730, 'SQ', UNDEFINED).item(UNDEFINED).raw(inner).itemEnd().sequenceEnd();
      w.itemEnd().item(UNDEFINED).itemEnd().sequenceEnd();
    } else {
      const innerSeqLength = 8 + inner.length;
      const itemLength = (encoding.explicitVr ? 12 : 8) + innerSeqLength;
      w.header(0x0008, 0x1140, 'SQ', 8 + itemLength + 8).item(itemLength);
      w.header(0x0040, 0xa730, 'SQ', innerSeqLength).item(inner.length).raw(inner);
      w.item(0);
    }
    w.text(0x0010, 0x0010, 'PN', 'After^Sequence');
    return w.bytes();
  }

  for (const [label, encoding, uid] of [
    ['explicit', EXPLICIT_LE, EXPLICIT_LE_UID],
    ['implicit', IMPLICIT_LE, IMPLICIT_LE_UID],
  ] as const) {
    for (const undefinedLengths of [false, true]) {
      it(`nests items in ${label} VR with ${undefinedLengths ? 'undefined' : 'defined'} lengths`, () => {
        const file = parseDicom(part10(uid, nested(encoding, undefinedLengths)));
        assert.deepEqual(file.errors, []);
        const sequence = file.dataset[0];
        assert.equal(sequence.vr, 'SQ');
        assert.equal(sequence.length === UNDEFINED_LENGTH, undefinedLengths);
        assert.equal(sequence.items?.length, 2);
        assert.equal(sequence.items?.[1].elements.length, 0);
        const child = sequence.items?.[0].elements[0];
        assert.equal(child?.tag, makeTag(0x0040, 0xa730));
        assert.equal(child?.items?.[0].elements[0].tag, makeTag(0x0008, 0x0100));
        assert.equal(file.dataset[1].tag, makeTag(0x0010, 0x0010));
      });
    }
  }

  it('parses an explicit UN of undefined length as an implicit VR sequence', () => {
    const inner = new ByteWriter(IMPLICIT_LE).text(0x0008, 0x0100, '', 'X1').bytes();
    const body = new ByteWriter(EXPLICIT_LE)
      .header(0x0009, 0x0010, 'LO', 4)
      .ascii('ACME')
      .header(0x0009, 0x1001, 'UN', UNDEFINED)
      .item(UNDEFINED)
      .raw(inner)
      .itemEnd()
      .sequenceEnd()
      .bytes();
    const file = parseDicom(part10(EXPLICIT_LE_UID, body));
    assert.deepEqual(file.errors, []);
    const un = file.dataset[1];
    assert.equal(un.privateCreator, 'ACME');
    assert.equal(un.items?.[0].elements[0].vr, 'SH');
  });

  it('indexes encapsulated pixel data fragments', () => {
    const body = new ByteWriter(EXPLICIT_LE)
      .header(0x7fe0, 0x0010, 'OB', UNDEFINED)
      .item(4)
      .u32(0)
      .item(6)
      .raw([1, 2, 3, 4, 5, 6])
      .item(2)
      .raw([7, 8])
      .sequenceEnd()
      .bytes();
    const file = parseDicom(part10('1.2.840.10008.1.2.4.70', body));
    assert.deepEqual(file.errors, []);
    const fragments = file.dataset[0].fragments ?? [];
    assert.deepEqual(
      fragments.map((f) => f.length),
      [4, 6, 2],
    );
    assert.equal(fragments[1].valueOffset, fragments[1].offset + 8);
  });
});

describe('parser: damage', () => {
  const good = new ByteWriter(EXPLICIT_LE)
    .text(0x0008, 0x0060, 'CS', 'CT')
    .header(0x0008, 0x1140, 'SQ', UNDEFINED)
    .item(UNDEFINED)
    .text(0x0008, 0x1150, 'UI', '1.2.3')
    .text(0x0008, 0x1155, 'UI', '1.2.3.4.5')
    .itemEnd()
    .sequenceEnd()
    .text(0x0010, 0x0010, 'PN', 'Doe^Jane')
    .bytes();
  const whole = part10(EXPLICIT_LE_UID, good);
  const bodyStart = whole.length - good.length;

  it('keeps the items of a sequence cut short and points at the cut', () => {
    // Cut inside the second element of the item.
    const cut = bodyStart + 10 + 12 + 8 + 14 + 4;
    const file = parseDicom(whole.subarray(0, cut));
    const errors = file.errors.filter((e) => e.severity === 'error');
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /Truncated/);
    assert.equal(errors[0].offset, bodyStart + 10 + 12 + 8 + 14);
    const sequence = file.dataset[1];
    assert.equal(sequence.items?.length, 1);
    assert.equal(sequence.items?.[0].elements.length, 1, 'the complete element before the cut is kept');
  });

  it('reports a value length past the end of the file at the element offset', () => {
    const body = new ByteWriter(EXPLICIT_LE)
      .text(0x0008, 0x0060, 'CS', 'CT')
      .header(0x0010, 0x0010, 'PN', 200)
      .ascii('Doe')
      .bytes();
    const bytes = part10(EXPLICIT_LE_UID, body);
    const errors = errorsOf(bytes);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].offset, bytes.length - 8 - 3);
    assert.match(errors[0].message, /Value length 200 of \(0010,0010\).*runs past the end of the file/);
    // The element whose value is cut is still shown (with its declared length), after the one before it.
    assert.equal(parseDicom(bytes).dataset.length, 2);
  });

  it('reports a missing sequence delimiter', () => {
    const body = new ByteWriter(EXPLICIT_LE)
      .header(0x0008, 0x1140, 'SQ', UNDEFINED)
      .item(UNDEFINED)
      .itemEnd()
      .bytes();
    const errors = errorsOf(part10(EXPLICIT_LE_UID, body));
    assert.match(errors[0].message, /Missing sequence delimitation/);
  });

  it('reports a wrong tag where an item was expected', () => {
    const body = new ByteWriter(EXPLICIT_LE)
      .header(0x0008, 0x1140, 'SQ', 8)
      .tag(0x0008, 0x0060)
      .u32(0)
      .bytes();
    const bytes = part10(EXPLICIT_LE_UID, body);
    const errors = errorsOf(bytes);
    assert.match(errors[0].message, /Expected an item tag \(FFFE,E000\).*found \(0008,0060\)/);
    assert.equal(errors[0].offset, bytes.length - 8);
  });

  it('warns on odd lengths and reads on', () => {
    const body = new ByteWriter(EXPLICIT_LE)
      .header(0x0010, 0x0010, 'PN', 3)
      .ascii('Doe')
      .text(0x0010, 0x0020, 'LO', 'ID')
      .bytes();
    const file = parseDicom(part10(EXPLICIT_LE_UID, body));
    assert.equal(file.dataset.length, 2);
    assert.equal(file.errors.length, 1);
    assert.equal(file.errors[0].severity, 'warning');
    assert.match(file.errors[0].message, /Odd value length 3/);
  });

  it('reads an implicit element inside an explicit file, with a warning', () => {
    const body = new ByteWriter(EXPLICIT_LE)
      .tag(0x0010, 0x0010)
      .u32(4)
      .ascii('Doe ')
      .text(0x0010, 0x0020, 'LO', 'ID')
      .bytes();
    const file = parseDicom(part10(EXPLICIT_LE_UID, body));
    assert.equal(file.dataset.length, 2);
    assert.equal(file.dataset[0].vr, 'PN');
    assert.match(file.errors[0].message, /Invalid VR/);
  });

  it('stops sequences nested too deep', () => {
    const w = new ByteWriter(EXPLICIT_LE);
    for (let i = 0; i < 80; i++) w.header(0x0008, 0x1140, 'SQ', UNDEFINED).item(UNDEFINED);
    const errors = errorsOf(part10(EXPLICIT_LE_UID, w.bytes()));
    assert.match(errors[0].message, /nested deeper than 64/);
  });

  it('reports a damaged deflate stream without throwing', () => {
    const bytes = part10('1.2.840.10008.1.2.1.99', Uint8Array.from([0xff, 0xff, 0xff, 0x00, 0x12]));
    const file = parseDicom(bytes);
    assert.ok(file.errors.some((e) => e.severity === 'error'));
  });

  it('never throws on any truncation of a valid file', () => {
    for (let cut = 0; cut <= whole.length; cut++) {
      const file = parseDicom(whole.subarray(0, cut));
      if (cut === whole.length) assert.deepEqual(file.errors, []);
    }
  });
});
