const changeChannelName = 'spasm-relief-log-changes';

/** Tells other contexts (panel, worker) the log changed; they re-read. No-op where unsupported. */
export function announceChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(changeChannelName);
  channel.postMessage('changed');
  channel.close();
}

/**
 * Calls `listener` when another context (the worker recording a contrast session, another panel)
 * changes the log. Returns the unsubscribe function.
 */
export function onLogChangedElsewhere(listener: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(changeChannelName);
  channel.onmessage = () => listener();
  return () => channel.close();
}
