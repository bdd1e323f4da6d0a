/**
 * Fuzz over `loadSettings` through WXT storage (fakeBrowser): whatever is stored, in whatever
 * version, loading never throws, returns well-formed settings, keeps every field that was
 * valid, and does not rewrite a current-version value behind the user's back.
 * (The settings owner tests each stored version by example; this is the random layer.)
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FLAGS } from '@/core/report';
import type { Settings } from '@/utils/settings';

const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const KEY = 'settings';
const META = 'settings$';

async function fresh() {
  vi.resetModules();
  return import('@/utils/settings');
}

async function expectWellFormed(settings: Settings) {
  const { OutletSchema, UI_LANGUAGES } = await import('@/utils/settings');
  expect(UI_LANGUAGES).toContain(settings.uiLanguage);
  expect(typeof settings.autoRun).toBe('boolean');
  expect(typeof settings.highlightByDefault).toBe('boolean');
  expect(Array.isArray(settings.badgeFlags)).toBe(true);
  for (const flag of settings.badgeFlags) expect(FLAGS).toContain(flag);
  expect(new Set(settings.badgeFlags).size).toBe(settings.badgeFlags.length);
  expect(Array.isArray(settings.userOutlets)).toBe(true);
  for (const outlet of settings.userOutlets) {
    expect(OutletSchema.safeParse(outlet).success).toBe(true);
    expect(outlet.domains.length).toBeGreaterThan(0);
  }
  expect(new Set(settings.userOutlets.map((o) => o.id)).size).toBe(settings.userOutlets.length);
}

const validOutlet = fc.record({
  name: fc.constantFrom('Example News', 'Kabar Contoh', 'Daily Probe'),
  domain: fc.constantFrom('example.com', 'https://www.contoh.co.id/berita', 'probe.example.org'),
  category: fc.constantFrom('state_controlled', 'public_independent', 'private', 'wire'),
});

const CATEGORIES: readonly unknown[] = [
  'state_controlled',
  'public_independent',
  'private',
  'wire',
];
/** An entry shaped exactly like `validOutlet` generates (fc.anything() cannot hit this by chance). */
function isHandWritten(entry: unknown): entry is { name: string } {
  if (typeof entry !== 'object' || entry === null) return false;
  const o = entry as Record<string, unknown>;
  return (
    Object.keys(o).sort().join() === 'category,domain,name' &&
    typeof o.name === 'string' &&
    typeof o.domain === 'string' &&
    CATEGORIES.includes(o.category)
  );
}

/** Fields that are each either valid or junk, so we can check that valid ones survive. */
const mixedV2 = fc.record(
  {
    uiLanguage: fc.oneof(fc.constantFrom('auto', 'en', 'id'), fc.anything()),
    autoRun: fc.oneof(fc.boolean(), fc.anything()),
    highlightByDefault: fc.oneof(fc.boolean(), fc.anything()),
    badgeFlags: fc.oneof(fc.subarray([...FLAGS]), fc.anything()),
    userOutlets: fc.oneof(
      fc.array(fc.oneof(validOutlet, fc.anything()), { maxLength: 4 }),
      fc.anything(),
    ),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);

const mixedV1 = fc.record(
  {
    language: fc.oneof(fc.constantFrom('auto', 'en', 'id'), fc.anything()),
    autoAnalyze: fc.oneof(fc.boolean(), fc.anything()),
    highlight: fc.oneof(fc.boolean(), fc.anything()),
  },
  { requiredKeys: [] },
);

/** Anything a broken build, a hand edit or another extension version could have left. */
const storedJunk = fc.oneof(
  fc.anything({ withNullPrototype: false, withBoxedValues: true }),
  fc.json(),
  fc.string(),
  mixedV2,
  mixedV2.map((v) => JSON.stringify(v) ?? ''),
  mixedV1,
);

const meta = fc.option(
  fc.oneof(fc.record({ v: fc.constantFrom(1, 2, 3, 0, -1, 1.5, Number.NaN) }), fc.anything()),
  { nil: undefined },
);

describe('loadSettings under corrupt and old storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never throws and always returns well-formed settings, whatever is stored in whatever version', async () => {
    await fc.assert(
      fc.asyncProperty(storedJunk, meta, async (value, metaValue) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.local.set(
          metaValue === undefined ? { [KEY]: value } : { [KEY]: value, [META]: metaValue },
        );
        const { loadSettings } = await fresh();
        await expectWellFormed(await loadSettings());
      }),
      { numRuns: Math.max(20, Math.round(RUNS / 3)) },
    );
  });

  it('keeps every valid v2 field of a partly corrupt value, and does not rewrite it', async () => {
    fakeBrowser.reset();
    const { loadSettings } = await fresh();
    await loadSettings(); // item defined and migrated once; later reads see what we store
    await fc.assert(
      fc.asyncProperty(mixedV2, async (value) => {
        await fakeBrowser.storage.local.set({ [KEY]: value, [META]: { v: 2 } });
        const before = (await fakeBrowser.storage.local.get(KEY))[KEY];
        const settings = await loadSettings();
        await expectWellFormed(settings);
        if (value.uiLanguage === 'auto' || value.uiLanguage === 'en' || value.uiLanguage === 'id')
          expect(settings.uiLanguage).toBe(value.uiLanguage);
        if (typeof value.autoRun === 'boolean') expect(settings.autoRun).toBe(value.autoRun);
        if (typeof value.highlightByDefault === 'boolean')
          expect(settings.highlightByDefault).toBe(value.highlightByDefault);
        if (
          Array.isArray(value.badgeFlags) &&
          value.badgeFlags.every((f) => (FLAGS as readonly unknown[]).includes(f))
        ) {
          expect(settings.badgeFlags).toEqual(value.badgeFlags);
        }
        if (Array.isArray(value.userOutlets)) {
          // Each well-formed hand-written entry survives (a later one with the same name is a duplicate id).
          for (const entry of value.userOutlets.filter(isHandWritten)) {
            expect(settings.userOutlets.some((o) => o.name === entry.name)).toBe(true);
          }
        }
        expect((await fakeBrowser.storage.local.get(KEY))[KEY]).toEqual(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('migrates any v1 value to well-formed settings, keeping the valid v1 choices', async () => {
    await fc.assert(
      fc.asyncProperty(mixedV1, fc.boolean(), async (value, withMeta) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.local.set(
          withMeta ? { [KEY]: value, [META]: { v: 1 } } : { [KEY]: value },
        );
        const { loadSettings } = await fresh();
        const settings = await loadSettings();
        await expectWellFormed(settings);
        if (value.language === 'auto' || value.language === 'en' || value.language === 'id')
          expect(settings.uiLanguage).toBe(value.language);
        if (typeof value.autoAnalyze === 'boolean')
          expect(settings.autoRun).toBe(value.autoAnalyze);
        if (typeof value.highlight === 'boolean')
          expect(settings.highlightByDefault).toBe(value.highlight);
      }),
      { numRuns: Math.max(20, Math.round(RUNS / 3)) },
    );
  });
});
