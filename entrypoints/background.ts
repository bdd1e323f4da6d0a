/**
 * Background: runs the engine for content scripts and the popup's "check text", keeps the
 * per-tab badge, and owns the "Check selection with Sumber" menu item. All logic lives in
 * utils/background-*.ts (tested with fakeBrowser); this file only wires browser events to it.
 */
import { browser } from 'wxt/browser';
import type { BadgeApi } from '@/utils/badge';
import { createBackgroundHandler } from '@/utils/background-handler';
import { MENU_ID, onMenuClicked, pickStorage } from '@/utils/background-menu';
import { menuTitle, pageStrings } from '@/utils/background-strings';
import { createT, resolveLang } from '@/utils/i18n';
import { loadSettings, watchSettings, type Settings } from '@/utils/settings';

export default defineBackground(() => {
  // Firefox MV2 has browserAction, MV3 has action.
  const badge = (browser.action ?? browser.browserAction) as unknown as BadgeApi;

  const uiLanguage = (settings: Settings) =>
    resolveLang(settings.uiLanguage, browser.i18n.getUILanguage());
  const handler = createBackgroundHandler({
    extensionId: browser.runtime.id,
    badge,
    loadSettings,
    uiStrings: (settings) => pageStrings(uiLanguage(settings)),
    translator: (settings) => createT(uiLanguage(settings)),
  });

  // Returning the promise answers the sender; a rejection reaches it as an error.
  browser.runtime.onMessage.addListener((message, sender) => handler.handle(message, sender));

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    // A page starting to load wakes the worker: a good moment to compile the engine.
    // `loading` also comes for same-document navigation: the handler keeps the badge then.
    if (changeInfo.status === 'loading')
      void handler.onTabLoading(tabId).then(() => handler.warmUp());
  });
  browser.tabs.onRemoved.addListener((tabId) => handler.onTabRemoved(tabId));
  watchSettings((settings) => {
    void handler.onSettingsChanged(settings);
    // The menu speaks the UI language the user chose, too.
    void browser.contextMenus
      .update(MENU_ID, { title: menuTitle(uiLanguage(settings)) })
      .catch(() => {});
  });

  browser.runtime.onInstalled.addListener(() => {
    // removeAll first: onInstalled also fires on update, and ids must stay unique.
    void Promise.all([loadSettings(), browser.contextMenus.removeAll()]).then(([settings]) =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: menuTitle(uiLanguage(settings)),
        contexts: ['selection'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info) => {
    void onMenuClicked(info, {
      storage: pickStorage(browser.storage),
      openTab: (url) => browser.tabs.create({ url }),
      getURL: (path) => browser.runtime.getURL(path as '/popup.html'),
    }).catch((error: unknown) => console.warn('[sumber] could not open the check view', error));
  });
});
