import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Why each permission is here:
    // - storage: the user's settings (options page) are kept in extension storage.
    // - activeTab + scripting: "analyse anyway" / "check selection" run on the tab the user acts on.
    // - contextMenus: the "Check this selection with Sumber" item.
    // No host permissions: the content script's `matches` already covers http(s) pages, and
    // nothing is fetched from anywhere.
    permissions: ['storage', 'activeTab', 'contextMenus'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sumber@sumber.example',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
