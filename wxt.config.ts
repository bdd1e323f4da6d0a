import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { viteUnicodeClasses } from './cli/unicode-classes.mjs';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The engine's regexes with their Unicode property classes written out as ranges, cheaper
  // for V8 to build in a fresh background worker (cli/unicode-classes.mjs). core/ only: the
  // content script's own classes stay as written (its size is kept small).
  vite: () => ({
    plugins: [preact(), viteUnicodeClasses(fileURLToPath(new URL('.', import.meta.url)), ['core'])],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Why each permission is here (nothing else is asked for):
    // - storage: the user's settings, and the selected text handed from the context menu to
    //   the popup's check view (storage.session).
    // - contextMenus: the "Check selection with Sumber" item.
    // No `tabs`, `activeTab` or `scripting`: the content script is declared for http(s) pages
    // and the popup talks to it by tab id; the badge and `tabs.onUpdated` status need no
    // permission. No host permissions: nothing is fetched from anywhere.
    permissions: ['storage', 'contextMenus'],
    // Rendered by scripts/render-icons.ts; 16 px is drawn for the toolbar on its own.
    icons: ICONS,
    action: { default_title: '__MSG_extName__', default_icon: ICONS },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140 (the current ESR) is the first Firefox that reads data_collection_permissions
            // and has the CSS Custom Highlight API the page marks use; Android reads the
            // data-collection key from 142.
            gecko: {
              id: 'sumber@sumber.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
