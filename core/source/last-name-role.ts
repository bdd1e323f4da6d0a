/**
 * A role word that is a person's last name ("Lukman Hakim"): the lexicon's hits and the
 * role checks skip it.
 */
import type { SentenceContext } from '../context';
import type { Hit } from './lexicon';

/** A word written all in capitals (an acronym such as "CEO", never a surname). */
const ALL_CAPS = /^\p{Lu}[\p{Lu}\d]+$/u;

/** "Stephen King said", "novelist Erik Prince said": where modifiers go before their noun, a
 * capitalised role closing the phrase is a last name only when the capital before it opens
 * the phrase's capitals
 * (no article, owner or capital before that: "the Supreme Leader", "Iran's Supreme Leader",
 * "Senate Majority Leader" keep their title). */
function firstNameOpens(ctx: SentenceContext, hit: Hit, end: number): boolean {
  const { tokens, pack } = ctx;
  const role = tokens[hit.at];
  if (!role || ALL_CAPS.test(role.text)) return false;
  // The name closes the phrase or its first part ("Tom Judge, a farmer"): a title goes on
  // to its office or its holder ("Minister of Defence Gen Nakatani", "Gov. Robert Bentley").
  if (hit.at + 1 < end && tokens[hit.at + 1]?.text !== ',') return false;
  const before = tokens[hit.at - 2];
  // "U.N. High Commissioner": an abbreviation's full stop closes a capital of the title.
  if (before?.type !== 'word') return before?.text !== '.';
  return !before.cap && !pack.determiners.has(before.lower) && !before.lower.endsWith("'s");
}

/** "Lukman Hakim", "Irfan Hakim": where modifiers follow their noun, a capitalised word
 * before a role cannot qualify it, so a capitalised role word closing a run after a name's
 * word (no lexicon's, no honorific) is the person's last name, not their title. */
export function roleAsLastName(ctx: SentenceContext, hit: Hit, end: number): boolean {
  const { tokens, pack } = ctx;
  if (hit.table !== 'roles' || hit.len !== 1) return false;
  if (!pack.data.adjectivesAfterNoun && !firstNameOpens(ctx, hit, end)) return false;
  const [prev, role, next] = [tokens[hit.at - 1], tokens[hit.at], tokens[hit.at + 1]];
  if (!role?.cap || prev?.type !== 'word' || !prev.cap || ctx.quoted[hit.at - 1]) return false;
  if (hit.at + 1 < end && next?.type === 'word' && next.cap) return false;
  const w = prev.lower;
  return (
    !pack.sourceWords.has(prev.base) &&
    !pack.stopwords.has(w) &&
    // "Menurut Kapolres, ...", "Kata Bupati, ...": a cue opening the sentence is no first name.
    !pack.cueWords.has(w) &&
    !pack.honorifics.has(w) &&
    !pack.officeQualifiers.has(w) &&
    !pack.modifiers.has(w)
  );
}
