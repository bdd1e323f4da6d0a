/**
 * Whether a speaker's cue closes its sentence: only what its verb takes may follow it. Asked
 * by choose.ts (a closing speaker frames the cue before it) and claim.ts.
 */
import type { SentenceContext } from './context';
import type { Candidate } from './rules';

/**
 * Nothing after the cue but what a closing speaker's verb takes: a date ("on Friday"), its
 * audience ("told reporters"), a phrase of its own with no clause ("in a statement"), or a
 * participle after a comma (", adding that ..."), up to the sentence's end.
 */
export function closesSentence(ctx: SentenceContext, c: Candidate): boolean {
  const { tokens, pack } = ctx;
  const atEnd = (k: number) =>
    k === tokens.length || (tokens[k]?.type !== 'word' && k === tokens.length - 1);
  const skipDate = (from: number) => {
    let k = from;
    while (pack.timeWords.has(tokens[k]?.lower ?? '')) k++;
    return k;
  };
  let k = c.cueSpan.end;
  if (atEnd(skipDate(k))) return true;
  if (pack.tellVerbs.has(tokens[c.cueSpan.end - 1]?.lower ?? '')) {
    k += pack.audiences.matchAt(tokens, k);
    if (atEnd(skipDate(k))) return true;
  }
  const prepositionAt = (j: number) => {
    const w = tokens[j]?.lower ?? '';
    return (
      pack.occasionPrepositions.has(w) || pack.relayPrepositions.has(w) || pack.locatives.has(w)
    );
  };
  // "said Wednesday in Tokyo": a bare date, then the phrase (a date's own preposition, "on
  // Wednesday", is no phrase's).
  while (pack.timeWords.has(tokens[k]?.lower ?? '') && !prepositionAt(k)) k++;
  const t = tokens[k];
  if (!t || ctx.quoted[k]) return false;
  // "..., the mayor said Monday — a reversal of her stand": a spaced dash sets off the
  // reporter's own note on the words.
  if (noteDash(tokens, k)) return true;
  if (t.text === ',') {
    const next = tokens[k + 1]?.lower ?? '';
    return pack.participleCues.has(next) || pack.citations.has(next);
  }
  if (!prepositionAt(k)) return false;
  // "said in a statement that ...": a clause of its own after the phrase.
  for (let j = k + 1; j < tokens.length; j++) {
    const u = tokens[j];
    if (noteDash(tokens, j)) return true;
    if (!u || ctx.quoted[j] || u.type === 'quote' || pack.complementizers.has(u.lower))
      return false;
  }
  return true;
}

/** A dash with spaces around it at token k (not a hyphen inside a word). */
function noteDash(tokens: SentenceContext['tokens'], k: number): boolean {
  const t = tokens[k];
  if (!t || !DASHES.has(t.text)) return false;
  return tokens[k - 1]?.end !== t.start && tokens[k + 1]?.start !== t.end;
}

const DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);
