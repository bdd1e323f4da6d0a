/**
 * "The observatory put the death toll at 45", "Organisers put turnout at around 10,000": a
 * verb giving a figure (the pack's figureVerbs), its object, then the marker and a number. A
 * source's figure is a claim like its words; "put the plan at risk" gives none (no number).
 */
import type { SentenceContext } from '../context';
import { speakerBefore } from './speaker-before';
import type { Candidate, Rule } from './types';
import { candidateAt, matchesOutsideQuotes } from './util';
import { documentSubject } from './document-subject';

/** Words of the object between the verb and the marker ("the number of injured people"). */
const MAX_OBJECT_WORDS = 8;

/** A number, or a currency sign and a number ("40", "10,000", "$2", "€3.5"). */
const FIGURE = /^\d/u;
const CURRENCY = /^\p{Sc}$/u;

function figureAt(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  const approx = pack.figureApproximators.matchAt(tokens, i);
  const k = i + approx;
  const t = tokens[k];
  if (!t || ctx.quoted[k]) return false;
  return FIGURE.test(t.text) || (CURRENCY.test(t.text) && FIGURE.test(tokens[k + 1]?.text ?? ''));
}

/** The figure's marker after the verb's object, its number right after: the marker's index,
 * or -1. */
function markerAfter(ctx: SentenceContext, verbEnd: number): number {
  const { tokens, pack } = ctx;
  for (let k = verbEnd + 1; k <= verbEnd + MAX_OBJECT_WORDS && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return -1;
    // "at least 20" may take the marker as its own first word ("put the toll at least 20").
    if (pack.figureMarkers.has(t.lower)) return figureAt(ctx, k + 1) || figureAt(ctx, k) ? k : -1;
  }
  return -1;
}

export const figureVerb: Rule = {
  id: 'figure-verb',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.figureVerbs, { lowerOnly: true })) {
      // The object opens right after the verb: "put the toll at", not "put at risk".
      if (ctx.tokens[at + len]?.type !== 'word' || markerAfter(ctx, at + len - 1) < 0) continue;
      // "A survey released on Tuesday put support at 40 percent": a document with its
      // participle's words is the subject too. A document comes first, as for the finding
      // verbs: "Figures from the health ministry put the toll at ..." are the figures', not
      // the ministry's the phrase closes with.
      const found = documentSubject(ctx, at) ?? speakerBefore(ctx, at);
      if (found) out.push(candidateAt(ctx, this.id, at, len, found));
    }
    return out;
  },
};
