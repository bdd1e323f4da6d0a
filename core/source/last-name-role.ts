/**
 * A role word that is a person's last name ("Lukman Hakim"): the lexicon's hits and the
 * role checks skip it.
 */
import type { SentenceContext } from '../context';
import type { Hit } from './lexicon';

/** "Lukman Hakim", "Irfan Hakim": where modifiers follow their noun, a capitalised word
 * before a role cannot qualify it, so a capitalised role word closing a run after a name's
 * word (no lexicon's, no honorific) is the person's last name, not their title. */
export function roleAsLastName(ctx: SentenceContext, hit: Hit, end: number): boolean {
  const { tokens, pack } = ctx;
  if (!pack.data.adjectivesAfterNoun || hit.table !== 'roles' || hit.len !== 1) return false;
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
