// One place for how every test and benchmark starts Debian's Chromium with the extension loaded.

/** Debian's Chromium (never a downloaded browser); CHROMIUM_PATH overrides. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Command-line flags for a headless Chromium that loads one unpacked extension. The networking flags
 * keep Chromium's own background traffic down on a machine with no network.
 * @param {string} extensionPath folder of the unpacked build
 * @returns {string[]}
 */
export function extensionArgs(extensionPath) {
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
