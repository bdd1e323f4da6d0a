/**
 * A cue word that is a noun, not a verb of saying: the subject's noun before its verb ("Early
 * reports said") or a preposition's object ("in answer to media reports that"). Split from
 * verb-objects.ts.
 */
import type { SentenceContext } from '../context';
import { classify, pastParticiple, sourceBefore } from '../source';
import type { Token } from '../text';

/** "Early reports said", "Media reports say": a cue word right before a speaking verb is
 * the noun that verb's subject ends in. */
export function nounBeforeVerb(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  // "Campaign promises are cheap", "insurance claims were up": a plural noun, then the
  // sentence's own verb (a reporting verb is never followed by "are" or "will" itself); so
  // is one before a noun's link ("promises of free samples", "claims by the firm").
  const next = tokens[at + len];
  if (
    len === 1 &&
    pack.nounPlurals.has(tokens[at]?.lower ?? '') &&
    next?.type === 'word' &&
    !ctx.quoted[at + len] &&
    (pack.finiteAuxiliaries.has(next.lower) || pack.claimNounLinks.has(next.lower))
  )
    return true;
  // Only a word that is also a source's noun ("reports"): "told state television" reports.
  if (len !== 1 || !pack.sourceWords.has((tokens[at] as Token).base)) return false;
  if (ctx.quoted[at + len]) return false;
  // "A GAO report found ...": a verb of finding follows the noun as one of saying does.
  if (pack.speakerVerbs.matchAt(tokens, at + len) > 0) return true;
  if (pack.findingVerbs.matchAt(tokens, at + len) > 0) return true;
  return participleThenVerb(ctx, at + len);
}

/** Words from a participle to the sentence's verb ("released late on Tuesday said"). */
const MAX_PARTICIPLE_PHRASE = 6;

/** "A Harbor Foundation report released Tuesday said": a past participle right after the
 * noun, then its own few words and a verb of saying; the noun is that verb's subject. */
function participleThenVerb(ctx: SentenceContext, from: number): boolean {
  const { tokens, pack } = ctx;
  if (!pastParticiple(pack, tokens[from])) return false;
  for (let k = from + 1; k <= from + MAX_PARTICIPLE_PHRASE; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return false;
    if (pack.speakerVerbs.matchAt(tokens, k) > 0) return true;
  }
  return false;
}

/** "in answer to media reports that ...", "responded to foreign media claims that ...": a
 * plural noun heading a preposition's object, its would-be subject right after the
 * preposition and no source before the preposition. A speaker is never a preposition's
 * object. */
export function nounAfterPreposition(
  ctx: SentenceContext,
  at: number,
  len: number,
  subject: { start: number; end: number },
): boolean {
  const { tokens, pack } = ctx;
  if (len !== 1 || subject.end !== at || !pack.nounPlurals.has(tokens[at]?.lower ?? ''))
    return false;
  const prep = subject.start - 1;
  const before = tokens[prep];
  if (before?.type !== 'word' || ctx.quoted[prep] || !pack.nonClauseOpeners.has(before.lower))
    return false;
  // "A report from the bank estimates that": a source before the preposition owns it and
  // is the verb's subject.
  const owner = sourceBefore(ctx, prep);
  return !owner || !classify(ctx, owner);
}
