import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  afterMethodsPainted,
  markMethodsPainted,
  methodNameTiming,
  methodsPaintedMark,
} from '@/components/panel/paintedMark';

type Callback = (list: { getEntries(): unknown[] }) => void;

/** A PerformanceObserver that reports element timing and lets the test deliver entries. */
function fakeElementTiming() {
  const observers: { callback: Callback; options?: unknown; disconnected: boolean }[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['element', 'mark', 'paint'];
    private readonly record: (typeof observers)[number];
    constructor(callback: Callback) {
      this.record = { callback, disconnected: false };
      observers.push(this.record);
    }
    observe(options: unknown) {
      this.record.options = options;
    }
    disconnect() {
      this.record.disconnected = true;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  const deliver = (...entries: { identifier: string; renderTime: number; startTime?: number }[]) => {
    for (const o of observers) if (!o.disconnected) o.callback({ getEntries: () => entries });
  };
  return { observers, deliver };
}

const marks = () => performance.getEntriesByName(methodsPaintedMark);

describe('markMethodsPainted', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    performance.clearMarks(methodsPaintedMark);
  });

  it('marks when the last of the method names was presented, from buffered element timing', () => {
    const { observers, deliver } = fakeElementTiming();
    markMethodsPainted(4);
    expect(observers[0]?.options).toEqual({ type: 'element', buffered: true });
    deliver(
      { identifier: methodNameTiming, renderTime: 40 },
      { identifier: methodNameTiming, renderTime: 44 },
      { identifier: 'something-else', renderTime: 90 },
    );
    expect(marks()).toHaveLength(0);
    deliver(
      { identifier: methodNameTiming, renderTime: 44 },
      { identifier: methodNameTiming, renderTime: 48 },
    );
    expect(marks().map((m) => m.startTime)).toEqual([48]);
    expect(observers[0]?.disconnected).toBe(true);
  });

  it('sets the mark once per page', () => {
    const { observers } = fakeElementTiming();
    performance.mark(methodsPaintedMark, { startTime: 10 });
    markMethodsPainted(4);
    expect(observers).toHaveLength(0);
    expect(marks()).toHaveLength(1);
  });

  it('falls back to the next frame where element timing is not reported', () => {
    vi.stubGlobal('PerformanceObserver', { supportedEntryTypes: ['mark'] });
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    markMethodsPainted(4);
    expect(marks()).toHaveLength(0);
    for (const frame of frames) frame(0);
    expect(marks()).toHaveLength(1);
  });
});

describe('afterMethodsPainted', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    performance.clearMarks(methodsPaintedMark);
  });

  it('waits for the methods-painted mark, then runs the task once', () => {
    const { observers, deliver } = fakeElementTiming();
    const task = vi.fn();
    afterMethodsPainted(task);
    expect(observers[0]?.options).toEqual({ type: 'mark' });
    deliver({ identifier: '', renderTime: 0, name: 'some-other-mark' } as never);
    expect(task).not.toHaveBeenCalled();
    deliver({ identifier: '', renderTime: 0, name: methodsPaintedMark } as never);
    expect(task).toHaveBeenCalledTimes(1);
    expect(observers[0]?.disconnected).toBe(true);
  });

  it('runs at once when the methods were already painted', () => {
    const { observers } = fakeElementTiming();
    performance.mark(methodsPaintedMark, { startTime: 10 });
    const task = vi.fn();
    afterMethodsPainted(task);
    expect(task).toHaveBeenCalledTimes(1);
    expect(observers).toHaveLength(0);
  });

  it('never runs once cancelled', () => {
    const { deliver } = fakeElementTiming();
    const task = vi.fn();
    afterMethodsPainted(task)();
    deliver({ identifier: '', renderTime: 0, name: methodsPaintedMark } as never);
    expect(task).not.toHaveBeenCalled();
  });

  it('without observable marks, runs in a task after the next frame, not in it', () => {
    vi.useFakeTimers();
    vi.stubGlobal('PerformanceObserver', { supportedEntryTypes: [] });
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const task = vi.fn();
    afterMethodsPainted(task);
    for (const frame of frames) frame(0);
    expect(task).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
  });
});
