/**
 * The background's message handling, apart from the extension APIs it is wired to so that
 * tests can drive it with fakeBrowser: every message is validated, the engine runs here
 * (keeping the content script small), and the badge follows each tab's last report.
 */
import { analyze as coreAnalyze, type AnalyzeOptions } from '@/core/analyze';
import { createRegistry, type OutletRegistry } from '@/core/outlets';
import type { ArticleInput, Block, Report } from '@/core/report';
import {
  applyBadge,
  badgeFor,
  clearBadge,
  EMPTY_BADGE,
  type BadgeApi,
  type BadgeLook,
} from '@/utils/badge';
import { createT, type Translator } from '@/utils/i18n';
import { BackgroundRequest, MAX_CHECK_TEXT, type UiStrings } from '@/utils/messages';
import type { Settings } from '@/utils/settings';

export interface MessageSender {
  id?: string;
  tab?: { id?: number };
}

export interface BackgroundDeps {
  /** `browser.runtime.id`: only this extension's pages and content scripts are answered. */
  extensionId: string;
  badge: BadgeApi;
  loadSettings: () => Promise<Settings>;
  analyze?: (input: ArticleInput, options: AnalyzeOptions) => Report;
  uiStrings?: (settings: Settings) => UiStrings;
  /** The badge tooltip's language (the user's UI language); English when not given. */
  translator?: (settings: Settings) => Translator;
}

/** A message this handler refuses: from elsewhere, or not matching the schema. */
export class RejectedMessage extends Error {
  override name = 'RejectedMessage';
}

export interface BackgroundHandler {
  /** Answers one runtime message; rejects (with a readable reason) what it cannot accept. */
  handle(message: unknown, sender: MessageSender): Promise<unknown>;
  /**
   * The tab reported `loading`: a new document, or only a same-document navigation (an
   * anchor, pushState, replaceState), which Chrome reports the same way. The badge is left
   * alone (the browser resets it for a new document itself); the report is held back from
   * redraws until the tab's content script confirms it or replaces it.
   */
  onTabLoading(tabId: number): Promise<void>;
  onTabRemoved(tabId: number): void;
  /** Settings changed (badge flags): redraw every badge from the reports kept. */
  onSettingsChanged(settings: Settings): Promise<void>;
  /** What the badge of a tab shows now (for tests and the popup). */
  badgeOf(tabId: number): BadgeLook;
  /**
   * Compiles the engine's lexicons and the outlet matcher ahead of the first article (about
   * 100-150 ms the first time, per worker life), so a page that starts loading pays it
   * while it loads rather than after its extraction. Once per handler; never throws.
   */
  warmUp(): Promise<void>;
}

/** One sentence per language: enough for analyze() to compile both packs and the registry. */
const WARM_UP_INPUTS: ArticleInput[] = [
  {
    blocks: [
      { type: 'p', text: 'The minister said the port would open, according to state media.' },
    ],
    langHint: 'en',
  },
  {
    blocks: [
      { type: 'p', text: 'Menurut media pemerintah, menteri mengatakan pelabuhan akan dibuka.' },
    ],
    langHint: 'id',
  },
];

/** Pasted text: paragraphs are separated by blank lines; whitespace collapses as in a page. */
export function textToInput(text: string, lang?: 'en' | 'id'): ArticleInput {
  const blocks: Block[] = text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part.length > 0)
    .map((part) => ({ text: part, type: 'p' as const }));
  return { blocks, isArticle: true, langHint: lang ?? null };
}

export function createBackgroundHandler(deps: BackgroundDeps): BackgroundHandler {
  const analyze = deps.analyze ?? coreAnalyze;
  const reports = new Map<number, Report>();
  const badges = new Map<number, BadgeLook>();
  /** Tabs that navigated since their report: it may belong to a document that is gone. */
  const unconfirmed = new Set<number>();
  const translate = (settings: Settings) => deps.translator?.(settings) ?? createT('en');
  let registryKey = '';
  let registry: OutletRegistry | null = null;
  let warming: Promise<void> | null = null;

  /** The user's outlets change rarely; compile the registry once per distinct list. */
  function registryFor(settings: Settings): OutletRegistry {
    const key = JSON.stringify(settings.userOutlets);
    if (!registry || key !== registryKey) {
      registry = createRegistry(settings.userOutlets);
      registryKey = key;
    }
    return registry;
  }

  async function showBadge(
    tabId: number,
    report: Report | null,
    settings: Settings,
  ): Promise<void> {
    const look = badgeFor(report, settings.badgeFlags, translate(settings));
    badges.set(tabId, look);
    await applyBadge(deps.badge, tabId, look);
  }

  async function forget(tabId: number): Promise<void> {
    reports.delete(tabId);
    badges.delete(tabId);
    unconfirmed.delete(tabId);
    await clearBadge(deps.badge, tabId, translate(await deps.loadSettings()));
  }

  async function handle(message: unknown, sender: MessageSender): Promise<unknown> {
    if (sender.id !== deps.extensionId) {
      console.warn('[sumber] ignored a message from outside this extension');
      throw new RejectedMessage('message not from this extension');
    }
    const parsed = BackgroundRequest.safeParse(message);
    if (!parsed.success) {
      console.warn('[sumber] rejected an invalid message', parsed.error.issues.slice(0, 3));
      throw new RejectedMessage('invalid message');
    }
    const request = parsed.data;
    const tabId = sender.tab?.id;
    switch (request.type) {
      case 'analyze': {
        const settings = await deps.loadSettings();
        const report = analyze(request.input, {
          registry: registryFor(settings),
          ...(request.lang ? { lang: request.lang } : {}),
        });
        if (tabId !== undefined && tabId >= 0) {
          reports.set(tabId, report);
          unconfirmed.delete(tabId);
          await showBadge(tabId, report, settings);
        }
        return report;
      }
      case 'analyze-text': {
        if (request.text.length > MAX_CHECK_TEXT) {
          throw new RejectedMessage(
            `text too long: ${request.text.length} characters (limit ${MAX_CHECK_TEXT})`,
          );
        }
        const settings = await deps.loadSettings();
        const input = textToInput(request.text, request.lang);
        return analyze(input, {
          registry: registryFor(settings),
          ...(request.lang ? { lang: request.lang } : {}),
        });
      }
      case 'tab-state': {
        if (tabId === undefined || tabId < 0) return null;
        // A fresh analysis is on its way, or the page is no article any more: nothing to count.
        if (request.status !== 'ready') {
          await forget(tabId);
          return null;
        }
        // Same story after a same-document navigation: its report holds; draw it again.
        const kept = reports.get(tabId);
        if (kept) {
          unconfirmed.delete(tabId);
          await showBadge(tabId, kept, await deps.loadSettings());
        }
        return null;
      }
      case 'content-settings': {
        const { autoRun, highlightByDefault } = await deps.loadSettings();
        return { autoRun, highlightByDefault };
      }
      case 'ui-strings': {
        const settings = await deps.loadSettings();
        if (!deps.uiStrings) throw new RejectedMessage('no strings available');
        return deps.uiStrings(settings);
      }
    }
  }

  return {
    handle,
    onTabLoading(tabId) {
      if (reports.has(tabId)) unconfirmed.add(tabId);
      return Promise.resolve();
    },
    onTabRemoved(tabId) {
      reports.delete(tabId);
      badges.delete(tabId);
      unconfirmed.delete(tabId);
    },
    async onSettingsChanged(settings) {
      for (const [tabId, report] of reports)
        if (!unconfirmed.has(tabId)) await showBadge(tabId, report, settings);
    },
    badgeOf: (tabId) => badges.get(tabId) ?? EMPTY_BADGE,
    warmUp() {
      warming ??= deps
        .loadSettings()
        .then((settings) => {
          for (const input of WARM_UP_INPUTS) analyze(input, { registry: registryFor(settings) });
        })
        .catch((error: unknown) => console.warn('[sumber] engine warm-up failed', error));
      return warming;
    },
  };
}
