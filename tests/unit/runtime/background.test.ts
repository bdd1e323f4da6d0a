/** The background's message handling, driven through WXT's fakeBrowser. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Report } from '@/core/report';
import { BADGE_COLORS, type BadgeApi } from '@/utils/badge';
import { createBackgroundHandler, RejectedMessage, textToInput } from '@/utils/background-handler';
import { pageStrings } from '@/utils/background-strings';
import { MAX_CHECK_TEXT } from '@/utils/messages';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { claim, report } from './fixtures';

const badge = fakeBrowser.action as unknown as BadgeApi;
const ME = { id: fakeBrowser.runtime.id };
const tab = (id: number) => ({ ...ME, tab: { id } });
const input = {
  blocks: [{ text: 'Officials said so.', type: 'p' as const }],
  url: 'https://news.example/a',
};

function setup(fixed: Report, settings: Partial<Settings> = {}) {
  let current: Settings = { ...DEFAULT_SETTINGS, ...settings };
  const analyze = vi.fn(() => fixed);
  const handler = createBackgroundHandler({
    extensionId: fakeBrowser.runtime.id,
    badge,
    loadSettings: async () => current,
    analyze,
    uiStrings: () => pageStrings('id'),
  });
  return {
    handler,
    analyze,
    setSettings: (s: Partial<Settings>) => (current = { ...current, ...s }),
    get: () => current,
  };
}

const sample = report([
  claim('c1', 'state_media', ['state_media']),
  claim('c2', 'unnamed_official', ['unnamed_source']),
  claim('c3', 'named_person', []),
]);

describe('background handler', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('analyses in the language the reader picked, and detects it otherwise', async () => {
    const { handler, analyze } = setup(sample);
    await handler.handle({ type: 'analyze', input, lang: 'id' }, tab(7));
    await handler.handle({ type: 'analyze', input }, tab(7));
    const langs = analyze.mock.calls.map((call) => (call as unknown[])[1]);
    expect(langs[0]).toMatchObject({ lang: 'id' });
    expect(langs[1]).not.toHaveProperty('lang');
  });

  it("analyses for a tab, returns the report and sets that tab's badge", async () => {
    const { handler, analyze } = setup(sample);
    await expect(handler.handle({ type: 'analyze', input }, tab(7))).resolves.toEqual(sample);
    expect(analyze).toHaveBeenCalledOnce();
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([
      0xb9, 0x1c, 0x1c, 255,
    ]);
    expect(BADGE_COLORS.most).toBe('#b91c1c');
    // Another tab is untouched.
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
  });

  it('counts only the flags chosen in the settings', async () => {
    const { handler } = setup(sample, { badgeFlags: ['state_media'] });
    await handler.handle({ type: 'analyze', input }, tab(3));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('1');
  });

  it('redraws kept badges when the badge flags change', async () => {
    const { handler, setSettings, get } = setup(sample);
    await handler.handle({ type: 'analyze', input }, tab(4));
    setSettings({ badgeFlags: [] });
    await handler.onSettingsChanged(get());
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('✓');
    expect(handler.badgeOf(4).color).toBe(BADGE_COLORS.none);
  });

  it('keeps the badge through a "loading" that may be a same-document navigation (anchor, pushState)', async () => {
    const { handler } = setup(sample);
    await handler.handle({ type: 'analyze', input }, tab(5));
    await handler.onTabLoading(5);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('2');
    expect(handler.badgeOf(5).text).toBe('2');
  });

  it('after a navigation, redraws a kept report only once the page confirms it', async () => {
    const { handler, setSettings, get } = setup(sample);
    await handler.handle({ type: 'analyze', input }, tab(5));
    await handler.onTabLoading(5);
    // The browser resets a tab's badge for a new document; the kept report must not come back.
    await fakeBrowser.action.setBadgeText({ tabId: 5, text: '' });
    setSettings({ badgeFlags: ['state_media'] });
    await handler.onSettingsChanged(get());
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
    // The same story, confirmed by its content script: drawn again, with the new flags.
    await handler.handle({ type: 'tab-state', status: 'ready', flagged: 0 }, tab(5));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('1');
  });

  it('sets a tooltip saying what the number counts, in the UI language', async () => {
    const { createT } = await import('@/utils/i18n');
    const handler = createBackgroundHandler({
      extensionId: ME.id,
      badge,
      loadSettings: async () => DEFAULT_SETTINGS,
      analyze: () => sample,
      translator: () => createT('id'),
    });
    await handler.handle({ type: 'analyze', input }, tab(11));
    expect(await fakeBrowser.action.getTitle({ tabId: 11 })).toContain('2 dari 3 klaim');
  });

  it('clears the badge when the page says it is re-analysing or no longer an article', async () => {
    const { handler } = setup(sample);
    await handler.handle({ type: 'analyze', input }, tab(6));
    await handler.handle({ type: 'tab-state', status: 'skipped', flagged: 0 }, tab(6));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
  });

  it('shows nothing for a page that is not an article', async () => {
    const { handler } = setup(
      report([claim('c1', 'anonymous', ['unnamed_source'])], { isArticle: false }),
    );
    await handler.handle({ type: 'analyze', input }, tab(9));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 9 })).toBe('');
  });

  it('analyses pasted text without touching any badge', async () => {
    const { handler, analyze } = setup(sample);
    await handler.handle(
      { type: 'analyze-text', text: 'One.\n\nTwo  lines\nhere.', lang: 'id' },
      ME,
    );
    expect(analyze).toHaveBeenCalledWith(
      {
        blocks: [
          { text: 'One.', type: 'p' },
          { text: 'Two lines here.', type: 'p' },
        ],
        isArticle: true,
        langHint: 'id',
      },
      expect.objectContaining({ lang: 'id' }),
    );
  });

  it('refuses text over the limit with a clear reason', async () => {
    const { handler } = setup(sample);
    await expect(
      handler.handle({ type: 'analyze-text', text: 'x'.repeat(MAX_CHECK_TEXT + 1) }, ME),
    ).rejects.toThrow(/too long/);
  });

  it('answers content settings and page strings', async () => {
    const { handler } = setup(sample, { autoRun: false, highlightByDefault: true });
    await expect(handler.handle({ type: 'content-settings' }, tab(1))).resolves.toEqual({
      autoRun: false,
      highlightByDefault: true,
    });
    const strings = (await handler.handle({ type: 'ui-strings' }, tab(1))) as {
      lang: string;
      strings: Record<string, string>;
    };
    expect(strings.lang).toBe('id');
    expect(strings.strings.page_close).toBeTruthy();
  });

  it.each([
    ['no type', {}],
    ['unknown type', { type: 'delete-everything' }],
    ['wrong field type', { type: 'analyze-text', text: 42 }],
    ['bad input', { type: 'analyze', input: { blocks: 'nope' } }],
    ['not an object', 'analyze'],
    ['null', null],
  ])('rejects an invalid message (%s) and logs it', async (_name, message) => {
    const { handler, analyze } = setup(sample);
    await expect(handler.handle(message, tab(1))).rejects.toBeInstanceOf(RejectedMessage);
    expect(analyze).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalled();
  });

  it('rejects messages from another extension', async () => {
    const { handler, analyze } = setup(sample);
    await expect(
      handler.handle({ type: 'analyze', input }, { id: 'someone-else', tab: { id: 1 } }),
    ).rejects.toThrow(/not from this extension/);
    expect(analyze).not.toHaveBeenCalled();
  });

  it('survives a tab that closed before its badge was set', async () => {
    const failing: BadgeApi = {
      setBadgeText: () => Promise.reject(new Error('No tab with id: 12.')),
      setBadgeBackgroundColor: () => Promise.resolve(),
    };
    const handler = createBackgroundHandler({
      extensionId: ME.id,
      badge: failing,
      loadSettings: async () => DEFAULT_SETTINGS,
      analyze: () => sample,
    });
    await expect(handler.handle({ type: 'analyze', input }, tab(12))).resolves.toEqual(sample);
  });

  it('works with the real engine end to end', async () => {
    const handler = createBackgroundHandler({
      extensionId: ME.id,
      badge,
      loadSettings: async () => DEFAULT_SETTINGS,
    });
    const result = (await handler.handle({ type: 'analyze', input }, tab(2))) as Report;
    expect(result.isArticle).toBe(true);
    const flagged = result.claims.filter((c) => c.flags.length > 0).length;
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe(
      result.claims.length === 0 ? '' : flagged === 0 ? '✓' : String(flagged),
    );
  });
});

describe('engine warm-up', () => {
  beforeEach(() => fakeBrowser.reset());

  it('runs the engine once in each language, once per worker life, and touches no badge', async () => {
    const { handler, analyze } = setup(sample);
    await Promise.all([handler.warmUp(), handler.warmUp()]);
    await handler.warmUp();
    const calls = analyze.mock.calls as unknown as Array<[{ langHint?: string }]>;
    expect(calls.map(([input]) => input.langHint)).toEqual(['en', 'id']);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('');
  });

  it('a failing engine is logged, not thrown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const handler = createBackgroundHandler({
      extensionId: ME.id,
      badge,
      loadSettings: async () => DEFAULT_SETTINGS,
      analyze: () => {
        throw new Error('boom');
      },
    });
    await expect(handler.warmUp()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith('[sumber] engine warm-up failed', expect.any(Error));
  });

  it('with the real engine, warms up without error and analysis still works after it', async () => {
    const handler = createBackgroundHandler({
      extensionId: ME.id,
      badge,
      loadSettings: async () => DEFAULT_SETTINGS,
    });
    await handler.warmUp();
    const result = (await handler.handle({ type: 'analyze', input }, tab(3))) as Report;
    expect(result.claims.length).toBeGreaterThan(0);
  });
});

describe('textToInput', () => {
  it('splits on blank lines and collapses whitespace', () => {
    expect(textToInput('  a\tb \n\n\n c \n').blocks).toEqual([
      { text: 'a b', type: 'p' },
      { text: 'c', type: 'p' },
    ]);
    expect(textToInput('   \n\n  ').blocks).toEqual([]);
  });
});
