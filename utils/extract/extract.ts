/**
 * Article extraction from a live DOM, the same code for the content script (real
 * browser), the CLI (linkedom) and the tests (happy-dom): only standard DOM APIs.
 * Never executes anything and never builds DOM from strings.
 */
import type { ArticleInput, Block } from '@/core/report';
import { collectCredits } from './credits';
import { classifyGate, decideGate, readGateFacts } from './gate';
import { decideIsArticle } from './is-article';
import { pageLangHint, pageTitle, pageUrl } from './meta';
import { readPageMeta } from './page-meta';
import { findArticleRoot } from './root';
import { findStandfirst } from './standfirst';
import { walkBlocks } from './walk';
import { countReportingWords, readVoice, startsWithDateline } from './news-cues';

export interface ExtractedArticle {
  blocks: Block[];
  title: string | null;
  langHint: string | null;
  url: string | null;
  credits: string[];
  isArticle: boolean;
  signals: string[];
  /** The element holding the story (for a mutation watch); null when nothing was found. */
  root?: Element | null;
}

export interface ExtractOptions {
  /** The page's address when known (the tab URL, `--url`); else canonical / og:url. */
  url?: string;
  /** In a browser: false for a story block the reader cannot see (visibility.ts). */
  isVisible?: (el: Element) => boolean;
}

/** A prose block: long enough to be a sentence of the story, not a label. */
const MIN_STORY_BLOCK_CHARS = 60;
/**
 * The story's voice and reporting density are read from its first blocks up to about this
 * many characters (whole blocks): settled long before, and a 120,000-character story would
 * otherwise cost the page tens of milliseconds of word counting.
 */
const VOICE_SAMPLE_CHARS = 30_000;

/**
 * Never throws on a page: a document with no root element, or a host DOM that fails on
 * a pathological tree (happy-dom's own selector engine overflows on 10,000 levels), gives
 * an empty, non-article result that says why in its signals.
 */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle {
  try {
    if (!doc.documentElement) return empty(opts.url ?? null, 'no-document-element');
    return extractFrom(doc, opts);
  } catch (error) {
    return empty(opts.url ?? null, `dom-error:${(error as Error)?.name ?? 'Error'}`);
  }
}

function empty(url: string | null, why: string): ExtractedArticle {
  return {
    blocks: [],
    title: null,
    langHint: null,
    url,
    credits: [],
    isArticle: false,
    signals: [why, 'not-article:error'],
    root: null,
  };
}

function extractFrom(doc: Document, opts: ExtractOptions): ExtractedArticle {
  // The gate is a handful of queries: cheaper to ask again than to pass around.
  const meta = readPageMeta(doc);
  const facts = readGateFacts(doc, meta);
  const gate = decideGate(facts);
  const { root, how } = findArticleRoot(doc);
  const walked = walkBlocks(root, opts.isVisible ? { isVisible: opts.isVisible } : {});
  const title = pageTitle(doc, meta, walked.headlines, root);
  // The headline repeated as the first paragraph is not body text.
  const blocks = walked.blocks.filter((b, i) => !(i < 3 && title !== null && b.text === title));

  let storyBlocks = 0;
  let storyChars = 0;
  let headings = 0;
  let items = 0;
  let cues = 0;
  let dateline = false;
  const story: string[] = [];
  for (const b of blocks) {
    if (b.type === 'heading') headings++;
    else if (b.type === 'li') items++;
    if (b.type !== 'heading' && b.text.length >= MIN_STORY_BLOCK_CHARS) {
      if (storyBlocks === 0) dateline = startsWithDateline(b.text);
      storyBlocks++;
      // Cues and voice from the same sample, so their ratio is a density.
      if (storyChars < VOICE_SAMPLE_CHARS) {
        cues += countReportingWords(b.text);
        story.push(b.text);
      }
      storyChars += b.text.length;
    }
  }
  const url = opts.url ?? pageUrl(meta);
  const voice = readVoice(story);
  // Code listings are skipped by the walk (<pre>) or inline in it (<code>): counted on the root.
  const pre = root.getElementsByTagName('pre').length;
  const code = root.getElementsByTagName('code').length;
  const decision = decideIsArticle(
    classifyGate(facts),
    {
      storyBlocks,
      storyChars,
      words: voice.words,
      cues,
      dateline,
      lang: voice.lang,
      voice,
      pre,
      code,
    },
    url,
    { types: [...facts.ldTypes, ...facts.microdata], section: meta.section },
  );
  const signals = [
    ...gate.signals,
    `root:${how}`,
    `blocks:${blocks.length}`,
    `story-chars:${storyChars}`,
    `words:${voice.words}`,
    `headings:${headings}`,
    `li:${items}`,
    `cues:${cues}`,
  ];
  // The language the story reads as, and the share of en/id function words that says so.
  if (voice.words > 0) signals.push(`lang:${voice.lang ?? 'other'}:${voice.langShare.toFixed(2)}`);
  if (walked.dropped > 0) signals.push(`dropped:${walked.dropped}`);
  if (walked.hidden > 0) signals.push(`hidden:${walked.hidden}`);
  if (walked.truncated) signals.push('truncated');
  signals.push(...decision.points, decision.why);
  // Added after the article check: the check reads the body as it was walked.
  const standfirst = findStandfirst(doc, root, title);
  if (standfirst !== null && !blocks.some((b) => b.text === standfirst)) {
    blocks.unshift({ text: standfirst, type: 'p' });
    signals.push('standfirst');
  }

  return {
    blocks,
    title,
    langHint: pageLangHint(doc, meta),
    url,
    credits: collectCredits(root, walked.credits),
    isArticle: decision.article,
    signals,
    root,
  };
}

/** The engine's input for an extracted page. */
export function toArticleInput(article: ExtractedArticle, file?: string | null): ArticleInput {
  return {
    blocks: article.blocks,
    url: article.url,
    langHint: article.langHint,
    title: article.title,
    file: file ?? null,
    credits: article.credits,
    isArticle: article.isArticle,
  };
}
