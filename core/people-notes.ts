/**
 * "Two officials described the meeting to Reuters. One said ...": a sentence that reports
 * nothing but opens with an unnamed group of people as its subject makes that group the one a
 * later "one", "another" or "they" is part of; "A senior official, who asked not to be named,
 * spoke to reporters. He said" makes that one person the newest a later "he" may be. The engine calls this after the
 * sentence's claims are recorded, when it has none.
 */
import type { SentenceContext } from './context';
import { safe } from './mention-notes';
import type { Referents } from './referents';
import { classify, collectSubject } from './source';
import { markedSingle, singleUnnamed } from './source/one-person';

/** How far into the sentence a word for people is looked for before the subject is read. */
const MAX_SUBJECT_TOKENS = 8;

/** "A port official, who asked not to be named", "Seorang warga": a word for one and a noun
 * after it that is no collective ("a brave crew"); "One" alone is anyone. */
function onePerson(ctx: SentenceContext, text: string): boolean {
  const { pack } = ctx;
  const words = text.toLowerCase().split(/[\s,]+/u);
  return (
    words.length >= 2 &&
    markedSingle(pack, text) &&
    !words.some((w) => pack.collectiveBodies.has(w))
  );
}

export function notePeople(ctx: SentenceContext, referents: Referents): void {
  const { tokens, pack } = ctx;
  if (tokens[0]?.type !== 'word' || ctx.quoted[0]) return;
  // Cheap first: most sentences open with no word for unnamed people.
  const near = Math.min(tokens.length, MAX_SUBJECT_TOKENS);
  if (
    pack.unnamedOfficials.find(tokens, 0, near) === null &&
    pack.anonymous.find(tokens, 0, near) === null
  )
    return;
  const span = safe(() => collectSubject(ctx), null);
  if (!span || span.start !== 0) return;
  const found = safe(() => classify(ctx, span), null);
  if (found?.kind !== 'unnamed_official' && found?.kind !== 'anonymous') return;
  // One person ("A witness ran to help") is no group a later "one" is part of. Withholding
  // the name marks a source, the newest person a later "she said" may be ("A woman was
  // killed" is no one quoted); a bare Indonesian noun ("Warga ...") is a group.
  const one = onePerson(ctx, found.text);
  if (one && pack.withheldNames.find(tokens) === null) return;
  if (!one && singleUnnamed(pack, found.text)) return;
  referents.add({
    text: found.text,
    kind: found.kind,
    name: null,
    role: found.role,
    outlet: null,
    sentence: ctx.index,
    ...(one ? { single: true } : { groupOnly: true }),
  });
}
