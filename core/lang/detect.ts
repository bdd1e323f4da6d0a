/**
 * Document language: the page's hint first, the text second. The text vote counts each
 * pack's stop words among the first words of the document; a hint for a language we have
 * wins unless the text clearly says otherwise (pages often carry a template's `lang`).
 */
import { LANGUAGES } from './index';

const SAMPLE_WORDS = 2000;
/** The text overrules the hint when the other language has this many times more hits. */
const OVERRULE_RATIO = 3;
const MIN_HITS = 8;

const stopSets = LANGUAGES.map((d) => ({ code: d.code, words: new Set<string>(d.stopwords) }));
/** Per stop word, one bit per language that has it (bit k: stopSets[k]): one lookup per word,
 * and no array to iterate (an iterator per hit is costly in the unoptimized code of a fresh page). */
const stopBits = new Map<string, number>();
stopSets.forEach((s, k) => {
  for (const w of s.words) stopBits.set(w, (stopBits.get(w) ?? 0) | (1 << k));
});
const WORD = /[\p{L}']+/gu;
/** Non-letters beyond ASCII that pages are full of (typographic quotes and dashes, no-break
 * spaces, currency, arrows, ™): word separators for WORD as much as spaces are. Once they are
 * spaces most text is ASCII, where ASCII_WORD finds the very same words several times faster
 * than the Unicode pattern does (a third of a millisecond on a long page, every page). */
const COMMON_SYMBOLS =
  /[\u00a0-\u00a9\u00ab-\u00b4\u00b6-\u00b9\u00bb-\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf\u2122\u2190-\u23ff\u2500-\u27bf]/g;
const NON_ASCII = /[\u0080-\uffff]/;
/** WORD on lower-case ASCII text. */
const ASCII_WORD = /[a-z']+/g;

export interface Detection {
  lang: string;
  /** Stop-word hits per language in the sample. */
  scores: Record<string, number>;
  /** Where the answer came from. */
  by: 'hint' | 'text' | 'default';
}

function hintCode(hint: string | null | undefined): string | null {
  if (!hint) return null;
  const code = hint.trim().toLowerCase().slice(0, 2);
  // "in" is the old ISO code for Indonesian, still seen in the wild.
  const normal = code === 'in' ? 'id' : code;
  return stopSets.some((s) => s.code === normal) ? normal : null;
}

export function detectLanguage(text: string, hint?: string | null): Detection {
  const hits = stopSets.map(() => 0);
  // All words in one native call: an exec() per word costs far more on a fresh page, where
  // this code runs unoptimized (the sample is capped, so the extra words are cheap).
  const lower = text.toLowerCase().replace(COMMON_SYMBOLS, ' ');
  const words = lower.match(NON_ASCII.test(lower) ? WORD : ASCII_WORD) ?? [];
  const count = Math.min(words.length, SAMPLE_WORDS);
  for (let i = 0; i < count; i++) {
    let bits = stopBits.get(words[i] as string) ?? 0;
    for (let k = 0; bits !== 0; k++, bits >>>= 1) if (bits & 1) hits[k] = (hits[k] ?? 0) + 1;
  }
  const scores: Record<string, number> = {};
  stopSets.forEach((s, k) => (scores[s.code] = hits[k] ?? 0));
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  const [bestCode, bestScore] = ranked[0] ?? ['en', 0];
  const hinted = hintCode(hint);
  if (hinted) {
    const hintedScore = scores[hinted] ?? 0;
    if (bestCode !== hinted && bestScore >= MIN_HITS && bestScore > OVERRULE_RATIO * hintedScore) {
      return { lang: bestCode, scores, by: 'text' };
    }
    return { lang: hinted, scores, by: 'hint' };
  }
  if (bestScore === 0) return { lang: 'en', scores, by: 'default' };
  return { lang: bestCode, scores, by: 'text' };
}
