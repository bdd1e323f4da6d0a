/**
 * A one-word subject the article has already shown to be a person: "Tarmini yang kini
 * mengungsi di posko mengatakan" after "warga lainnya, Tarmini (45), ...". A lone capitalised
 * word before a relative clause is otherwise read with care (it may be a noun that only
 * opens the sentence), and the clause's own words would be taken for the speaker.
 */
import type { SentenceContext } from '../context';
import type { Span } from '../source';

export function knownPerson(ctx: SentenceContext, span: Span): boolean {
  const t = ctx.tokens[span.start];
  if (span.end - span.start !== 1 || !t || t.type !== 'word' || !t.cap) return false;
  if (ctx.referents.evidence.people.has(t.lower)) return true;
  return ctx.referents.byWords([t.text])?.kind === 'named_person';
}
