/**
 * The cheap gate the content script runs on every page: a handful of queries, no text
 * walk. It answers "could this be a news article?" so that home pages, search results,
 * docs, forums and app pages cost almost nothing. The full extraction decides later.
 */
import { readPageMeta, type PageMeta } from './page-meta';
import { GENERIC_ARTICLE_TYPES, NEWS_TYPES, NON_NEWS_TYPES, OG_ARTICLE_TYPES } from './page-types';

export interface GateResult {
  article: boolean;
  /** What was seen, e.g. ["ld:NewsArticle", "og:article", "p:24"]: shown on "analyse anyway". */
  signals: string[];
}

/** Facts the gate read from the page; extract.ts reuses them instead of asking again. */
export interface GateFacts {
  ldTypes: string[];
  microdata: string[];
  ogType: string | null;
  published: boolean;
  articleElements: number;
  articleBody: boolean;
  paragraphs: number;
  /** <br>s: a story written as one <p> or <div> of lines has few <p>s and many of these. */
  breaks: number;
}

const NEWS = new Set<string>(NEWS_TYPES);
const GENERIC = new Set<string>(GENERIC_ARTICLE_TYPES);
const NON_NEWS = new Set<string>(NON_NEWS_TYPES);
const OG_ARTICLE = new Set<string>(OG_ARTICLE_TYPES);

/** JSON-LD is only string-searched, never parsed: huge blocks are searched in their first part. */
const LD_SCAN_CHARS = 64 * 1024;
const LD_MAX_SCRIPTS = 8;
const LD_TYPE = /"@type"\s*:\s*(\[[^\]]{0,400}\]|"[^"]{0,80}")/g;
const QUOTED_WORD = /"(?:https?:\/\/schema\.org\/)?([A-Za-z]+)"/g;
const ITEMTYPE_NAME = /schema\.org\/([A-Za-z]+)/;

const MAX_SCRIPTS = 400;
const MAX_TYPED = 40;

export function readGateFacts(doc: Document, meta: PageMeta = readPageMeta(doc)): GateFacts {
  const ldTypes: string[] = [];
  const scripts = doc.getElementsByTagName('script');
  let ld = 0;
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS && ld < LD_MAX_SCRIPTS; i++) {
    const script = scripts[i];
    if (!script || (script.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json')
      continue;
    ld++;
    const text = (script.textContent ?? '').slice(0, LD_SCAN_CHARS);
    for (const m of text.matchAll(LD_TYPE)) {
      for (const w of (m[1] ?? '').matchAll(QUOTED_WORD)) {
        const type = w[1];
        if (type && !ldTypes.includes(type)) ldTypes.push(type);
      }
    }
  }
  // One query for both microdata facts.
  const microdata: string[] = [];
  let articleBody = false;
  const marked = doc.querySelectorAll('[itemtype], [itemprop="articleBody"]');
  for (let i = 0; i < marked.length && i < MAX_TYPED; i++) {
    const el = marked[i];
    if (!el) continue;
    if (el.getAttribute('itemprop') === 'articleBody') articleBody = true;
    const type = ITEMTYPE_NAME.exec(el.getAttribute('itemtype') ?? '')?.[1];
    if (type && !microdata.includes(type)) microdata.push(type);
  }
  return {
    ldTypes,
    microdata,
    ogType: meta.ogType,
    published: meta.published,
    articleElements: doc.getElementsByTagName('article').length,
    articleBody,
    paragraphs: doc.getElementsByTagName('p').length,
    breaks: doc.getElementsByTagName('br').length,
  };
}

/** What kind of evidence the gate found; extract.ts asks more of weaker evidence. */
export type GateEvidence = 'news-type' | 'markup' | 'prose' | 'none' | 'other-type';

/** Paragraphs a page without any article markup needs before it is worth a look. */
const PROSE_PARAGRAPHS = 5;
/** Paragraphs, or line breaks standing in for them, article markup needs beside it. */
const MARKUP_PARAGRAPHS = 4;
const MARKUP_BREAKS = 8;

/**
 * The rule, conservative on purpose:
 * - a schema.org news type (JSON-LD or microdata) is a yes when the page has paragraphs;
 * - a declared type of another kind of page (how-to, product, forum post, a non-article
 *   og:type) with no article type beside it is a no;
 * - article markup (og:type article, a publication date, `<article>`, articleBody,
 *   schema.org Article) with a few paragraphs (or line breaks standing in for them) is a yes;
 * - a page with no markup but a few paragraphs is a "maybe" (yes here; the extraction
 *   then needs reporting prose to call it a news article).
 */
export function classifyGate(f: GateFacts): GateEvidence {
  const types = [...f.ldTypes, ...f.microdata];
  const generic = types.some((t) => GENERIC.has(t));
  if (types.some((t) => NEWS.has(t)))
    return f.paragraphs >= 2 || f.articleBody ? 'news-type' : 'none';
  const ogArticle = f.ogType !== null && OG_ARTICLE.has(f.ogType);
  const ogOther = f.ogType !== null && f.ogType !== '' && !ogArticle;
  if (!generic && (ogOther || types.some((t) => NON_NEWS.has(t)))) return 'other-type';
  const markup = ogArticle || f.published || f.articleElements > 0 || f.articleBody || generic;
  if (markup)
    return f.paragraphs >= MARKUP_PARAGRAPHS || f.breaks >= MARKUP_BREAKS ? 'markup' : 'none';
  return f.paragraphs >= PROSE_PARAGRAPHS ? 'prose' : 'none';
}

export function decideGate(f: GateFacts): GateResult {
  const signals: string[] = [];
  for (const t of f.ldTypes) signals.push(`ld:${t}`);
  for (const t of f.microdata) signals.push(`microdata:${t}`);
  if (f.ogType !== null) signals.push(`og:${f.ogType || 'empty'}`);
  if (f.published) signals.push('published_time');
  if (f.articleElements > 0) signals.push(`article-element:${f.articleElements}`);
  if (f.articleBody) signals.push('articleBody');
  signals.push(`p:${f.paragraphs}`);
  if (f.paragraphs < MARKUP_PARAGRAPHS && f.breaks > 0) signals.push(`br:${f.breaks}`);
  const evidence = classifyGate(f);
  const article = evidence === 'news-type' || evidence === 'markup' || evidence === 'prose';
  signals.push(`gate:${evidence}`);
  return { article, signals };
}

/** Never throws: a page the host DOM cannot query is simply not analysed. */
export function quickArticleCheck(doc: Document): GateResult {
  try {
    if (!doc.documentElement)
      return { article: false, signals: ['no-document-element', 'gate:none'] };
    return decideGate(readGateFacts(doc));
  } catch (error) {
    return {
      article: false,
      signals: [`dom-error:${(error as Error)?.name ?? 'Error'}`, 'gate:none'],
    };
  }
}
