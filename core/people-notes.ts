/**
 * "Two officials described the meeting to Reuters. One said ...": a sentence that reports
 * nothing but opens with an unnamed group of people as its subject makes that group the one a
 * later "one", "another" or "they" is part of; "A senior official, who asked not to be named,
 * spoke to reporters. He said" makes that one person the newest a later "he" may be, as does
 * "A senior official met reporters"; "Police arrested a man" leaves the man as a last resort.
 * The engine calls this after the sentence's claims are recorded, when it has none.
 */
import type { SentenceContext } from './context';
import { safe } from './mention-notes';
import type { Referents } from './referents';
import type { SourceKind } from './report';
import { classify, collectSubject } from './source';
import { collectRight } from './source/collect';
import type { Token } from './text';
import { definiteOnePerson, markedSingle } from './source/one-person';

/** How far into the sentence a word for people is looked for before the subject is read. */
const MAX_SUBJECT_TOKENS = 8;

/** "A port official, who asked not to be named", "Seorang warga": a word for one and a head
 * noun that is no collective ("a brave crew"; "a police spokesman" is one person); "One"
 * alone is anyone. */
function onePerson(ctx: SentenceContext, text: string): boolean {
  const { pack } = ctx;
  const words = text.toLowerCase().split(/[\s,]+/u);
  const head = text.split(',', 1)[0]?.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  return words.length >= 2 && markedSingle(pack, text) && !pack.collectiveBodies.has(head);
}

/** Adverbs between the subject and its verb ("A senior official also met ..."), and plain
 * words after its head that the phrase collected leaves out ("Seorang pejabat pelabuhan"). */
const MAX_WORDS_TO_VERB = 2;

/** Where a verb that brings the subject (from token `start`) before others stands: inside
 * the phrase collected for it, which runs on over a verb before a noun for people ("A senior
 * official briefed reporters"), or soon after it ("A police spokesman arrived"); or -1. */
function attendanceAt(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  const attends = (k: number) =>
    tokens[k]?.type === 'word' &&
    !ctx.quoted[k] &&
    pack.attendanceVerbs.has(tokens[k]?.lower ?? '');
  for (let k = start + 2; k <= end + MAX_WORDS_TO_VERB; k++) {
    if (attends(k)) return k;
    const t = tokens[k];
    const plain = t?.type === 'word' && !t.cap && !ctx.quoted[k] && !pack.stopwords.has(t.lower);
    if (k >= end && !plain && !pack.adverbs.has(t?.lower ?? '')) return -1;
  }
  return -1;
}

export function notePeople(ctx: SentenceContext, referents: Referents): void {
  if (!noteSubject(ctx, referents)) safe(() => noteMentioned(ctx, referents), undefined);
}

/** Words after a word for one in which its noun for a person is looked for ("a local farmer"). */
const MAX_MENTION_WORDS = 4;

/**
 * "Police arrested a man on Sunday. He said he was innocent": one unnamed person the sentence
 * only mentions (an object, one an event befell) is who a pronoun opening the next sentence
 * may stand for when no one else fits (Referents.lastPersonBy). Noted weak, so that no group
 * or description lookup finds it; several such people make none the one.
 */
function noteMentioned(ctx: SentenceContext, referents: Referents): void {
  const { tokens, pack } = ctx;
  let one: { text: string; kind: SourceKind; role: string | null } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== 'word' || ctx.quoted[i] || !pack.singularDeterminers.has(t.lower)) continue;
    const to = Math.min(tokens.length, i + 1 + MAX_MENTION_WORDS);
    if (
      pack.anonymous.find(tokens, i + 1, to) === null &&
      pack.unnamedOfficials.find(tokens, i + 1, to) === null &&
      pack.roles.find(tokens, i + 1, to) === null
    )
      continue;
    const found = classify(ctx, { start: i, end: collectRight(ctx, i) });
    if (!found || (found.kind !== 'unnamed_official' && found.kind !== 'anonymous')) continue;
    if (!onePerson(ctx, found.text)) continue;
    if (one) return;
    one = found;
  }
  if (one)
    referents.add({
      text: one.text,
      kind: one.kind,
      name: null,
      role: one.role,
      outlet: null,
      sentence: ctx.index,
      weak: true,
      mentioned: true,
    });
}

/** One unnamed person or group of people as the sentence's subject; whether one person was
 * noted (a group leaves a person its sentence mentions to be noted: "Guards stopped a man"). */
function noteSubject(ctx: SentenceContext, referents: Referents): boolean {
  const { tokens, pack } = ctx;
  if (tokens[0]?.type !== 'word' || ctx.quoted[0]) return false;
  // "They spoke on condition of anonymity": a pronoun stands for someone noted already.
  const first = tokens[0].lower;
  if (pack.personPronouns.has(first) || pack.groupPronouns.has(first)) return false;
  // Cheap first: most sentences open with no word for unnamed people.
  const near = Math.min(tokens.length, MAX_SUBJECT_TOKENS);
  // A role counts after a word for one ("A senior army officer visited ...").
  if (
    pack.unnamedOfficials.find(tokens, 0, near) === null &&
    pack.anonymous.find(tokens, 0, near) === null &&
    !(pack.singularDeterminers.has(tokens[0].lower) && pack.roles.find(tokens, 0, near) !== null)
  )
    return false;
  const collected = safe(() => collectSubject(ctx), null);
  if (!collected || collected.start !== 0) return false;
  const verb = attendanceAt(ctx, collected.start, collected.end);
  // "Seorang pejabat pelabuhan bertemu": the subject reaches to its verb.
  const span = verb < 0 ? collected : { start: 0, end: verb };
  const found = safe(() => classify(ctx, span), null);
  if (found?.kind !== 'unnamed_official' && found?.kind !== 'anonymous') return false;
  // One person ("A witness ran to help", "The witness", "Lee's wife") is no group a later
  // "one" is part of. Withholding the name marks a source, the newest person a later "she
  // said" may be, and so does coming before others ("A senior official spoke to reporters");
  // "A woman was killed" is no one quoted. A phrase without a word for one is a group, so is
  // a bare Indonesian noun ("Warga berkumpul ... Mereka"); "a rescue crew" is neither.
  const one = onePerson(ctx, found.text) || definiteOnePerson(pack, found.text);
  if (one && pack.withheldNames.find(tokens) === null && verb < 0) return false;
  if (!one && markedSingle(pack, found.text)) return false;
  referents.add({
    text: found.text,
    kind: found.kind,
    name: null,
    role: found.role,
    outlet: null,
    sentence: ctx.index,
    ...(one ? { single: true } : { groupOnly: true }),
  });
  return one;
}
