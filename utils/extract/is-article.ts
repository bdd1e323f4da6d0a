/**
 * Is the extracted page a news article? The gate's evidence plus what the extraction
 * found. News reporting is prose dense in reporting words ("said", "according to",
 * "kata", "menurut"); encyclopedia pages, docs, how-tos and most blog posts are not.
 */
import type { GateEvidence } from './gate';

export interface StoryStats {
  /** Prose blocks of some length, and their characters. */
  storyBlocks: number;
  storyChars: number;
  /** Reporting words in those blocks (news-cues.ts). */
  cues: number;
  /** The story opens with a news dateline ("JAKARTA, KOMPAS.com -"). */
  dateline?: boolean;
}

const MIN_STORY_BLOCKS = 3;
const MIN_STORY_CHARS = 500;
/** Reporting words per 1,000 characters that make prose read as news. */
const MARKUP_CUE_DENSITY = 0.5;
const PROSE_CUE_DENSITY = 1.5;
const MIN_CUES = 2;

/** A news section or a dated path: /news/, /berita/, /2016/02/01/. */
const NEWS_URL = /\/(?:news|berita|nasional|internasional|ekonomi|politics|world)\/|\/(?:19|20)\d\d\/[01]?\d\/[0-3]?\d\//i;

export interface ArticleDecision {
  article: boolean;
  /** Why, as a signal: "news-type", "reporting-prose", "news-url", or what was missing. */
  why: string;
}

export function decideIsArticle(evidence: GateEvidence, stats: StoryStats, url: string | null): ArticleDecision {
  if (evidence === 'none' || evidence === 'other-type') return { article: false, why: `not-article:${evidence}` };
  if (stats.storyBlocks < MIN_STORY_BLOCKS || stats.storyChars < MIN_STORY_CHARS) {
    return { article: false, why: 'not-article:too-little-story' };
  }
  // A publisher that declares a news type is taken at its word.
  if (evidence === 'news-type') return { article: true, why: 'article:news-type' };
  const density = (stats.cues * 1000) / stats.storyChars;
  const needed = evidence === 'markup' ? MARKUP_CUE_DENSITY : PROSE_CUE_DENSITY;
  if (stats.cues >= MIN_CUES && density >= needed) return { article: true, why: 'article:reporting-prose' };
  if (stats.dateline) return { article: true, why: 'article:dateline' };
  if (evidence === 'markup' && url !== null && NEWS_URL.test(url)) return { article: true, why: 'article:news-url' };
  return { article: false, why: 'not-article:no-reporting-prose' };
}
