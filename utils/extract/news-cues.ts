/**
 * What the story's own words say about it: how dense it is in reporting words, whether it
 * opens with a dateline, whose voice it is written in (I, we, you), and whether it is in a
 * language Sumber reads at all. is-article.ts weighs these.
 */
import { stopwords as EN_STOPWORDS } from '@/core/lang/en/stopwords';
import { stopwords as ID_STOPWORDS } from '@/core/lang/id/stopwords';
import { REPORTING_WORDS as EN_REPORTING } from './lang/en';
import { REPORTING_WORDS as ID_REPORTING } from './lang/id';

/**
 * Reporting words news prose is dense in ("said", "according to", "kata", "menurut"), both
 * languages' lists joined. Used only to tell news reporting from other long text
 * (encyclopedia, docs, how-to).
 *
 * Why a list of its own and not the engine's cue lexicon (core/lang/{en,id}/cues/):
 * - the engine's compiled cue words (CompiledPack.cueWords) are a cheap pre-filter, the
 *   first word of every cue phrase: "in" (in a statement), "was", "as", "is", "we",
 *   "dalam", "seperti"... As a density they would count every English sentence;
 * - its speaker verbs include verbs of opinion ("think", "believe", "say", "state"), right
 *   for finding claims next to a source, wrong for telling reporting from essays: with
 *   them the shared corpus's essays and blog posts read 2-6x denser (1.9 -> 12.4 reporting
 *   words per 1,000 on an opinion essay) and stop being told apart from news;
 * - importing getPack() would put the whole lexicon (about 6.7 KB gzipped, a third of the
 *   content script) into every page.
 * So these lists (one per language, utils/extract/lang) stay a small, news-specific subset; tests/unit/extract/data.test.ts checks
 * that every word on it is one the engine also knows as a cue, a hedge or a source role,
 * so the two cannot drift apart silently. (The function words below are the engine's own,
 * imported as plain data: they mean the same thing in both places.)
 */
export const REPORTING_WORDS: readonly string[] = [...EN_REPORTING, ...ID_REPORTING].sort();

// Word-bounded alternation of fixed words: linear, no nested quantifiers.
const CUE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${REPORTING_WORDS.join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Reporting words in a text (counted up to `limit`). */
export function countReportingWords(text: string, limit = 1_000): number {
  // One native call, not an exec() per hit: the page's fresh bundle runs this unoptimized.
  return Math.min(text.match(CUE)?.length ?? 0, limit);
}

/**
 * A news dateline opening the story: "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --",
 * "WASHINGTON (Reuters) -", "LONDON —", or an online outlet alone, "KOMPAS.com ---". A place
 * in capitals, or a place with its outlet after a comma or in brackets, or an outlet's
 * domain name, then a dash: "Harga naik - kata pedagang" is not one.
 */
const DATELINE =
  /^(?:[A-Z][A-Z.'’ ]{1,30}(?:, ?[\w.'’ ]{2,30})?|[A-Z][A-Za-z.'’ ]{1,30}(?:, ?[\w.'’ ]{2,30}| \([\w.'’ ]{2,30}\))|[A-Z][A-Za-z0-9]{1,30}\.(?:com|co\.id|id|net|org)(?:, ?[\w.'’ ]{2,30})?)(?: \([\w.'’ ]{2,30}\))? ?(?:-{1,3}|[–—])[ \u00a0]/;

export function startsWithDateline(text: string): boolean {
  return DATELINE.test(text.slice(0, 100));
}

/** Words split at apostrophes too: "I'm" is "I" and "m", "we're" is "we" and "re". With
 * them the quotation marks, which are never part of a word: one `match` call gives a block's
 * words and quotes in order (an exec() per word costs far more in a fresh page's
 * unoptimized code). */
const WORD_OR_QUOTE = /[\p{L}\p{N}]+|[\u201c\u201d"]/gu;

/** Words read at most: a bound of its own; extract.ts already hands over a 30,000-character sample. */
const MAX_WORDS = 8_000;
/**
 * Share of words that are English or Indonesian function words below which the story is in
 * another language. English prose runs at 0.26-0.47 with the engine's 60 stop words, and
 * Indonesian at 0.11-0.28 with its 34; French, Spanish, Portuguese, Czech and German at
 * 0.00-0.04, and Chinese or Japanese at 0 (no spaces, no such words).
 */
export const MIN_LANG_SHARE = 0.07;

/** The writer's own voice: first person singular (0), plural (1), and the reader addressed (2). */
const person = (groups: string[][]): Map<string, number> =>
  new Map(groups.flatMap((words, i) => words.map((w) => [w, i] as const)));
const PERSON = {
  en: person([
    ['i', 'me', 'my', 'mine', 'myself'],
    ['we', 'our', 'ours', 'ourselves', 'us'],
    ['you', 'your', 'yours', 'yourself', 'yourselves'],
  ]),
  id: person([
    ['saya', 'aku'],
    ['kami', 'kita'],
    ['anda', 'kamu', 'kalian'],
  ]),
};
/**
 * What a lower-case word is, in one lookup (every word of the story is looked up): bit 0 an
 * English function word, bit 1 an Indonesian one, bits 2-3 and 4-5 its English and Indonesian
 * person (index + 1, 0 for none).
 */
const EN_STOP = 1;
const ID_STOP = 2;
const WORD_INFO = new Map<string, number>();
const mark = (word: string, bits: number) => WORD_INFO.set(word, (WORD_INFO.get(word) ?? 0) | bits);
for (const w of EN_STOPWORDS) mark(w, EN_STOP);
for (const w of ID_STOPWORDS) mark(w, ID_STOP);
for (const [w, i] of PERSON.en) mark(w, (i + 1) << 2);
for (const [w, i] of PERSON.id) mark(w, (i + 1) << 4);
const STRAIGHT_QUOTE = 34;
const HAS_DIGIT = /\d/;
const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;

/** A block this long is read word by word up to the words still wanted, not matched whole. */
const LONG_BLOCK_CHARS = 50_000;

function isQuote(piece: string): boolean {
  const c = piece.charCodeAt(0);
  return piece.length === 1 && (c === OPEN_QUOTE || c === CLOSE_QUOTE || c === STRAIGHT_QUOTE);
}

/** A block's words and quotation marks in order (of a huge block, only up to `wanted` words). */
function wordsAndQuotes(text: string, wanted: number): string[] {
  if (text.length <= LONG_BLOCK_CHARS) return text.match(WORD_OR_QUOTE) ?? [];
  const out: string[] = [];
  let words = 0;
  WORD_OR_QUOTE.lastIndex = 0;
  for (let m = WORD_OR_QUOTE.exec(text); m !== null && words < wanted;) {
    out.push(m[0]);
    if (!isQuote(m[0])) words++;
    m = WORD_OR_QUOTE.exec(text);
  }
  return out;
}

export interface StoryVoice {
  /** Words of the story. */
  words: number;
  /** The story's language when it is one Sumber reads, else null; and the share that decided it. */
  lang: 'en' | 'id' | null;
  langShare: number;
  /** Words outside quotations, and the writer's first person, "we" and "you" among them. */
  outside: number;
  first: number;
  we: number;
  you: number;
  /** Words with a digit: figures, dates, times, ages. News writes them; fiction rarely does. */
  figures: number;
}

/**
 * One pass over the story's words: its language (the engine's function words), and the
 * writer's voice, counted outside quotations only ("I was there," she said: that "I" is the
 * source's). A quotation opens at “ and closes at ”, a straight " toggles, and every block
 * starts outside one, so an unclosed quote costs at most its paragraph. In English "I"
 * counts only as a capital (not "i.e.") and "US" (the country) is not "us".
 */
export function readVoice(blocks: readonly string[]): StoryVoice {
  let words = 0;
  let en = 0;
  let id = 0;
  let outside = 0;
  let figures = 0;
  const voice: Record<'en' | 'id', [number, number, number]> = { en: [0, 0, 0], id: [0, 0, 0] };
  for (const text of blocks) {
    if (words >= MAX_WORDS) break;
    let quoted = false;
    const pieces = wordsAndQuotes(text, MAX_WORDS - words);
    // Most blocks have no digit at all: their words are not each tested for one.
    const digits = HAS_DIGIT.test(text);
    for (let p = 0; p < pieces.length && words < MAX_WORDS; p++) {
      const raw = pieces[p] as string;
      // isQuote() inlined: this loop runs once per word, in a fresh page's unoptimized code.
      if (raw.length === 1) {
        const c = raw.charCodeAt(0);
        if (c === OPEN_QUOTE || c === CLOSE_QUOTE || c === STRAIGHT_QUOTE) {
          quoted = c === OPEN_QUOTE ? true : c === CLOSE_QUOTE ? false : !quoted;
          continue;
        }
      }
      words++;
      if (digits && HAS_DIGIT.test(raw)) figures++;
      const info = WORD_INFO.get(raw.toLowerCase()) ?? 0;
      if (info & EN_STOP) en++;
      if (info & ID_STOP) id++;
      if (quoted) continue;
      outside++;
      if (info < 4) continue;
      const inEn = ((info >> 2) & 3) - 1;
      if (inEn >= 0 && raw !== 'i' && raw !== 'US') voice.en[inEn] = (voice.en[inEn] ?? 0) + 1;
      const inId = ((info >> 4) & 3) - 1;
      if (inId >= 0) voice.id[inId] = (voice.id[inId] ?? 0) + 1;
    }
  }
  const langShare = words === 0 ? 0 : (en + id) / words;
  const lang = langShare < MIN_LANG_SHARE ? null : en >= id ? 'en' : 'id';
  const [first, we, you] = voice[lang ?? 'en'];
  return { words, lang, langShare, outside, first, we, you, figures };
}
