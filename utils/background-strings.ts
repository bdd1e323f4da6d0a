/**
 * Strings for the in-page legend and claim card, in the user's chosen UI language.
 * The content script asks for them (`ui-strings`) only when it shows something in the page,
 * so the two locale files never weigh on every page load. The language itself is
 * `resolveLang` (utils/i18n.ts), as in the popup and the options page.
 */
import { createT, MESSAGES, type Lang } from '@/utils/i18n';
import type { UiStrings } from '@/utils/messages';

/** Keys the page UI uses: source kinds, flags, strengths, reasons, and its own `page_*` labels. */
const PAGE_PREFIXES = ['kind_', 'flag_', 'strength_', 'reason_', 'page_'];

/** Keys the in-page legend and card use beyond kind_/flag_/strength_/reason_ (tests check both locales have them). */
export const PAGE_KEYS = [
  'page_legend_title',
  'page_close',
  'page_prev',
  'page_next',
  'page_no_marking',
  'page_not_found',
  // the legend's explanations, collapse and move buttons, keys, numbered marks (UX)
  'page_legend_lines',
  'page_legend_marks',
  'page_legend_collapse',
  'page_legend_expand',
  'page_legend_move',
  'page_keys',
  'page_mark_label',
] as const;

export function pageStrings(lang: Lang): UiStrings {
  const strings: Record<string, string> = {};
  // English first, the chosen language over it: a key missing in one locale still reads.
  for (const messages of lang === 'en' ? [MESSAGES.en] : [MESSAGES.en, MESSAGES[lang]]) {
    for (const [key, value] of Object.entries(messages)) {
      if (value && PAGE_PREFIXES.some((p) => key.startsWith(p))) strings[key] = value.message;
    }
  }
  return { lang, strings };
}

/** The context menu item's title in `lang`. */
export function menuTitle(lang: Lang): string {
  const t = createT(lang);
  return t('menu_check_selection');
}
