// The webview's side of bounded frame memory (issue 5): its cache obeys the share the host sends ('cacheBudget',
// shrinking at once), the shares never add up to more than the setting, and the two schedulers agree: whatever
// the host cancels, the webview forgets too, so no request slot waits forever and the wanted frame arrives.

import * as assert from 'node:assert/strict';
import type { DecodedFrame } from '../../src/dicom/pixels/imageTypes';
import { megabytesSetting, shareWebviewBudget, type BudgetPanel } from '../../src/extension/cacheBudgets';
import { FrameCache as HostFrameCache } from '../../src/extension/frameCache';
import { FrameScheduler as HostScheduler } from '../../src/extension/frameScheduler';
import { checkHostMessage } from '../../src/webview/hostMessages';
import { FrameCache } from '../../src/webview/viewer/frameCache';
import { DEFAULT_SCHEDULER_OPTIONS, FrameScheduler } from '../../src/webview/viewer/frameScheduler';

const MB = 1024 * 1024;
const frame = (index: number, bytes: number) => ({ index, samples: { byteLength: bytes } });

describe('cache: webview frame cache budget', () => {
  it('evicts at once, least recently used first, when the host shrinks its share; the shown frame stays', () => {
    const cache = new FrameCache(1000);
    for (let i = 0; i < 10; i++) cache.put(frame(i, 100));
    cache.pin(2);
    cache.get(5);
    assert.deepEqual(cache.setBudget(300), [0, 1, 3, 4, 6, 7, 8]);
    assert.deepEqual(
      [2, 9, 5].map((i) => cache.has(i)),
      [true, true, true],
    );
    assert.equal(cache.bytes, 300);
    // A hidden panel's share: one frame. Only the shown frame is left.
    assert.deepEqual(cache.setBudget(100), [9, 5]);
    assert.equal(cache.size, 1);
    assert.ok(cache.has(2));
    // Even a zero share keeps the frame being drawn.
    assert.deepEqual(cache.setBudget(0), []);
    assert.ok(cache.has(2));
  });

  it('lets a frame bigger than its share go, unless it is the one on screen', () => {
    const cache = new FrameCache(100);
    cache.pin(1);
    assert.deepEqual(cache.put(frame(0, 150)), [0]); // a prefetch that cannot fit
    assert.equal(cache.size, 0);
    assert.deepEqual(cache.put(frame(1, 150)), []); // the shown frame stays, alone over budget
    assert.equal(cache.bytes, 150);
    cache.pin(3);
    assert.deepEqual(cache.put(frame(3, 50)), [1]);
    assert.equal(cache.bytes, 50);
  });

  it("accepts a 'cacheBudget' message with a byte count, rejects anything else", () => {
    assert.deepEqual(checkHostMessage({ type: 'cacheBudget', bytes: 5 * MB }), {
      ok: true,
      message: { type: 'cacheBudget', bytes: 5 * MB },
    });
    for (const bytes of [-1, 1.5, '5', null, undefined, Number.MAX_VALUE]) {
      assert.equal(checkHostMessage({ type: 'cacheBudget', bytes }).ok, false, String(bytes));
    }
  });
});

describe('cache: sharing the webview setting among panels', () => {
  const panel = (id: number, visible: boolean, active = false, frameBytes = 0): BudgetPanel => ({
    id,
    visible,
    active,
    frameBytes,
  });
  const sum = (shares: Map<number, number>) => [...shares.values()].reduce((a, b) => a + b, 0);

  it('gives the active panel most, other visible panels less, hidden ones their current frame', () => {
    const shares = shareWebviewBudget(600, [
      panel(1, true, true),
      panel(2, true),
      panel(3, false, false, 50),
      panel(4, true),
    ]);
    assert.equal(shares.get(3), 50);
    assert.equal(shares.get(1), 330); // 3/5 of 550
    assert.equal(shares.get(2), 110);
    assert.equal(shares.get(4), 110);
    assert.ok(sum(shares) <= 600);
  });

  it('keeps at least half for the visible panels, however many hidden ones there are', () => {
    const hidden = Array.from({ length: 10 }, (_, i) => panel(10 + i, false, false, 100));
    const shares = shareWebviewBudget(1000, [panel(1, true, true), ...hidden]);
    assert.equal(shares.get(1), 500);
    assert.deepEqual(
      hidden.map((p) => shares.get(p.id)),
      [100, 100, 100, 100, 100, 0, 0, 0, 0, 0],
    );
    // No visible panel (all tabs in the background): hidden ones may use it all.
    assert.equal(sum(shareWebviewBudget(1000, hidden)), 1000);
  });

  it('one panel gets it all; no panel, nothing', () => {
    assert.deepEqual([...shareWebviewBudget(256 * MB, [panel(7, true, true)])], [[7, 256 * MB]]);
    assert.equal(shareWebviewBudget(100, []).size, 0);
  });

  it('never gives out more than the setting, however many panels and however big their frames', () => {
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 500; round++) {
      const total = Math.floor(random() * 1000 * MB);
      const count = Math.floor(random() * 15);
      const panels = Array.from({ length: count }, (_, id) =>
        panel(id, random() < 0.5, id === 0, Math.floor(random() * 200 * MB)),
      );
      const shares = shareWebviewBudget(total, panels);
      assert.equal(shares.size, count);
      assert.ok(sum(shares) <= total, `${sum(shares)} > ${total}`);
      for (const share of shares.values()) assert.ok(Number.isSafeInteger(share) && share >= 0);
    }
  });

  it('reads the MB settings as bytes, with the default for a missing or bad value', () => {
    assert.equal(megabytesSetting(64, 256), 64 * MB);
    assert.equal(megabytesSetting(undefined, 256), 256 * MB);
    assert.equal(megabytesSetting('64', 256), 256 * MB);
    assert.equal(megabytesSetting(-5, 256), 256 * MB);
    assert.equal(megabytesSetting(0.5, 256), 1 * MB);
  });
});

describe('cache: webview and host schedulers together', () => {
  /** One webview panel scrubbing and jumping through a file while the host decodes one frame at a time. */
  async function run(moves: number[], movesPerDecode = 1, options = DEFAULT_SCHEDULER_OPTIONS) {
    const decoding: { index: number; resolve(frame: DecodedFrame): void }[] = [];
    const decoded: number[] = [];
    const host = new HostScheduler(
      (_docId, index) =>
        new Promise<DecodedFrame>((resolve) => {
          decoded.push(index);
          decoding.push({ index, resolve });
        }),
      new HostFrameCache(0), // nothing cached on the host: every request costs a decode
      { prefetchRadius: options.hostDropRadius },
    );
    const webview = new FrameScheduler(200, options);
    const cached = new Set<number>();
    const shown: number[] = [];
    let posted = 0;
    /** Host requests not answered yet, by frame: a frame the webview awaits must have one. */
    const unanswered = new Map<number, number>();
    const checkNothingStuck = () => {
      for (let i = 0; i < 200; i++) {
        if (webview.isInFlight(i))
          assert.ok((unanswered.get(i) ?? 0) > 0, `frame ${i} awaited, never answered`);
      }
    };
    const send = (requests: readonly { index: number; prefetch: boolean }[]) => {
      for (const { index, prefetch } of requests) {
        posted++;
        unanswered.set(index, (unanswered.get(index) ?? 0) + 1);
        void host.request({ docId: 1, index, panel: 1, prefetch }).then((outcome) => {
          unanswered.set(index, (unanswered.get(index) ?? 0) - 1);
          if (outcome === 'dropped') return; // nothing is posted
          cached.add(index);
          if (webview.onResponse(index, true) === 'show') shown.push(index);
          send(webview.plan((i) => cached.has(i)));
        });
      }
    };
    const tick = async () => {
      const next = decoding.shift();
      if (next) next.resolve({ index: next.index, samples: new Uint8Array(1) } as unknown as DecodedFrame);
      await new Promise((resolve) => setImmediate(resolve));
    };
    for (const [step, move] of moves.entries()) {
      send(webview.setCurrent(move, (i) => cached.has(i)));
      if ((step + 1) % movesPerDecode === 0) await tick();
      checkNothingStuck();
    }
    for (let i = 0; i < 500 && decoding.length > 0; i++) await tick();
    return { webview, cached, shown, decoded, posted, last: moves[moves.length - 1] };
  }

  it('ends with the wanted frame shown and no request waiting forever, after scrubs and far jumps', async () => {
    const scrub = Array.from({ length: 60 }, (_, i) => i * 2); // faster than one decode per move
    const jumps = [150, 3, 190, 40, 41, 42, 120, 0, 177];
    const { webview, cached, shown, decoded } = await run([...scrub, ...jumps], 3);
    assert.ok(cached.has(177));
    assert.equal(shown[shown.length - 1], 177);
    for (let i = 0; i < 200; i++) assert.equal(webview.isInFlight(i), false, `frame ${i} still awaited`);
    // Cancelled prefetches were not decoded: far fewer decodes than frames passed over plus their neighbours.
    assert.ok(decoded.length < scrub.length + jumps.length * 11, `${decoded.length} decodes`);
    assert.equal(new Set(decoded).size, decoded.length, 'a frame was decoded twice');
  });

  it('decodes the newest wanted frame next while scrubbing, not the trail', async () => {
    // Eight moves while one frame decodes: 10 and 20 are asked (two visible requests in flight at most), 30 to
    // 70 never are, and 80, asked when 10 comes back, decodes before 20.
    const { decoded, shown } = await run([10, 20, 30, 40, 50, 60, 70, 80], 8);
    assert.deepEqual(
      decoded.filter((i) => i % 10 === 0),
      [10, 80, 20],
    );
    assert.deepEqual(shown, [80]);
  });
});
