/**
 * What follows a source phrase's comma when it belongs to the source: the person's name after
 * a role ("kata Ketua Umum Apindo, Rina S Wulandari"), or an appositive describing a named
 * person ("said Jane Doe, who follows the retailer", ", president of ...").
 */
import type { SentenceContext } from '../context';
import { classify } from './classify';
import { collectRight } from './collect';
import { personNounAt } from './person-noun';
import { hasNameish, hasRole, isWord } from './tokens';

const MAX_APPOSITIVE_TOKENS = 24;

/** The source-ish phrase from `from` closes with punctuation or the sentence's end: ",
 * president of the company." is an appositive; ", Presiden Joko Widodo akan ..." opens a
 * clause of its own. */
function closedPhrase(ctx: SentenceContext, from: number): boolean {
  const end = collectRight(ctx, from);
  const t = ctx.tokens[end];
  return !t || t.type !== 'word';
}

/** Punctuation ending an appositive; the dot of an abbreviation ("the U.S. Army") does not. */
function endsAppositive(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || !/^[.;:!?]$/.test(t.text)) return false;
  return !(
    t.text === '.' &&
    isWord(ctx.tokens[k + 1]) &&
    ctx.pack.abbreviations.has(ctx.tokens[k - 1]?.lower ?? '')
  );
}

/** Tokens [from, to) end with a speaker's verb outside quotations ("the agency reported"). */
function cueIn(ctx: SentenceContext, from: number, to: number): boolean {
  const last = to - 1;
  const t = ctx.tokens[last];
  return (
    last > from &&
    isWord(t) &&
    !t.cap &&
    !ctx.quoted[last] &&
    ctx.pack.speakerVerbs.matchAt(ctx.tokens, last) === 1
  );
}

/** Token k opens an adjunct of the speaking, not a clause: "kata Kepala Dinas X, Rahmat dalam
 * jumpa pers", "ujar Direktur Y, Budi kepada wartawan", "... di Jakarta". */
function adjunctAt(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!isWord(t) || t.cap) return false;
  const { pack } = ctx;
  return (
    pack.interposers.has(t.lower) || pack.addressees.has(t.lower) || pack.locatives.has(t.lower)
  );
}

/** "kata Ujang, warga Desa Sukamaju", "ungkap Marni, seorang saksi mata": where a noun needs
 * no article (modifiers after it), a word for unnamed people at `k`, after a determiner, opens
 * an appositive saying who the person named is (English writes "a witness"). */
function peopleWordAt(ctx: SentenceContext, k: number): boolean {
  const { pack, tokens } = ctx;
  if (!pack.data.adjectivesAfterNoun) return false;
  const at = k + pack.determiners.matchAt(tokens, k);
  return pack.anonymous.matchAt(tokens, at) > 0 || pack.unnamedOfficials.matchAt(tokens, at) > 0;
}

/** Lower-case words a role may wait for after its owner ("Acme's former chief executive"). */
const MAX_ROLE_LEAD = 2;

/** "said Jane Doe, Acme's chief executive.": a name's possessive at `from`, then a role
 * (after a lower-case word or two) closing the phrase. */
function ownedRole(ctx: SentenceContext, from: number): boolean {
  const { tokens, pack } = ctx;
  const owner = tokens[from];
  if (!isWord(owner) || !owner.cap || owner.base === owner.lower || ctx.quoted[from]) return false;
  for (let k = from + 1; k <= from + 1 + MAX_ROLE_LEAD; k++) {
    const t = tokens[k];
    if (!isWord(t) || t.cap || ctx.quoted[k]) return false;
    if (pack.roles.matchAt(tokens, k) > 0) return closedPhrase(ctx, k);
  }
  return false;
}

/** The end of the source phrase [start, end) with what its comma adds, or `end`. */
export function appositiveAfterComma(ctx: SentenceContext, start: number, end: number): number {
  const { tokens } = ctx;
  const comma = tokens[end];
  if (comma?.text === ',' && !ctx.quoted[end]) {
    const next = tokens[end + 1];
    const head = { start, end };
    // "according to the county surveyor, Ana Ruiz, ...": a noun for a person, then the name.
    const person = !hasRole(ctx, head) && end - 1 > start && personNounAt(ctx, end - 1);
    // "kata Kepala Dinas Kesehatan, dr. Rina Kartika": an honorific may open the name.
    const dot = tokens[end + 2]?.text === '.' ? 1 : 0;
    const titled =
      isWord(next) && ctx.pack.honorifics.has(next.lower) && tokens[end + 2 + dot]?.cap === true;
    const nameEnd =
      isWord(next) && (next.cap || titled) && (person || hasRole(ctx, head))
        ? collectRight(ctx, end + 1)
        : end + 1;
    const tail = { start: end + 1, end: nameEnd };
    // With a name in the head too, the tail must close like an appositive (comma or end):
    // "Menurut Menteri X, Presiden Joko Widodo akan ..." is a claim about the president.
    const closes =
      nameEnd >= tokens.length ||
      /^[,.!?]$/.test(tokens[nameEnd]?.text ?? '') ||
      tokens[nameEnd]?.type === 'quote' ||
      adjunctAt(ctx, nameEnd);
    if (
      nameEnd > end + 1 &&
      ((!hasNameish(ctx, head) && !person) ||
        (closes && classify(ctx, tail)?.kind === 'named_person'))
    ) {
      // "kata Ketua Umum Apindo, Rina S Wulandari, dalam ...", "kata Kepala Dinas Pendidikan
      // Kota Bogor, Hanafi Rahman": a role of an office or place, then the person's name.
      end = nameEnd;
    } else if (
      isWord(next) &&
      (ctx.pack.appositiveOpeners.has(next.lower) ||
        (ctx.pack.roles.matchAt(tokens, end + 1) > 0 && closedPhrase(ctx, end + 1)) ||
        (peopleWordAt(ctx, end + 1) && closedPhrase(ctx, end + 1)) ||
        ownedRole(ctx, end + 1)) &&
      hasNameish(ctx, head)
    ) {
      // "said Jane Doe, who follows the retailer as ..." / ", president of ..."
      let k = end + 1;
      while (
        k < tokens.length &&
        k - end <= MAX_APPOSITIVE_TOKENS &&
        tokens[k]?.text !== ',' &&
        tokens[k]?.type !== 'quote' &&
        !endsAppositive(ctx, k)
      )
        k++;
      // "John Smith, MD, president of ...": a second short appositive.
      if (
        tokens[k]?.text === ',' &&
        isWord(tokens[k + 1]) &&
        ctx.pack.roles.matchAt(tokens, k + 1) > 0
      ) {
        k++;
        while (
          k < tokens.length &&
          k - end <= MAX_APPOSITIVE_TOKENS * 2 &&
          tokens[k]?.text !== ',' &&
          tokens[k]?.type !== 'quote' &&
          !endsAppositive(ctx, k)
        )
          k++;
      }
      // "said official Jane Doe, the Example News agency reported": a clause with a
      // reporting verb of its own is no appositive but the outlet that carried the words.
      if (!cueIn(ctx, end + 1, k)) end = k;
    }
  }
  return end;
}
