/**
 * Article extraction from a live DOM, the same code for the content script (real
 * browser), the CLI (linkedom) and the tests (happy-dom): only standard DOM APIs.
 * Never executes anything and never builds DOM from strings.
 */
import type { ArticleInput, Block } from '@/core/report';
import { collectCredits } from './credits';
import { decideGate, readGateFacts, type GateResult } from './gate';
import { pageLangHint, pageTitle, pageUrl } from './meta';
import { findArticleRoot } from './root';
import { walkBlocks } from './walk';

export interface ExtractedArticle {
  blocks: Block[];
  title: string | null;
  langHint: string | null;
  url: string | null;
  credits: string[];
  isArticle: boolean;
  signals: string[];
}

export interface ExtractOptions {
  /** The page's address when known (the tab URL, `--url`); else canonical / og:url. */
  url?: string;
  /** The gate's result when the caller already ran it. */
  gate?: GateResult;
}

/** Story paragraphs a news article has at least (prose blocks of some length). */
const MIN_STORY_BLOCKS = 3;
const MIN_STORY_BLOCK_CHARS = 60;
const MIN_STORY_CHARS = 500;

export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle {
  const gate = opts.gate ?? decideGate(readGateFacts(doc));
  const { root, how } = findArticleRoot(doc);
  const walked = walkBlocks(root);
  const title = pageTitle(doc, walked.headlines, root);
  // The headline repeated as the first paragraph is not body text.
  const blocks = walked.blocks.filter((b, i) => !(i < 3 && title !== null && b.text === title));

  let storyBlocks = 0;
  let storyChars = 0;
  for (const b of blocks) {
    if (b.type !== 'heading' && b.text.length >= MIN_STORY_BLOCK_CHARS) {
      storyBlocks++;
      storyChars += b.text.length;
    }
  }
  const enoughStory = storyBlocks >= MIN_STORY_BLOCKS && storyChars >= MIN_STORY_CHARS;
  const signals = [...gate.signals, `root:${how}`, `blocks:${blocks.length}`, `story-chars:${storyChars}`];
  if (walked.dropped > 0) signals.push(`dropped:${walked.dropped}`);
  if (walked.truncated) signals.push('truncated');
  if (!enoughStory) signals.push('too-little-story');

  return {
    blocks,
    title,
    langHint: pageLangHint(doc),
    url: opts.url ?? pageUrl(doc),
    credits: collectCredits(root),
    isArticle: gate.article && enoughStory,
    signals,
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
