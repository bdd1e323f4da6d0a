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
import type { BackgroundRequest } from '@/utils/messages';

function withoutHash(url: URL): string {
  return url.href.slice(0, url.href.length - url.hash.length);
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const runner = createContentRunner({
      doc: document,
      win: window,
      gate: quickArticleCheck,
      // Only what a reader can see is analysed (stylesheet-hidden blocks are left out).
      extract: (doc, opts) => extractArticle(doc, { ...opts, isVisible: isShown }),
      findRoot: (doc) => findArticleRoot(doc).root,
      send: (message: BackgroundRequest) => browser.runtime.sendMessage(message),
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
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      runner.dispose();
    });

    // Single-page news sites: a new article without a page load. A jump to an anchor
    // (#comments) is the same article.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      if (withoutHash(event.newUrl) !== withoutHash(event.oldUrl)) void runner.onLocationChange();
    });

    void runner.start();
  },
});
