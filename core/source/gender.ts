/**
 * "An airline spokeswoman said ... Police arrested a man. He said he was innocent": a pronoun
 * that tells a person's sex never stands for a person whose noun or title tells the other
 * ("spokeswoman", "Mrs"). A person whose words tell nothing (a name alone) may be either.
 */
import type { CompiledPack } from '../lang/compile';
import type { Referent } from '../referents';

type Sex = 'male' | 'female';

/** What the pronoun tells, if anything. */
function pronounSex(pack: CompiledPack, pronoun: string): Sex | null {
  if (pack.malePronouns.has(pronoun)) return 'male';
  if (pack.femalePronouns.has(pronoun)) return 'female';
  return null;
}

/** Each pack's answers per referent: a pronoun tests every person of the window, and the
 * window holds the same referents sentence after sentence (hayOf reads them once likewise). */
const sexes = new WeakMap<CompiledPack, WeakMap<Referent, Sex | null>>();

/** What the referent's mention tells, when it tells one sex only: its words before any
 * comma ("Marta Quell, whose husband ..." tells nothing of her) and its role. */
function referentSex(pack: CompiledPack, r: Referent): Sex | null {
  let known = sexes.get(pack);
  if (!known) {
    known = new WeakMap();
    sexes.set(pack, known);
  }
  let sex = known.get(r);
  if (sex === undefined) {
    sex = sexOfText(pack, r.text, nounRole(pack, r.role));
    known.set(r, sex);
  }
  return sex;
}

/** "The spokeswoman, Clara Voss": the role kept apart from the name tells it too, unless it
 * is a relative clause about someone else ("whose husband ..."). */
function nounRole(pack: CompiledPack, role: string | null): string {
  const first = role?.split(/\P{L}+/u, 1)[0]?.toLowerCase() ?? '';
  return role && !pack.relativePronouns.has(first) && !pack.clauseRelatives.has(first) ? role : '';
}

function sexOfText(pack: CompiledPack, text: string, role = ''): Sex | null {
  const head = `${text.split(',', 1)[0] ?? ''} ${role}`;
  const words = head.toLowerCase().split(/\P{L}+/u);
  const male = words.some((w) => pack.maleNouns.has(w));
  const female = words.some((w) => pack.femaleNouns.has(w));
  if (male === female) return null;
  return male ? 'male' : 'female';
}

/** Which referents the pronoun (lower-cased) may stand for: all, when it tells no sex. */
export function agreesWith(pack: CompiledPack, pronoun: string): (r: Referent) => boolean {
  const sex = pronounSex(pack, pronoun);
  if (sex === null) return () => true;
  return (r) => {
    const other = referentSex(pack, r);
    return other === null || other === sex;
  };
}

/** Which referents the pronoun's sex is told of by their own words ("the spokeswoman" for
 * "she"): none, when the pronoun tells no sex. */
export function toldOf(pack: CompiledPack, pronoun: string): (r: Referent) => boolean {
  const sex = pronounSex(pack, pronoun);
  return (r) => sex !== null && referentSex(pack, r) === sex;
}
