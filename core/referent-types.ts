/** What Referents (core/referents.ts) keeps of each mention, and how a lookup found one. */
import type { SourceKind } from './report';

export interface Referent {
  /** As written where it was found. */
  text: string;
  kind: SourceKind;
  name: string | null;
  role: string | null;
  outlet: string | null;
  /** The source of a claim (a speaker), not a name in passing. */
  speaker?: boolean;
  /** Sentence number in the document, for recency. */
  sentence?: number;
  /** A name seen in passing with nothing saying it is a person ("skipper Wade Olsen"):
   * good for completing a surname ("Olsen said"), never a pronoun's antecedent. */
  weak?: boolean;
  /** An unnamed source that is one person ("a senior official", "seorang warga yang enggan
   * disebutkan namanya"): a pronoun may point back to it. */
  single?: boolean;
  /** An unnamed source that is one person only by a definite opener ("the witness", "Acme's
   * spokesman"): a pronoun opening the very next sentence may point back to it, no further
   * (a name seen since is the likelier antecedent there). */
  definite?: boolean;
  /** A person known by initials ("berinisial AS"): "AS" is then that person, not a country. */
  initials?: boolean;
  /** One thing noted as a sentence's subject ("State TV broadcast from the town"): an "it"
   * may point back to it, never a "they". */
  thingOnly?: boolean;
  /** One unnamed person a sentence only mentioned ("Police arrested a man"), noted weak: a
   * pronoun opening the next sentence stands for it when no one else fits. */
  mentioned?: boolean;
  /** A person named as the subject of a sentence that quotes no one: over another person
   * named in that sentence ("Menteri X menerima Duta Besar Y. Ia ..." is X). */
  subject?: boolean;
  /** A group of unnamed people noted as a sentence's subject ("Two officials spoke"): a later
   * "they", "one" or "another" may point back to it; no description ("the author") nor a
   * name's words do. */
  groupOnly?: boolean;
}

/** A referent found for a pronoun or description, and by which preference. */
export interface Resolution {
  referent: Referent;
  by:
    | 'recent-speaker'
    | 'newer-person'
    | 'last-unnamed'
    | 'last-named'
    | 'named-in-passing'
    | 'mentioned-before'
    | 'same-role';
}
