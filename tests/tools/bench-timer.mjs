// npm run bench:timer — a full contrast session (default settings: C H C H C H C, heads-ups on) on a
// time-scaled build (WXT_TIME_SCALE=300: 10 min → 2 s) in Debian's Chromium. The panel is closed and
// the service worker is stopped through CDP before every deadline, so each transition needs an alarm
// to wake a fresh worker. Prints the lateness of each phase change (worker-side: alert raisedAt minus
// the deadline) and of the moment an extension page saw it, as median and max in ms.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, extensionArgs } from './chromium.mjs';

const scale = Number(process.env.BENCH_SCALE ?? 300);
const outDir = process.env.WXT_OUT_DIR ?? '.output-bench-timer';
const stopWorker = process.env.BENCH_KEEP_WORKER !== '1';
const stopLeadMs = Number(process.env.BENCH_STOP_LEAD_MS ?? 250);
const settings = {
  coldMinutes: 10,
  hotMinutes: 10,
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
  swapSeconds: 0,
  hotReadyMinutes: 2,
  endsSoonSeconds: 30,
};

if (process.env.BENCH_SKIP_BUILD !== '1') {
  execFileSync('npx', ['wxt', 'build'], {
    env: { ...process.env, WXT_TIME_SCALE: String(scale), WXT_OUT_DIR: outDir },
    stdio: 'ignore',
  });
}
const extension = resolve(outDir, 'chrome-mv3');
const userDataDir = await mkdtemp(join(tmpdir(), 'spasm-relief-bench-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath,
  headless: true,
  args: extensionArgs(extension),
});

async function stopServiceWorker(extensionId) {
  const cdp = await context.browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
    );
    if (target) await cdp.send('Target.closeTarget', { targetId: target.targetId });
  } finally {
    await cdp.detach();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

try {
  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(sw.url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/alert.html`);
  await page.evaluate((s) => chrome.storage.sync.set({ contrastTimerSettings: s }), settings);
  // Record every state change with the page's clock as it arrives.
  await page.evaluate(() => {
    window.changes = [];
    chrome.storage.onChanged.addListener((changes, area) => {
      const change = changes.contrastTimerState;
      if (area === 'local' && change)
        window.changes.push({ seenAt: Date.now(), old: change.oldValue, now: change.newValue });
    });
  });
  await page.evaluate(() =>
    chrome.runtime.sendMessage({
      type: 'timerCommand',
      data: { command: 'start' },
      id: 1,
      timestamp: Date.now(),
    }),
  );
  const worker = [];
  const seen = [];
  for (;;) {
    const state = await page.evaluate(
      async () => (await chrome.storage.local.get('contrastTimerState')).contrastTimerState,
    );
    if (state?.status !== 'running') break;
    const { endsAt } = state;
    const step = state.session.stepIndex;
    if (stopWorker) {
      // Stop it right away, and again shortly before the deadline (a badge or heads-up alarm may have
      // woken it since): the deadline itself must then wake a fresh worker through its alarm.
      await stopServiceWorker(extensionId);
      const lastStopAt = endsAt - stopLeadMs;
      if (lastStopAt > Date.now()) {
        await page.waitForTimeout(lastStopAt - Date.now());
        await stopServiceWorker(extensionId);
      }
    }
    const change = await page.waitForFunction(
      ([s]) =>
        window.changes.find((c) => c.old?.session?.stepIndex === s && (c.now?.session?.stepIndex ?? -1) > s),
      [step],
      { timeout: 30_000, polling: 10 },
    );
    const { seenAt, now } = await change.jsonValue();
    worker.push(now.session.alert.raisedAt - endsAt);
    seen.push(seenAt - endsAt);
    // Let the notification/badge work finish before the next stop.
    await page.waitForTimeout(150);
  }
  const final = await page.evaluate(
    async () => (await chrome.storage.local.get('contrastTimerState')).contrastTimerState,
  );
  const fmt = (values) => `median ${median(values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`;
  console.log(
    `Contrast timer, scale ${scale}×, ${worker.length} transitions, worker ${stopWorker ? 'stopped before every deadline' : 'left running'}; final status: ${final?.status}`,
  );
  console.log(`  per transition (worker): ${worker.map((v) => v.toFixed(0)).join(', ')} ms`);
  console.log(`  lateness in the worker (alert raised − deadline): ${fmt(worker)}`);
  console.log(`  lateness seen by an extension page (storage change − deadline): ${fmt(seen)}`);
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
}
