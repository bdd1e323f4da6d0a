/**
 * Which earlier unnamed source a definite description of one points back to ("the source
 * said", "the sources added", "the woman said"), and when such a description is no pointer at
 * all but a new person described by a clause of their own ("the woman who found the body").
 */
import type { Referent } from '../referents';
import type { Analysis } from './analysis';
import type { Hit } from './lexicon';
import type { Token } from '../text';
import { hasParticipleEnding } from './tokens';

/** Words of a restrictive modifier read after the head, at most. */
const MAX_MODIFIER_WORDS = 6;

/** The head is plural: the language's plural ending ("sources", not "source"), or where nouns
 * mark no plural, the doubled word ("sumber-sumber"). */
function pluralHead(a: Analysis, head: Hit): boolean {
  const { data } = a.ctx.pack;
  const last = a.ctx.tokens[head.at + head.len - 1]?.lower ?? '';
  const [one, two, ...rest] = last.split('-');
  if (data.numberless) return rest.length === 0 && one !== undefined && one === two;
  return data.rolePluralEndings.some(
    (e) => last.length > e.length + 2 && last.endsWith(e) && !last.endsWith(e + e),
  );
}

/** The span's words before an aside on its head ("the official, who asked not to be named"):
 * the description is the words before it. */
export function ownWords(a: Analysis): Token[] {
  const clause = a.clauseComma();
  const end = a.ctx.tokens[clause]?.start;
  return clause > a.span.start && end !== undefined
    ? a.words.filter((w) => w.start < end)
    : a.words;
}

/**
 * "the sources said" after "several officials said ... one official said": a plural word for
 * a source as such is the last unnamed group, not the one person of it quoted last; a
 * singular one, or a plural with no group before it, is the last unnamed source.
 */
export function pointedSource(a: Analysis, head: Hit): Referent | null {
  const { referents } = a.ctx;
  return (pluralHead(a, head) ? referents.lastPeople() : null) ?? referents.lastUnnamed();
}

/** Sentences back an outlet or a document may have spoken and still be "the same source". */
const SAME_SOURCE_WINDOW = 2;

/**
 * "..., menurut sumber yang sama" after "Menurut laporan kantor berita Tasnim, ...": a word for
 * a source said to be the same one points back to whoever spoke last, an outlet or a document
 * as much as an unnamed person; of the two the later.
 */
export function sameSource(a: Analysis, head: Hit): Referent | null {
  const unnamed = pointedSource(a, head);
  const thing = a.ctx.referents.lastSpeakingThing(a.ctx.index - SAME_SOURCE_WINDOW);
  if (!thing) return unnamed;
  return unnamed && (unnamed.sentence ?? -1) >= (thing.sentence ?? -1) ? unnamed : thing;
}

/**
 * "The woman who found the body said" after "a woman who lives nearby said", "the man
 * charged with her killing" after "her husband": a relative clause or a participle's phrase
 * right after the head (no comma: it says which one is meant) describes someone new, unless
 * the earlier mention `earlier` was described by the same words. A comma makes it an aside
 * about the one already known ("the official, who asked not to be named").
 */
export function describedAnew(a: Analysis, earlier: string): boolean {
  const { tokens, pack, quoted } = a.ctx;
  const at = a.span.end;
  const next = tokens[at];
  if (next?.type !== 'word' || next.cap || quoted[at]) return false;
  // "sumber yang sama": the phrase says it is the one before.
  if (pack.sameMarkers.matchAt(tokens, at) > 0) return false;
  // The modifier's words, up to a comma ("the man charged with her killing, asked ...") or
  // the sentence's verb after them ("who saw the crash said"; a clause's own verb may be a
  // cue word too: "who found the body").
  const words: string[] = [];
  let closed = false;
  let count = 0;
  for (let k = at + 1; k < tokens.length && words.length < MAX_MODIFIER_WORDS; k++) {
    const t = tokens[k];
    closed = t?.text === ',';
    if (t?.type !== 'word' || quoted[k] || (count > 0 && pack.cueWords.has(t.lower))) break;
    count++;
    if (!pack.stopwords.has(t.lower)) words.push(t.lower);
  }
  const relative = pack.relativePronouns.has(next.lower);
  // A participle and its complement: one that may be the sentence's own verb ("the official
  // added in a statement that") only when a comma closes the phrase after its words.
  const participle =
    hasParticipleEnding(pack, next.lower) &&
    tokens[at + 1]?.type === 'word' &&
    (!pack.cueWords.has(next.lower) || (closed && count > 1));
  if (!relative && !participle) return false;
  const hay = ` ${earlier.toLowerCase()} `;
  return !words.every((w) => hay.includes(` ${w} `));
}
