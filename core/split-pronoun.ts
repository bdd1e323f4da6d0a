/**
 * "Carter said forces had taken part of the city, although he added ...": in a sentence split
 * into two claims (core/claim.ts, splitClaims), a pronoun opening the second clause stands for
 * the first clause's speaker, not for whoever spoke in an earlier sentence. The pronoun was
 * resolved before the first speaker was noted, so it is resolved again here, when the
 * pronoun fits that speaker: "he"/"she" a single person, "it" an institution or outlet,
 * "they" a group.
 */
import type { SentenceContext } from './context';
import type { SourceKind } from './report';
import type { Candidate } from './rules';
import { classify, collectSubject, type FoundSource, type Span } from './source';
import { definiteOnePerson, markedSingle } from './source/one-person';
import { PERSON_KINDS } from './source-kind-groups';

const THINGS: ReadonlySet<SourceKind> = new Set([
  'official_body',
  'organization',
  'state_media',
  'media',
  'document',
]);

/** The first source is one person: named, introduced by "a", "one", "another", or one
 * written definite ("the spokeswoman") or pointing back to one ("The official" after "A
 * ministry official"). */
function onePerson(ctx: SentenceContext, first: Candidate): boolean {
  const { source } = first;
  if (!PERSON_KINDS.has(source.kind)) return false;
  if (source.kind === 'named_person') return true;
  const { pack } = ctx;
  if (markedSingle(pack, source.text) || definiteOnePerson(pack, source.text)) return true;
  return source.resolvesTo !== undefined && source.resolvesTo !== null
    ? markedSingle(pack, source.resolvesTo) || definiteOnePerson(pack, source.resolvesTo)
    : false;
}

/** Whether the pronoun `word` can stand for the first clause's source. */
function fits(ctx: SentenceContext, word: string, first: Candidate): boolean {
  const { pack } = ctx;
  if (pack.personPronouns.has(word)) return onePerson(ctx, first);
  if (pack.thingPronouns.has(word)) return THINGS.has(first.source.kind);
  if (pack.groupPronouns.has(word))
    return first.source.kind !== 'named_person' && !onePerson(ctx, first);
  return false;
}

/** The second candidate, its pronoun pointing back to the first candidate's source. */
export function pronounOfFirst(
  ctx: SentenceContext,
  first: Candidate,
  second: Candidate,
): Candidate {
  const span = second.sourceSpan;
  if (!span || span.end - span.start !== 1) return second;
  const token = ctx.tokens[span.start];
  if (!token || !fits(ctx, token.lower, first)) return second;
  return standingFor(second, first.source);
}

/** The candidate with its pronoun standing for `antecedent`, a source of the same sentence
 * (unchanged when that source is itself unresolved). */
export function standingFor(second: Candidate, antecedent: FoundSource): Candidate {
  if (antecedent.kind === 'unattributed' || antecedent.reasons.includes('pronoun_unresolved'))
    return second;
  return {
    ...second,
    source: {
      text: second.source.text,
      kind: antecedent.kind,
      name: antecedent.name,
      role: antecedent.role,
      outlet: antecedent.outlet,
      resolvesTo: antecedent.resolvesTo ?? antecedent.name ?? antecedent.text,
      reasons: ['pronoun_resolved'],
      basis: 'pronoun/same-sentence',
    },
  };
}

/**
 * 'Ana Ruiz will "keep fighting," she said': a person named as the sentence's subject, before
 * the quotation that "he" or "she" closes, is the pronoun's person, not whoever spoke in an
 * earlier sentence.
 */
export function pronounOfSubject(ctx: SentenceContext, c: Candidate): Candidate {
  const span = c.sourceSpan;
  const { tokens, pack, quoted } = ctx;
  if (!span || span.end - span.start !== 1) return c;
  if (!pack.personPronouns.has(tokens[span.start]?.lower ?? '')) return groupOfSubject(ctx, c);
  if (subordinated(ctx, span.start)) return personOfSubject(ctx, c, span.start - 1);
  if (parenthetical(ctx, span)) return personOfSubject(ctx, c, span.start - 1, MIN_CLAUSE_WORDS);
  const quote = tokens.findIndex((t) => t.type === 'quote');
  if (quote < 0 || quote > span.start) return c;
  const subject = collectSubject(ctx);
  if (!subject || subject.end > quote || quoted[subject.start]) return c;
  const found = classify(ctx, subject);
  if (found?.kind !== 'named_person' || !found.name?.includes(' ')) return c;
  return toSubject(c, found, null);
}

/** Words of the subject's clause before a cue set off by commas: "Hanya saja, dia bilang" sets
 * off an opener, no clause. */
const MIN_CLAUSE_WORDS = 3;

/** The pronoun and its cue are set off by commas inside the sentence: "Ruiz found traces;
 * dealers use it, she says, because ...". */
function parenthetical(ctx: SentenceContext, span: Span): boolean {
  const { tokens, quoted, pack } = ctx;
  const before = span.start - 1;
  if (before < 1 || tokens[before]?.text !== ',' || quoted[before]) return false;
  const cue = tokens[span.end];
  const after = tokens[span.end + 1];
  return (
    cue !== undefined &&
    pack.cueWords.has(cue.lower) &&
    after?.text === ',' &&
    !quoted[span.end + 1]
  );
}

/** The pronoun at `at` opens a clause inside the sentence: "..., when he said", "ketika ia". */
function subordinated(ctx: SentenceContext, at: number): boolean {
  const word = ctx.tokens[at - 1];
  return at > 1 && !ctx.quoted[at - 1] && ctx.pack.clauseSubordinators.has(word?.lower ?? '');
}

/**
 * "Former governor Lucas Brandt angered his party when he said ...", "A port official left
 * the meeting after she said ...": a "he" opening a clause inside the sentence stands for the
 * person the sentence opens with (ending before token `before`, `minWords` words or more
 * before it), named or one unnamed person, not for whoever spoke in an earlier sentence.
 */
function personOfSubject(
  ctx: SentenceContext,
  c: Candidate,
  before: number,
  minWords = 0,
): Candidate {
  const subject = collectSubject(ctx);
  if (!subject || subject.end > before || ctx.quoted[subject.start]) return c;
  const between = ctx.tokens.slice(subject.end, before).filter((t) => t.type === 'word');
  if (between.length < minWords) return c;
  const found = classify(ctx, subject);
  if (found?.kind === 'named_person' && found.name) return toSubject(c, found, null);
  const unnamed = found?.kind === 'unnamed_official' || found?.kind === 'anonymous';
  if (found && unnamed && markedSingle(ctx.pack, found.text)) return toSubject(c, found, null);
  return c;
}

const GROUPS: ReadonlySet<SourceKind> = new Set([
  'official_body',
  'organization',
  'state_media',
  'media',
  'unnamed_official',
  'anonymous',
]);

/**
 * "Rights groups decry what they say is a crackdown", "Officials urged the release of Roe,
 * who they said was ill", "Officials angered the union when they said": a "they" opening a
 * clause inside the sentence stands for the group
 * the sentence opens with, not for whoever spoke in an earlier sentence.
 */
function groupOfSubject(ctx: SentenceContext, c: Candidate): Candidate {
  const span = c.sourceSpan as Span;
  const { tokens, pack, quoted } = ctx;
  const word = tokens[span.start]?.lower ?? '';
  if (!pack.groupPronouns.has(word) || pack.thingPronouns.has(word)) return c;
  const clause =
    !quoted[span.start - 1] && pack.subjectPronounClauses.has(tokens[span.start - 1]?.lower ?? '');
  if (!clause && !subordinated(ctx, span.start)) return c;
  const subject = collectSubject(ctx);
  if (!subject || subject.end >= span.start - 1 || quoted[subject.start]) return c;
  if (
    subject.end - subject.start === 1 &&
    pack.groupPronouns.has(tokens[subject.start]?.lower ?? '')
  )
    return c;
  const found = classify(ctx, subject);
  if (!found || !GROUPS.has(found.kind)) return c;
  // "A senior official", "one group": one of them is no "they".
  if (pack.singularDeterminers.has(tokens[subject.start]?.lower ?? '')) return c;
  return toSubject(c, found, found.outlet);
}

/** The candidate with its pronoun standing for the sentence's subject. */
function toSubject(c: Candidate, found: FoundSource, outlet: string | null): Candidate {
  return {
    ...c,
    source: {
      ...c.source,
      kind: found.kind,
      name: found.name,
      role: found.role,
      outlet,
      resolvesTo: found.name ?? found.text,
      reasons: ['pronoun_resolved'],
      basis: 'pronoun/sentence-subject',
    },
  };
}
