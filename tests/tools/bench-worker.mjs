#!/usr/bin/env node
// npm run bench:worker — the service worker's cold start to handling an alarm, in Debian's Chromium.
// A contrast session of 1-minute phases runs on a time-scaled build (WXT_TIME_SCALE=30: 1 min → 2 s)
// with heads-ups and chime repeats off, so a phase's deadline alarm is the only alarm due before it
// (no badge refresh inside the last protocol minute). Before every deadline the worker is stopped
// through DevTools (right away, and again shortly before the deadline), so the alarm has to start a
// fresh worker. Prints, median and max over the deadlines: when Chrome started the worker (its
// performance.timeOrigin) relative to the alarm's scheduled time, how long the worker's top-level code
// took (its `worker-ready` mark), how long from its start to the alarm handled (the state's alert
// `raisedAt`), and the alarm's scheduled time to handled. Asserts nothing.
// Chromium is driven through a bare DevTools connection, not Playwright: Playwright pauses every new
// worker until it has attached, which would add its own round trip to each cold start measured.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';
import { chromiumPath, extensionArgs } from './chromium.mjs';

const scale = Number(process.env.BENCH_SCALE ?? 30);
// Its own folder: a time-scaled build must never replace the one other benchmarks and tests use.
const outDir = process.env.BENCH_WORKER_OUT_DIR ?? '.output-bench-worker';
const stopLeadMs = Number(process.env.BENCH_STOP_LEAD_MS ?? 300);
// Five rounds: C H C H C H C H C H C, eleven deadlines, each one an alarm waking a stopped worker.
const settings = {
  coldMinutes: 1,
  hotMinutes: 1,
  rounds: Number(process.env.BENCH_ROUNDS ?? 5),
  swapSeconds: 0,
  hotReadyMinutes: 0,
  endsSoonSeconds: 0,
};
const alerts = {
  sound: true,
  volume: 80,
  repeatUntilAcknowledged: false,
  speech: false,
  caregiverPopup: false,
};

if (process.env.BENCH_SKIP_BUILD !== '1') {
  execFileSync('npx', ['wxt', 'build'], {
    env: { ...process.env, WXT_TIME_SCALE: String(scale), WXT_OUT_DIR: outDir },
    stdio: 'ignore',
  });
}
const extension = resolve(outDir, 'chrome-mv3');
const userDataDir = await mkdtemp(join(tmpdir(), 'spasm-relief-bench-worker-'));
const browser = spawn(
  chromiumPath,
  [
    '--headless',
    '--remote-debugging-port=0',
    `--user-data-dir=${userDataDir}`,
    ...extensionArgs(extension),
    'about:blank',
  ],
  { stdio: ['ignore', 'ignore', 'pipe'] },
);
const endpoint = await new Promise((resolveEndpoint, reject) => {
  let text = '';
  const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${text}`)), 30_000);
  browser.stderr.on('data', (chunk) => {
    text += chunk;
    const match = /DevTools listening on (ws:\/\/\S+)/.exec(text);
    if (match) {
      clearTimeout(timer);
      resolveEndpoint(match[1]);
    }
  });
});

/** A minimal DevTools client: one browser connection, flat sessions. */
const socket = new WebSocket(endpoint, { perMessageDeflate: false });
await new Promise((r, reject) => {
  socket.once('open', r);
  socket.once('error', reject);
});
let nextId = 1;
const pending = new Map();
socket.on('message', (data) => {
  const message = JSON.parse(String(data));
  const call = pending.get(message.id);
  if (!call) return;
  pending.delete(message.id);
  if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
  else call.resolve(message.result);
});
function send(method, params = {}, sessionId = undefined) {
  const id = nextId++;
  socket.send(JSON.stringify({ id, method, params, sessionId }));
  return new Promise((resolveCall, reject) => pending.set(id, { resolve: resolveCall, reject, method }));
}
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs an expression in a target (page or worker) and returns its value. */
async function evaluateIn(sessionId, expression) {
  const { result, exceptionDetails } = await send(
    'Runtime.evaluate',
    { expression, awaitPromise: true, returnByValue: true },
    sessionId,
  );
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

async function workerTarget(extensionId) {
  const { targetInfos } = await send('Target.getTargets');
  return targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  let extensionId;
  for (let i = 0; i < 300 && !extensionId; i++) {
    const { targetInfos } = await send('Target.getTargets');
    const sw = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
    if (sw) extensionId = new URL(sw.url).host;
    else await wait(50);
  }
  if (!extensionId) throw new Error('the extension service worker never started');
  const { targetId } = await send('Target.createTarget', {
    url: `chrome-extension://${extensionId}/alert.html`,
  });
  const { sessionId: page } = await send('Target.attachToTarget', { targetId, flatten: true });
  // The new tab's first document is about:blank: wait for the extension page itself.
  for (let i = 0; i < 400; i++) {
    const ready = await evaluateIn(
      page,
      `location.protocol === 'chrome-extension:' && document.readyState === 'complete'`,
    ).catch(() => false);
    if (ready) break;
    await wait(25);
  }
  await evaluateIn(
    page,
    `chrome.storage.sync.set(${JSON.stringify({ contrastTimerSettings: settings, contrastAlertSettings: alerts })})`,
  );
  await evaluateIn(
    page,
    `chrome.runtime.sendMessage({ type: 'timerCommand', data: { command: 'start' }, id: 1, timestamp: Date.now() })`,
  );
  const readState = () =>
    evaluateIn(page, `chrome.storage.local.get('contrastTimerState').then((r) => r.contrastTimerState)`);

  const runs = [];
  let deadlines = 0;
  for (;;) {
    const state = await readState();
    if (state?.status !== 'running') break;
    const step = state.session.stepIndex;
    deadlines++;
    const alarm = await evaluateIn(
      page,
      `chrome.alarms.getAll().then((all) => all.find((a) => a.name.startsWith('contrast|end|') && a.name.endsWith('|${step}')))`,
    );
    // Stop the worker now (the last phase change woke it), and again just before the deadline (in case
    // anything woke it since); the deadline's alarm then starts a fresh worker.
    let target = await workerTarget(extensionId);
    if (target) await send('Target.closeTarget', { targetId: target.targetId });
    const lastStopAt = state.endsAt - stopLeadMs;
    if (lastStopAt > Date.now()) {
      await wait(lastStopAt - Date.now());
      target = await workerTarget(extensionId);
      if (target) await send('Target.closeTarget', { targetId: target.targetId });
    }
    const stoppedAt = Date.now();
    let next;
    for (let i = 0; i < 1500; i++) {
      next = await readState();
      if (next?.session?.stepIndex !== step || next?.status !== 'running') break;
      await wait(10);
    }
    const raisedAt = next?.session?.alert?.raisedAt;
    // Read the start figures from the worker that handled it (attaching to a running worker does not
    // change what it already did).
    target = await workerTarget(extensionId);
    let timing;
    if (target) {
      const { sessionId } = await send('Target.attachToTarget', { targetId: target.targetId, flatten: true });
      timing = await evaluateIn(
        sessionId,
        `({ timeOrigin: performance.timeOrigin, ready: performance.getEntriesByName('worker-ready')[0]?.startTime })`,
      );
      await send('Target.detachFromTarget', { sessionId });
    }
    const scheduled = alarm?.scheduledTime;
    if (process.env.BENCH_DEBUG)
      console.log(JSON.stringify({ step, stoppedAt, scheduled, raisedAt, timing }));
    // Counted when the worker that handled the deadline started after the last stop: a cold start.
    if (scheduled && raisedAt && timing?.ready !== undefined && timing.timeOrigin > stoppedAt) {
      runs.push({
        start: timing.timeOrigin - scheduled,
        evaluation: timing.ready,
        handled: raisedAt - scheduled,
        handledFromStart: raisedAt - timing.timeOrigin,
      });
    }
    // Let the notification and badge work finish before the next stop.
    await wait(150);
  }

  const row = (name, values) =>
    console.log(
      `${name.padEnd(58)} ${median(values).toFixed(1).padStart(8)} ${Math.max(...values)
        .toFixed(1)
        .padStart(8)}`,
    );
  console.log(
    `Worker cold start on an alarm, scale ${scale}×: ${runs.length} of ${deadlines} deadlines woke a stopped worker (ms)`,
  );
  if (runs.length === 0) {
    console.log('  no deadline woke a stopped worker: nothing to report');
  } else {
    console.log(`${'measure'.padEnd(58)} ${'median'.padStart(8)} ${'max'.padStart(8)}`);
    row(
      'alarm scheduled → Chrome starts the worker',
      runs.map((r) => r.start),
    );
    row(
      "worker's top-level code evaluated (from its start)",
      runs.map((r) => r.evaluation),
    );
    row(
      'worker start → alarm handled (alert raised)',
      runs.map((r) => r.handledFromStart),
    );
    row(
      'alarm scheduled → alarm handled',
      runs.map((r) => r.handled),
    );
  }
} finally {
  socket.close();
  browser.kill();
  await new Promise((r) => (browser.exitCode === null ? browser.once('exit', r) : r()));
  await rm(userDataDir, { recursive: true, force: true });
}
