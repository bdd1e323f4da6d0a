/**
 * "Pada 2021 warga Desa X mengatakan", "Sejak Januari warga sekitar melaporkan", "Kemarin
 * sumber di kejaksaan menyebut": a phrase of time opening the clause with no comma before the
 * subject is no part of the source. ("Juni Rahayu mengatakan": a month before a capital with
 * nothing else of a date may be a name, and stays.)
 */
import type { SentenceContext } from '../context';
import { NUMBER } from './tokens';
import type { Span } from './types';

/** Punctuation inside a date: "(4/3/2024)". */
const DATE_PUNCT = new Set(['(', ')', '/', '.', '-']);

export function dropOpeningTime(ctx: SentenceContext, span: Span): Span {
  const { tokens, pack } = ctx;
  const timeWord = (k: number) =>
    tokens[k]?.type === 'word' && pack.timeWords.has(tokens[k]?.lower ?? '');
  const opens = (k: number) =>
    !ctx.quoted[k] &&
    tokens[k]?.type === 'word' &&
    pack.timePrepositions.has(tokens[k]?.lower ?? '');
  const before = tokens[span.start - 1];
  // The phrase began before the span: "Pada" (a small word), "pada akhir" (a part of the
  // time named next), or a date cut at its slash.
  const led =
    pack.timePrepositions.matchAt(tokens, span.start) > 0 ||
    (before !== undefined &&
      !ctx.quoted[span.start - 1] &&
      (opens(span.start - 1) ||
        (!before.cap && before.type === 'word' && opens(span.start - 2)) ||
        timeWord(span.start - 1) ||
        DATE_PUNCT.has(before.text)));
  let k = span.start + pack.timePrepositions.matchAt(tokens, span.start, span.end);
  // "Selama Ramadan 2024": after the preposition, a feast's name dated by its year.
  const year = (m: number) => tokens[m]?.type === 'word' && NUMBER.test(tokens[m]?.text ?? '');
  if ((k > span.start || opens(span.start - 1)) && tokens[k]?.cap && year(k + 1)) k++;
  let dated = false;
  let number = false;
  for (; k < span.end && !ctx.quoted[k]; k++) {
    const t = tokens[k];
    if (!t) break;
    if (t.type === 'word' && NUMBER.test(t.text)) number = dated = true;
    // "This post explains": a determiner of time ("this week") opens no time of its own.
    else if (timeWord(k) && !pack.determiners.has(t.lower)) dated ||= t.cap;
    else if (t.type === 'word' || !DATE_PUNCT.has(t.text)) break;
  }
  if (k === span.start || k >= span.end || !dated || tokens[k]?.type !== 'word') return span;
  // A bare number is a count ("2 warga"); a bare month may open a name.
  if (!led && (number || (tokens[k]?.cap && k === span.start + 1))) return span;
  return { start: k, end: span.end };
}
