/**
 * "ujar aktivis lingkungan hidup, Yohanes Purba", "kata seorang ibu rumah tangga, Wati, di
 * pasar": after a cue, a description no lexicon knows in full, a comma, then the person's
 * name closing the phrase. The description says who the named person is; the name makes the
 * source a named person. Only in languages whose descriptions follow their noun (Indonesian):
 * there a cue is followed by a described person this way.
 */
import type { SentenceContext } from '../context';
import { classify } from './classify';
import { collectRight } from './collect';
import { personNounAt, personNounEnd } from './person-noun';
import { fieldWord } from './role-field';
import { isWord } from './tokens';

/** Words of a description before the comma ("seorang ibu rumah tangga", "dokter spesialis
 * paru RS Persahabatan"). */
const MAX_DESCRIPTION_TOKENS = 8;

/** Does the phrase close at token k: the sentence's end, punctuation, a quote, or a word
 * that places, addresses, dates or frames the speaking ("di", "kepada", "Senin", "saat")? */
export function closesAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return true;
  if (t.type === 'quote') return true;
  if (t.type !== 'word') return /^[,.;:!?]$/.test(t.text);
  const { pack } = ctx;
  return (
    pack.locatives.has(t.lower) ||
    pack.addressees.has(t.lower) ||
    pack.timeWords.has(t.lower) ||
    pack.interposers.has(t.lower)
  );
}

/**
 * The end of "<description>, <Name>" starting at `from`, or `from` when the tokens there
 * are no such phrase. The description holds no cue, pronoun, complementizer or quote, and
 * the name after the comma classifies as a named person and closes the phrase.
 */
export function describedNameAfterComma(ctx: SentenceContext, from: number): number {
  const { tokens, pack } = ctx;
  if (!pack.data.adjectivesAfterNoun) return from;
  let k = from;
  for (; k < tokens.length && k - from < MAX_DESCRIPTION_TOKENS; k++) {
    const t = tokens[k];
    if (!t || ctx.quoted[k]) return from;
    if (t.text === ',') break;
    if (t.text === '(' || t.text === ')') continue;
    if (!isWord(t)) return from;
    if (
      pack.cueWords.has(t.lower) ||
      pack.complementizers.has(t.lower) ||
      pack.personPronouns.has(t.lower) ||
      pack.groupPronouns.has(t.lower) ||
      pack.timeWords.has(t.lower)
    )
      return from;
  }
  if (k === from || tokens[k]?.text !== ',') return from;
  const first = tokens[k + 1];
  // The name may open with a title ("dr. Erlina Burhan").
  if (!isWord(first) || ctx.quoted[k + 1]) return from;
  if (!first.cap && !pack.honorifics.has(first.lower)) return from;
  const nameEnd = collectRight(ctx, k + 1);
  if (nameEnd <= k + 1 || !closesAt(ctx, nameEnd)) return from;
  if (classify(ctx, { start: k + 1, end: nameEnd })?.kind !== 'named_person') return from;
  return nameEnd;
}

/** Words describing a person between the noun and the pointing word ("pria berusia 54
 * tahun itu", "perempuan yang akrab disapa Nana tersebut"). */
const MAX_POINTED_DESCRIPTION = 7;

/** A pointing word's description closes at token k: as closesAt, or before a clause of what
 * the speaker did meanwhile ("tutur perempuan asal Solo itu sambil menata botol"). */
function pointerClosesAt(ctx: SentenceContext, k: number): boolean {
  return closesAt(ctx, k) || ctx.pack.clauseSubordinators.has(ctx.tokens[k]?.lower ?? '');
}

/**
 * "ujar pria berusia 54 tahun itu", "kata perempuan yang akrab disapa Nana tersebut": a
 * noun for a person, words describing them, then a pointing word closing the phrase. Returns
 * the end after the pointing word, or `end` when the phrase [start, end) is no such head.
 */
export function describedPointing(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  // "pria 45 tahun itu": the phrase found may already hold the age after the noun.
  const aged = /^\d{1,3}$/.test(tokens[end - 1]?.text ?? '') && end - 1 > start;
  const noun = aged ? end - 2 : end - 1;
  if (!pack.data.adjectivesAfterNoun || end <= start) return end;
  // "kata juru taktik asal Belanda itu": a noun of two words ends the phrase found.
  // "kata kades yang baru menjabat itu": a role alone may head such a description too.
  const nounEnds =
    personNounAt(ctx, noun) ||
    personNounEnd(ctx, start) === noun + 1 ||
    (!aged && pack.roles.matchAt(tokens, start, end) === end - start);
  // "ujar pembalap asal Spanyol itu": the phrase found already holds the description;
  // "ungkap dosen hukum pidana itu": or its field goes on in plain words up to the pointer.
  let at = end;
  while (at - start < MAX_POINTED_DESCRIPTION && fieldWord(ctx, at)) at++;
  const pointer = tokens[at];
  if (
    !nounEnds &&
    (personNounAt(ctx, start) || (at > end && pack.roles.matchAt(tokens, start, end) > 0)) &&
    at - start <= MAX_POINTED_DESCRIPTION &&
    isWord(pointer) &&
    !ctx.quoted[at] &&
    pack.anaphoricMarkers.has(pointer.lower) &&
    pointerClosesAt(ctx, at + 1)
  )
    return at + 1;
  if (!nounEnds) return end;
  for (let k = end; k < tokens.length && k - end < MAX_POINTED_DESCRIPTION; k++) {
    const t = tokens[k];
    // "pria 45 tahun itu": an age in figures is part of the description.
    if (t && /^\d{1,3}$/.test(t.text) && !ctx.quoted[k]) continue;
    if (!isWord(t) || ctx.quoted[k]) return end;
    if (pack.anaphoricMarkers.has(t.lower))
      return k > end && pointerClosesAt(ctx, k + 1) ? k + 1 : end;
    if (
      pack.cueWords.has(t.lower) ||
      pack.complementizers.has(t.lower) ||
      pack.personPronouns.has(t.lower) ||
      pack.groupPronouns.has(t.lower)
    )
      return end;
  }
  return end;
}
