import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { finderData } from './lib/muscles/finderData';

/**
 * One config for Chrome/Edge (MV3 side panel) and Firefox (sidebar_action).
 * WXT_OUT_DIR lets several builds (e.g. a time-scaled e2e build) live side by side.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The finder's data as a packaged file: the background worker reads it instead of bundling it
    // (lib/lookup/finderSource.ts), which keeps the worker under its size budget.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'finder-data.json', contents: JSON.stringify(finderData) });
    },
  },
  // Without a display there is no browser to open: WXT then prints "load manually".
  webExt: {
    disabled: process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY,
    binaries: { chrome: '/usr/bin/chromium' },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Minimal permissions: each one is listed with its reason in README.md.
    permissions: [
      'storage',
      // The finder's "Find the antagonist for …" item on selected text.
      'contextMenus',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen', 'tts']),
    ],
    action: { default_title: '__MSG_actionTitle__' },
    // Type `cramp` and a place in the address bar to look up its antagonist.
    omnibox: { keyword: 'cramp' },
    commands: {
      ...(browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+S' },
              description: '__MSG_commandOpenPanel__',
            },
          }
        : {
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+S' },
              description: '__MSG_commandOpenPanel__',
            },
          }),
      // The contrast timer's two shortcuts (Chrome allows four with suggested keys).
      'timer-start-pause': {
        suggested_key: { default: 'Alt+Shift+T' },
        description: '__MSG_timerCommandStartPause__',
      },
      'timer-acknowledge': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: '__MSG_timerCommandAcknowledge__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'spasm-relief@spasm-relief.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
