// The host's bounded frame memory and decode queue (issue 5): the LRU keeps within one byte budget that can
// change live, and the scheduler lets the latest wanted frame win, cancels prefetches the user jumped away from,
// answers each panel once per frame, and gives a frame up after repeated failures instead of looping on it.

import * as assert from 'node:assert/strict';
import type { DecodedFrame } from '../../src/dicom/pixels/imageTypes';
import { FrameCache } from '../../src/extension/frameCache';
import { FrameGaveUpError, FrameScheduler, type FrameOutcome } from '../../src/extension/frameScheduler';
import { DocumentWorkerError } from '../../src/extension/documentWorker';
import { frameFailureText } from '../../src/extension/frameText';

function frameOf(index: number, bytes = 16): DecodedFrame {
  return {
    index,
    rows: 1,
    columns: bytes,
    samplesPerPixel: 1,
    photometric: 'MONOCHROME2',
    sampleType: 'uint8',
    samples: new Uint8Array(bytes),
    bitsStored: 8,
    signed: false,
    minValue: 0,
    maxValue: 0,
  };
}

/** Decodes that finish when the test says; records the order they started in. */
class ManualDecoder {
  readonly started: string[] = [];
  private readonly waiting = new Map<string, { resolve(f: DecodedFrame): void; reject(e: Error): void }>();

  readonly decode = (docId: number, index: number): Promise<DecodedFrame> => {
    const key = `${docId}:${index}`;
    this.started.push(key);
    return new Promise((resolve, reject) => this.waiting.set(key, { resolve, reject }));
  };

  get decoding(): string[] {
    return [...this.waiting.keys()];
  }

  async finish(key: string, error?: Error, bytes = 16): Promise<void> {
    const waiter = this.waiting.get(key);
    assert.ok(waiter, `${key} is not decoding (started: ${this.started.join(' ')})`);
    this.waiting.delete(key);
    if (error) waiter.reject(error);
    else waiter.resolve(frameOf(Number(key.split(':')[1]), bytes));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const indexOf = (outcome: FrameOutcome) => (outcome === 'dropped' ? 'dropped' : outcome.frame.index);

describe('cache: host LRU within one byte budget', () => {
  it('evicts in least-recently-used order across documents; a hit renews a frame', () => {
    const cache = new FrameCache(100);
    cache.set(1, frameOf(0, 30));
    cache.set(2, frameOf(0, 30));
    cache.set(1, frameOf(1, 30));
    cache.get(1, 0); // order now: 2:0, 1:1, 1:0
    cache.set(3, frameOf(9, 30)); // 120 bytes: the oldest (2:0) goes
    assert.equal(cache.has(2, 0), false);
    assert.ok(cache.has(1, 0) && cache.has(1, 1) && cache.has(3, 9));
    cache.set(3, frameOf(10, 60)); // 150: 1:1 then 1:0 go
    assert.deepEqual([cache.has(1, 1), cache.has(1, 0), cache.has(3, 9)], [false, false, true]);
    assert.equal(cache.bytes, 90);
    assert.ok(cache.bytes <= cache.budget);
  });

  it('does not keep a frame bigger than the whole budget, and does not evict anything for it', () => {
    const cache = new FrameCache(100);
    cache.set(1, frameOf(0, 40));
    cache.set(1, frameOf(1, 101));
    assert.equal(cache.has(1, 1), false);
    assert.ok(cache.has(1, 0));
    assert.equal(cache.bytes, 40);
    // A frame replaced by a bigger-than-budget one is gone, not left stale.
    cache.set(1, frameOf(0, 500));
    assert.equal(cache.size, 0);
    assert.equal(cache.bytes, 0);
  });

  it('evicts at once, oldest first, when the budget shrinks (the setting changed live)', () => {
    const cache = new FrameCache(1000);
    for (let i = 0; i < 10; i++) cache.set(1, frameOf(i, 100));
    assert.equal(cache.bytes, 1000);
    cache.setBudget(350);
    assert.equal(cache.budget, 350);
    assert.equal(cache.bytes, 300);
    assert.deepEqual(
      [7, 8, 9].map((i) => cache.has(1, i)),
      [true, true, true],
    );
    cache.setBudget(0);
    assert.equal(cache.size, 0);
    cache.setBudget(500);
    cache.set(1, frameOf(1, 100));
    assert.equal(cache.bytes, 100);
  });

  it('stays within the budget whatever is put in it', () => {
    const cache = new FrameCache(1000);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 2000; i++) {
      const docId = 1 + Math.floor(random() * 10);
      const index = Math.floor(random() * 50);
      if (random() < 0.3) cache.get(docId, index);
      else cache.set(docId, frameOf(index, 1 + Math.floor(random() * 400)));
      if (i === 1000) cache.setBudget(300);
      assert.ok(cache.bytes <= cache.budget, `${cache.bytes} > ${cache.budget} at step ${i}`);
    }
  });
});

describe('cache: host decode queue', () => {
  it('lets the latest wanted frame win: the newest visible request decodes next, before older ones and prefetches', async () => {
    const decoder = new ManualDecoder();
    const scheduler = new FrameScheduler(decoder.decode, new FrameCache());
    const ask = (index: number, prefetch = false) =>
      scheduler.request({ docId: 1, index, panel: 1, prefetch });
    const outcomes = [ask(10), ask(11, true), ask(12), ask(13), ask(14)]; // scrubbing 10 → 14
    await decoder.finish('1:10');
    assert.deepEqual(decoder.decoding, ['1:14']);
    await decoder.finish('1:14');
    await decoder.finish('1:13');
    await decoder.finish('1:12');
    await decoder.finish('1:11');
    assert.deepEqual((await Promise.all(outcomes)).map(indexOf), [10, 11, 12, 13, 14]);
    assert.deepEqual(decoder.started, ['1:10', '1:14', '1:13', '1:12', '1:11']);
  });

  it('cancels the queued prefetches far from a jump (answered dropped), keeps the running one and near ones', async () => {
    const decoder = new ManualDecoder();
    const scheduler = new FrameScheduler(decoder.decode, new FrameCache(), { prefetchRadius: 3 });
    const ask = (index: number, prefetch: boolean) =>
      scheduler.request({ docId: 1, index, panel: 1, prefetch });
    const current = ask(0, false);
    const prefetches = [1, 2, 3, 4].map((i) => ask(i, true));
    const nearJump = ask(98, true); // already near where the user goes
    const jump = ask(100, false);
    assert.deepEqual((await Promise.all(prefetches)).map(indexOf), [
      'dropped',
      'dropped',
      'dropped',
      'dropped',
    ]);
    assert.equal(scheduler.queued, 2); // 98 and 100
    await decoder.finish('1:0');
    await decoder.finish('1:100');
    await decoder.finish('1:98');
    assert.equal(indexOf(await current), 0);
    assert.equal(indexOf(await jump), 100);
    assert.equal(indexOf(await nearJump), 98);
    assert.deepEqual(decoder.started, ['1:0', '1:100', '1:98']);
  });

  it('decodes a frame once for all panels; a panel asking again gets one answer (its repeat is dropped)', async () => {
    const decoder = new ManualDecoder();
    const scheduler = new FrameScheduler(decoder.decode, new FrameCache());
    const running = scheduler.request({ docId: 1, index: 0, panel: 1, prefetch: false });
    const prefetched = scheduler.request({ docId: 1, index: 5, panel: 1, prefetch: true });
    const other = scheduler.request({ docId: 1, index: 6, panel: 1, prefetch: true });
    // The panel now wants 5 on screen: the queued prefetch is promoted ahead of 6, the repeat answered dropped.
    const repeat = scheduler.request({ docId: 1, index: 5, panel: 1, prefetch: false });
    assert.equal(await repeat, 'dropped');
    const otherPanel = scheduler.request({ docId: 1, index: 5, panel: 2, prefetch: true });
    await decoder.finish('1:0');
    assert.deepEqual(decoder.decoding, ['1:5']);
    // A repeat while it decodes is dropped too; the running decode answers the first request.
    assert.equal(await scheduler.request({ docId: 1, index: 5, panel: 1, prefetch: false }), 'dropped');
    await decoder.finish('1:5');
    await decoder.finish('1:6');
    assert.deepEqual(
      (await Promise.all([running, prefetched, other, otherPanel])).map(indexOf),
      [0, 5, 6, 5],
    );
    assert.deepEqual(decoder.started, ['1:0', '1:5', '1:6']);
  });

  it('gives a frame up after repeated failures, with a per-frame error, instead of decoding it forever', async () => {
    const decoder = new ManualDecoder();
    const scheduler = new FrameScheduler(decoder.decode, new FrameCache(), { maxFailures: 2 });
    const crash = () =>
      new DocumentWorkerError(
        { name: 'DocumentWorkerError', message: 'The decoder stopped (out of memory).', offset: -1 },
        true,
      );
    const ask = () => scheduler.request({ docId: 1, index: 4, panel: 1, prefetch: false });
    const first = ask();
    const firstFails = assert.rejects(first, DocumentWorkerError);
    await decoder.finish('1:4', crash());
    await firstFails;
    const second = ask(); // one retry (a crash may have been another request's)
    const secondFails = assert.rejects(second, DocumentWorkerError);
    await decoder.finish('1:4', crash());
    await secondFails;
    // From now on: at once, without the decoder, whatever the panel or kind of request.
    let given: unknown;
    await scheduler
      .request({ docId: 1, index: 4, panel: 2, prefetch: true })
      .catch((e: unknown) => (given = e));
    assert.ok(given instanceof FrameGaveUpError);
    assert.equal(given.attempts, 2);
    assert.deepEqual(decoder.started, ['1:4', '1:4']);
    const text = frameFailureText(4, given);
    assert.match(text, /^Frame 5 could not be decoded: it failed 2 times/);
    assert.match(text, /out of memory/);
    // Other frames still decode.
    const next = scheduler.request({ docId: 1, index: 5, panel: 1, prefetch: false });
    await decoder.finish('1:5');
    assert.equal(indexOf(await next), 5);
    // Closing (or reloading, which opens under a new id) forgets the count.
    scheduler.dropDocument(1);
    const again = scheduler.request({ docId: 1, index: 4, panel: 1, prefetch: false });
    await decoder.finish('1:4');
    assert.equal(indexOf(await again), 4);
  });

  it('a success resets the failure count', async () => {
    const decoder = new ManualDecoder();
    const cache = new FrameCache(0); // nothing cached: every request decodes
    const scheduler = new FrameScheduler(decoder.decode, cache, { maxFailures: 2 });
    const ask = () => scheduler.request({ docId: 1, index: 0, panel: 1, prefetch: false });
    for (const outcome of ['fail', 'ok', 'fail', 'ok']) {
      const request = ask();
      if (outcome === 'fail') {
        const failed = assert.rejects(request, /flaky/);
        await decoder.finish('1:0', new Error('flaky'));
        await failed;
      } else {
        await decoder.finish('1:0');
        assert.equal(indexOf(await request), 0);
      }
    }
    assert.equal(decoder.started.length, 4);
  });

  it('does not cache a frame whose document closed while it decoded, and answers its waiters dropped', async () => {
    const decoder = new ManualDecoder();
    const cache = new FrameCache();
    const scheduler = new FrameScheduler(decoder.decode, cache);
    const running = scheduler.request({ docId: 3, index: 0, panel: 1, prefetch: false });
    scheduler.dropDocument(3);
    cache.dropDocument(3);
    await decoder.finish('3:0');
    assert.equal(await running, 'dropped');
    assert.equal(cache.size, 0);
  });
});
