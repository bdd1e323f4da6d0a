/** Page metadata the engine is given: title, language hint, address. */
import { collapseWhitespace } from './text';
import { isHidden } from './walk';
import type { PageMeta } from './page-meta';

/** `<html lang>`, then og:locale, then Content-Language: "id", "en-US", "id_ID". */
export function pageLangHint(doc: Document, meta: PageMeta): string | null {
  const lang = collapseWhitespace(doc.documentElement?.getAttribute('lang') ?? '');
  if (lang !== '') return lang;
  return meta.ogLocale ?? meta.contentLanguage;
}

const ABSOLUTE = /^https?:\/\/[^\s/]+/i;

/** The page's own address: canonical link, then og:url. Only absolute http(s) URLs. */
export function pageUrl(meta: PageMeta): string | null {
  if (meta.canonical && ABSOLUTE.test(meta.canonical)) return meta.canonical;
  return meta.ogUrl && ABSOLUTE.test(meta.ogUrl) ? meta.ogUrl : null;
}

const MAX_TITLE = 300;
const MAX_H1 = 10;

/**
 * The headline: an <h1> inside the story root; else the visible <h1> that og:title or
 * <title> names (site logos are <h1>s too); else og:title; else <title>.
 */
export function pageTitle(
  doc: Document,
  meta: PageMeta,
  headlines: readonly string[],
  root: Element,
): string | null {
  const declared = meta.ogTitle ?? (collapseWhitespace(doc.title ?? '') || null);
  const title = headlines[0] ?? namedH1(root.closest('article') ?? doc, declared) ?? declared;
  return title ? title.slice(0, MAX_TITLE) : null;
}

function namedH1(scope: Element | Document, declared: string | null): string | null {
  const h1s = scope.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && i < MAX_H1; i++) {
    const h1 = h1s[i];
    if (!h1 || isHidden(h1) || /\bhidden\b/i.test(h1.getAttribute('class') ?? '')) continue;
    const text = collapseWhitespace(h1.textContent ?? '');
    if (text === '') continue;
    if (declared === null || declared.includes(text) || text.includes(declared)) return text;
  }
  return null;
}
