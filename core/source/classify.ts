/**
 * Classifying a source span into one of the nine kinds, with name, role and outlet: the
 * stages in stages/index.ts are asked in order and the first to decide wins; its id goes into
 * the report as the source's basis.
 */
import type { SentenceContext } from '../context';
import { Analysis } from './analysis';
import { nounPhraseHead } from './noun-phrase';
import { NOT_A_SOURCE, STAGES } from './stages';
import { resolvedSource } from './stages/pronoun';
import { spanText } from './tokens';
import type { FoundSource, Span } from './types';

/**
 * Classifies a source span, or returns null when the words are not a source at all
 * ("the price said" never happens, but "the quarter showed" does).
 */
export function classify(ctx: SentenceContext, span: Span): FoundSource | null {
  const a = new Analysis(ctx, span);
  if (!a.text || a.words.length === 0) return null;
  for (const stage of STAGES) {
    const decision = stage.decide(a);
    if (decision === NOT_A_SOURCE) return null;
    if (decision) return decision;
  }
  return null;
}

/** Classifies a resolved pronoun clitic ("ujarnya", "menurutnya"): always a person first. */
export function cliticSource(ctx: SentenceContext, written: string): FoundSource {
  const found = ctx.referents.lastPersonBy(ctx.index, true);
  return resolvedSource(
    found?.referent ?? null,
    written,
    'named_person',
    'clitic',
    found?.by ?? '',
  );
}

/** Classifies a plain noun phrase by its head and the words before it ("a driver at the
 * council depot" is a driver, not the council); the text is the whole phrase. */
export function classifyNounPhrase(ctx: SentenceContext, span: Span): FoundSource | null {
  const head = nounPhraseHead(ctx, span);
  if (head < 0) return null;
  const found = classify(ctx, { start: span.start, end: head + 1 });
  return found ? { ...found, text: spanText(ctx, span) } : null;
}
