// The document worker: its store (what runs inside the thread) on real fixtures, and the host's client against a
// stand-in worker script that can be told to die, to check that pending requests fail with a clear message and
// that the next request starts a new worker and re-opens the document from its file.

import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseDicom } from '../../src/dicom/parser';
import { DocumentStore } from '../../src/extension/documentStore';
import { DocumentWorker, DocumentWorkerError } from '../../src/extension/documentWorker';
import { buildHeaderModel } from '../../src/extension/headerModelBuilder';
import { unpackRows } from '../../src/shared/rowPacking';
import { dcmdumpPixelBytes, FIXTURES, fixtureBytes } from './helpers/referencePixels';

describe('host: document store (inside the worker)', () => {
  it('opens a file once: header rows as the header model builds them, image attributes, then frames', async () => {
    const store = new DocumentStore();
    const bytes = fixtureBytes('multiframe/rle.dcm');
    const { header, image } = store.open(1, bytes, 'rle.dcm');
    assert.deepEqual(unpackRows(header.rows), buildHeaderModel(bytes, 'rle.dcm').rows);
    assert.equal(header.fileName, 'rle.dcm');
    assert.ok(image);
    assert.equal(image.format.numberOfFrames, 10);
    assert.equal(image.problem, undefined);
    const frame = await store.frame(1, 4);
    const native = dcmdumpPixelBytes('multiframe/explicit-le.dcm');
    assert.deepEqual(
      new Uint8Array(frame.samples.buffer),
      native.subarray(4 * 8192, 5 * 8192),
      'frame 4, and samples span their whole buffer (transferable as they are)',
    );
    await assert.rejects(store.frame(1, 10), /Frame 11 does not exist: the file has 10 frame\(s\)/);
    store.close(1);
    await assert.rejects(store.frame(1, 0), /not open/);
  });

  it("gives a frame's bitstream as stored, with the extension of its syntax", async () => {
    const store = new DocumentStore();
    const bytes = fixtureBytes('ts/jpegls-lossless.dcm');
    store.open(7, bytes, 'x.dcm');
    const { bytes: bitstream, extension } = await store.bitstream(7, 0);
    const pixelData = parseDicom(bytes).dataset.find((element) => element.tag === 0x7fe00010);
    const fragment = pixelData?.fragments?.[1];
    assert.ok(fragment);
    assert.deepEqual(bitstream, bytes.slice(fragment.valueOffset, fragment.valueOffset + fragment.length));
    assert.equal(extension, 'jls');
    assert.equal(bitstream.byteLength, bitstream.buffer.byteLength, 'a copy of its own, transferable');
  });

  it('sets the problem of an unsupported transfer syntax, names it, and refuses its frames', async () => {
    const store = new DocumentStore();
    const text = Buffer.from(fixtureBytes('ts/jpegls-lossless.dcm'))
      .toString('latin1')
      .replace('1.2.840.10008.1.2.4.80', '1.2.840.10008.1.2.4.92');
    const { image } = store.open(1, new Uint8Array(Buffer.from(text, 'latin1')), 'x.dcm');
    assert.match(image?.problem ?? '', /1\.2\.840\.10008\.1\.2\.4\.92/);
    await assert.rejects(store.frame(1, 0), /1\.2\.840\.10008\.1\.2\.4\.92/);
    assert.equal((await store.bitstream(1, 0)).extension, 'j2k');
  });

  it('opens a local file by path with positioned reads: same header, frames and bitstreams as opened whole', async () => {
    for (const name of ['multiframe/rle.dcm', 'multiframe/explicit-le.dcm', 'ts/jpegls-lossless.dcm']) {
      const whole = new DocumentStore();
      const ranged = new DocumentStore();
      const opened = whole.open(1, fixtureBytes(name), 'x.dcm');
      const byPath = await ranged.openPath(1, path.join(FIXTURES, name), 'x.dcm');
      assert.deepEqual(byPath, opened, `${name}: header and image`);
      const count = opened.image?.format.numberOfFrames ?? 0;
      for (const index of [0, count - 1]) {
        assert.deepEqual(await ranged.frame(1, index), await whole.frame(1, index), `${name} frame ${index}`);
        const bitstream = await ranged.bitstream(1, index);
        assert.deepEqual(bitstream, await whole.bitstream(1, index), `${name} bitstream ${index}`);
        assert.equal(bitstream.bytes.byteLength, bitstream.bytes.buffer.byteLength, 'transferable as it is');
      }
      ranged.close(1);
      await assert.rejects(ranged.frame(1, 0), /not open/);
    }
  });

  it('opens a local file for an export by path: the same probe as from its bytes, and the same exported image', async () => {
    const request = { format: 'png', quality: 90, render: {} } as const;
    for (const name of [
      'ts/jpegls-lossless.dcm',
      'multiframe/rle.dcm',
      'seq/explicit-defined.dcm',
      'damaged/truncated-in-pixel-data.dcm',
      'damaged/not-dicom.txt',
      'damaged/raw-dataset-explicit.dcm',
    ]) {
      const whole = new DocumentStore();
      const ranged = new DocumentStore();
      const probe = whole.openForExport(1, fixtureBytes(name), 'x.dcm');
      assert.deepEqual(await ranged.openPathForExport(1, path.join(FIXTURES, name), 'x.dcm'), probe, name);
      assert.equal(ranged.has(1), probe.keep, `${name}: kept only when it has something to export`);
      if (probe.status === 'image') {
        assert.deepEqual(
          await ranged.exportImage(1, 0, request),
          await whole.exportImage(1, 0, request),
          name,
        );
      }
      ranged.close(1);
    }
  });

  it('a path that cannot be read rejects, and nothing is kept', async () => {
    const store = new DocumentStore();
    await assert.rejects(store.openPath(3, path.join(FIXTURES, 'no-such-file.dcm'), 'x.dcm'), /ENOENT/);
    assert.equal(store.has(3), false);
  });

  it('opens a file without pixel data with a null image, and a damaged one with its errors', () => {
    const store = new DocumentStore();
    assert.equal(store.open(1, fixtureBytes('seq/explicit-defined.dcm'), 'sr.dcm').image, null);
    const damaged = store.open(2, fixtureBytes('damaged/truncated-in-pixel-data.dcm'), 'd.dcm');
    assert.ok(damaged.header.errors.length > 0);
    assert.ok(damaged.image?.problem);
  });
});

/** A stand-in worker: answers like the real one, counts opens, and dies on frame 666. */
const FAKE_WORKER = `
const { parentPort } = require('node:worker_threads');
let opens = 0;
parentPort.on('message', (request) => {
  if (request.type === 'open') {
    opens++;
    const header = { fileName: request.fileName, summary: {}, errors: [], rows: { count: 0 } };
    parentPort.postMessage({ id: request.id, ok: true, result: { header, image: null, size: request.bytes.byteLength } });
  } else if (request.type === 'frame') {
    if (request.index === 666) process.exit(3);
    if (request.index === 500) {
      parentPort.postMessage({ id: request.id, ok: false, failure: { name: 'PixelDataError', message: 'Bad.', offset: 12 } });
      return;
    }
    const samples = new Uint8Array([request.index, opens]);
    parentPort.postMessage({ id: request.id, ok: true, result: { index: request.index, samples } }, [samples.buffer]);
  } else {
    parentPort.postMessage({ id: request.id, ok: true, result: null });
  }
});
`;

describe('host: document worker client', () => {
  let workerFile: string;
  before(() => {
    workerFile = path.join(mkdtempSync(path.join(tmpdir(), 'dicom-worker-')), 'fakeWorker.js');
    writeFileSync(workerFile, FAKE_WORKER);
  });

  it('transfers the bytes, matches replies to requests, and turns failures into DocumentWorkerError', async () => {
    const worker = new DocumentWorker(workerFile, () => undefined);
    try {
      const bytes = new Uint8Array(1000);
      const opened = await worker.open('a.dcm', () => Promise.resolve(bytes));
      assert.equal(opened.header.fileName, 'a.dcm');
      assert.equal(bytes.byteLength, 0, 'the file bytes were transferred, not copied');
      const frames = await Promise.all([worker.frame(opened.docId, 1), worker.frame(opened.docId, 2)]);
      assert.deepEqual(
        frames.map((frame) => Array.from(frame.samples)),
        [
          [1, 1],
          [2, 1],
        ],
      );
      const failure = await worker.frame(opened.docId, 500).catch((caught: unknown) => caught);
      assert.ok(failure instanceof DocumentWorkerError);
      assert.equal(failure.failure.offset, 12);
      assert.equal(failure.crashed, false);
    } finally {
      worker.dispose();
    }
  });

  it('fails pending requests when the worker dies, then restarts it and re-opens the document', async () => {
    const logged: string[] = [];
    const worker = new DocumentWorker(workerFile, (message) => logged.push(message));
    let reads = 0;
    try {
      const { docId } = await worker.open('a.dcm', () => {
        reads++;
        return Promise.resolve(new Uint8Array(10));
      });
      const crash = await worker.frame(docId, 666).catch((caught: unknown) => caught);
      assert.ok(crash instanceof DocumentWorkerError);
      assert.equal(crash.crashed, true);
      assert.equal(crash.message, 'The decoder stopped unexpectedly (exit code 3).');
      assert.match(logged.join('\n'), /exited with code 3/);
      // The next request: a new worker (its open count restarts at 1), the file read again.
      const frame = await worker.frame(docId, 5);
      assert.deepEqual(Array.from(frame.samples), [5, 1]);
      assert.equal(reads, 2);
      // A closed document is not re-opened.
      worker.close(docId);
      await assert.rejects(worker.frame(docId, 1), /closed/);
    } finally {
      worker.dispose();
    }
  });

  it('rejects requests after dispose', async () => {
    const worker = new DocumentWorker(workerFile, () => undefined);
    const { docId } = await worker.open('a.dcm', () => Promise.resolve(new Uint8Array(1)));
    worker.dispose();
    await assert.rejects(worker.frame(docId, 0), /shut down/);
  });
});
