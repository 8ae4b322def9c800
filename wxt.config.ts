import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { finderData } from './lib/muscles/finder/data';

/**
 * webextension-polyfill is a CommonJS (UMD) file. Bundled as such, the CommonJS interop copies every
 * property of the exported object, and where the browser's own `browser` namespace is exported (Chrome
 * and Firefox today) reading each property descriptor builds every API binding: about 5 ms at each
 * panel load and worker start. As an ES module with one default export it costs nothing.
 */
const polyfillAsEsModule: Plugin = {
  name: 'spasm-relief:webextension-polyfill-esm',
  transform: {
    filter: { id: /webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/ },
    handler: (code) =>
      `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`,
  },
};

/**
 * The side panel's stylesheet goes into its HTML as a `<style>` element (Chrome build). As a file it
 * was a second fetch before first paint, and a module script does not run while a stylesheet is still
 * loading: the stylesheet often arrived after the script and held it up. The script gets
 * `blocking="render"` (Vite drops the attribute from the source HTML), so no frame is painted with
 * the inlined stylesheet before the script has applied the user's theme and text size. An extension
 * page's content security policy restricts scripts, not styles.
 */
const inlinePanelStylesheet: Plugin = {
  name: 'spasm-relief:inline-panel-stylesheet',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const text = (source: string | Uint8Array) =>
      typeof source === 'string' ? source : new TextDecoder().decode(source);
    for (const page of Object.values(bundle)) {
      if (page.type !== 'asset' || !/(^|[\\/])sidepanel([\\/]index)?\.html$/.test(page.fileName)) continue;
      const inlined = text(page.source).replace(
        /<link rel="stylesheet"[^>]*? href="\/([^"]+\.css)">/g,
        (link, file: string) => {
          const sheet = bundle[file];
          if (sheet?.type !== 'asset') return link;
          const css = text(sheet.source);
          // Cannot happen with Vite's CSS output, but such a stylesheet could not sit in <style>.
          if (/<\/style/i.test(css)) return link;
          delete bundle[file];
          return `<style>${css}</style>`;
        },
      );
      page.source = inlined.replace(
        /<script type="module"(?![^>]*\bblocking=)/g,
        '<script type="module" blocking="render"',
      );
    }
  },
};

/**
 * One config for Chrome/Edge (MV3 side panel) and Firefox (sidebar_action).
 * WXT_OUT_DIR lets several builds (e.g. a time-scaled e2e build) live side by side.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: ({ browser }) => ({
    plugins: [preact(), polyfillAsEsModule, ...(browser === 'firefox' ? [] : [inlinePanelStylesheet])],
    // Every browser we support has <link rel="modulepreload">; the polyfill would be one more file.
    build: { modulePreload: { polyfill: false } },
  }),
  hooks: {
    // Start-up speed (tests/tools/bench-startup.mjs): every file an extension page loads costs a few
    // milliseconds, one after another. Built with the other pages, the panel shared chunks with the
    // alert page and loaded three scripts and two stylesheets; built alone, with everything its first
    // screen needs in its entry chunk, it loads one script and one stylesheet (the lazy views import
    // from that chunk), and in Chrome the stylesheet is inlined (inlinePanelStylesheet).
    'entrypoints:grouped': (_wxt, groups) => {
      const index = groups.findIndex(
        (group) => Array.isArray(group) && group.length > 1 && group.some((e) => e.name === 'sidepanel'),
      );
      const group = groups[index];
      if (!Array.isArray(group)) return;
      groups.splice(
        index,
        1,
        group.filter((e) => e.name === 'sidepanel'),
        group.filter((e) => e.name !== 'sidepanel'),
      );
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length !== 1 || entrypoints[0]?.name !== 'sidepanel') return;
      // WXT gives this build one output object (chunk and asset names); add the grouping to it.
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) throw new Error('Unexpected WXT build config for the side panel');
      output.codeSplitting = { groups: [{ name: 'sidepanel', tags: ['$initial'] }] };
    },
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
      // "Cramp now" from anywhere in the browser: opens the panel on the flow (lib/cramp/command.ts).
      'cramp-now': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_commandCrampNow__',
      },
      // The contrast timer's two shortcuts (Chrome allows four with suggested keys: these four).
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
