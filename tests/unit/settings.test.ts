import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Each test imports a fresh module so the storage item (and its migration) starts
// against the storage the test prepared.
async function fresh() {
  vi.resetModules();
  return import('@/utils/settings');
}

const KEY = 'settings';
const META = 'settings$';

async function stored(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(KEY))[KEY];
}

const outlet = (over: Record<string, unknown> = {}) => ({
  id: 'user-example-news',
  name: 'Example News',
  aliases: [],
  domains: ['example.com'],
  country: 'XX',
  category: 'state_controlled',
  citation: { title: 'My note', url: 'https://example.org/why' },
  reviewed: '2026-01-02',
  ...over,
});

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('loads the defaults when nothing is stored', async () => {
    const { loadSettings, DEFAULT_SETTINGS } = await fresh();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toBeUndefined();
  });

  it('round-trips every field', async () => {
    const { loadSettings, saveSettings } = await fresh();
    const value = {
      uiLanguage: 'id' as const,
      autoRun: false,
      highlightByDefault: true,
      badgeFlags: ['unattributed' as const],
      userOutlets: [outlet()] as never,
    };
    await saveSettings(value);
    expect(await loadSettings()).toEqual(value);
    const meta = (await fakeBrowser.storage.local.get(META))[META] as { v: number };
    expect(meta.v).toBe(2);
  });

  it('migrates a stored v1 value to v2 and keeps its choices', async () => {
    await fakeBrowser.storage.local.set({
      [KEY]: { language: 'id', autoAnalyze: false, highlight: true },
    });
    const { loadSettings } = await fresh();
    const settings = await loadSettings();
    expect(settings.uiLanguage).toBe('id');
    expect(settings.autoRun).toBe(false);
    expect(settings.highlightByDefault).toBe(true);
    expect(settings.badgeFlags).toEqual(['state_media', 'unnamed_source', 'unattributed']);
    expect(await stored()).toMatchObject({
      uiLanguage: 'id',
      autoRun: false,
      highlightByDefault: true,
    });
    expect(((await fakeBrowser.storage.local.get(META))[META] as { v: number }).v).toBe(2);
  });

  it('migrates a v1 value with an explicit v1 meta', async () => {
    await fakeBrowser.storage.local.set({
      [KEY]: { language: 'en', autoAnalyze: true },
      [META]: { v: 1 },
    });
    const { loadSettings } = await fresh();
    expect(await loadSettings()).toMatchObject({ uiLanguage: 'en', autoRun: true });
  });

  it('leaves a current v2 value alone', async () => {
    const v2 = {
      uiLanguage: 'en',
      autoRun: false,
      highlightByDefault: false,
      badgeFlags: ['state_media'],
      userOutlets: [],
    };
    await fakeBrowser.storage.local.set({ [KEY]: v2, [META]: { v: 2 } });
    const { loadSettings } = await fresh();
    expect(await loadSettings()).toEqual(v2);
    expect(await stored()).toEqual(v2);
  });

  it('salvages a v1 value whose migration metadata was lost after it was marked v2', async () => {
    await fakeBrowser.storage.local.set({
      [KEY]: { language: 'id', autoAnalyze: false },
      [META]: { v: 2 },
    });
    const { loadSettings } = await fresh();
    expect(await loadSettings()).toMatchObject({ uiLanguage: 'id', autoRun: false });
  });

  it.each([
    ['a broken JSON string', '{"uiLanguage":"id",'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['a boolean', true],
  ])('loads defaults from %s and does not overwrite it', async (_label, raw) => {
    await fakeBrowser.storage.local.set({ [KEY]: raw, [META]: { v: 2 } });
    const { loadSettingsWithIssues, DEFAULT_SETTINGS } = await fresh();
    const { settings, issues } = await loadSettingsWithIssues();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(issues.length).toBeGreaterThan(0);
    expect(await stored()).toEqual(raw);
  });

  it('reads settings stored as a JSON string', async () => {
    await fakeBrowser.storage.local.set({
      [KEY]: JSON.stringify({ uiLanguage: 'id', autoRun: false }),
      [META]: { v: 2 },
    });
    const { loadSettings } = await fresh();
    expect(await loadSettings()).toMatchObject({ uiLanguage: 'id', autoRun: false });
  });

  it('keeps each valid field when others have the wrong type', async () => {
    const raw = {
      uiLanguage: 'fr',
      autoRun: 'yes',
      highlightByDefault: true,
      badgeFlags: ['state_media', 'bogus'],
      userOutlets: [],
    };
    await fakeBrowser.storage.local.set({ [KEY]: raw, [META]: { v: 2 } });
    const { loadSettingsWithIssues, DEFAULT_SETTINGS } = await fresh();
    const { settings, issues } = await loadSettingsWithIssues();
    expect(settings.uiLanguage).toBe(DEFAULT_SETTINGS.uiLanguage);
    expect(settings.autoRun).toBe(DEFAULT_SETTINGS.autoRun);
    expect(settings.highlightByDefault).toBe(true);
    expect(settings.badgeFlags).toEqual(DEFAULT_SETTINGS.badgeFlags);
    expect(issues.map((i) => i.path).sort()).toEqual(['autoRun', 'badgeFlags', 'uiLanguage']);
    expect(await stored()).toEqual(raw);
  });

  it('ignores unknown extra fields', async () => {
    await fakeBrowser.storage.local.set({
      [KEY]: { uiLanguage: 'id', theme: 'dark', extra: { a: 1 } },
      [META]: { v: 2 },
    });
    const { loadSettingsWithIssues } = await fresh();
    const { settings, issues } = await loadSettingsWithIssues();
    expect(settings.uiLanguage).toBe('id');
    expect(settings).not.toHaveProperty('theme');
    expect(issues).toEqual([]);
  });

  it('drops invalid user outlets with a report and keeps the valid ones', async () => {
    const raw = {
      userOutlets: [
        outlet(),
        outlet({ id: 'bad-cat', name: 'Bad Category', category: 'propaganda' }),
        'not an outlet',
        outlet({ id: 'bad-domain', name: 'Bad Domain', domains: ['not a domain'] }),
        { name: 'Short Form', domain: 'https://www.Short.example/news', category: 'private' },
      ],
    };
    await fakeBrowser.storage.local.set({ [KEY]: raw, [META]: { v: 2 } });
    const { loadSettingsWithIssues } = await fresh();
    const { settings, issues } = await loadSettingsWithIssues();
    expect(settings.userOutlets.map((o) => o.id)).toEqual(['user-example-news', 'user-short-form']);
    expect(settings.userOutlets[1]?.domains).toEqual(['short.example']);
    expect(issues.map((i) => i.path)).toEqual([
      'userOutlets[1]',
      'userOutlets[2]',
      'userOutlets[3]',
    ]);
    expect(issues[0]).toMatchObject({ label: 'Bad Category' });
    expect(issues[0]?.message).toContain('category');
    expect(issues[2]?.message).toContain('domains');
    expect(await stored()).toEqual(raw);
  });

  it('refuses to save an invalid value and keeps the stored one', async () => {
    const { saveSettings, loadSettings, DEFAULT_SETTINGS } = await fresh();
    await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'id' });
    await expect(saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'xx' as never })).rejects.toThrow(
      /uiLanguage/,
    );
    expect((await loadSettings()).uiLanguage).toBe('id');
  });

  it.each([[-3e7], [3e7], [Number.NaN], ['2'], [1.5]])(
    'clamps a stored schema version of %s before migrating (no huge step list)',
    async (v) => {
      await fakeBrowser.storage.local.set({
        [KEY]: { language: 'id', autoAnalyze: false },
        [META]: { v },
      });
      // WXT builds one migration step per version with Array.from({ length }): count the steps.
      const from = Array.from.bind(Array);
      let longest = 0;
      const spy = vi.spyOn(Array, 'from').mockImplementation(((
        source: { length?: number },
        ...rest: unknown[]
      ) => {
        if (typeof source?.length === 'number') longest = Math.max(longest, source.length);
        return (from as (...a: unknown[]) => unknown[])(source, ...rest);
      }) as typeof Array.from);
      try {
        const { loadSettings, SETTINGS_VERSION } = await fresh();
        const settings = await loadSettings();
        expect(longest).toBeLessThanOrEqual(SETTINGS_VERSION);
        expect(settings.uiLanguage).toBe('id');
        expect(((await fakeBrowser.storage.local.get(META))[META] as { v: number }).v).toBe(
          SETTINGS_VERSION,
        );
      } finally {
        spy.mockRestore();
      }
    },
  );

  it('keeps at most MAX_USER_OUTLETS user outlets, with one clear issue', async () => {
    const { parseOutlets, MAX_USER_OUTLETS } = await fresh();
    const many = Array.from({ length: MAX_USER_OUTLETS + 2000 }, (_, i) => ({
      name: `Outlet ${i}`,
      domain: `o${i}.example`,
      category: 'private',
    }));
    const { outlets, issues } = parseOutlets(many);
    expect(outlets).toHaveLength(MAX_USER_OUTLETS);
    expect(issues).toEqual([
      { path: 'userOutlets', message: expect.stringContaining(`at most ${MAX_USER_OUTLETS}`) },
    ]);
  });

  it('tells watchers about changes, validated', async () => {
    const { saveSettings, watchSettings, DEFAULT_SETTINGS } = await fresh();
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.uiLanguage));
    await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'id' });
    await vi.waitFor(() => expect(seen).toEqual(['id']));
    stop();
    await saveSettings({ ...DEFAULT_SETTINGS, uiLanguage: 'en' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['id']);
  });
});

describe('parseOutlets / cleanDomain', () => {
  it('cleans typed domains', async () => {
    const { cleanDomain } = await fresh();
    expect(cleanDomain(' HTTPS://www.Example.co.id:8080/a?b#c ')).toBe('example.co.id');
    expect(cleanDomain('kcna.kp.')).toBe('kcna.kp');
  });

  it('rejects duplicates and entries without a domain', async () => {
    const { parseOutlets } = await fresh();
    const { outlets, issues } = parseOutlets([
      outlet(),
      outlet(),
      outlet({ id: 'x', domains: [] }),
    ]);
    expect(outlets).toHaveLength(1);
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringContaining('duplicate'),
      expect.stringContaining('domain'),
    ]);
  });

  it('reports a non-list', async () => {
    const { parseOutlets } = await fresh();
    expect(parseOutlets({ a: 1 }).issues).toHaveLength(1);
  });
});

describe('options helpers: newUserOutlet / importOutlets / exportOutlets', () => {
  it('builds a registry entry from the form, checked by the registry schema', async () => {
    const { newUserOutlet } = await fresh();
    const result = newUserOutlet(
      { name: 'Example State TV', domain: 'www.StateTV.example', category: 'state_controlled' },
      [],
      '2026-11-25',
    );
    expect(result).toEqual({
      outlet: expect.objectContaining({
        id: 'user-example-state-tv',
        domains: ['statetv.example'],
        category: 'state_controlled',
        reviewed: '2026-11-25',
      }),
    });
    // Without a citation it carries the registry's "added by the user" placeholder.
    const { USER_CITATION } = await import('@/core/outlets/schema');
    expect('outlet' in result && result.outlet.citation).toEqual(USER_CITATION);
  });

  it('keeps a citation link and refuses a bad one', async () => {
    const { newUserOutlet } = await fresh();
    const ok = newUserOutlet(
      {
        name: 'RT',
        domain: 'rt.example',
        category: 'state_controlled',
        citationUrl: 'https://example.org/why-rt',
      },
      [],
    );
    expect('outlet' in ok && ok.outlet.citation).toEqual({
      title: 'https://example.org/why-rt',
      url: 'https://example.org/why-rt',
    });
    expect(
      newUserOutlet(
        { name: 'X', domain: 'x.example', category: 'private', citationUrl: 'javascript:alert(1)' },
        [],
      ),
    ).toEqual({ error: 'opt_error_citation' });
  });

  it('refuses empty names, bad domains, unknown categories and duplicates', async () => {
    const { newUserOutlet } = await fresh();
    const first = newUserOutlet({ name: 'One', domain: 'one.example', category: 'wire' }, []);
    const existing = 'outlet' in first ? [first.outlet] : [];
    expect(newUserOutlet({ name: ' ', domain: 'a.example', category: 'wire' }, [])).toEqual({
      error: 'opt_error_name',
    });
    expect(newUserOutlet({ name: 'A', domain: 'localhost', category: 'wire' }, [])).toEqual({
      error: 'opt_error_domain',
    });
    expect(newUserOutlet({ name: 'A', domain: 'a.example', category: 'propaganda' }, [])).toEqual({
      error: 'opt_error_category',
    });
    expect(
      newUserOutlet({ name: 'Two', domain: 'https://one.example/x', category: 'wire' }, existing),
    ).toEqual({ error: 'opt_error_duplicate' });
    const same = newUserOutlet(
      { name: 'One', domain: 'other.example', category: 'wire' },
      existing,
    );
    expect('outlet' in same && same.outlet.id).toBe('user-one-2');
  });

  it('refuses a new outlet and imports no more once the list is full, and says so in both languages', async () => {
    const { newUserOutlet, importOutlets, parseOutlets, MAX_USER_OUTLETS } = await fresh();
    const full = parseOutlets(
      Array.from({ length: MAX_USER_OUTLETS }, (_, i) => ({
        name: `Outlet ${i}`,
        domain: `o${i}.example`,
        category: 'private',
      })),
    ).outlets;
    expect(
      newUserOutlet({ name: 'One more', domain: 'more.example', category: 'wire' }, full),
    ).toEqual({ error: 'opt_error_too_many' });
    const result = importOutlets(
      JSON.stringify([{ name: 'Extra', domain: 'extra.example', category: 'wire' }]),
      full,
    );
    expect('outlets' in result && result.outlets).toHaveLength(MAX_USER_OUTLETS);
    expect('issues' in result && result.issues.map((i) => i.message)).toEqual([
      expect.stringContaining(`at most ${MAX_USER_OUTLETS}`),
    ]);
    const { MESSAGES } = await import('@/utils/i18n');
    for (const lang of ['en', 'id'] as const)
      expect(MESSAGES[lang].opt_error_too_many?.message).toContain(String(MAX_USER_OUTLETS));
  });

  it('a saved entry without a citation reads back unchanged', async () => {
    const { newUserOutlet, saveSettings, loadSettingsWithIssues, DEFAULT_SETTINGS } = await fresh();
    const made = newUserOutlet({ name: 'Example', domain: 'example.com', category: 'private' }, []);
    if (!('outlet' in made)) throw new Error('not made');
    await saveSettings({ ...DEFAULT_SETTINGS, userOutlets: [made.outlet] });
    const { settings, issues } = await loadSettingsWithIssues();
    expect(issues).toEqual([]);
    expect(settings.userOutlets).toEqual([made.outlet]);
  });

  it('imports a list or an export file, merges by id and reports the rest', async () => {
    const { importOutlets, exportOutlets, parseOutlets } = await fresh();
    const base = parseOutlets([outlet()]).outlets;
    const text = JSON.stringify([
      outlet({ category: 'private' }),
      { name: 'Alias Only', aliases: ['AO News'], category: 'wire' },
      { name: 'No Category', domain: 'nocat.example' },
    ]);
    const result = importOutlets(text, base);
    if ('error' in result) throw new Error(result.error);
    expect(result.added).toBe(1);
    expect(result.replaced).toBe(1);
    expect(result.outlets.map((o) => [o.id, o.category])).toEqual([
      ['user-example-news', 'private'],
      ['user-alias-only', 'wire'],
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ path: 'outlets[2]', label: 'No Category' }),
    ]);
    // What the page exports, it imports again.
    const again = importOutlets(exportOutlets(result.outlets), []);
    expect('outlets' in again && again.outlets).toEqual(result.outlets);
    expect(importOutlets('nope', [])).toEqual({ error: 'opt_import_not_json' });
    expect(importOutlets('{"a":1}', [])).toEqual({ error: 'opt_import_not_list' });
  });
});
