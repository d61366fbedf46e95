// `dicom-inspect export` end to end through runCli, on an in-memory file system filled with fixtures (and once
// on the real one): inputs (files, folders, DICOMDIR, non-DICOM), every format decoded back or compared with the
// json/dump commands and dcm2json, layouts and patterns, failures with reasons and exit codes, no .partial
// file left behind, the progress line on a terminal only, usage errors.

import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decode as decodePng } from 'fast-png';
import { decode as decodeJpegJs } from 'jpeg-js';
import { nodeExportFs, type ExportFs } from '../../src/cli/exportFs';
import { EXIT, runCli } from '../../src/cli/main';
import { cornerTextsFor, drawCornerText, modalityRaster16, renderForExport } from '../../src/dicom/export';
import { parseDicom } from '../../src/dicom/parser';
import { decodeFrame, frameBitstream } from '../../src/dicom/pixels/decodeFrame';
import { readImageInfo } from '../../src/dicom/pixels/imageInfo';
import { fixtureBytes, REFERENCE } from './helpers/referencePixels';

/** A file system in memory, with a hook to make a write or a rename fail. */
class MemoryFs implements ExportFs {
  readonly files = new Map<string, Uint8Array>();
  readonly dirs = new Set<string>(['/']);
  failOn?: (operation: 'write' | 'rename', file: string) => string | undefined;

  add(file: string, bytes: Uint8Array): this {
    this.mkdirp(path.posix.dirname(file));
    this.files.set(file, bytes);
    return this;
  }
  fixture(file: string, relPath: string): this {
    return this.add(file, fixtureBytes(relPath));
  }
  readFile(file: string): Uint8Array {
    const bytes = this.files.get(file);
    if (!bytes) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return bytes;
  }
  kind(file: string): 'file' | 'directory' | undefined {
    return this.files.has(file) ? 'file' : this.dirs.has(file) ? 'directory' : undefined;
  }
  list(dir: string): string[] {
    const prefix = dir.endsWith('/') ? dir : dir + '/';
    const names = new Set<string>();
    for (const entry of [...this.files.keys(), ...this.dirs]) {
      if (entry.startsWith(prefix) && entry !== prefix) names.add(entry.slice(prefix.length).split('/')[0]);
    }
    return [...names];
  }
  mkdirp(dir: string): void {
    for (let at = dir; at !== '/' && at !== '.'; at = path.posix.dirname(at)) this.dirs.add(at);
  }
  writeFile(file: string, bytes: Uint8Array): void {
    const code = this.failOn?.('write', file);
    if (code) {
      this.files.set(file, bytes.subarray(0, bytes.length >> 1)); // half written, as a full disk leaves it
      throw Object.assign(new Error(code), { code });
    }
    this.files.set(file, bytes);
  }
  rename(from: string, to: string): void {
    const code = this.failOn?.('rename', to);
    if (code) throw Object.assign(new Error(code), { code });
    const bytes = this.readFile(from);
    this.files.delete(from);
    this.files.set(to, bytes);
  }
  remove(file: string): void {
    this.files.delete(file);
  }
  /** Files under a folder, relative to it, sorted. */
  under(dir: string): string[] {
    return [...this.files.keys()]
      .filter((file) => file.startsWith(dir + '/'))
      .map((file) => file.slice(dir.length + 1))
      .sort();
  }
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], fs: ExportFs, tty = false): Promise<Run> {
  const result: Run = { code: -1, stdout: '', stderr: '' };
  result.code = await runCli(args, {
    stdout: (text) => (result.stdout += text),
    stderr: (text) => (result.stderr += text),
    readFile: (file) => fs.readFile(file),
    stdoutBytes: () => assert.fail('no binary stdout expected'),
    writeFile: () => assert.fail('export writes through its ExportFs'),
    exportFs: fs,
    stderrIsTTY: tty,
  });
  return result;
}

async function loadFixture(relPath: string, index = 0) {
  const file = parseDicom(fixtureBytes(relPath));
  const info = readImageInfo(file)!;
  return { file, info, frame: await decodeFrame(file, info.format, index) };
}

const corpus = () =>
  new MemoryFs()
    .fixture('/in/a/ct.dcm', 'ts/explicit-le.dcm')
    .fixture('/in/a/b/mf.dcm', 'multiframe/explicit-le.dcm')
    .add('/in/a/notes.txt', new TextEncoder().encode('not DICOM, mentions DICM somewhere'))
    .fixture('/in/a/b/picture.png', 'damaged/not-dicom.png');

describe('cli export: inputs', () => {
  it('exports files found below a folder, recursively; non-DICOM files are skipped quietly', async () => {
    const fs = corpus();
    const { code, stdout, stderr } = await run(['export', '/in/a', '--out', '/out'], fs);
    assert.equal(code, EXIT.ok, stderr);
    assert.equal(stderr, '');
    const frames = Array.from({ length: 10 }, (_, k) => `mf-frame${k}.png`);
    assert.deepEqual(fs.under('/out'), ['ct-frame0.png', ...frames].sort());
    assert.equal(stdout, 'Wrote 11 files from 2 DICOM files into /out (skipped: 2 files not DICOM).\n');
    const { info, frame } = await loadFixture('multiframe/explicit-le.dcm', 7);
    const png = decodePng(fs.files.get('/out/mf-frame7.png')!);
    assert.deepEqual(Array.from(png.data), Array.from(renderForExport(frame, info).data));
  });

  it('a non-DICOM file named on the command line is a failure, the others are still written', async () => {
    const fs = corpus();
    const { code, stderr } = await run(
      ['export', '/in/a/notes.txt', '/in/a/ct.dcm', '/nowhere', '-o', '/out'],
      fs,
    );
    assert.equal(code, EXIT.damaged);
    assert.deepEqual(fs.under('/out'), ['ct-frame0.png']);
    assert.match(stderr, /^dicom-inspect: \/in\/a\/notes\.txt: not a DICOM file$/m);
    assert.match(stderr, /^dicom-inspect: \/nowhere: no such file or folder$/m);
    assert.match(stderr, /export: 2 failures\n$/);
  });

  it('an output folder inside the input folder is not read back', async () => {
    const fs = corpus();
    const args = ['export', '/in/a', '--format', 'dump', '--out', '/in/a/out'];
    assert.equal((await run(args, fs)).code, EXIT.ok);
    const again = await run(args, fs);
    assert.equal(again.code, EXIT.ok);
    assert.equal(
      again.stdout,
      'Wrote 2 files from 2 DICOM files into /in/a/out (skipped: 2 files not DICOM).\n',
    );
    assert.deepEqual(fs.under('/in/a/out'), ['ct.txt', 'mf.txt']);
  });

  it('a file named twice, or named and found in a folder, is exported once', async () => {
    const fs = corpus();
    const { code } = await run(
      ['export', '/in/a/ct.dcm', '/in/a', '/in/a/ct.dcm', '--out', '/out', '--frames', '0'],
      fs,
    );
    assert.equal(code, EXIT.ok);
    assert.deepEqual(fs.under('/out'), ['ct-frame0.png', 'mf-frame0.png']);
  });

  const dicomdir = () =>
    new MemoryFs()
      .fixture('/media/DICOMDIR', 'dicomdir/DICOMDIR')
      .fixture('/media/IMAGES/IM000001', 'dicomdir/IMAGES/IM000001')
      .fixture('/media/IMAGES/IM000002', 'dicomdir/IMAGES/IM000002');

  it('a DICOMDIR named stands for the files it references', async () => {
    const fs = dicomdir();
    const { code, stdout } = await run(
      ['export', '/media/DICOMDIR', '--out', '/out', '--format', 'jpeg'],
      fs,
    );
    assert.equal(code, EXIT.ok);
    assert.deepEqual(fs.under('/out'), ['IM000001-frame0.jpg', 'IM000002-frame0.jpg']);
    assert.equal(stdout, 'Wrote 2 files from 3 DICOM files into /out.\n');
  });

  it('a DICOMDIR found in a folder is skipped for images (its files are found anyway), exported for json', async () => {
    const fs = dicomdir();
    const images = await run(['export', '/media', '--out', '/out'], fs);
    assert.equal(images.code, EXIT.ok);
    assert.deepEqual(fs.under('/out'), ['IM000001-frame0.png', 'IM000002-frame0.png']);
    assert.match(images.stdout, /skipped: 1 DICOM file without pixel data/);
    const json = await run(['export', '/media', '--out', '/json', '--format', 'json'], fs);
    assert.equal(json.code, EXIT.ok);
    assert.deepEqual(fs.under('/json'), ['DICOMDIR.json', 'IM000001.json', 'IM000002.json']);
  });

  it('DICOMDIR references are matched without case; a missing one is a failure', async () => {
    const fs = new MemoryFs()
      .fixture('/m/DICOMDIR', 'dicomdir/DICOMDIR')
      .fixture('/m/images/im000001', 'dicomdir/IMAGES/IM000001');
    const { code, stderr } = await run(['export', '/m/DICOMDIR', '--out', '/out'], fs);
    assert.equal(code, EXIT.damaged);
    assert.deepEqual(fs.under('/out'), ['im000001-frame0.png']);
    assert.match(stderr, /\/m\/DICOMDIR: references a missing file: IMAGES\/IM000002\n/);
  });
});

describe('cli export: formats', () => {
  it('jpeg: JFIF files that decode (jpeg-js) close to the render (quality 90: mean ≤ 3 levels)', async () => {
    const fs = corpus();
    const { code } = await run(['export', '/in/a/ct.dcm', '--format', 'jpeg', '--out', '/out'], fs);
    assert.equal(code, EXIT.ok);
    const decoded = decodeJpegJs(fs.files.get('/out/ct-frame0.jpg')!, { useTArray: true });
    const { info, frame } = await loadFixture('ts/explicit-le.dcm');
    const expected = renderForExport(frame, info).data;
    let sum = 0;
    for (let i = 0; i < expected.length; i++) sum += Math.abs(decoded.data[i * 4] - expected[i]);
    assert.ok(sum / expected.length <= 3, `mean difference ${sum / expected.length}`);
  });

  it('png16: 16-bit modality values; --values stored', async () => {
    const fs = new MemoryFs().fixture('/in/ct.dcm', 'render/ct-rescale.dcm');
    assert.equal((await run(['export', '/in/ct.dcm', '--format', 'png16', '--out', '/m'], fs)).code, EXIT.ok);
    assert.equal(
      (await run(['export', '/in/ct.dcm', '--format', 'png16', '--values', 'stored', '--out', '/s'], fs))
        .code,
      EXIT.ok,
    );
    const { info, frame } = await loadFixture('render/ct-rescale.dcm');
    const modality = decodePng(fs.files.get('/m/ct-frame0.png')!);
    assert.equal(modality.depth, 16);
    assert.deepEqual(
      Array.from(modality.data),
      Array.from(modalityRaster16(frame, info, 'modality').raster.data),
    );
    const stored = decodePng(fs.files.get('/s/ct-frame0.png')!);
    assert.deepEqual(
      Array.from(stored.data),
      Array.from(modalityRaster16(frame, info, 'stored').raster.data),
    );
  });

  it('json and dump: exactly what the json and dump commands print', async () => {
    for (const relPath of ['ts/explicit-le.dcm', 'seq/explicit-undefined.dcm', 'charset/latin1-ir100.dcm']) {
      const name = path.basename(relPath);
      const fs = new MemoryFs().fixture(`/in/${name}`, relPath);
      assert.equal(
        (await run(['export', `/in/${name}`, '--format', 'json', '--out', '/j'], fs)).code,
        EXIT.ok,
      );
      assert.equal(
        (await run(['export', `/in/${name}`, '--format', 'dump', '--out', '/d'], fs)).code,
        EXIT.ok,
      );
      const stem = name.replace(/\.dcm$/, '');
      const json = new TextDecoder().decode(fs.files.get(`/j/${stem}.json`));
      const dump = new TextDecoder().decode(fs.files.get(`/d/${stem}.txt`));
      assert.equal(json, (await run(['json', `/in/${name}`], fs)).stdout, relPath);
      assert.equal(dump, (await run(['dump', `/in/${name}`], fs)).stdout, relPath);
    }
  });

  it('bitstream: each frame as its bytes in the file, named by the transfer syntax', async () => {
    const fs = new MemoryFs()
      .fixture('/in/rle.dcm', 'multiframe/rle.dcm')
      .fixture('/in/j2k.dcm', 'ts/j2k-lossless.dcm');
    const { code } = await run(['export', '/in', '--format', 'bitstream', '--out', '/b'], fs);
    assert.equal(code, EXIT.ok);
    const frames = Array.from({ length: 10 }, (_, k) => `rle-frame${k}.rle`);
    assert.deepEqual(fs.under('/b'), ['j2k-frame0.j2k', ...frames].sort());
    const file = parseDicom(fixtureBytes('multiframe/rle.dcm'));
    const info = readImageInfo(file)!;
    assert.deepEqual(fs.files.get('/b/rle-frame3.rle'), frameBitstream(file, info.format, 3));
    // A JPEG 2000 codestream starts with SOC (FF 4F).
    assert.deepEqual(Array.from(fs.files.get('/b/j2k-frame0.j2k')!.subarray(0, 2)), [0xff, 0x4f]);
  });

  it('bitstream: also for syntaxes that cannot be decoded; a video once, as one stream', async () => {
    const fs = new MemoryFs()
      .fixture('/in/xl.dcm', 'codec/unsupported/jpeg-xl-lossless.dcm')
      .fixture('/in/video.dcm', 'codec/unsupported/mpeg4-h264.dcm')
      .fixture('/in/unknown.dcm', 'codec/unsupported/unknown-syntax.dcm');
    const { code, stderr } = await run(['export', '/in', '--format', 'bitstream', '--out', '/b'], fs);
    assert.equal(code, EXIT.ok, stderr);
    assert.deepEqual(fs.under('/b'), [
      'unknown-frame0.bin',
      'unknown-frame1.bin',
      'video-frame0.mp4',
      'xl-frame0.jxl',
      'xl-frame1.jxl',
    ]);
    const video = parseDicom(fixtureBytes('codec/unsupported/mpeg4-h264.dcm'));
    const videoInfo = readImageInfo(video)!;
    assert.equal(videoInfo.format.numberOfFrames, 2);
    assert.deepEqual(fs.files.get('/b/video-frame0.mp4'), frameBitstream(video, videoInfo.format, 0));
    // The same files as images: failures that name the syntax.
    const images = await run(['export', '/in', '--out', '/i'], fs);
    assert.equal(images.code, EXIT.damaged);
    assert.match(images.stderr, /video\.dcm: MPEG-4 AVC\/H\.264 .* is video/);
    assert.match(images.stderr, /export: 3 failures/);
  });

  it('--frames N exports that frame only; past the last frame it is a failure for that file', async () => {
    const fs = corpus();
    const { code, stderr } = await run(['export', '/in/a', '--frames', '3', '--out', '/out'], fs);
    assert.equal(code, EXIT.damaged);
    assert.deepEqual(fs.under('/out'), ['mf-frame3.png']);
    assert.match(stderr, /ct\.dcm: frame 3 does not exist: the file has 1 frame \(frame 0\)/);
  });

  it('--window, --invert, --rotate, --flip and --corner-text reach the picture', async () => {
    const fs = corpus();
    const args = ['--window', '100,500', '--invert', '--rotate', '270', '--flip', 'hv', '--corner-text'];
    const { code } = await run(['export', '/in/a/b/mf.dcm', '--frames', '2', '--out', '/out', ...args], fs);
    assert.equal(code, EXIT.ok);
    const { file, info, frame } = await loadFixture('multiframe/explicit-le.dcm', 2);
    const render = {
      window: { center: 100, width: 500 },
      invert: true,
      rotation: 270 as const,
      flipHorizontal: true,
      flipVertical: true,
    };
    const expected = drawCornerText(
      renderForExport(frame, info, render),
      cornerTextsFor(file, info, frame, render),
    );
    assert.deepEqual(
      Array.from(decodePng(fs.files.get('/out/mf-frame2.png')!).data),
      Array.from(expected.data),
    );
  });

  it('a window is for grey images: colour ones are exported as they are', async () => {
    const fs = new MemoryFs().fixture('/in/rgb.dcm', 'ts/rgb-explicit-le.dcm');
    await run(['export', '/in/rgb.dcm', '--out', '/w', '--window', '10,20'], fs);
    await run(['export', '/in/rgb.dcm', '--out', '/n'], fs);
    assert.deepEqual(fs.files.get('/w/rgb-frame0.png'), fs.files.get('/n/rgb-frame0.png'));
    // The frame command does the same.
    const written: Uint8Array[] = [];
    for (const extra of [['--window', '10,20'], []]) {
      await runCli(['frame', '/in/rgb.dcm', '-o', 'x.png', ...extra], {
        stdout: () => undefined,
        stderr: () => undefined,
        readFile: (file) => fs.readFile(file),
        stdoutBytes: () => undefined,
        writeFile: (_, bytes) => written.push(bytes),
      });
    }
    assert.equal(written.length, 2);
    assert.deepEqual(written[0], written[1]);
    assert.deepEqual(written[0], fs.files.get('/n/rgb-frame0.png'));
  });
});

describe('cli export: layout and names', () => {
  it('--layout patient: Patient/Study/Series folders', async () => {
    const fs = new MemoryFs()
      .fixture('/in/IM000001', 'dicomdir/IMAGES/IM000001')
      .fixture('/in/IM000002', 'dicomdir/IMAGES/IM000002');
    const { code } = await run(
      ['export', '/in', '--layout', 'patient', '--format', 'jpeg', '--out', '/out'],
      fs,
    );
    assert.equal(code, EXIT.ok);
    const folder = 'DI-0001 Phantom Head/20240115 Fixture study/1 CT CT phantom 64x64';
    assert.deepEqual(fs.under('/out'), [`${folder}/IM000001-frame0.jpg`, `${folder}/IM000002-frame0.jpg`]);
  });

  it('--pattern names files; names used twice get (2), (3)', async () => {
    const fs = new MemoryFs()
      .fixture('/in/IM000001', 'dicomdir/IMAGES/IM000001')
      .fixture('/in/IM000002', 'dicomdir/IMAGES/IM000002')
      .fixture('/in/x/IM000001', 'dicomdir/IMAGES/IM000001');
    const { code } = await run(['export', '/in', '--pattern', '{modality}_{patientId}', '--out', '/out'], fs);
    assert.equal(code, EXIT.ok);
    assert.deepEqual(fs.under('/out'), ['CT_DI-0001 (2).png', 'CT_DI-0001 (3).png', 'CT_DI-0001.png']);
  });

  it('frames are zero-padded to the width of the last frame number', async () => {
    const fs = new MemoryFs().fixture('/in/e.dcm', 'enhanced/enhanced-ct-50-frames.dcm');
    await run(['export', '/in/e.dcm', '--out', '/out', '--format', 'jpeg'], fs);
    const names = fs.under('/out');
    assert.equal(names.length, 50);
    assert.equal(names[0], 'e-frame00.jpg');
    assert.equal(names[49], 'e-frame49.jpg');
  });
});

describe('cli export: failures', () => {
  it('lists every failure with its reason and exits 1; the other files are written', async () => {
    const fs = corpus()
      .fixture('/in/a/damaged.dcm', 'damaged/truncated-mid-dataset.dcm')
      .fixture('/in/a/xl.dcm', 'codec/unsupported/jpeg-xl-lossless.dcm')
      .fixture('/in/a/rgb.dcm', 'ts/rgb-explicit-le.dcm');
    const { code, stdout, stderr } = await run(['export', '/in/a', '--format', 'png16', '--out', '/out'], fs);
    assert.equal(code, EXIT.damaged);
    assert.equal(fs.under('/out').length, 11);
    assert.match(stdout, /^Wrote 11 files from 5 DICOM files into \/out/);
    const lines = stderr.trimEnd().split('\n');
    assert.deepEqual(lines, [
      'dicom-inspect: /in/a/damaged.dcm: damaged: Value length 16 of (0008,103E) at offset 728 runs past the end of the file (value would end at offset 752, data ends at offset 741)',
      'dicom-inspect: /in/a/rgb.dcm: 16-bit PNG needs a greyscale image, this one is RGB',
      'dicom-inspect: /in/a/xl.dcm: JPEG XL Lossless (1.2.840.10008.1.2.4.110) is JPEG XL, which this viewer does not decode yet',
      'dicom-inspect: export: 3 failures',
    ]);
  });

  it('a write that fails leaves no .partial file and no final file; it is reported', async () => {
    const fs = corpus();
    fs.failOn = (operation, file) =>
      operation === 'write' && file.includes('mf-frame4') ? 'ENOSPC' : undefined;
    const { code, stderr } = await run(['export', '/in/a', '--out', '/out'], fs);
    assert.equal(code, EXIT.damaged);
    assert.deepEqual(
      fs.under('/out').filter((name) => name.endsWith('.partial') || name.startsWith('mf-frame4')),
      [],
    );
    assert.match(stderr, /\/in\/a\/b\/mf\.dcm: cannot write: ENOSPC/);
    assert.ok(fs.under('/out').includes('ct-frame0.png'));
  });

  it('a rename that fails leaves no .partial file either', async () => {
    const fs = corpus();
    fs.failOn = (operation, file) =>
      operation === 'rename' && file.endsWith('ct-frame0.png') ? 'EACCES' : undefined;
    const { code } = await run(['export', '/in/a', '--out', '/out'], fs);
    assert.equal(code, EXIT.damaged);
    assert.deepEqual(
      fs.under('/out').filter((name) => name.endsWith('.partial')),
      [],
    );
    assert.ok(!fs.under('/out').includes('ct-frame0.png'));
  });

  it('on the real file system too (the target is a folder, so the rename fails)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-export-'));
    try {
      const input = path.join(dir, 'in');
      mkdirSync(input);
      const out = path.join(dir, 'out');
      mkdirSync(path.join(out, 'ct-frame0.png'), { recursive: true });
      writeFileSync(path.join(input, 'ct.dcm'), fixtureBytes('ts/explicit-le.dcm'));
      writeFileSync(path.join(input, 'mr.dcm'), fixtureBytes('ts/mono12-explicit-le.dcm'));
      const { code, stderr } = await run(['export', input, '--out', out], nodeExportFs);
      assert.equal(code, EXIT.damaged);
      assert.match(stderr, /ct\.dcm: cannot write: E(ISDIR|NOTEMPTY|EXIST)/);
      assert.deepEqual(readdirSync(out).sort(), ['ct-frame0.png', 'mr-frame0.png']);
      assert.equal(decodePng(readFileSync(path.join(out, 'mr-frame0.png'))).width, 64);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cli export: terminal and usage', () => {
  it('shows a progress line on a terminal only, and clears it', async () => {
    const quiet = await run(['export', '/in/a', '--out', '/out'], corpus(), false);
    assert.ok(!quiet.stderr.includes('\r'));
    const tty = await run(['export', '/in/a', '--out', '/out'], corpus(), true);
    // eslint-disable-next-line no-control-regex
    assert.match(tty.stderr, /\r\x1b\[K\d+\/4 files, \d+ written/);
    assert.ok(tty.stderr.endsWith('\r\x1b[K'));
    assert.equal(tty.stdout, quiet.stdout);
  });

  const usage: [string[], RegExp][] = [
    [['export', '--out', '/o'], /at least one PATH/],
    [['export', '/in'], /needs --out DIR/],
    [['export', '/in', '--out', '/o', '-o', '/p'], /both name the output folder/],
    [['export', '/in', '--out', '/o', '--format', 'gif'], /--format must be one of/],
    [['export', '/in', '--out', '/o', '--frames', 'x'], /--frames needs "all" or a frame number/],
    [['export', '/in', '--out', '/o', '--frames', '-1'], /--frames needs/],
    [
      ['export', '/in', '--out', '/o', '--format', 'json', '--frames', '0'],
      /--frames does not apply to json/,
    ],
    [['export', '/in', '--out', '/o', '--window', '40'], /--window needs CENTER,WIDTH/],
    [['export', '/in', '--out', '/o', '--window', '40,0'], /positive width/],
    [
      ['export', '/in', '--out', '/o', '--format', 'png16', '--window', '40,400'],
      /--window applies to jpeg and png/,
    ],
    [['export', '/in', '--out', '/o', '--quality', '90'], /--quality applies to jpeg/],
    [
      ['export', '/in', '--out', '/o', '--format', 'jpeg', '--quality', '101'],
      /--quality needs a whole number/,
    ],
    [['export', '/in', '--out', '/o', '--layout', 'tree'], /--layout must be flat or patient/],
    [['export', '/in', '--out', '/o', '--pattern', '{nope}'], /unknown placeholder \{nope\}/],
    [['export', '/in', '--out', '/o', '--values', 'stored'], /--values applies to png16/],
    [['export', '/in', '--out', '/o', '--rotate', '45'], /--rotate must be 0, 90, 180 or 270/],
    [['export', '/in', '--out', '/o', '--flip', 'x'], /--flip must be h, v or hv/],
    [['export', '/in', '--out', '/o', '--format', 'dump', '--rotate', '90'], /--rotate and --flip apply/],
    [
      ['export', '/in', '--out', '/o', '--format', 'png16', '--corner-text'],
      /--corner-text applies to jpeg and png/,
    ],
    [['export', '/in', '--out', '/o', '--keywords'], /unknown option --keywords/],
  ];
  for (const [args, message] of usage) {
    it(`exits 2: ${args.slice(1).join(' ')}`, async () => {
      const fs = corpus();
      const { code, stderr, stdout } = await run(args, fs);
      assert.equal(code, EXIT.usage);
      assert.match(stderr, message);
      assert.match(stderr, /Run "dicom-inspect --help" for usage/);
      assert.equal(stdout, '');
      assert.deepEqual(fs.under('/o'), []);
    });
  }

  it('exits 2 when --out is a file', async () => {
    const fs = corpus();
    const { code, stderr } = await run(['export', '/in/a', '--out', '/in/a/ct.dcm'], fs);
    assert.equal(code, EXIT.usage);
    assert.match(stderr, /--out \/in\/a\/ct\.dcm is a file, not a folder/);
  });

  it('frame --corner-text burns the corner text in; not for raw', async () => {
    const fs = new MemoryFs().fixture('/ct.dcm', 'render/ct-rescale.dcm');
    let written: Uint8Array | undefined;
    const code = await runCli(['frame', '/ct.dcm', '-o', 'x.png', '--corner-text'], {
      stdout: () => undefined,
      stderr: () => undefined,
      readFile: (file) => fs.readFile(file),
      stdoutBytes: () => undefined,
      writeFile: (_, bytes) => (written = bytes),
    });
    assert.equal(code, EXIT.ok);
    const { file, info, frame } = await loadFixture('render/ct-rescale.dcm');
    const expected = drawCornerText(renderForExport(frame, info), cornerTextsFor(file, info, frame));
    assert.deepEqual(Array.from(decodePng(written!).data), Array.from(expected.data));
    const raw = await run(['frame', '/ct.dcm', '-o', 'x.raw', '--corner-text'], fs);
    assert.equal(raw.code, EXIT.usage);
  });
});

/** dcm2json's output brought to ours where they differ by design (see corpus.test.ts). */
function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, normalise(inner)]));
  }
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(6)) : value;
}

describe('cli export: json agrees with dcm2json', () => {
  for (const relPath of [
    'ts/explicit-le.dcm',
    'seq/explicit-undefined.dcm',
    'vr/vr-explicit-le.dcm',
    'ts/rle.dcm',
  ]) {
    it(relPath, async () => {
      const name = path.basename(relPath);
      const fs = new MemoryFs().fixture(`/in/${name}`, relPath);
      assert.equal(
        (await run(['export', `/in/${name}`, '--format', 'json', '--out', '/j'], fs)).code,
        EXIT.ok,
      );
      const ours = JSON.parse(
        new TextDecoder().decode(fs.files.get(`/j/${name.replace(/\.dcm$/, '')}.json`)),
      );
      const theirs = JSON.parse(
        readFileSync(path.join(REFERENCE, relPath.replace(/\.dcm$/, '.dcm2json.json')), 'utf8'),
      ) as Record<string, unknown>;
      // dcm2json leaves encapsulated Pixel Data out; ours points at it with a BulkDataURI into the file.
      if (!theirs['7FE00010'] && ours['7FE00010']) {
        assert.match(
          ours['7FE00010'].BulkDataURI,
          new RegExp(`^${name.replace('.', '\\.')}#offset=\\d+&length=\\d+$`),
        );
        delete ours['7FE00010'];
      }
      assert.deepEqual(normalise(ours), normalise(theirs));
    });
  }
});
