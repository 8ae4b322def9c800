#!/usr/bin/env node
// Headless runs in Firefox ESR over WebDriver BiDi (Firefox's own remote protocol; no geckodriver):
// 1. the Firefox build installed from the profile, its sidebar page shows the four methods;
// 2. a time-scaled Firefox build (10 protocol minutes = 2 s) runs a whole contrast session started from
//    the sidebar page's Start button: each phase change on time, a notification for it, the session in
//    the history at the end.
// 3. two-switch scanning: Space moves the highlight, Enter selects, as a switch interface types them.
// Skips with a message when Firefox ESR is not installed (`apt-get install firefox-esr`).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';

const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  console.log(`Firefox smoke: skipped, ${firefox} is not installed`);
  process.exit(0);
}
const addon = resolve(join(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2'));
const scale = 300;
const scaledOut = `${process.env.WXT_OUT_DIR ?? '.output'}-firefox-scaled`;

/** Starts Firefox ESR headless with the add-on at `addonDir` installed; returns a BiDi client. */
async function launchFirefox(addonDir) {
  const addonId = JSON.parse(readFileSync(join(addonDir, 'manifest.json'), 'utf8')).browser_specific_settings
    .gecko.id;
  const uuid = '5b0c6d1e-7a53-4d0e-9c2f-2a1f6c3d9e10';
  const profile = mkdtempSync(join(tmpdir(), 'spasm-relief-firefox-'));
  // A fixed internal UUID makes the moz-extension:// URL predictable; no network, no first-run pages.
  writeFileSync(
    join(profile, 'user.js'),
    [
      `user_pref("extensions.webextensions.uuids", ${JSON.stringify(JSON.stringify({ [addonId]: uuid }))});`,
      'user_pref("browser.shell.checkDefaultBrowser", false);',
      'user_pref("datareporting.policy.dataSubmissionEnabled", false);',
      'user_pref("app.update.enabled", false);',
      'user_pref("network.proxy.type", 0);',
      // ESR honours this: the unsigned build installs from the profile's extensions folder, enabled.
      'user_pref("xpinstall.signatures.required", false);',
      'user_pref("extensions.autoDisableScopes", 0);',
      'user_pref("extensions.enabledScopes", 15);',
      `user_pref("browser.startup.homepage", "moz-extension://${uuid}/sidepanel.html");`,
      'user_pref("browser.startup.page", 1);',
    ].join('\n'),
  );
  mkdirSync(join(profile, 'extensions'));
  const artifacts = mkdtempSync(join(tmpdir(), 'spasm-relief-xpi-'));
  execFileSync(
    'npx',
    ['web-ext', 'build', '--source-dir', addonDir, '--artifacts-dir', artifacts, '--filename', 'addon.zip'],
    { stdio: 'ignore' },
  );
  renameSync(join(artifacts, 'addon.zip'), join(profile, 'extensions', `${addonId}.xpi`));
  rmSync(artifacts, { recursive: true, force: true });
  const port = 9300 + Math.floor(Math.random() * 400);
  const child = spawn(
    firefox,
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', String(port)],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const close = () => {
    child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  const ws = await new Promise((resolveSocket, reject) => {
    const tryConnect = (attempt) => {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/session`);
      socket.once('open', () => resolveSocket(socket));
      socket.once('error', () =>
        attempt > 100
          ? reject(new Error('no BiDi endpoint'))
          : setTimeout(() => tryConnect(attempt + 1), 300),
      );
    };
    tryConnect(0);
  }).catch((error) => {
    close();
    throw error;
  });
  let nextId = 1;
  const pending = new Map();
  ws.on('message', (data) => {
    const message = JSON.parse(String(data));
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.type === 'error') waiter.reject(new Error(`${message.error}: ${message.message}`));
    else waiter.resolve(message.result);
  });
  const send = (method, params) =>
    new Promise((resolveCall, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolveCall, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: {} });
  let context;
  /** Evaluates an expression (awaiting a promise) in the sidebar page; returns its JSON result. */
  const evaluate = async (expression) => {
    if (!context) {
      for (let i = 0; i < 100 && !context; i++) {
        const { contexts } = await send('browsingContext.getTree', {});
        context = contexts.find((c) => c.url.startsWith('moz-extension://'))?.context;
        if (!context) await new Promise((r) => setTimeout(r, 200));
      }
      if (!context) throw new Error('the sidebar page never opened');
    }
    const result = await send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`${expression}: ${result.exceptionDetails.text}`);
    return JSON.parse(result.result.value ?? 'null');
  };
  /** Presses and releases `key` as a real key press (a switch interface types a key). */
  const press = async (key) => {
    await evaluate('true');
    await send('input.performActions', {
      context,
      actions: [
        {
          type: 'key',
          id: 'switch',
          actions: [
            { type: 'keyDown', value: key },
            { type: 'keyUp', value: key },
          ],
        },
      ],
    });
  };
  return {
    addonId,
    evaluate,
    press,
    async close() {
      await send('session.end', {}).catch(() => {});
      ws.close();
      close();
    },
  };
}

/** Polls `expression` in the page until `test` holds on its value. */
async function waitFor(ff, expression, test, what, timeoutMs = 10_000) {
  const started = Date.now();
  let value;
  for (;;) {
    value = await ff.evaluate(expression).catch(() => undefined);
    if (test(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** An expression that clicks the button whose whole text is `label`, as a user would. */
const clickButton = (label) =>
  `(() => { const b = [...document.querySelectorAll('button')].find((x) => x.textContent.trim() === ${JSON.stringify(label)}); if (!b) throw new Error('no button ' + ${JSON.stringify(label)}); b.click(); return true; })()`;

async function sidebarShowsFourMethods() {
  const ff = await launchFirefox(addon);
  try {
    const names = await waitFor(
      ff,
      "[...document.querySelectorAll('.method-name')].map((e) => e.textContent)",
      (value) => Array.isArray(value) && value.length === 4,
      'the sidebar page never showed four methods',
    );
    console.log(
      `Firefox smoke: ${ff.addonId} installed in ${firefox}; sidebar page shows ${names.join(', ')}`,
    );
  } finally {
    await ff.close();
  }
}

async function timerSessionRuns() {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    env: { ...process.env, WXT_TIME_SCALE: String(scale), WXT_OUT_DIR: scaledOut },
    stdio: 'ignore',
  });
  const ff = await launchFirefox(resolve(scaledOut, 'firefox-mv2'));
  try {
    await waitFor(ff, "document.querySelectorAll('.method-name').length", (n) => n === 4, 'no panel');
    // C H C, 10 protocol minutes each (2 s here), no heads-ups; sound off (headless has no audio device).
    await ff.evaluate(`browser.storage.sync.set({
      contrastTimerSettings: { coldMinutes: 10, hotMinutes: 10, rounds: 1, swapSeconds: 0, hotReadyMinutes: 0, endsSoonSeconds: 0 },
      contrastAlertSettings: { sound: false, volume: 50, repeatUntilAcknowledged: false, speech: false, caregiverPopup: false },
    })`);
    await ff.evaluate(clickButton('Contrast timer'));
    await waitFor(
      ff,
      "document.querySelector('[data-testid=\"timer-plan\"]')?.textContent.startsWith('3 phases, 30 min') ?? false",
      Boolean,
      'settings not shown',
    );
    // Headless Firefox has no notification display: it closes each notification as soon as it is
    // created, so `onClosed` (or `onShown`, on a desktop) for an alert's id is the evidence of one.
    // Each alert has its own notification id (`contrast-timer-alert:<session>#<alert>`): count the ids.
    await ff.evaluate(
      `(() => { window.__alerts = new Set(); const seen = (id) => { if (id.startsWith('contrast-timer-alert:')) window.__alerts.add(id); }; browser.notifications.onShown?.addListener(seen); browser.notifications.onClosed.addListener(seen); return true; })()`,
    );
    await ff.evaluate(clickButton('Start'));
    const state = '(browser.storage.local.get("contrastTimerState").then((r) => r.contrastTimerState))';
    let current = await waitFor(ff, state, (s) => s?.status === 'running', 'the timer never started');
    const lateness = [];
    for (const step of [1, 2, 3]) {
      const deadline = current.endsAt;
      current = await waitFor(ff, state, (s) => (s?.session?.stepIndex ?? 0) >= step, `no phase ${step}`);
      const late = (current.session?.alert?.raisedAt ?? Number.NaN) - deadline;
      lateness.push(late);
      if (!(late >= -50 && late <= 1500))
        throw new Error(`phase ${step} changed ${late} ms after its deadline`);
      await waitFor(ff, 'window.__alerts.size', (n) => n >= step, `no notification for phase ${step}`, 3000);
    }
    if (current.status !== 'finished') throw new Error(`session ended as ${current.status}`);
    const history = await ff.evaluate(
      '(browser.storage.local.get("contrastHistory").then((r) => r.contrastHistory))',
    );
    if (history?.length !== 1 || history[0].outcome !== 'finished')
      throw new Error(`history is ${JSON.stringify(history)}`);
    console.log(
      `Firefox smoke: a time-scaled contrast session (C H C) ran from the sidebar's Start button; phase changes ${lateness.map((l) => l.toFixed(0)).join(', ')} ms after their deadlines, a notification each, recorded as finished`,
    );
  } finally {
    await ff.close();
  }
}

/** Two-switch scanning in the sidebar: Space moves the highlight by groups, Enter opens one. */
async function twoSwitchScanningWorks() {
  const ff = await launchFirefox(addon);
  try {
    await waitFor(ff, "document.querySelectorAll('.method-name').length", (n) => n === 4, 'no panel');
    await ff.evaluate(`browser.storage.sync.set({
      inputMode: { mode: 'two-switches', moveKey: ' ', selectKey: 'Enter', itemMs: 1000, firstItemExtraMs: 700, loops: 2, debounceMs: 0, dwellMs: 1000, tick: false, offered: true },
      'inputMode$': { v: 1 },
    })`);
    const lit = "document.querySelector('[data-scan-highlight]')?.getAttribute('data-scan-group') ?? ''";
    const first = await waitFor(ff, lit, (group) => Boolean(group), 'no scan highlight in two-switch mode');
    // Move (Space) until "Cramp now" is lit, then select (Enter): its flow opens on "where".
    const seen = [first];
    for (let moves = 0; moves < 12 && seen.at(-1) !== 'cramp-now'; moves++) {
      const before = seen.at(-1);
      await ff.press(' ');
      seen.push(
        await waitFor(
          ff,
          lit,
          (group) => group !== before,
          `Space did not move the highlight from ${before}`,
        ),
      );
    }
    if (seen.at(-1) !== 'cramp-now') throw new Error(`never reached Cramp now: ${seen.join(' > ')}`);
    await ff.press('\uE007');
    await waitFor(
      ff,
      "Boolean(document.querySelector('.cramp-where'))",
      Boolean,
      'Enter on Cramp now did not open it',
    );
    console.log(
      `Firefox smoke: two-switch scanning in the sidebar, ${seen.length - 1} Space presses (${seen.join(' > ')}) and Enter opened Cramp now`,
    );
  } finally {
    await ff.close();
  }
}

const timeout = setTimeout(() => {
  console.error('Firefox smoke: FAIL timed out after 180 s');
  process.exit(1);
}, 180_000);
try {
  await sidebarShowsFourMethods();
  await twoSwitchScanningWorks();
  await timerSessionRuns();
} catch (error) {
  console.error(`Firefox smoke: FAIL ${error.message}`);
  process.exit(1);
}
clearTimeout(timeout);
