/**
 * Extraction coverage: the share of Mozilla Readability's article sentences that Sumber's
 * extraction keeps. Both read the same linkedom document (the CLI's parser); Readability
 * gets a fresh copy because it rewrites the tree it is given.
 *
 * A sentence counts as kept when its letters and digits (lower-cased, spaces collapsed)
 * occur in Sumber's text: block boundaries and punctuation differences do not matter.
 *
 * Readability keeps some text Sumber leaves out on purpose: captions and photo credits
 * (Sumber keeps them aside as credits), link-list blocks ("Related: ...", teaser links) and
 * labels ("Read more", "Sign up for ..."). A lost sentence of that kind is counted as set
 * aside, not lost, and the count is reported beside the share, so nothing is hidden. So is
 * a sentence that sits, on the page, only inside a box that is not the story: a figure, an
 * aside, navigation, a footer, or a box named so (gallery legends, related, comments). And so
 * is a byline or date line ("3/4/2015 9:10 AM BY STAFF", "By Jane Roe"), which Sumber leaves in
 * the page's header on purpose.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isBoilerplateName, isBoilerplateText } from '@/utils/extract/boilerplate';
import { extractArticle } from '@/utils/extract/extract';

/** Sentences shorter than this many words are labels or fragments, not story. */
const MIN_SENTENCE_WORDS = 4;
const SENTENCE_END = /(?<=[.!?…]["”'’)]*)\s+(?=["“'‘(]?[\p{Lu}\p{N}])/u;

export interface Coverage {
  /** Readability's sentences of some length, and how many Sumber keeps. */
  sentences: number;
  kept: number;
  /** kept / sentences; 1 when Readability found no sentence. */
  share: number;
  /** Readability sentences Sumber sets aside on purpose (captions, link lists, labels). */
  setAside: number;
  /** A few sentences Sumber lost (for the report). */
  lost: string[];
  isArticle: boolean;
  signals: string[];
}

/** Letters and digits only, lower case, one space between words. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function splitForCoverage(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(SENTENCE_END))
    .map(normalize)
    .filter((s) => s.split(' ').length >= MIN_SENTENCE_WORDS);
}

interface ReadabilityBlock {
  text: string;
  /** Share of the block's characters inside links. */
  linkShare: number;
}

/** Link-list blocks: a teaser or "Related" line, mostly link text. */
const LINK_LIST_SHARE = 0.6;

const NOT_STORY_TAGS = 'figure, figcaption, aside, nav, footer';

/** Normalized text of the page's boxes that are not the story (see above). */
function notStoryText(doc: Document): string {
  const parts: string[] = [];
  for (const el of doc.querySelectorAll(NOT_STORY_TAGS))
    parts.push(normalize(el.textContent ?? ''));
  for (const el of doc.querySelectorAll('[class], [id]')) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    if (isBoilerplateName(name.trim())) parts.push(normalize(el.textContent ?? ''));
  }
  return ` ${parts.join(' | ')} `;
}

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, td, th, pre, figcaption, dd, dt';

/** Readability's article, as text blocks; empty when it finds no article. */
export function readabilityBlocks(html: string): ReadabilityBlock[] {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document, { charThreshold: 0 }).parse();
  if (!parsed?.content) return [];
  // Its HTML, not its textContent: paragraph ends must stay sentence ends.
  const { document: out } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  for (const el of out.querySelectorAll('br, div')) el.after(out.createTextNode('\n'));
  const blocks: ReadabilityBlock[] = [];
  for (const el of out.querySelectorAll(BLOCKS)) {
    // The innermost blocks only: an <li> holding <p>s is read through its <p>s.
    if (el.querySelector(BLOCKS)) continue;
    const text = el.textContent ?? '';
    let links = 0;
    for (const a of el.querySelectorAll('a')) links += (a.textContent ?? '').trim().length;
    blocks.push({ text, linkShare: text.trim() ? links / text.trim().length : 0 });
  }
  // Text outside any block (a story of <div>s and <br>s) as one more block.
  for (const el of out.querySelectorAll(BLOCKS)) el.remove();
  const rest = out.body?.textContent ?? '';
  if (rest.trim()) blocks.push({ text: rest, linkShare: 0 });
  return blocks;
}

/**
 * A byline or date line, as normalized text: "by" and up to four names (8 words at most), or
 * a date followed by such a byline at the end ("3 4 2015 9 10 am pst by harbour desk").
 */
export function isBylineLine(s: string): boolean {
  const words = s.split(' ');
  if (words[0] === 'by') return words.length <= 8;
  const by = words.lastIndexOf('by');
  if (by < 0 || words.length - by > 5) return false;
  // Before "by", a date and time: numbers, with at most three words ("am", "pst", "sept").
  const before = words.slice(0, by);
  const numbers = before.filter((w) => /^\d+$/.test(w)).length;
  return numbers >= 2 && before.length - numbers <= 3;
}

export function measureCoverage(html: string, url?: string): Coverage {
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document, url ? { url } : {});
  const ours = ` ${normalize([article.title ?? '', ...article.blocks.map((b) => b.text)].join('\n'))} `;
  const credits = ` ${normalize(article.credits.join('\n'))} `;
  let notStory: string | null = null;
  let story: string | null = null;
  let sentences = 0;
  let setAside = 0;
  const lost: string[] = [];
  for (const block of readabilityBlocks(html)) {
    const label = block.linkShare > LINK_LIST_SHARE || isBoilerplateText(block.text.trim());
    for (const s of splitForCoverage(block.text)) {
      sentences++;
      if (ours.includes(` ${s} `)) continue;
      if (label || credits.includes(` ${s} `) || isBylineLine(s)) {
        setAside++;
        continue;
      }
      // Read lazily: most pages lose nothing. A parse of its own (the first one was read).
      notStory ??= notStoryText(parseHTML(html).document as unknown as Document);
      story ??= storyText(html);
      if (notStory.includes(` ${s} `) && !story.includes(` ${s} `)) setAside++;
      else lost.push(s);
    }
  }
  const counted = sentences - setAside;
  const kept = counted - lost.length;
  return {
    sentences: counted,
    kept,
    setAside,
    share: counted === 0 ? 1 : kept / counted,
    lost: lost.slice(0, 5),
    isArticle: article.isArticle,
    signals: article.signals,
  };
}

/** The page's text outside every not-story box: a sentence also found there is really lost. */
function storyText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll(NOT_STORY_TAGS)) el.remove();
  for (const el of document.querySelectorAll('[class], [id]')) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    if (isBoilerplateName(name.trim())) el.remove();
  }
  return ` ${normalize(document.body?.textContent ?? '')} `;
}
