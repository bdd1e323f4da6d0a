/**
 * UI strings in the user's chosen language. The browser's own i18n API only speaks the
 * browser's language, and the user may pick another one in the options, so the popup and
 * options page read both messages.json files directly (same format: `message` plus named
 * `placeholders` whose `content` is `$1`..`$9`). Missing keys fall back to English.
 *
 * No Preact here: the background imports this module (`resolveLang`, `MESSAGES`), and
 * the components' `useT` lives in utils/i18n-context.ts.
 */
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';
import type { UiLanguage } from '@/utils/settings';

export type Lang = 'en' | 'id';
export const LANGS: readonly Lang[] = ['en', 'id'];

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Record<string, Entry | undefined>;

export const MESSAGES: Record<Lang, Messages> = { en, id };

/** Every key of the English file: the reference set both locales must have. */
export type MessageKey = keyof typeof en;

export type Substitutions =
  readonly (string | number)[] | Readonly<Record<string, string | number>>;

export interface Translator {
  (key: MessageKey, subs?: Substitutions): string;
  /** For keys built at run time (`reason_<id>`, `kind_<kind>`): falls back to the key itself. */
  dyn(key: string, subs?: Substitutions): string;
  /** `<key>_one` or `<key>_other` by the language's plural rules, with the count as `$1`. */
  plural(key: string, count: number, subs?: readonly (string | number)[]): string;
  /** "a, b and c" / "a, b, dan c" in the language's own list style. */
  list(items: readonly string[]): string;
  lang: Lang;
}

/** 'auto' follows the browser; anything but Indonesian reads in English. */
export function resolveLang(choice: UiLanguage | string | undefined, browserLanguage = ''): Lang {
  const lang = (!choice || choice === 'auto' ? browserLanguage : choice).toLowerCase();
  // "in" is the pre-1989 code some systems still report for Indonesian.
  return lang.startsWith('id') || lang.startsWith('in') ? 'id' : 'en';
}

/** Replaces `$NAME$` (named placeholders) and `$1`..`$9` in one pass; `$$` is a literal `$`. */
export function format(entry: Entry, subs: Substitutions | undefined): string {
  const positional: (string | number)[] = Array.isArray(subs)
    ? [...(subs as (string | number)[])]
    : [];
  const named = subs && !Array.isArray(subs) ? (subs as Record<string, string | number>) : {};
  const placeholders = entry.placeholders ?? {};
  const byIndex = (n: string) => {
    const value = positional[Number(n) - 1];
    return value === undefined ? '' : String(value);
  };
  return entry.message.replace(
    /\$\$|\$([a-z_]\w*)\$|\$(\d)/gi,
    (whole, name?: string, digit?: string) => {
      if (whole === '$$') return '$';
      if (digit) return byIndex(digit);
      const key = (name ?? '').toLowerCase();
      if (key in named) return String(named[key]);
      const content = placeholders[key]?.content;
      if (content === undefined) return whole;
      const m = /^\$(\d)$/.exec(content);
      return m?.[1] ? byIndex(m[1]) : content;
    },
  );
}

export function createT(lang: Lang): Translator {
  const lookup = (key: string): Entry | undefined => MESSAGES[lang][key] ?? MESSAGES.en[key];
  const dyn = (key: string, subs?: Substitutions) => {
    const entry = lookup(key);
    return entry ? format(entry, subs) : key;
  };
  const t = ((key: MessageKey, subs?: Substitutions) => dyn(key, subs)) as Translator;
  t.dyn = dyn;
  // Intl.PluralRules knows each language's categories (Indonesian has no singular form:
  // "1 klaim", "7 klaim"); the locale files hold `_one` and `_other`, other categories fall
  // back to `_other`.
  const rules = new Intl.PluralRules(lang);
  t.plural = (key, count, subs = []) => {
    const form = rules.select(count) === 'one' ? 'one' : 'other';
    return dyn(`${key}_${form}`, [count, ...subs]);
  };
  const lists = new Intl.ListFormat(lang, { type: 'conjunction' });
  t.list = (items) => lists.format(items);
  t.lang = lang;
  return t;
}
