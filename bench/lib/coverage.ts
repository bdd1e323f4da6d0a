/**
 * Extraction coverage: the share of Mozilla Readability's article sentences that Sumber's
 * extraction keeps. Both read the same linkedom document (the CLI's parser); Readability
 * gets a fresh copy because it rewrites the tree it is given.
 *
 * A sentence counts as kept when its letters and digits (lower-cased, spaces collapsed)
 * occur in Sumber's text: block boundaries and punctuation differences do not matter.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
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

/** Readability's article text, one paragraph a line; null when it finds no article. */
export function readabilityText(html: string): string | null {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document, { charThreshold: 0 }).parse();
  if (!parsed?.content) return null;
  // Its HTML, not its textContent: paragraph ends must stay sentence ends.
  const { document: out } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const blocks = out.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6, blockquote, td, pre, div, br');
  for (const el of blocks) el.after(out.createTextNode('\n'));
  return out.body?.textContent ?? '';
}

export function measureCoverage(html: string, url?: string): Coverage {
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document, url ? { url } : {});
  const ours = ` ${normalize([article.title ?? '', ...article.blocks.map((b) => b.text)].join('\n'))} `;
  const sentences = splitForCoverage(readabilityText(html) ?? '');
  const lost = sentences.filter((s) => !ours.includes(` ${s} `));
  const kept = sentences.length - lost.length;
  return {
    sentences: sentences.length,
    kept,
    share: sentences.length === 0 ? 1 : kept / sentences.length,
    lost: lost.slice(0, 5),
    isArticle: article.isArticle,
    signals: article.signals,
  };
}
