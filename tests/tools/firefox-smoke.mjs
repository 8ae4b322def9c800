#!/usr/bin/env node
// Headless smoke run in Firefox ESR: install the Firefox build as a temporary add-on over WebDriver BiDi
// (Firefox's own remote protocol; no geckodriver needed), open the sidebar page and check that the four
// methods render. Skips with a message when Firefox ESR is not installed (`apt-get install firefox-esr`).
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
const addonId = JSON.parse(readFileSync(join(addon, 'manifest.json'), 'utf8')).browser_specific_settings.gecko
  .id;
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
  ['web-ext', 'build', '--source-dir', addon, '--artifacts-dir', artifacts, '--filename', 'addon.zip'],
  {
    stdio: 'ignore',
  },
);
renameSync(join(artifacts, 'addon.zip'), join(profile, 'extensions', `${addonId}.xpi`));
rmSync(artifacts, { recursive: true, force: true });
const port = 9300 + Math.floor(Math.random() * 400);
const child = spawn(
  firefox,
  ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', String(port)],
  {
    stdio: ['ignore', 'ignore', 'pipe'],
  },
);
const fail = (message) => {
  console.error(`Firefox smoke: FAIL ${message}`);
  child.kill('SIGKILL');
  rmSync(profile, { recursive: true, force: true });
  process.exit(1);
};
const timer = setTimeout(() => fail('timed out after 60 s'), 60_000);

const ws = await new Promise((resolveSocket) => {
  const tryConnect = (attempt) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/session`);
    socket.once('open', () => resolveSocket(socket));
    socket.once('error', () =>
      attempt > 100 ? fail('no BiDi endpoint') : setTimeout(() => tryConnect(attempt + 1), 300),
    );
  };
  tryConnect(0);
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

try {
  await send('session.new', { capabilities: {} });
  let context;
  let names = [];
  for (let i = 0; i < 100 && names.length < 4; i++) {
    const { contexts } = await send('browsingContext.getTree', {});
    context = contexts.find((c) => c.url.startsWith('moz-extension://'))?.context;
    if (!context) {
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    const result = await send('script.evaluate', {
      expression: "JSON.stringify([...document.querySelectorAll('.method-name')].map((e) => e.textContent))",
      target: { context },
      awaitPromise: false,
    });
    names = JSON.parse(result.result.value);
    if (names.length < 4) await new Promise((r) => setTimeout(r, 100));
  }
  if (names.length !== 4) fail(`sidebar page shows ${names.length} methods`);
  console.log(`Firefox smoke: ${addonId} installed in ${firefox}; sidebar page shows ${names.join(', ')}`);
  await send('session.end', {}).catch(() => {});
} catch (error) {
  fail(error.message);
}
clearTimeout(timer);
ws.close();
child.kill();
rmSync(profile, { recursive: true, force: true });
