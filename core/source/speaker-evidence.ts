/**
 * What the words around a speaking name say about it, read by the article's name evidence
 * (evidence.ts): "Vale said he ...", "Vale said his ..." speak of a person, "Lumina said its
 * ..." of a firm; a next sentence opening with "The company" points back to a firm, one
 * opening with "He" or "She" to a person. Rough sentences end at a full stop, question or
 * exclamation mark, or a block's end.
 */
import type { CompiledPack } from '../lang/compile';
import type { Token } from '../text';

/** How far after "X said" a pronoun may stand and still be X: "Wyden said he would ...". */
const PRONOUN_WINDOW = 6;
/** Longest speaking name read: "Lockheed Martin", "Baxter Dunmore Group". */
const MAX_NAME_WORDS = 3;
/** Tokens ending a sentence, for this pass's rough sentences. */
const SENTENCE_END = new Set(['.', '!', '?']);
/** How far into the next sentence its subject may point back ("Perusahaan raksasa mesin
 * pencarian itu", "The company"). */
const POINTER_REACH = 6;

/** A capitalised word that may be a name's: no small word, source word or cue word. */
export function nameWord(pack: CompiledPack, t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.type === 'word' &&
    t.cap &&
    !pack.stopwords.has(t.lower) &&
    !pack.sourceWords.has(t.base) &&
    !pack.cueWords.has(t.lower)
  );
}

/** A word naming people other than a speaker: a role or an unnamed person's noun ("the
 * driver"), after which a pronoun may be theirs. */
function personNounAt(pack: CompiledPack, tokens: readonly Token[], k: number): boolean {
  return (
    pack.roles.matchAt(tokens, k) > 0 ||
    pack.anonymous.matchAt(tokens, k) > 0 ||
    pack.unnamedOfficials.matchAt(tokens, k) > 0
  );
}

/** A name other than a place's or a nation's, or a noun for people, at tokens[k]: someone
 * a later pronoun may be. */
function someoneElseAt(pack: CompiledPack, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (t.type !== 'word') return false;
  if (personNounAt(pack, tokens, k)) return true;
  const place =
    pack.places.has(t.lower) ||
    pack.demonyms.has(t.lower) ||
    pack.nationalityAdjectives.has(t.lower);
  return nameWord(pack, t) && !place;
}

/**
 * Where words at tokens[k] only say when or where the speaking happened - a day or month
 * ("on Monday", "in March") or a name after a preposition of occasion ("in Quezon City",
 * "at Stanford") - the token after them, else k: no one a later pronoun could be.
 */
function settingEnd(pack: CompiledPack, tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (t?.type !== 'word') return k;
  if (t.cap && pack.timeWords.has(t.lower)) return k + 1;
  if (!pack.occasionPrepositions.has(t.lower)) return k;
  let end = k + 1;
  while (nameWord(pack, tokens[end]) && !personNounAt(pack, tokens, end)) end++;
  return end > k + 1 ? end : k;
}

/** The cue word after the adverbs from `k` on ("also said"), or -1. */
function cueFrom(pack: CompiledPack, tokens: readonly Token[], k: number, to: number): number {
  let at = k;
  while (at < to && tokens[at]?.type === 'word' && pack.adverbs.has((tokens[at] as Token).lower))
    at++;
  const t = tokens[at];
  return at < to && t?.type === 'word' && pack.cueWords.has(t.lower) ? at : -1;
}

/** Whose a pronoun or possessive is by its form: a person's ("he", "his"), a thing's or a
 * body's ("its"), or either. */
function pronounKind(pack: CompiledPack, u: Token): 'person' | 'institution' | null {
  if (pack.personPronouns.has(u.lower) || pack.personPossessives.has(u.lower)) return 'person';
  return pack.institutionPossessives.has(u.lower) ? 'institution' : null;
}

/** Tokens [from, to) are small words only ("that"). */
function onlySmallWords(pack: CompiledPack, tokens: readonly Token[], from: number, to: number) {
  for (let k = from; k < to; k++) if (!pack.stopwords.has(tokens[k]?.lower ?? '')) return false;
  return true;
}

/** Words after a participle before the pronoun it may open with ("adding that he"). */
const PARTICIPLE_REACH = 3;

/**
 * "Wyden said he would ...", "Vale said his troops ...": a pronoun or possessive of a person
 * in the few words after the cue at `cue` is the speaker, and so is one who "told reporters";
 * "Lumina said its sales ..." makes the speaker a thing or a body. So does one opening a
 * participle of saying later in the sentence ("..., adding that he ..."), whose subject is
 * the speaker. Another name or a noun for people first ends the look ("said the driver
 * thought he ...": the driver's); a day or a place of the speaking does not ("said on
 * Monday she ...").
 */
export function pronounAfterCue(
  pack: CompiledPack,
  tokens: readonly Token[],
  cue: number,
): 'person' | 'institution' | null {
  // "Halvorsen told reporters": someone facing the press in person.
  if (pack.pressAudiences.matchAt(tokens, cue + 1) > 0) return 'person';
  for (let k = cue + 1; k < tokens.length && k <= cue + PRONOUN_WINDOW; k++) {
    const setting = settingEnd(pack, tokens, k);
    if (setting > k) {
      k = setting - 1;
      continue;
    }
    const u = tokens[k] as Token;
    if (u.type !== 'word' || someoneElseAt(pack, tokens, k)) break;
    const kind = pronounKind(pack, u);
    // "its" only opening the words said ("said (that) its sales"): after a noun it may be
    // that thing's ("said the river had burst its banks").
    if (kind === 'person' || (kind && onlySmallWords(pack, tokens, cue + 1, k))) return kind;
  }
  for (let k = cue + 1; k < tokens.length && !SENTENCE_END.has(tokens[k]?.text ?? ''); k++) {
    const setting = settingEnd(pack, tokens, k);
    if (setting > k) {
      k = setting - 1;
      continue;
    }
    if (someoneElseAt(pack, tokens, k)) return null;
    if (tokens[k]?.text !== ',' || !pack.participleCues.has(tokens[k + 1]?.lower ?? '')) continue;
    for (let j = k + 2; j < tokens.length && j <= k + 1 + PARTICIPLE_REACH; j++) {
      const u = tokens[j] as Token;
      if (u.type !== 'word' || someoneElseAt(pack, tokens, j)) return null;
      const kind = pronounKind(pack, u);
      if (kind === 'person' || (kind && onlySmallWords(pack, tokens, k + 2, j))) return kind;
    }
    return null;
  }
  return null;
}

/** A speaking name in tokens [from, to): up to three name words right before a cue word
 * ("Google mengingatkan", "Lockheed Martin said"), with where it ends. */
interface Speaker {
  words: string[];
  cue: number;
}

function speakerIn(
  pack: CompiledPack,
  tokens: readonly Token[],
  from: number,
  to: number,
): Speaker | null {
  for (let i = from; i < to - 1; i++) {
    if (!nameWord(pack, tokens[i]) || (i > from && nameWord(pack, tokens[i - 1]))) continue;
    let end = i + 1;
    while (end < to && end - i < MAX_NAME_WORDS && nameWord(pack, tokens[end])) end++;
    const cue = cueFrom(pack, tokens, end, to);
    if (cue >= 0) return { words: tokens.slice(i, end).map((t) => t.lower), cue };
  }
  return null;
}

/** The sentence at tokens[from] opens with an organization's word pointed back at
 * ("Perusahaan ... itu mengatakan", "The company said"), before any cue word. */
function opensWithFirmPointer(pack: CompiledPack, tokens: readonly Token[], from: number): boolean {
  const first = tokens[from];
  if (first?.type !== 'word') return false;
  if (!pack.organizations.has(first.base) && !pack.anaphoricMarkers.has(first.lower)) return false;
  let firm = false;
  let pointer = false;
  for (let i = from; i < Math.min(tokens.length, from + POINTER_REACH); i++) {
    const t = tokens[i] as Token;
    if (t.type !== 'word' || pack.cueWords.has(t.lower)) break;
    firm ||= pack.organizations.has(t.base);
    pointer ||= pack.anaphoricMarkers.has(t.lower);
  }
  return firm && pointer;
}

/** The sentence [from, to) speaks of a person: it opens with a person's pronoun ("He
 * added ..."), or such a pronoun says it before its cue ('"...," he said') where it names
 * no one. */
function pointsToPerson(pack: CompiledPack, tokens: readonly Token[], from: number, to: number) {
  const first = tokens[from];
  if (first?.type === 'word' && pack.personPronouns.has(first.lower)) return true;
  let says = false;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k] as Token;
    if (nameWord(pack, t)) return false;
    says ||= pack.personPronouns.has(t.lower) && cueFrom(pack, tokens, k + 1, to) >= 0;
  }
  return says;
}

/** The speaker is the only one a later "he" could be: the rest of its sentence after the cue
 * names no one else and holds no noun for people ("Acme said the driver was hurt. He ..."). */
function onlyPersonAfter(pack: CompiledPack, tokens: readonly Token[], s: Speaker, to: number) {
  for (let k = s.cue + 1; k < to; k++) if (someoneElseAt(pack, tokens, k)) return false;
  return true;
}

/** Last sentence's speaker, carried into the next block. */
export interface Carried {
  speaker: Speaker | null;
  alone: boolean;
}

/**
 * "Google mengingatkan ... . Perusahaan raksasa mesin pencarian itu mengatakan ...": a
 * speaking name the next sentence calls "the company" is an institution; "Vale said ... . He
 * added ..." is a person, where Vale's sentence opens the block and no one else in it could
 * be "he". One pass over
 * the block's tokens; `carry` is the last block's final speaker.
 */
export function pointedBackSpeakers(
  pack: CompiledPack,
  tokens: readonly Token[],
  carry: Carried,
  people: Set<string>,
  institutions: Set<string>,
): Carried {
  let { speaker, alone } = carry;
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    // Words first: a word never ends a sentence, and most tokens are words.
    const t = tokens[i];
    if (t !== undefined && (t.type === 'word' || !SENTENCE_END.has(t.text))) continue;
    if (i > start) {
      if (speaker && opensWithFirmPointer(pack, tokens, start))
        for (const w of speaker.words) institutions.add(w);
      else if (speaker && alone && pointsToPerson(pack, tokens, start, i))
        for (const w of speaker.words) people.add(w);
      speaker = speakerIn(pack, tokens, start, i);
      // Only a speaker opening its block: after someone else spoke in it, "he" may be them.
      alone = start === 0 && speaker !== null && onlyPersonAfter(pack, tokens, speaker, i);
    }
    start = i + 1;
  }
  return { speaker, alone };
}
