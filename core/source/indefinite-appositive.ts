/**
 * "Tom Vale, an analyst with Harlow Bank said": wire copy may drop the comma that closes an
 * appositive. A phrase opening with "a" or "an" and a word for people among its first words,
 * right after a bare name and its comma, describes that name: the source is the person.
 */
import type { SentenceContext } from '../context';
import { classify } from './classify';
import { collectLeft } from './collect';
import { isBareName } from './names';
import type { FoundSource, Span } from './types';

/** Words the people word may wait for after the article ("a former U.S. diplomat"). */
const MAX_LEAD = 4;

function describesPerson(ctx: SentenceContext, here: Span): boolean {
  const { tokens, pack } = ctx;
  if (!pack.singularDeterminers.has(tokens[here.start]?.lower ?? '')) return false;
  const last = Math.min(here.end, here.start + 1 + MAX_LEAD);
  for (let i = here.start + 1; i < last; i++) {
    if (ctx.quoted[i]) return false;
    const people =
      pack.anonymous.matchAt(tokens, i, here.end) > 0 ||
      pack.unnamedOfficials.matchAt(tokens, i, here.end) > 0 ||
      pack.roles.matchAt(tokens, i, here.end) > 0;
    if (people) return true;
  }
  return false;
}

/** The named person an unnamed description found before the verb is the appositive of, with
 * it, or the found source unchanged. */
export function namedBeforeDescription<T extends { span: Span; source: FoundSource }>(
  ctx: SentenceContext,
  found: T | null,
): T | { span: Span; source: FoundSource } | null {
  if (!found) return found;
  const comma = found.span.start - 1;
  if (ctx.tokens[comma]?.text !== ',' || ctx.quoted[comma]) return found;
  if (!describesPerson(ctx, found.span)) return found;
  const start = collectLeft(ctx, comma - 1);
  if (start > comma - 1 || !isBareName(ctx, { start, end: comma })) return found;
  const span = { start, end: found.span.end };
  const source = classify(ctx, span);
  return source?.kind === 'named_person' ? { span, source } : found;
}
