/**
 * "Britain and its allies said", "The president and his aides have said": a subject whose
 * second half is the first's own people (a possessive pointing back, then a plain noun). The
 * first half is the source that both speak for; the span covers both.
 */
import type { SentenceContext } from '../context';
import { classify, sourceBefore, type FoundSource, type Span } from '../source';
import { opensClause } from './bare-stance';
import { clauseStart } from './unnamed-placed';
import { tokensText } from './util';

/** Words of the noun after the possessive ("its Western allies"). */
const MAX_PARTNER_WORDS = 2;

/** Where the subject ends before the verb at `at`: past adverbs and auxiliaries ("have
 * long said"). */
function subjectEnd(ctx: SentenceContext, at: number): number {
  const { tokens, pack } = ctx;
  let end = at;
  while (end > 0 && !ctx.quoted[end - 1]) {
    const w = tokens[end - 1]?.lower ?? '';
    if (!pack.adverbs.has(w) && !pack.finiteAuxiliaries.has(w)) break;
    end--;
  }
  return end;
}

/**
 * The joined subject before the verb at `at`, when the phrase found there (`found`, or none)
 * is only the second half or the whole read by it; else null.
 */
export function ownedPartnerBefore(
  ctx: SentenceContext,
  at: number,
  found: Span | null,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  const end = subjectEnd(ctx, at);
  for (let p = end - 2; p >= end - 1 - MAX_PARTNER_WORDS && p > 1; p--) {
    const t = tokens[p];
    if (!t || t.type !== 'word' || ctx.quoted[p] || !pack.possessives.has(t.lower)) continue;
    const and = p - 1;
    if (ctx.quoted[and] || !pack.coordinators.has(tokens[and]?.lower ?? '')) return null;
    // The partner's words: no function word, a lower-case noun last ("its Western allies").
    const partner = tokens.slice(p + 1, end);
    const plain = (w: (typeof partner)[number]) =>
      w.type === 'word' && !pack.stopwords.has(w.lower);
    if (!partner.every(plain) || partner[partner.length - 1]?.cap) return null;
    const first = sourceBefore(ctx, and);
    if (!first || first.end !== and || first.start < clauseStart(ctx, at)) return null;
    // Only when what was found lies inside the partner ("aides"), is the whole subject (read
    // by the partner's word), or nothing was.
    if (found && found.start < p && found.start !== first.start) return null;
    // "reacts the way Marco and his ilk claim": the first half must open its clause, or a
    // relative one ("which Japan and its neighbours said").
    const relative = pack.clauseRelatives.has(tokens[first.start - 1]?.lower ?? '');
    if (!opensClause(ctx, first.start) && !relative) return null;
    const source = classify(ctx, first);
    // "Smith and his wife": a lone name's kind is only a guess; the partner found stays.
    if (!source || (source.basis ?? '').startsWith('lone-name')) return null;
    const span = { start: first.start, end };
    return { span, source: { ...source, text: tokensText(ctx, span.start, span.end) } };
  }
  return null;
}
