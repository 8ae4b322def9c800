import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { startRecordingProxy } from './network-guard';

const log = '.e2e-artifacts/network-requests.jsonl';

/**
 * Chromium's own background traffic (sign-in and the extension/component updater), not the extension's:
 * Chromium sends it even with --disable-background-networking. Only the proxy sees these; requests made
 * by extension pages or the worker are also recorded per context by the harness, with no exception.
 */
const browserInternalHosts = [
  /^accounts\.google\.com(:443)?$/,
  /^(http:\/\/)?update\.googleapis\.com(:443|\/)/,
  // The component updater's download redirector (seen once, from the browser process, not a page).
  /^(http:\/\/)?redirector\.gvt1\.com(:443|\/)/,
  // GCM, Chromium's own push-messaging channel (seen in a full run on a loaded machine: only the proxy
  // saw it; no extension page or worker recorded a request).
  /^android\.clients\.google\.com(:443)?$/,
];
const isBrowserInternal = (target: string) => browserInternalHosts.some((host) => host.test(target));

/**
 * Starts one recording proxy for the whole e2e run (the harness points every Chromium at it through
 * E2E_PROXY) and fails the run if the extension's pages or worker made any network request.
 */
export default async function setup() {
  mkdirSync('.e2e-artifacts', { recursive: true });
  rmSync(log, { force: true });
  const proxy = await startRecordingProxy();
  process.env.E2E_PROXY = proxy.url;
  process.env.E2E_NETWORK_LOG = log;
  return async () => {
    await proxy.close();
    const internal = proxy.requests.filter((r) => isBrowserInternal(r.target));
    for (const request of proxy.requests) {
      if (!isBrowserInternal(request.target))
        appendFileSync(log, `${JSON.stringify({ via: 'proxy', ...request })}\n`);
    }
    const recorded = existsSync(log) ? readFileSync(log, 'utf8').trim() : '';
    if (recorded) throw new Error(`The extension made network request(s):\n${recorded}`);
    console.log(
      `Network guard: no network request from any extension page or worker (proxy also refused ${internal.length} of Chromium's own sign-in/updater/GCM requests)`,
    );
  };
}
