/**
 * "Peluncuran itu disiarkan langsung oleh televisi pemerintah", "The match aired by state TV
 * last year", "Seorang petani diwawancarai kantor berita itu di ladangnya": a relay right
 * after the sentence's subject, its outlet broadcasting the subject or interviewing them,
 * says what happened, not whose words the outlet reports. The outlet may still be the via
 * of a speaker later in the sentence ("..., di mana ia mengatakan ...").
 */
import type { SentenceContext } from '../context';
import type { Span } from '../source';
import { carriedThing } from './carriers';

export function broadcastOfSubject(ctx: SentenceContext, at: number, span: Span): boolean {
  const { tokens, pack } = ctx;
  const verb = tokens[at];
  if (!verb || !pack.subjectEventRelays.opens(verb) || at === 0) return false;
  // The subject: words only from the sentence's start, no cue among them, none opening a
  // longer relay that holds the verb ("Seperti disiarkan KCNA, ..." is an aside opener), and
  // no relative word right before the verb ("pidato yang disiarkan").
  for (let k = 0; k < at; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k] || pack.cuePhrases.matchAt(tokens, k) > 0)
      return false;
    if (pack.relays.matchAt(tokens, k) > at - k) return false;
  }
  if (pack.clauseRelatives.has(tokens[at - 1]?.lower ?? '')) return false;
  return onlyTimeOrPlaceAfter(ctx, span.end);
}

/** Nothing from `from` on but a time, a place phrase with no cue in it ("di ladangnya pekan
 * lalu"), or a comma opening another clause. */
function onlyTimeOrPlaceAfter(ctx: SentenceContext, from: number): boolean {
  const { tokens, pack } = ctx;
  let k = from;
  const skipTimes = () => {
    while (pack.timeWords.has(tokens[k]?.lower ?? '') || /^\d/u.test(tokens[k]?.text ?? '')) k++;
  };
  skipTimes();
  if (pack.locatives.has(tokens[k]?.lower ?? '')) {
    while (tokens[k]?.type === 'word' && !(pack.cuePhrases.matchAt(tokens, k) > 0)) k++;
    skipTimes();
  }
  const next = tokens[k];
  return !next || next.text === ',' || next.type === 'punct';
}

/** A relay's outlet that only carried a thing: a participle after it ("The speech, carried by
 * KCNA, lasted ...", carriers.ts) or a broadcast of the subject. */
export function carrierOnlyAt(ctx: SentenceContext, at: number, len: number, span: Span): boolean {
  return carriedThing(ctx, at, len, span) || broadcastOfSubject(ctx, at, span);
}
