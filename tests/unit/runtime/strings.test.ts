/** The in-page legend and card speak the user's language: every key they use exists in both locales. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FLAGS, REASONS, SOURCE_KINDS, STRENGTHS } from '@/core/report';
import { menuTitle, PAGE_KEYS, pageStrings } from '@/utils/background-strings';

const locale = (lang: string) =>
  JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
    string,
    unknown
  >;

describe('in-page strings', () => {
  it.each(['en', 'id'])('%s has every page_* key', (lang) => {
    const messages = locale(lang);
    for (const key of PAGE_KEYS) expect(messages, key).toHaveProperty(key);
  });

  it('the highlighter uses only listed page_* keys', () => {
    // The highlighter and its parts (legend, card): every utils/highlight*.ts file.
    const source = readdirSync('utils')
      .filter((name) => name.startsWith('highlight'))
      .map((name) => readFileSync(`utils/${name}`, 'utf8'))
      .join('\n');
    const used = [...source.matchAll(/\b(?:t|translate)\('(page_[a-z_]+)'\)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(PAGE_KEYS).toContain(key);
  });

  it.each(['en', 'id'] as const)(
    '%s strings cover every kind, flag, strength and reason',
    (lang) => {
      const { strings } = pageStrings(lang);
      const keys = [
        ...SOURCE_KINDS.map((k) => `kind_${k}`),
        ...FLAGS.map((f) => `flag_${f}`),
        ...STRENGTHS.map((s) => `strength_${s}`),
        ...REASONS.map((r) => `reason_${r}`),
        ...PAGE_KEYS,
      ];
      for (const key of keys) expect(strings[key], key).toBeTruthy();
    },
  );

  it('Indonesian strings differ from English ones', () => {
    expect(pageStrings('id').strings.page_close).not.toBe(pageStrings('en').strings.page_close);
    expect(menuTitle('id')).not.toBe(menuTitle('en'));
  });

  it.each(['en', 'id'] as const)('the %s menu title comes from the locale file', (lang) => {
    expect(menuTitle(lang)).toBe(
      (locale(lang).menu_check_selection as { message: string }).message,
    );
  });

  it('the background picks its language with resolveLang (utils/i18n.ts), not a copy of its own', () => {
    const background = readFileSync('entrypoints/background.ts', 'utf8');
    expect(background).toMatch(/import \{[^}]*\bresolveLang\b[^}]*\} from '@\/utils\/i18n';/);
    expect(background).toMatch(
      /\bresolveLang\(settings\.uiLanguage, browser\.i18n\.getUILanguage\(\)\)/,
    );
    expect(readFileSync('utils/background-strings.ts', 'utf8')).not.toMatch(
      /startsWith\('i[dn]'\)/,
    );
  });
});
