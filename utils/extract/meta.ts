/** Page metadata the engine is given: title, language hint, address. */
import { collapseWhitespace } from './text';

function metaContent(doc: Document, selector: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute('content');
  const text = value ? collapseWhitespace(value) : '';
  return text === '' ? null : text;
}

/** `<html lang>`, then og:locale, then Content-Language: "id", "en-US", "id_ID". */
export function pageLangHint(doc: Document): string | null {
  const lang = collapseWhitespace(doc.documentElement?.getAttribute('lang') ?? '');
  if (lang !== '') return lang;
  return (
    metaContent(doc, 'meta[property="og:locale"]') ??
    metaContent(doc, 'meta[http-equiv="content-language" i], meta[name="language"]')
  );
}

const ABSOLUTE = /^https?:\/\/[^\s/]+/i;

/** The page's own address: canonical link, then og:url. Only absolute http(s) URLs. */
export function pageUrl(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  if (canonical && ABSOLUTE.test(canonical)) return canonical;
  const og = metaContent(doc, 'meta[property="og:url"]');
  return og && ABSOLUTE.test(og) ? og : null;
}

const MAX_TITLE = 300;

/** The headline: an <h1> of the story, else og:title, else <title>. */
export function pageTitle(doc: Document, headlines: readonly string[], root: Element): string | null {
  const h1 = headlines[0] ?? firstH1Before(root, doc);
  const title =
    h1 ?? metaContent(doc, 'meta[property="og:title"]') ?? collapseWhitespace(doc.title ?? '');
  return title ? title.slice(0, MAX_TITLE) : null;
}

/** The page's first <h1> when it sits in the root's <article> or before the root. */
function firstH1Before(root: Element, doc: Document): string | null {
  const scope = root.closest('article') ?? doc;
  const h1 = scope.querySelector('h1');
  if (!h1) return null;
  const text = collapseWhitespace(h1.textContent ?? '');
  return text === '' ? null : text;
}
