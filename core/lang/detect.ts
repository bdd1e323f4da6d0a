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
  const scores: Record<string, number> = {};
  for (const s of stopSets) scores[s.code] = 0;
  let count = 0;
  for (const m of text.toLowerCase().matchAll(/[\p{L}']+/gu)) {
    if (++count > SAMPLE_WORDS) break;
    for (const s of stopSets) if (s.words.has(m[0])) scores[s.code] = (scores[s.code] ?? 0) + 1;
  }
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
