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

/**
 * The in-page labels until public/_locales carries them (the UI's locale files are owned by
 * the popup; these keys are asked for there). Locale entries, when present, win.
 */
const PAGE_DEFAULTS: Record<'en' | 'id', Record<string, string>> = {
  en: {
    page_legend_title: 'Sumber: who is behind each claim',
    page_close: 'Close and remove the marks',
    page_prev: 'Previous claim',
    page_next: 'Next claim',
    page_no_marking: 'This browser cannot mark text in the page; use Previous and Next to go through the claims.',
    page_not_found: '$1 claims could not be found in the page.',
    menu_check_selection: 'Check selection with Sumber',
  },
  id: {
    page_legend_title: 'Sumber: siapa di balik setiap klaim',
    page_close: 'Tutup dan hapus tanda',
    page_prev: 'Klaim sebelumnya',
    page_next: 'Klaim berikutnya',
    page_no_marking: 'Peramban ini tidak dapat menandai teks di halaman; gunakan Sebelumnya dan Berikutnya untuk menelusuri klaim.',
    page_not_found: '$1 klaim tidak ditemukan di halaman.',
    menu_check_selection: 'Periksa pilihan dengan Sumber',
  },
};

export function pageStrings(lang: 'en' | 'id'): UiStrings {
  const strings: Record<string, string> = { ...PAGE_DEFAULTS[lang] };
  // English first, the chosen language over it: a key missing in one locale still reads.
  for (const messages of lang === 'en' ? [LOCALES.en] : [LOCALES.en, LOCALES[lang]]) {
    for (const [key, value] of Object.entries(messages)) {
      if (value && PAGE_PREFIXES.some((p) => key.startsWith(p))) strings[key] = value.message;
    }
  }
  return { lang, strings };
}

/** The context menu item's title in `lang`; the extension's name until the locale has the key. */
export function menuTitle(lang: 'en' | 'id'): string {
  return LOCALES[lang].menu_check_selection?.message ?? PAGE_DEFAULTS[lang].menu_check_selection ?? 'Sumber';
}
