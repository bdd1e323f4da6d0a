/**
 * "Colonel Tomas Reyes, army spokesperson said the convoy had left": a role with no name right
 * before the verb, set off by a comma from a named person who opens the clause, and the
 * appositive's closing comma left out. The person, with that role, speaks; the role alone is
 * no unnamed official. A parenthetical source ("Ana Reyes, officials said, was ...") closes
 * with its own comma and is no role of hers.
 */
import type { SentenceContext } from '../context';
import type { FoundSource, Span } from '../source';
import { tokensText } from './util';

type Found = { span: Span; source: FoundSource };

export function namedBeforeRole(
  ctx: SentenceContext,
  at: number,
  found: Found,
  before: (ctx: SentenceContext, at: number) => Found | null,
): Found | null {
  const { tokens, quoted, pack } = ctx;
  const { span, source } = found;
  if (source.kind !== 'unnamed_official' || span.end !== at) return null;
  const first = tokens[span.start];
  const last = tokens[span.end - 1];
  // One role, no article ("army spokesperson", not "a spokesman" nor "officials").
  if (!first || pack.determiners.has(first.lower) || !last) return null;
  if (pack.data.rolePluralEndings.some((e) => last.lower.endsWith(e))) return null;
  if (tokens[at + 1]?.text === ',' || tokens[span.start - 1]?.text !== ',') return null;
  const comma = span.start - 1;
  if (quoted[comma]) return null;
  const name = before(ctx, comma);
  if (!name || name.span.end !== comma || name.source.kind !== 'named_person') return null;
  // The name opens the sentence, or its clause after an opening phrase's comma.
  const lead = tokens[name.span.start - 1];
  if (lead && lead.text !== ',') return null;
  const whole = { start: name.span.start, end: span.end };
  return {
    span: whole,
    source: {
      ...name.source,
      text: tokensText(ctx, whole.start, whole.end),
      role: name.source.role ?? tokensText(ctx, span.start, span.end),
    },
  };
}
