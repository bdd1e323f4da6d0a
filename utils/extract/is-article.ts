/**
 * Is the extracted page a news article? For Sumber that means news reporting in a language
 * it reads (English, Indonesian): blog posts, essays, columns, reviews, how-tos, docs and
 * fiction are articles of another kind and answer no, as do pages in other languages.
 *
 * The gate's evidence and the story's own words are weighed as points, each with its reason
 * in the signals ("+news-type:3", "-first-person:21.4/1k:2"), and the page is news at 2 or more:
 *
 * for news reporting
 * - a declared schema.org news type (+3): the publisher's word, yet Medium, Vox and many blog
 *   engines declare NewsArticle for every post, so two signs against outweigh it;
 * - reporting words ("said", "according to", "kata", "menurut") per 1,000 words: 3 or more
 *   (+2), 9 or more (+3; the density a page with no article markup needs);
 * - a dateline opening the story, "JAKARTA, KOMPAS.com -" (+3);
 * - an address in a news section, /news/, /berita/ (+2), or a dated one, /2016/02/01/ (+1,
 *   every blog engine dates its paths too); only without a declared news type, which
 *   already says what the address would;
 *
 * against
 * - the writer's own first person, "I", "my", "saya", outside quotations, 10+ per 1,000
 *   words (-2): reporters quote people saying "I"; essays, columns, hands-on reviews and
 *   personal blogs say it themselves;
 * - "we", "our", "kami", "kita" outside quotations, 20+ per 1,000 (-1): a company or a team
 *   writing about itself (engineering and corporate blogs);
 * - "you", "your", "Anda" outside quotations, 20+ per 1,000 (-1): how-tos, reviews and
 *   guides address the reader (consumer news does too, hence only -1);
 * - code listings in the story: 2+ <pre> or 10+ <code> (-2): tutorials, docs, dev blogs;
 * - on a page without article markup, 300+ words with fewer than 2 figures (words with a
 *   digit: amounts, dates, times, ages) per 1,000 (-2): news reports numbers; fiction and
 *   many essays never write one (metadata is a bonus, so bare prose shows it this way);
 * - 800+ words without one reporting word (-2): reporting attributes; a long text that never
 *   does is an essay, a list or a story;
 * - an address that names another kind of page: /blog/, /opinion/, /reviews/, /docs/,
 *   /how-to/, /wiki/, a blog host (-1); a section named so (article:section, -1);
 * - a declared review, opinion, satire or paper type (-1).
 */
import type { GateEvidence } from './gate';
import { NOT_NEWS_ARTICLE_TYPES } from './page-types';

export interface StoryStats {
  /** Prose blocks of some length, and their characters. */
  storyBlocks: number;
  storyChars: number;
  /** Words in those blocks. */
  words: number;
  /** Reporting words in those blocks (news-cues.ts). */
  cues: number;
  /** The story opens with a news dateline ("JAKARTA, KOMPAS.com -"). */
  dateline?: boolean;
  /** The story's language when Sumber reads it ("en", "id"); null: another language. Unknown: not checked. */
  lang?: 'en' | 'id' | null;
  /** Words outside quotations, and the writer's first person, "we" and "you" among them. */
  voice?: { outside: number; first: number; we: number; you: number; figures?: number };
  /** <pre> and <code> elements inside the story's root. */
  pre?: number;
  code?: number;
}

/** What the page says about itself, besides the gate's evidence. */
export interface PageFacts {
  /** schema.org types, JSON-LD and microdata. */
  types?: readonly string[];
  /** article:section. */
  section?: string | null;
}

const MIN_STORY_BLOCKS = 3;
const MIN_STORY_CHARS = 500;
const NEWS_AT = 2;

/** Reporting words per 1,000 words that make prose read as reporting, and as dense reporting. */
const REPORTING_DENSITY = 3;
const DENSE_REPORTING = 9;
/** A density needs at least this many words behind it. */
const MIN_DENSE_CUES = 2;
/** Writer's-voice words per 1,000 words outside quotations. */
const FIRST_PERSON_DENSITY = 10;
const WE_DENSITY = 20;
const YOU_DENSITY = 20;
const CODE_PRE = 2;
const CODE_INLINE = 10;
/** Figures (words with a digit) per 1,000 words below which a long story is no reporting. */
const FEW_FIGURES = 2;
const FEW_FIGURES_WORDS = 300;
/** A story this long with no reporting word at all does not report. */
const NO_REPORTING_WORDS = 800;

/** A news section: /news/, /berita/, /nasional/... */
const NEWS_SECTION_URL = /\/(?:news|berita|nasional|internasional|ekonomi|politics|world)\//i;
/** A dated path: /2016/02/01/. */
const DATED_URL = /\/(?:19|20)\d\d\/[01]?\d\/[0-3]?\d\//;
/** A path segment naming another kind of page. */
const OTHER_SECTION_URL =
  /\/(?:blogs?|opinions?|commentary|columns?|columnists?|editorials?|op-?eds?|reviews?|docs|documentation|how-?to|guides?|tutorials?|wiki|recipes?|forums?)(?:[/?#]|$)/i;
/** Hosts of blogs and personal pages: blog.example.com, *.blogspot.*, medium.com/@name. */
const OTHER_HOST_URL =
  /^https?:\/\/(?:(?:blogs?|docs|wiki)\.|[^/?#]*\.(?:blogspot|wordpress|substack|tumblr)\.|(?:www\.)?medium\.com\/@)/i;
/** The page's own name says it: ".../how-to-build-a-terrarium", ".../how_2042752_build...". */
const HOW_TO_SLUG_URL = /\/how(?:[-_]to[-_]|_\d)[^/]*\/?$/i;
/** ".../xbox-one-x-review", ".../xbox-one-x-review.html". */
const REVIEW_SLUG_URL = /[-_]review(?:\.[a-z]{2,5})?\/?$/i;
/** An article:section of another kind of page. */
const OTHER_SECTION =
  /\b(?:opinions?|commentary|columns?|columnists?|editorials?|op-?eds?|reviews?|blogs?)\b/i;
const MAX_URL = 500;

const NOT_NEWS_TYPES = new Set<string>(NOT_NEWS_ARTICLE_TYPES);

export interface ArticleDecision {
  article: boolean;
  /** Why, as a signal: "article:news-type+reporting", "not-article:first-person", "not-article:language". */
  why: string;
  /** Each point counted, with its reason and weight: "+news-type:3", "-first-person:21.4/1k:2", then "score:1". */
  points: string[];
}

const perK = (n: number, of: number): number => (of > 0 ? (n * 1000) / of : 0);
const fmt = (x: number): string => (Math.round(x * 10) / 10).toString();

/** The kind of page an address names, or null: "blog", "opinion", "docs"... */
export function otherKindOfUrl(url: string | null): string | null {
  if (url === null) return null;
  const u = url.slice(0, MAX_URL);
  const section = OTHER_SECTION_URL.exec(u);
  if (section) return section[0].replace(/[/?#]/g, '').toLowerCase();
  if (OTHER_HOST_URL.test(u)) return 'blog-host';
  const end = u.search(/[?#]/);
  const path = end >= 0 ? u.slice(0, end) : u;
  if (HOW_TO_SLUG_URL.test(path)) return 'how-to';
  if (REVIEW_SLUG_URL.test(path)) return 'review';
  return null;
}

export function decideIsArticle(
  evidence: GateEvidence,
  stats: StoryStats,
  url: string | null,
  page: PageFacts = {},
): ArticleDecision {
  if (evidence === 'none' || evidence === 'other-type')
    return { article: false, why: `not-article:${evidence}`, points: [] };
  if (stats.storyBlocks < MIN_STORY_BLOCKS || stats.storyChars < MIN_STORY_CHARS) {
    return { article: false, why: 'not-article:too-little-story', points: [] };
  }
  if (stats.lang === null) return { article: false, why: 'not-article:language', points: [] };

  const points: string[] = [];
  const pros: string[] = [];
  const cons: string[] = [];
  let score = 0;
  const add = (n: number, name: string, detail = ''): void => {
    score += n;
    points.push(`${n > 0 ? '+' : '-'}${name}${detail ? `:${detail}` : ''}:${Math.abs(n)}`);
    (n > 0 ? pros : cons).push(name);
  };

  // For news reporting.
  const news = evidence === 'news-type';
  if (news) add(3, 'news-type');
  const density = perK(stats.cues, stats.words);
  if (stats.cues >= MIN_DENSE_CUES && density >= DENSE_REPORTING)
    add(3, 'reporting', `${fmt(density)}/1k`);
  else if (stats.cues >= 1 && density >= REPORTING_DENSITY)
    add(2, 'reporting', `${fmt(density)}/1k`);
  if (stats.dateline) add(3, 'dateline');
  const otherUrl = otherKindOfUrl(url);
  if (!news && otherUrl === null && url !== null) {
    const u = url.slice(0, MAX_URL);
    if (NEWS_SECTION_URL.test(u)) add(2, 'news-url');
    else if (DATED_URL.test(u)) add(1, 'dated-url');
  }

  // Against.
  const voice = stats.voice;
  if (voice) {
    const first = perK(voice.first, voice.outside);
    const we = perK(voice.we, voice.outside);
    const you = perK(voice.you, voice.outside);
    if (first >= FIRST_PERSON_DENSITY) add(-2, 'first-person', `${fmt(first)}/1k`);
    if (we >= WE_DENSITY) add(-1, 'we', `${fmt(we)}/1k`);
    if (you >= YOU_DENSITY) add(-1, 'you', `${fmt(you)}/1k`);
    const figures = perK(voice.figures ?? FEW_FIGURES * stats.words, stats.words);
    // Only without article markup: markup already says "an article"; bare prose must show more.
    const bare = evidence === 'prose';
    if (bare && stats.words >= FEW_FIGURES_WORDS && figures < FEW_FIGURES)
      add(-2, 'no-figures', `${fmt(figures)}/1k`);
  }
  if ((stats.pre ?? 0) >= CODE_PRE || (stats.code ?? 0) >= CODE_INLINE)
    add(-2, 'code', `pre=${stats.pre ?? 0},code=${stats.code ?? 0}`);
  if (stats.cues === 0 && stats.words >= NO_REPORTING_WORDS)
    add(-2, 'no-reporting', `${stats.words}-words`);
  if (otherUrl !== null) add(-1, 'url', otherUrl);
  if (page.section && OTHER_SECTION.test(page.section.slice(0, 100)))
    add(-1, 'section', page.section.slice(0, 40).replace(/\s+/g, '_'));
  const type = page.types?.find((t) => NOT_NEWS_TYPES.has(t));
  if (type) add(-1, 'type', type);

  points.push(`score:${score}`);
  const article = score >= NEWS_AT;
  const why = article
    ? `article:${pros.join('+')}`
    : `not-article:${cons.length > 0 ? cons.join('+') : 'no-reporting-prose'}`;
  return { article, why, points };
}
