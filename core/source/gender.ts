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

/** What the referent's mention tells, when it tells one sex only: its words before any
 * comma ("Marta Quell, whose husband ..." tells nothing of her). */
function referentSex(pack: CompiledPack, r: Referent): Sex | null {
  const head = r.text.split(',', 1)[0] ?? '';
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
