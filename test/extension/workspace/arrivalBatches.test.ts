import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArrivalBatches } from '../../../src/extension/workspace/arrivalBatches';

/** A folder load as the extension sees it: analyses start together and land one by one. */
function harness(maxWaitMs = 3000) {
  const applied: number[][] = [];
  let indexSize = 0;
  let running = 0;
  const batches = new ArrivalBatches<number>({
    apply: (items) => {
      applied.push(items);
      indexSize += items.length;
    },
    indexSize: () => indexSize,
    running: () => running,
    maxWaitMs,
  });
  return {
    applied,
    batches,
    start: (n: number) => (running += n),
    /** One analysis comes back (it stops running, then arrives), as WorkspaceIndex.analyze does. */
    land: (item: number) => {
      running--;
      return batches.add(item);
    },
  };
}

describe('ArrivalBatches', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('puts an edit into the index on the next turn when nothing else is running', async () => {
    const h = harness();
    h.start(1);
    const done = h.land(7);
    expect(h.applied).toEqual([]);
    await vi.advanceTimersByTimeAsync(0);
    await done;
    expect(h.applied).toEqual([[7]]);
  });

  it('loads a large folder in a few batches that grow with the index, not one per arrival', async () => {
    const h = harness(60_000);
    h.start(5000);
    const landed: Promise<void>[] = [];
    for (let i = 0; i < 5000; i++) {
      landed.push(h.land(i));
      // Analyses land on different turns of the event loop.
      await vi.advanceTimersByTimeAsync(1);
    }
    await vi.advanceTimersByTimeAsync(0);
    await Promise.all(landed);
    expect(h.applied.map((b) => b.length)).toEqual([500, 500, 1000, 2000, 1000]);
    expect(h.applied.flat()).toEqual(Array.from({ length: 5000 }, (_, i) => i));
  });

  it('does not keep arrivals waiting past maxWaitMs while others still run', async () => {
    const h = harness(100);
    h.start(3);
    const first = h.land(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(h.applied).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await first;
    expect(h.applied).toEqual([[1]]);
  });

  it('lets the waiting batch go when the analysis it waited for fails', async () => {
    const h = harness();
    h.start(2);
    const first = h.land(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.applied).toEqual([]);
    h.start(-1); // the other analysis threw: it stops running and never arrives
    h.batches.check();
    await vi.advanceTimersByTimeAsync(0);
    await first;
    expect(h.applied).toEqual([[1]]);
  });

  it('lets waiting callers go on dispose without touching the index', async () => {
    const h = harness();
    h.start(2);
    const first = h.land(1);
    h.batches.dispose();
    await first;
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.applied).toEqual([]);
  });
});
