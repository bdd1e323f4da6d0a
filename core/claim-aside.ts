/**
 * "X said, in a statement carried by KCNA, that <claim>": after the verb, an occasion set
 * off by commas (often naming the outlet that carried the words) or the basis it came
 * through ("according to TASS", "as cited by TASS"), then a complementizer.
 * The claim is what the complementizer opens; the aside is neither claim nor source.
 */
import { occasionLead } from './claim-verb-tail';
import type { SentenceContext } from './context';
import type { Candidate } from './rules';
import type { Token } from './text';

/** Words an occasion set off by commas may take ("in a statement carried by KCNA"). */
const MAX_ASIDE_WORDS = 10;

/** The claim after such an aside following candidate `c`'s verb (token `from`), within the
 * clause ending at token `end` (character `endChar`); null when none stands there. */
export function claimAfterAside(
  ctx: SentenceContext,
  c: Candidate,
  from: number,
  end: number,
  endChar: number,
): string | null {
  const { tokens, pack } = ctx;
  if (!c.sourceSpan || c.sourceSpan.end > c.cueSpan.start) return null;
  // "said on Friday, in a statement ...": the day the words were said comes first.
  while (from < end && pack.timeWords.has(tokens[from]?.lower ?? '') && !ctx.quoted[from]) from++;
  // "reported, without giving details, that ...": a manner of telling set off the same way.
  const without = pack.withoutMarkers.has(tokens[from + 1]?.lower ?? '');
  // "told reporters, according to TASS, that ...": the outlet the words came through.
  const basis = pack.accordingTo.matchAt(tokens, from + 1) > 0;
  // "said, as cited by TASS, that ...": a relay phrase naming it the same way.
  const relayed =
    pack.relays.matchAt(tokens, from + 1) > 0 && !pack.tellVerbs.has(tokens[from + 1]?.lower ?? '');
  const opens = occasionLead(ctx, from + 1) || without || basis || relayed;
  if (tokens[from]?.text !== ',' || ctx.quoted[from] || !opens) return null;
  for (let i = from + 1; i < end && i - from <= MAX_ASIDE_WORDS + 1; i++) {
    const t = tokens[i] as Token;
    if (ctx.quoted[i]) return null;
    if (t.text !== ',') {
      if (t.type !== 'word') return null;
      continue;
    }
    const that = tokens[i + 1];
    const first = tokens[i + 2];
    if (!that || !first || ctx.quoted[i + 1] || !pack.complementizers.has(that.lower)) return null;
    // The claim without the sentence's final stop.
    let stop = end;
    while (stop > i + 2 && tokens[stop - 1]?.type === 'punct') stop--;
    const last = tokens[stop - 1];
    const text = ctx.text.slice(first.start, Math.min(endChar, last?.end ?? endChar)).trim();
    return text || null;
  }
  return null;
}
