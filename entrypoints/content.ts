/**
 * Runs on every http(s) page, so it starts with the cheapest possible question (is this a
 * news article?) and does nothing else when the answer is no. The engine runs in the
 * background; this script extracts, asks, keeps the tab's state and marks the page.
 * Logic: utils/content-runner.ts. This file wires it to the browser.
 */
import { browser } from 'wxt/browser';
import { createContentRunner } from '@/utils/content-runner';
import { extractArticle } from '@/utils/extract/extract';
import { quickArticleCheck } from '@/utils/extract/gate';
import { findArticleRoot } from '@/utils/extract/root';
import { isShown } from '@/utils/extract/visibility';
import { watchLocation } from '@/utils/location-watch';
import type { BackgroundRequest } from '@/utils/messages';

/** The extension is still installed and this copy of the script still belongs to it. */
const extensionAlive = (): boolean => browser.runtime?.id != null;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let tornDown = false;
    const runner = createContentRunner({
      doc: document,
      win: window,
      gate: quickArticleCheck,
      // Only what a reader can see is analysed (stylesheet-hidden blocks are left out).
      extract: (doc, opts) => extractArticle(doc, { ...opts, isVisible: isShown }),
      findRoot: (doc) => findArticleRoot(doc).root,
      send: (message: BackgroundRequest) => {
        if (!extensionAlive()) {
          tearDown();
          return Promise.reject(new Error('the extension was removed or updated'));
        }
        return browser.runtime.sendMessage(message);
      },
      fallbackText: (key) => (browser.i18n.getMessage as (k: string) => string)(key),
    });

    // Only this extension's own pages (the popup) are answered; page scripts cannot reach
    // runtime messaging at all (no externally_connectable), and window messages are not read.
    const onMessage = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
      if (sender.id !== browser.runtime.id) {
        console.warn('[sumber] ignored a message from outside this extension');
        return undefined;
      }
      return runner.handle(message);
    };
    browser.runtime.onMessage.addListener(onMessage);

    // Single-page news sites: a new article without a page load; an anchor is the same story.
    const stopWatching = watchLocation({
      win: window,
      onChange: (hashOnly) => {
        if (!extensionAlive()) return tearDown();
        void runner.onLocationChange(hashOnly);
      },
    });

    function tearDown(): void {
      if (tornDown) return;
      tornDown = true;
      stopWatching();
      browser.runtime?.onMessage?.removeListener(onMessage);
      runner.dispose();
    }

    // WXT invalidates the context when a "newer copy started" event arrives on `document`, and
    // any page can dispatch that event (its name is posted to the page and the id of a store
    // extension is public). A real newer copy means this one's extension is gone: only then
    // stop. WXT 0.21 has no option to skip its post; nothing else here depends on `ctx`.
    ctx.onInvalidated(() => {
      if (!extensionAlive()) tearDown();
      else console.warn('[sumber] ignored a forged "newer content script" event');
    });

    void runner.start();
  },
});
