/**
 * "the governor's false claims that ...": a claim noun whose possessor (a name, or a person
 * noun with its article) stands before it, adjectives between, and its complementizer right
 * after it. Read by claim-noun, which takes the source after the noun in other cases.
 */
import type { SentenceContext } from '../context';
import { classify, type FoundSource, type Span } from '../source';
import type { Token } from '../text';
import { tokensText } from './util';

/** Adjectives between the possessor and the noun ("false", "repeated"). */
const MAX_ADJECTIVES = 2;
/** Words of a possessor: "Senator Ana Ruiz's", "the harbour master's". */
const MAX_OWNER_WORDS = 4;

const possessive = (t: Token | undefined): boolean =>
  t !== undefined && t.type === 'word' && t.base !== t.lower;

/** The possessor of the claim noun at `at`, as a source, or null. */
export function possessorOfNoun(
  ctx: SentenceContext,
  at: number,
  end: number,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  // "claims that were filed late": "that" and an auxiliary open a relative clause.
  if (!pack.complementizers.has(tokens[end]?.lower ?? '')) return null;
  if (pack.finiteAuxiliaries.has(tokens[end + 1]?.lower ?? '')) return null;
  let k = at - 1;
  for (let n = 0; n < MAX_ADJECTIVES; n++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || t.cap || ctx.quoted[k] || possessive(t)) break;
    if (pack.nounMarkers.has(t.lower)) return null;
    k--;
  }
  const owner = tokens[k];
  if (!possessive(owner) || ctx.quoted[k]) return null;
  // A name runs back over capitalised words; a person noun needs its article ("the
  // governor's"), else it is no one in particular ("voters' fears").
  let start = k;
  const capital = owner?.cap === true;
  while (start > 0 && k - start < MAX_OWNER_WORDS - 1) {
    const t = tokens[start - 1];
    if (!t || t.type !== 'word' || ctx.quoted[start - 1]) break;
    if (capital ? !t.cap : pack.nounMarkers.has(t.lower) || t.cap) break;
    start--;
  }
  if (!capital) {
    if (!pack.nounMarkers.has(tokens[start - 1]?.lower ?? '')) return null;
    start--;
  }
  // "The spokesman said in a statement on X's claims that ...": inside another speaker's
  // words the noun is their topic (a nested attribution), not a claim of its own.
  for (let v = 0; v < start; v++)
    if (!ctx.quoted[v] && pack.speakerVerbs.matchAt(tokens, v) > 0) return null;
  const span = { start, end: k + 1 };
  const found = classify(ctx, span);
  // "Passengers' fears", "critics' claims": a vague collective's, no source named.
  if (!found || found.kind === 'unattributed' || found.kind === 'document') return null;
  if (found.kind === 'anonymous') return null;
  const mark = (owner as Token).lower.length - (owner as Token).base.length;
  const text = tokensText(ctx, span.start, span.end).slice(0, -mark);
  const name = found.name?.endsWith((owner as Token).text)
    ? found.name.slice(0, -mark)
    : found.name;
  return { span, source: { ...found, text, name } };
}
