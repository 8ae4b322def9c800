import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { crampNowCommand, registerCrampNowCommand } from '@/lib/cramp/command';
import {
  crampNowRequestStorage,
  requestCrampNow,
  takeCrampNowRequest,
  watchCrampNowRequest,
} from '@/lib/cramp/request';

type Fake = { sidePanel?: unknown; commands?: unknown };
type Listener = (command: string, tab?: { windowId?: number }) => void;

afterEach(() => {
  delete (fakeBrowser as unknown as Fake).sidePanel;
  vi.useRealTimers();
});

/** A keyboard-commands event whose listeners the test calls as Chrome would. */
function stubCommands(): Listener[] {
  const listeners: Listener[] = [];
  (fakeBrowser as unknown as Fake).commands = {
    onCommand: {
      addListener: (listener: Listener) => listeners.push(listener),
    },
  };
  return listeners;
}

describe('the Cramp now request', () => {
  it('is taken once, and a stale one is ignored', async () => {
    await requestCrampNow();
    expect(await takeCrampNowRequest()).toBe(true);
    expect(await takeCrampNowRequest()).toBe(false);
    await requestCrampNow(Date.now() - 10 * 60_000);
    expect(await takeCrampNowRequest()).toBe(false);
    await crampNowRequestStorage.setValue('soon' as never);
    expect(await takeCrampNowRequest()).toBe(false);
  });

  it('reaches a panel that is already open', async () => {
    const onRequest = vi.fn();
    const unwatch = watchCrampNowRequest(onRequest);
    await requestCrampNow();
    await vi.waitFor(() => expect(onRequest).toHaveBeenCalledOnce());
    unwatch();
  });
});

describe('the Cramp now keyboard command', () => {
  it('opens the side panel inside the key press, before anything is awaited, then asks for the flow', async () => {
    const listeners = stubCommands();
    const open = vi.fn(async () => {});
    (fakeBrowser as unknown as Fake).sidePanel = { open };
    registerCrampNowCommand();
    expect(listeners).toHaveLength(1);
    listeners[0]?.(crampNowCommand, { windowId: 4 });
    expect(open).toHaveBeenCalledWith({ windowId: 4 });
    await vi.waitFor(async () => expect(await takeCrampNowRequest()).toBe(true));
  });

  it('ignores the timer’s commands', async () => {
    const listeners = stubCommands();
    const open = vi.fn(async () => {});
    (fakeBrowser as unknown as Fake).sidePanel = { open };
    registerCrampNowCommand();
    listeners[0]?.('timer-start-pause', { windowId: 4 });
    expect(open).not.toHaveBeenCalled();
    expect(await crampNowRequestStorage.getValue()).toBeNull();
  });
});
