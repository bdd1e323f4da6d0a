/**
 * Strings for the in-page legend and claim card, in the user's chosen UI language.
 * The content script asks for them (`ui-strings`) only when it shows something in the page,
 * so the two locale files never weigh on every page load.
 */
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';
import type { UiStrings } from '@/utils/messages';

type Messages = Record<string, { message: string } | undefined>;
const LOCALES: Record<'en' | 'id', Messages> = { en, id };

/** Keys the page UI uses: source kinds, flags, strengths, reasons, and its own `page_*` labels. */
const PAGE_PREFIXES = ['kind_', 'flag_', 'strength_', 'reason_', 'page_'];

/** 'auto' follows the browser; anything but Indonesian falls back to English. */
export function resolveUiLanguage(choice: string, browserLanguage: string): 'en' | 'id' {
  const lang = choice === 'auto' ? browserLanguage : choice;
  return lang.toLowerCase().startsWith('id') || lang.toLowerCase().startsWith('in') ? 'id' : 'en';
}

/** The context menu's title until public/_locales carries `menu_check_selection`; locale entries win. */
const MENU_DEFAULTS: Record<'en' | 'id', string> = {
  en: 'Check selection with Sumber',
  id: 'Periksa pilihan dengan Sumber',
};

/** Keys the in-page legend and card use beyond kind_/flag_/strength_/reason_ (tests check both locales have them). */
export const PAGE_KEYS = ['page_legend_title', 'page_close', 'page_prev', 'page_next', 'page_no_marking', 'page_not_found'] as const;

export function pageStrings(lang: 'en' | 'id'): UiStrings {
  const strings: Record<string, string> = {};
  // English first, the chosen language over it: a key missing in one locale still reads.
  for (const messages of lang === 'en' ? [LOCALES.en] : [LOCALES.en, LOCALES[lang]]) {
    for (const [key, value] of Object.entries(messages)) {
      if (value && PAGE_PREFIXES.some((p) => key.startsWith(p))) strings[key] = value.message;
    }
  }
  return { lang, strings };
}

/** The context menu item's title in `lang`. */
export function menuTitle(lang: 'en' | 'id'): string {
  return LOCALES[lang].menu_check_selection?.message ?? MENU_DEFAULTS[lang];
}
