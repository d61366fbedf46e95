// The host's frame plumbing that needs no VS Code: the LRU of decoded frames, the scheduler that orders decodes
// over the one worker (visible before prefetch, newest visible first, far prefetches dropped, one decode per
// frame at a time), and the texts shown to the user.

import * as assert from 'node:assert/strict';
import type { DecodedFrame } from '../../src/dicom/pixels/imageTypes';
import { DocumentWorkerError } from '../../src/extension/documentWorker';
import { FrameCache } from '../../src/extension/frameCache';
import { FrameScheduler, type FrameOutcome } from '../../src/extension/frameScheduler';
import { frameFailureText, frameStatusText } from '../../src/extension/frameText';

function frameOf(index: number, bytes = 16): DecodedFrame {
  const samples = new Uint8Array(bytes);
  return {
    index,
    rows: 1,
    columns: bytes,
    samplesPerPixel: 1,
    photometric: 'MONOCHROME2',
    sampleType: 'uint8',
    samples,
    bitsStored: 8,
    signed: false,
    minValue: 0,
    maxValue: 0,
  };
}

/** A decoder whose decodes finish only when the test says so; it records the order they started in. */
class ManualDecoder {
  readonly started: string[] = [];
  private readonly waiting = new Map<
    string,
    { resolve(frame: DecodedFrame): void; reject(e: Error): void }
  >();

  readonly decode = (docId: number, index: number): Promise<DecodedFrame> => {
    const key = `${docId}:${index}`;
    this.started.push(key);
    return new Promise((resolve, reject) => this.waiting.set(key, { resolve, reject }));
  };

  async finish(key: string, error?: Error): Promise<void> {
    const waiter = this.waiting.get(key);
    assert.ok(waiter, `${key} is not decoding (started: ${this.started.join(' ')})`);
    this.waiting.delete(key);
    if (error) waiter.reject(error);
    else waiter.resolve(frameOf(Number(key.split(':')[1])));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const indexOf = (outcome: FrameOutcome) => (outcome === 'dropped' ? 'dropped' : outcome.frame.index);

describe('host: frame cache', () => {
  it('evicts the least recently used frames beyond the budget', () => {
    const cache = new FrameCache(100);
    cache.set(1, frameOf(0, 40));
    cache.set(1, frameOf(1, 40));
    assert.ok(cache.get(1, 0)); // 0 is now the most recent
    cache.set(2, frameOf(0, 40)); // 140 bytes: evicts 1:1
    assert.equal(cache.get(1, 1), undefined);
    assert.ok(cache.get(1, 0));
    assert.ok(cache.get(2, 0));
    assert.equal(cache.bytes, 80);
  });

  it('does not keep a frame larger than the budget, replaces a frame, and drops a document', () => {
    const cache = new FrameCache(100);
    cache.set(1, frameOf(0, 101));
    assert.equal(cache.size, 0);
    cache.set(1, frameOf(0, 30));
    cache.set(1, frameOf(0, 50));
    assert.equal(cache.bytes, 50);
    cache.set(2, frameOf(3, 10));
    cache.dropDocument(1);
    assert.equal(cache.size, 1);
    assert.equal(cache.bytes, 10);
  });
});

describe('host: frame scheduler', () => {
  it('decodes one frame at a time, visible requests before prefetches, newest visible first', async () => {
    const decoder = new ManualDecoder();
    const scheduler = new FrameScheduler(decoder.decode, new FrameCache());
    const results: (number | string)[] = [];
    const ask = (index: number, prefetch: boolean) =>
      scheduler.request({ docId: 1, index, panel: 1, prefetch }).then((o) => results.push(indexOf(o)));
    const all = [ask(0, false), ask(1, true), ask(2, true), ask(5, false), ask(6, false)];
    assert.deepEqual(decoder.started, ['1:0']);
    await decoder.finish('1:0');
    assert.deepEqual(decoder.started, ['1:0', '1:6']);
    await decoder.finish('1:6');
    await decoder.finish('1:5');
    await decoder.finish('1:1');
    await decoder.finish('1:2');
    await Promise.all(all);
    assert.deepEqual(decoder.started, ['1:0', '1:6', '1:5', '1:1', '1:2']);
    assert.deepEqual(results, [0, 6, 5, 1, 2]);
  });

  it('shares one decode between requests for the same frame, from any panel, queued or running', async () => {
    const decoder = new ManualDecoder();
    const scheduler = new FrameScheduler(decoder.decode, new FrameCache());
    const first = scheduler.request({ docId: 1, index: 3, panel: 1, prefetch: false });
    const queuedA = scheduler.request({ docId: 1, index: 4, panel: 1, prefetch: true });
    const running = scheduler.request({ docId: 1, index: 3, panel: 2, prefetch: false });
    const queuedB = scheduler.request({ docId: 1, index: 4, panel: 2, prefetch: false });
    await decoder.finish('1:3');
    await decoder.finish('1:4');
    const outcomes = await Promise.all([first, running, queuedA, queuedB]);
    assert.deepEqual(outcomes.map(indexOf), [3, 3, 4, 4]);
    assert.deepEqual(decoder.started, ['1:3', '1:4']);
    // The same frame object: the second panel got the first decode.
    assert.equal(
      (outcomes[0] as { frame: DecodedFrame }).frame,
      (outcomes[1] as { frame: DecodedFrame }).frame,
    );
  });

  it('answers repeats from the cache without decoding', async () => {
    const decoder = new ManualDecoder();
    const cache = new FrameCache();
    const scheduler = new FrameScheduler(decoder.decode, cache);
    const first = scheduler.request({ docId: 7, index: 0, panel: 1, prefetch: false });
    await decoder.finish('7:0');
    await first;
    const again = await scheduler.request({ docId: 7, index: 0, panel: 2, prefetch: true });
    assert.equal(indexOf(again), 0);
    assert.deepEqual(decoder.started, ['7:0']);
    assert.equal(cache.size, 1);
  });

  it("drops a panel's far queued prefetches when it asks for a new visible frame, keeps near ones and others'", async () => {
    const decoder = new ManualDecoder();
    const scheduler = new FrameScheduler(decoder.decode, new FrameCache(), { prefetchRadius: 4 });
    const outcomes = new Map<string, Promise<FrameOutcome>>();
    const ask = (panel: number, index: number, prefetch: boolean) =>
      outcomes.set(`${panel}/${index}`, scheduler.request({ docId: 1, index, panel, prefetch }));
    ask(1, 0, false); // running
    for (const index of [1, 2, 3, 20]) ask(1, index, true);
    ask(2, 2, true); // the other panel's prefetch of a far frame
    ask(2, 30, true);
    assert.equal(scheduler.queued, 5);
    ask(1, 22, false); // panel 1 jumps to 22: its prefetches of 1, 2 and 3 are far; 20 is near
    assert.equal(await outcomes.get('1/1'), 'dropped');
    assert.equal(await outcomes.get('1/3'), 'dropped');
    // Frame 2 stays queued for panel 2.
    assert.equal(scheduler.queued, 4); // 2 (panel 2), 20, 30, 22
    // Prefetches in order of asking: 20 (panel 1) before 2 (panel 2) before 30.
    for (const key of ['1:0', '1:22', '1:20', '1:2', '1:30']) await decoder.finish(key);
    assert.equal(await outcomes.get('1/2'), 'dropped');
    assert.equal(indexOf(await outcomes.get('2/2')!), 2);
    assert.equal(indexOf(await outcomes.get('1/20')!), 20);
    assert.equal(indexOf(await outcomes.get('2/30')!), 30);
    assert.deepEqual(decoder.started, ['1:0', '1:22', '1:20', '1:2', '1:30']);
  });

  it('fails every waiter of a failed decode and goes on with the queue; a retry decodes again', async () => {
    const decoder = new ManualDecoder();
    const scheduler = new FrameScheduler(decoder.decode, new FrameCache());
    const a = scheduler.request({ docId: 1, index: 0, panel: 1, prefetch: false });
    const b = scheduler.request({ docId: 1, index: 0, panel: 2, prefetch: true });
    const c = scheduler.request({ docId: 1, index: 1, panel: 1, prefetch: true });
    const failures = [assert.rejects(a, /broken/), assert.rejects(b, /broken/)];
    await decoder.finish('1:0', new Error('broken'));
    await Promise.all(failures);
    await decoder.finish('1:1');
    assert.equal(indexOf(await c), 1);
    const retry = scheduler.request({ docId: 1, index: 0, panel: 1, prefetch: false });
    await decoder.finish('1:0');
    assert.equal(indexOf(await retry), 0);
  });

  it('drops the queued requests of a closed panel or document', async () => {
    const decoder = new ManualDecoder();
    const scheduler = new FrameScheduler(decoder.decode, new FrameCache());
    const running = scheduler.request({ docId: 1, index: 0, panel: 1, prefetch: false });
    const panelOne = scheduler.request({ docId: 1, index: 1, panel: 1, prefetch: false });
    const docTwo = scheduler.request({ docId: 2, index: 0, panel: 2, prefetch: false });
    scheduler.dropPanel(1);
    scheduler.dropDocument(2);
    assert.equal(await panelOne, 'dropped');
    assert.equal(await docTwo, 'dropped');
    assert.equal(scheduler.queued, 0);
    await decoder.finish('1:0');
    assert.equal(indexOf(await running), 0);
  });
});

describe('host: frame texts', () => {
  it('shows the 1-based frame, the count and the window', () => {
    assert.equal(frameStatusText(0, 1, { center: 40, width: 400 }), 'Frame 1/1 · W 400 L 40');
    assert.equal(
      frameStatusText(9, 10, { center: -600.456, width: 1500.5 }),
      'Frame 10/10 · W 1500.5 L -600.46',
    );
    assert.equal(frameStatusText(2, 3, null), 'Frame 3/3');
  });

  it('says which frame failed, why and where, and that a crashed decoder restarts', () => {
    const decoding = new DocumentWorkerError({
      name: 'PixelDataError',
      message: 'JPEG-LS data ends early.',
      offset: 1234,
    });
    assert.equal(
      frameFailureText(4, decoding),
      'Frame 5 could not be decoded: JPEG-LS data ends early (at byte 1234).',
    );
    const crash = new DocumentWorkerError(
      { name: 'DocumentWorkerError', message: 'The decoder stopped (out of memory).', offset: -1 },
      true,
    );
    assert.equal(
      frameFailureText(0, crash),
      'Frame 1 could not be decoded: The decoder stopped (out of memory). It restarts on the next request.',
    );
    // The decoder's own sentence about the frame, renumbered from 1 as on screen.
    const located = new DocumentWorkerError({
      name: 'PixelDataError',
      message: 'Frame 3 needs bytes 0–8192 of the pixel data, but it holds 4096 bytes.',
      offset: 1390,
    });
    assert.equal(
      frameFailureText(3, located),
      'Frame 4 needs bytes 0–8192 of the pixel data, but it holds 4096 bytes (at byte 1390).',
    );
    assert.equal(
      frameFailureText(0, new Error('Frame 0: The JPEG decoder failed: no SOI (at byte 12).')),
      'Frame 1: The JPEG decoder failed: no SOI (at byte 12).',
    );
    assert.equal(
      frameFailureText(2, new Error('the file has 2 frames')),
      'Frame 3 could not be decoded: the file has 2 frames.',
    );
  });
});
