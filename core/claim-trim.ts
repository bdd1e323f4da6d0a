/**
 * Trimming a claim's text: punctuation, quote marks and a leading complementizer off its
 * ends (claim.ts), and the edge set a rule uses on a claim it cut out itself.
 */
import type { SentenceContext } from './context';

const EDGE_PUNCT = new Set([',', ':', ';', '-', '–', '—', ' ']);
export const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', '«', '»', '„']);
export const FINAL_STOPS = new Set(['.', '!', '?', '…']);

/** Punctuation, quote marks and spaces: trimmed off either end of a claim a rule words
 * itself (trimClaimPunctuation). */
const CLAIM_EDGES: ReadonlySet<string> = new Set([
  ...EDGE_PUNCT,
  ...QUOTE_MARKS,
  ...FINAL_STOPS,
  "'",
]);

/** A claim a rule cut out itself, without the punctuation and quote marks at its ends. */
export function trimClaimPunctuation(s: string): string {
  return trimSet(s, CLAIM_EDGES);
}

/** Trims characters of a set from both ends (by hand: an end-anchored regex rescans). */
export function trimSet(s: string, set: ReadonlySet<string>, left = true): string {
  let a = 0;
  let b = s.length;
  while (left && a < b && set.has(s[a] as string)) a++;
  while (b > a && set.has(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

export function trimEdges(s: string, pack: SentenceContext['pack']): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_PUNCT.has(s[a] as string)) a++;
  while (b > a && EDGE_PUNCT.has(s[b - 1] as string)) b--;
  let out = s.slice(a, b);
  // "say, however, that ...": an adverb set off before the complementizer is no claim either.
  const aside = /^([^\s,]+), /u.exec(out);
  if (aside && pack.adverbs.has((aside[1] as string).toLowerCase())) {
    const rest = out.slice(aside[0].length);
    const word = rest.split(' ', 1)[0] ?? '';
    if (pack.complementizers.has(word.toLowerCase())) out = rest;
  }
  // "said that ...", "mengatakan bahwa ...": the complementizer is not the claim, unless it
  // is the pronoun subject of a verb ("said that is not an option").
  // Only the first two words are lower-cased, not the whole claim (one per candidate).
  const firstEnd = out.indexOf(' ');
  const secondEnd = firstEnd < 0 ? -1 : out.indexOf(' ', firstEnd + 1);
  const first = (firstEnd < 0 ? out : out.slice(0, firstEnd)).toLowerCase();
  const second =
    firstEnd < 0
      ? ''
      : (secondEnd < 0
          ? out.slice(firstEnd + 1)
          : out.slice(firstEnd + 1, secondEnd)
        ).toLowerCase();
  const subject = pack.data.contractedHosts.includes(first) && pack.finiteAuxiliaries.has(second);
  if (pack.complementizers.has(first) && !subject) out = out.slice(first.length).trimStart();
  return out;
}

/** A quotation (tokens `run`) opens with a word joining it to what came before, in lower
 * case ('..., "and raise them after the vote."', '..., "tetapi belum sekarang."'): it goes on
 * with the sentence. */
export function joinedOpening(ctx: SentenceContext, run: { start: number; end: number }): boolean {
  for (let i = run.start; i < run.end; i++) {
    const t = ctx.tokens[i];
    if (t?.type !== 'word') continue;
    const joins = ctx.pack.nameListJoiners.has(t.lower) || ctx.pack.clauseJoiners.has(t.lower);
    return joins && t.text === t.lower;
  }
  return false;
}
