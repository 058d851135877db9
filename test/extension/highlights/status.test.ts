import { describe, expect, it } from 'vitest';
import { AnnotationStatusSlot, type AnnotationStatusSource } from '../../../src/extension/highlights/status';

function fakeSource(status: 'confirmed' | 'rejected'): AnnotationStatusSource & { change(): void } {
  const listeners = new Set<() => void>();
  return {
    statusAt: (file) => (file === 'a.txt' ? status : 'detected'),
    onDidChange: (listener) => {
      listeners.add(listener);
      return { dispose: () => void listeners.delete(listener) };
    },
    change: () => listeners.forEach((l) => l()),
  };
}

describe('AnnotationStatusSlot', () => {
  it('answers detected until a source is plugged in, and again after it is disposed', () => {
    const slot = new AnnotationStatusSlot();
    expect(slot.statusAt('a.txt', 0, 1, 'entity')).toBe('detected');
    const plugged = slot.use(fakeSource('confirmed'));
    expect(slot.statusAt('a.txt', 0, 1, 'entity')).toBe('confirmed');
    expect(slot.statusAt('b.txt', 0, 1, 'entity')).toBe('detected');
    plugged.dispose();
    expect(slot.statusAt('a.txt', 0, 1, 'entity')).toBe('detected');
  });

  it('tells listeners when a source is plugged in, changes, or goes', () => {
    const slot = new AnnotationStatusSlot();
    let fired = 0;
    const subscription = slot.onDidChange(() => fired++);
    const source = fakeSource('rejected');
    const plugged = slot.use(source);
    source.change();
    plugged.dispose();
    source.change(); // no longer plugged in
    expect(fired).toBe(3);
    subscription.dispose();
    slot.use(fakeSource('confirmed'));
    expect(fired).toBe(3);
  });

  it('a replaced source disposing later does not remove its successor', () => {
    const slot = new AnnotationStatusSlot();
    const first = slot.use(fakeSource('rejected'));
    slot.use(fakeSource('confirmed'));
    first.dispose();
    expect(slot.statusAt('a.txt', 0, 1, 'quote')).toBe('confirmed');
  });
});
