/**
 * The phrase a relative clause between a source and its verb hangs on ("Doctors who treated
 * the victims said"). A helper of the speaker-verb rule for its subject, split from
 * speaker-subject.ts.
 */
import type { SentenceContext } from '../context';
import {
  classify,
  classifyNounPhrase,
  nounPhraseBefore,
  sourceBefore,
  type FoundSource,
  type Span,
} from '../source';
import { nameHandedBefore } from '../source/handed-name';
import type { Token } from '../text';
import { outletIn } from '../source/tokens';
import { tokensText, vagueGroup } from './util';
import { firstJoinedRelative, relativeBeforeParticiple } from './joined-relative';
import { knownPerson } from './known-person';
import { bareFirstWord, DATE_PARTS } from './speaker-subject';
import { UNNAMED_KINDS } from '../source-kind-groups';

/** Longest relative clause between a source and its verb, in tokens. */
const MAX_RELATIVE_TOKENS = 16;

/**
 * "Doctors who treated the victims said", "Gulf states that want the army gone have said":
 * the words before the verb close a relative clause (or are no source at all); the source is
 * the phrase the clause hangs on. The clause runs unbroken by punctuation or quotation.
 */
export function relativeHead(
  ctx: SentenceContext,
  at: number,
  span: Span | null,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  const floor = Math.max(1, at - MAX_RELATIVE_TOKENS);
  for (let r = at - 2; r >= floor; r--) {
    const t = tokens[r] as Token;
    if (ctx.quoted[r]) return null;
    // "Laporan yang dirilis Selasa (9/12) menyebutkan": a date's brackets and slash.
    if (t.type !== 'word' && DATE_PARTS.test(t.text)) continue;
    if (t.type !== 'word') return null;
    // "A panel set up to monitor the embargo said": a participle opens the clause too.
    if (!pack.clauseRelatives.has(t.lower) && !pack.clauseParticiples.has(t.lower)) continue;
    // "An official who briefed reporters said", "Officials who were briefed by the army
    // said": a participle after a relative (and its auxiliaries) is that clause's own verb;
    // the clause opens at the relative.
    if (!pack.clauseRelatives.has(t.lower) && relativeBeforeParticiple(ctx, r)) continue;
    // "A commander who fought in Mosul and who now trains recruits said": a relative after a
    // coordinator joins an earlier one; the clause opens there.
    if (pack.relativePronouns.has(t.lower) && firstJoinedRelative(ctx, r, floor) < r) continue;
    // The span found must lie inside the clause, after its verb.
    if (span && span.start <= r + 1) return null;
    // "A vendor who gave her name as Leila said": the clause hands over the speaker's name.
    const capitals = tokens.slice(span?.start, span?.end).every((w) => w.type === 'word' && w.cap);
    if (span && capitals && nameHandedBefore(ctx, span.start, r + 1)) return null;
    // "A teacher who saw the attack said": a plain noun for people no lexicon lists heads a
    // person's clause as well.
    const plain = pack.relativePronouns.has(t.lower) ? nounPhraseBefore(ctx, r) : null;
    const plainSource = plain ? classifyNounPhrase(ctx, plain) : null;
    const person = plainSource && UNNAMED_KINDS.has(plainSource.kind) ? plain : null;
    const head = sourceBefore(ctx, r) ?? person;
    if (!head || head.end !== r) return null;
    const source = head === person ? plainSource : classify(ctx, head);
    if (!source || (bareFirstWord(ctx, head) && !knownPerson(ctx, head))) return null;
    // "Laporan yang dirilis Bank Dunia menyebutkan": a document speaks past the clause that
    // describes it; "an article that falsely attributes": the verb is the clause's own.
    if (source.kind === 'document' && clauseVerbOnly(ctx, r, at)) return null;
    // "Laporan yang dimuat KCNA menyebutkan": an outlet that published the document is read
    // with it (its via), so the clause stays in the source's phrase.
    const published = source.kind === 'document' && outletIn(ctx, { start: r + 1, end: at });
    if (published) return { span: { start: head.start, end: at }, source };
    // "Kades yang baru menjabat itu mengatakan": the clause closed by a pointing word is the
    // description of someone named before, read whole (stage pointing-role).
    const whole = { start: head.start, end: at };
    const pointed =
      pack.data.adjectivesAfterNoun && pack.anaphoricMarkers.has(tokens[at - 1]?.lower ?? '')
        ? classify(ctx, whole)
        : null;
    if (pointed?.kind === 'named_person') return { span: whole, source: pointed };
    // "People who have spoken with the president say": "people" alone are anyone; a person's
    // clause ending at the verb picks them out, so it is part of the source.
    if (vagueGroup(ctx, head) && span?.end === at && pack.relativePronouns.has(t.lower))
      return { span: whole, source: { ...source, text: tokensText(ctx, whole.start, at) } };
    return { span: head, source };
  }
  return null;
}

/** Words a clause needs between its relative and the main verb: its own verb and its agent
 * or time ("yang dirilis BPS"). Fewer, and the verb may be the clause's own ("that falsely
 * attributes"). */
const MIN_CLAUSE_WORDS = 2;

/** The words between the relative at `r` and the verb at `at` are too few for a clause of
 * their own: the verb is the clause's. */
function clauseVerbOnly(ctx: SentenceContext, r: number, at: number): boolean {
  let words = 0;
  for (let k = r + 1; k < at; k++) if (!ctx.pack.adverbs.has(ctx.tokens[k]?.lower ?? '')) words++;
  return words < MIN_CLAUSE_WORDS;
}
