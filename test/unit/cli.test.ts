// The CLI's contract: commands, output formats and exit codes, run in-process with captured output.

import * as assert from 'node:assert/strict';
import { EXIT, runCli } from '../../src/cli/main';
import { ByteWriter, EXPLICIT_LE, part10 } from './helpers/dicomWriter';

async function run(args: string[], files: Record<string, Uint8Array>) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (name) => {
      const bytes = files[name];
      if (!bytes) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return bytes;
    },
    stdoutBytes: () => assert.fail('no binary output expected'),
    writeFile: () => assert.fail('no file output expected'),
  });
  return { code, stdout, stderr };
}

const body = new ByteWriter(EXPLICIT_LE)
  .text(0x0008, 0x0016, 'UI', '1.2.840.10008.5.1.4.1.1.2')
  .text(0x0008, 0x0060, 'CS', 'CT')
  .text(0x0010, 0x0010, 'PN', 'Doe^Jane')
  .us(0x0028, 0x0002, 1)
  .text(0x0028, 0x0004, 'CS', 'MONOCHROME2')
  .us(0x0028, 0x0010, 2)
  .us(0x0028, 0x0011, 3)
  .us(0x0028, 0x0100, 16)
  .us(0x0028, 0x0101, 12)
  .us(0x0028, 0x0103, 0)
  .header(0x7fe0, 0x0010, 'OW', 12)
  .raw(new Uint8Array(12))
  .bytes();
const good = part10('1.2.840.10008.1.2.1', body);
const damaged = good.subarray(0, good.length - 6);
const files = {
  'good.dcm': good,
  'damaged.dcm': damaged,
  'text.txt': new TextEncoder().encode('hello world, no dicom'),
};

describe('cli', () => {
  it('prints help with exit 0', async () => {
    const { code, stdout } = await run(['--help'], files);
    assert.equal(code, EXIT.ok);
    assert.match(stdout, /dicom-inspect dump FILE/);
  });

  it('rejects wrong usage with exit 2 and one line', async () => {
    for (const args of [[], ['frobnicate', 'good.dcm'], ['dump'], ['dump', 'good.dcm', '--bogus']]) {
      const { code, stderr } = await run(args, files);
      assert.equal(code, EXIT.usage, args.join(' '));
      assert.match(stderr.split('\n')[0], /^dicom-inspect: /);
    }
  });

  it('exits 3 with a one-line message for a missing file', async () => {
    const { code, stdout, stderr } = await run(['dump', 'nope.dcm'], files);
    assert.equal(code, EXIT.unreadable);
    assert.equal(stdout, '');
    assert.equal(stderr, 'dicom-inspect: cannot read nope.dcm: no such file\n');
  });

  it('dumps every element with offset, tag, VR, length, name and value', async () => {
    const { code, stdout } = await run(['dump', 'good.dcm'], files);
    assert.equal(code, EXIT.ok);
    const line = stdout.split('\n').find((l) => l.includes('(0010,0010)'));
    assert.ok(line);
    assert.match(
      line,
      /^\s+\d+\s+\(0010,0010\) PN\s+8\s+Patient's Name \[Doe\^Jane\] \(Alphabetic — family: Doe, given: Jane\)$/,
    );
    assert.match(
      stdout,
      /\(0008,0016\) UI\s+26\s+SOP Class UID \[1\.2\.840\.10008\.5\.1\.4\.1\.1\.2\] \(CT Image Storage\)/,
    );
    const keywords = (await run(['dump', 'good.dcm', '--keywords'], files)).stdout;
    assert.match(keywords, /\(0010,0010\) PN\s+8\s+PatientName \[Doe\^Jane\]/);
  });

  it('prints the info object', async () => {
    const { code, stdout } = await run(['info', 'good.dcm', '--json'], files);
    assert.equal(code, EXIT.ok);
    assert.deepEqual(JSON.parse(stdout), {
      transferSyntaxUID: '1.2.840.10008.1.2.1',
      transferSyntaxName: 'Explicit VR Little Endian',
      sopClassUID: '1.2.840.10008.5.1.4.1.1.2',
      sopClassName: 'CT Image Storage',
      modality: 'CT',
      rows: 2,
      columns: 3,
      numberOfFrames: 1,
      samplesPerPixel: 1,
      photometricInterpretation: 'MONOCHROME2',
      bitsAllocated: 16,
      bitsStored: 12,
      pixelRepresentation: 0,
      fileSize: good.length,
      errors: [],
      image: {
        photometricInterpretation: 'MONOCHROME2',
        rows: 2,
        columns: 3,
        samplesPerPixel: 1,
        bitsAllocated: 16,
        numberOfFrames: 1,
        transferSyntax: { uid: '1.2.840.10008.1.2.1', name: 'Explicit VR Little Endian', supported: true },
        frames: [{ index: 0, min: 0, max: 0 }],
      },
    });
  });

  it('writes DICOM JSON, inline binary within the limit and a BulkDataURI beyond it', async () => {
    const inline = JSON.parse((await run(['json', 'good.dcm'], files)).stdout);
    assert.deepEqual(inline['00100010'], { vr: 'PN', Value: [{ Alphabetic: 'Doe^Jane' }] });
    assert.deepEqual(inline['7FE00010'], { vr: 'OW', InlineBinary: 'AAAAAAAAAAAAAAAA' });
    assert.equal(inline['00020010'], undefined);
    const described = JSON.parse(
      (await run(['json', 'good.dcm', '--inline-limit', '4', '--meta'], files)).stdout,
    );
    assert.match(described['7FE00010'].BulkDataURI, /^good\.dcm#offset=\d+&length=12$/);
    assert.deepEqual(described['00020010'], { vr: 'UI', Value: ['1.2.840.10008.1.2.1'] });
  });

  it('prints the partial output of a damaged file, then the error, and exits 1', async () => {
    const { code, stdout, stderr } = await run(['dump', 'damaged.dcm'], files);
    assert.equal(code, EXIT.damaged);
    assert.match(stdout, /\(0028,0103\)/);
    assert.match(stdout, /# error at offset \d+: Value length 12 of \(7FE0,0010\)/);
    assert.match(stderr, /^dicom-inspect: damaged\.dcm: error at offset \d+: Value length 12/);
    assert.equal((await run(['info', 'damaged.dcm', '--json'], files)).code, EXIT.damaged);
  });

  it('says a non-DICOM file is not DICOM and exits 1', async () => {
    const { code, stderr } = await run(['info', 'text.txt'], files);
    assert.equal(code, EXIT.damaged);
    assert.match(stderr, /Not a DICOM file/);
  });
});
