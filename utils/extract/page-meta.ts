/**
 * The page's <meta> and <link> tags, read in one pass over <head> (a few dozen elements)
 * instead of one selector query per tag: selector engines walk the whole page per query,
 * which linkedom (the CLI) pays in full.
 */
import { collapseWhitespace } from './text';

export interface PageMeta {
  ogType: string | null;
  ogTitle: string | null;
  ogUrl: string | null;
  ogLocale: string | null;
  contentLanguage: string | null;
  canonical: string | null;
  /** Any publication-date meta (article:published_time, datePublished, pubdate...). */
  published: boolean;
  /** The section the publisher files the page under (article:section): "Opinion", "Reviews". */
  section: string | null;
}

const PUBLISHED_KEYS = new Set([
  'article:published_time',
  'date',
  'datepublished',
  'og:published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'sailthru.date',
]);
const MAX_HEAD_TAGS = 500;

export function readPageMeta(doc: Document): PageMeta {
  const meta: PageMeta = {
    ogType: null,
    ogTitle: null,
    ogUrl: null,
    ogLocale: null,
    contentLanguage: null,
    canonical: null,
    published: false,
    section: null,
  };
  // Some pages put their metas in <body>; without a <head> the whole document is searched.
  const scope: Document | Element = doc.head ?? doc;
  const metas = scope.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < MAX_HEAD_TAGS; i++) {
    const el = metas[i];
    if (!el) continue;
    const key = (
      el.getAttribute('property') ??
      el.getAttribute('name') ??
      el.getAttribute('itemprop') ??
      el.getAttribute('http-equiv') ??
      ''
    ).toLowerCase();
    if (key === '') continue;
    const content = collapseWhitespace(el.getAttribute('content') ?? '');
    if (key === 'og:type') meta.ogType ??= content.toLowerCase();
    else if (key === 'og:title') meta.ogTitle ??= content || null;
    else if (key === 'og:url') meta.ogUrl ??= content || null;
    else if (key === 'og:locale') meta.ogLocale ??= content || null;
    else if (key === 'content-language' || key === 'language')
      meta.contentLanguage ??= content || null;
    else if (key === 'article:section') meta.section ??= content || null;
    else if (PUBLISHED_KEYS.has(key) && content !== '') meta.published = true;
  }
  const links = scope.getElementsByTagName('link');
  for (let i = 0; i < links.length && i < MAX_HEAD_TAGS; i++) {
    const el = links[i];
    if (el && (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical') {
      meta.canonical = (el.getAttribute('href') ?? '').trim() || null;
      break;
    }
  }
  return meta;
}
