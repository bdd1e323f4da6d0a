/**
 * Which single words can belong to a source phrase: nouns a source lexicon knows, plain
 * modifiers before or after them, capitalised names. The collectors (collect.ts) walk these
 * word by word.
 */
import type { SentenceContext } from '../context';
import { asideOpensAt } from './aside-opening';
import {
  DIGIT,
  hasParticipleEnding,
  inSourcePhrase,
  isHandle,
  isWord,
  ownerName,
  particleAt,
} from './tokens';

/** A word a source lexicon knows as a noun of its own ("aide", "pengamat", "maker"). */
export function lexiconNoun(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.type !== 'word' || ctx.quoted[i]) return false;
  const { pack } = ctx;
  if (
    pack.stopwords.has(t.lower) ||
    pack.connectors.has(t.lower) ||
    pack.determiners.has(t.lower) ||
    pack.anaphoricMarkers.has(t.lower)
  )
    return false;
  return pack.sourceWords.has(t.base);
}

/** A one-word noun for people at token i ("warga", "pedagang", "petugas"). */
function personNounAt(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  if (!isWord(tokens[i]) || ctx.quoted[i]) return false;
  const nouns = [pack.anonymous, pack.unnamedOfficials, pack.roles];
  return nouns.some((n) => n.matchAt(tokens, i, i + 1) === 1);
}

/** A lower-case word no lexicon knows and no cue, time or function word: a candidate
 * modifier ("kebencanaan", "tata kota"). */
export function plainWord(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.type !== 'word' || t.cap || ctx.quoted[i]) return false;
  const { pack } = ctx;
  if (
    pack.stopwords.has(t.lower) ||
    pack.cueWords.has(t.lower) ||
    pack.timeWords.has(t.lower) ||
    pack.initialsMarkers.has(t.lower) ||
    DIGIT.test(t.text)
  )
    return false;
  return !pack.sourceWords.has(t.base);
}

/**
 * An adjective no lexicon knows, inside a source phrase: "a congressional aide", "The
 * Chicago-based packaged-food maker" (English: between a determiner or name and the noun),
 * "Pengamat kebencanaan dari UGM" (Indonesian: after the noun, before a connector).
 */
function modifierAt(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  const t = tokens[i];
  if (!t || t.type !== 'word' || t.cap || ctx.quoted[i]) return false;
  // "the late Tom Vale": a word saying what a person was, between an article and the name,
  // though it is also a time word ("late on Tuesday").
  const next0 = tokens[i + 1];
  if (
    pack.principalEpithets.has(t.lower) &&
    pack.determiners.has(tokens[i - 1]?.lower ?? '') &&
    next0?.type === 'word' &&
    next0.cap &&
    !pack.timeWords.has(next0.lower)
  )
    return true;
  // A cue's first word is a modifier unless its cue is there ("a key adviser", not "key
  // findings").
  // "Kementerian X melalui keterangan tertulis menyebutkan": a word opening the occasion
  // between a subject and its verb modifies nothing.
  if (
    pack.stopwords.has(t.lower) ||
    pack.interposers.has(t.lower) ||
    pack.cuePhrases.matchAt(tokens, i) > 0 ||
    pack.timeWords.has(t.lower) ||
    pack.initialsMarkers.has(t.lower) ||
    DIGIT.test(t.text)
  )
    return false;
  // "the U.N. refugee agency": an abbreviation's stop belongs to the word before it.
  const stop = tokens[i - 1]?.text === '.' && pack.abbreviations.has(tokens[i - 2]?.lower ?? '');
  const prev = tokens[stop ? i - 2 : i - 1];
  const next = tokens[i + 1];
  // One word after a noun for people, before a comma opening an aside (aside-opening.ts).
  if (pack.data.adjectivesAfterNoun && next?.text === ',' && personNounAt(ctx, i - 1))
    return asideOpensAt(ctx, i + 2);
  if (!prev || prev.type !== 'word' || !next || next.type !== 'word' || ctx.quoted[i - 1])
    return false;
  // "told technology news website Harlow Now", "kepada harian ekonomi Warta": a plain word
  // or two saying what an outlet covers, beside the outlet's noun, before its name.
  if (outletFieldWord(ctx, i)) return true;
  // Only before a connector, or a name after a document or an organization's noun
  // ("Laporan sementara Pusdalops", "komunitas ojol Bekasi Bersatu"):
  // "KPK memeriksa Kepala Dinas" is a verb and its object.
  if (pack.data.adjectivesAfterNoun) {
    // "pemerintah provinsi Sichuan", "dewan kota Surabaya": a place's noun in lower case
    // between a source noun and the place's name.
    if (pack.placeNouns.has(t.lower) && next.cap && lexiconNoun(ctx, i - 1)) return true;
    if (
      lexiconNoun(ctx, i - 1) &&
      (pack.connectors.has(next.lower) ||
        (next.cap && (pack.documents.has(prev.base) || pack.organizations.has(prev.base))))
    )
      return true;
    // "Manajemen hotel menyatakan": one such word after the noun, right before the verb.
    if (lexiconNoun(ctx, i - 1) && pack.cuePhrases.matchAt(tokens, i + 1) > 0) return true;
    // Two such words: "Pengamat tata kota dari ...", between the noun and a connector.
    const afterNoun = lexiconNoun(ctx, i - 1) || (plainWord(ctx, i - 1) && lexiconNoun(ctx, i - 2));
    return (
      afterNoun &&
      (pack.connectors.has(next.lower) ||
        (plainWord(ctx, i + 1) && pack.connectors.has(tokens[i + 2]?.lower ?? '')))
    );
  }
  // "the official newspaper of the ruling Unity Party", "Valdoria's ruling Unity Party":
  // after a determiner or a possessive name, before a name. ("The state-run Ikhbariya news
  // channel": the state-described stage reads that word before the phrase.)
  const owner = prev.cap && prev.base !== prev.lower;
  if (
    (pack.determiners.has(prev.lower) || owner) &&
    next.cap &&
    !ctx.quoted[i + 1] &&
    !pack.stateOutletModifiers.has(t.lower)
  )
    return true;
  // "..., said event organizer Jane Doe": right after an inverse verb, before its source;
  // "a government emergency center": between two source nouns. "A key economic adviser":
  // either of two adjectives between a determiner and the noun.
  // "The Allied Nations human rights office": two such words after a name too.
  const opener = stop || pack.determiners.has(prev.lower) || ownerName(ctx, stop ? i - 2 : i - 1);
  if (opener && looseAdjective(ctx, i + 1) && lexiconNoun(ctx, i + 2)) return true;
  return (
    lexiconNoun(ctx, i + 1) &&
    (pack.determiners.has(prev.lower) ||
      (looseAdjective(ctx, i - 1) &&
        (pack.determiners.has(tokens[i - 2]?.lower ?? '') || ownerName(ctx, i - 2))) ||
      prev.cap ||
      pack.inverseVerbsAfterQuote.has(prev.lower) ||
      lexiconNoun(ctx, i - 1) ||
      // "hundreds of angry farmers": after a counted group's "of".
      (pack.employerLinks.has(prev.lower) && sourceish(ctx, i - 2)) ||
      // "officials and religious leaders": the second of two sources joined.
      (pack.nameListJoiners.has(prev.lower) && lexiconNoun(ctx, i - 2)))
  );
}

/** Words saying what an outlet covers, at most, before its noun ("technology news website"). */
const MAX_OUTLET_FIELD_WORDS = 2;

/** A plain word that may say what an outlet covers: no lexicon, cue or time word, and no
 * participle's or past form's ending ("He joined business daily X" is a verb). */
function fieldWord(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  return plainWord(ctx, k) && !!t && !hasParticipleEnding(ctx.pack, t.lower);
}

/** Token i is a plain word of an outlet's field: one or two such words, then a noun for an
 * outlet (the pack's media or website words) and a capitalised name. Not a word saying the
 * state runs it (the state-described stage reads those). */
function outletFieldWord(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  if (pack.stateOutletModifiers.has(tokens[i]?.lower ?? '') || !fieldWord(ctx, i)) return false;
  if (pack.data.adjectivesAfterNoun) return outletFieldAfterNoun(ctx, i);
  for (let k = i + 1; k <= i + MAX_OUTLET_FIELD_WORDS; k++) {
    const web = pack.webOutletNouns.has(tokens[k]?.lower ?? '') && !ctx.quoted[k] ? 1 : 0;
    const len = Math.max(pack.media.matchAt(tokens, k), web);
    if (len > 0) return outletName(ctx, k + len);
    if (!fieldWord(ctx, k)) return false;
  }
  return false;
}

/** A capitalised name at token k (no time word): the outlet's. */
function outletName(ctx: SentenceContext, k: number): boolean {
  const name = ctx.tokens[k];
  return isWord(name) && name.cap && !ctx.quoted[k] && !ctx.pack.timeWords.has(name.lower);
}

/** Where the field follows the outlet's noun ("harian ekonomi Kontan", "stasiun televisi
 * swasta X"): one such word right after a noun for an outlet, right before its name. */
function outletFieldAfterNoun(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  if (!outletName(ctx, i + 1)) return false;
  for (let s = i - 1; s >= Math.max(0, i - 3); s--)
    if (s + pack.media.matchAt(tokens, s, i) === i) return true;
  return false;
}

/** A lower-case word that is no function word, cue, time word or figure ("key", "economic"). */
function looseAdjective(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  const t = tokens[i];
  if (!t || t.type !== 'word' || t.cap || ctx.quoted[i] || DIGIT.test(t.text)) return false;
  return (
    !pack.stopwords.has(t.lower) &&
    !pack.timeWords.has(t.lower) &&
    pack.cuePhrases.matchAt(tokens, i) === 0
  );
}

/** "The Committee to Protect Journalists": the pack's infinitive mark of institutions' names
 * right after an institution's word in capitals and before two capitalised words. */
function titleNameLink(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  const t = tokens[i] as { lower: string; cap: boolean };
  if (t.cap || !pack.institutionNameInfinitives.has(t.lower) || ctx.quoted[i]) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  if (!prev?.cap || !next?.cap || !after?.cap || after.type !== 'word' || next.type !== 'word')
    return false;
  return pack.organizations.has(prev.base) || pack.bodies.has(prev.base);
}

/**
 * "Finance official Wang He says": a person pronoun's form written with a capital inside a
 * sentence, right after a capitalised word, is part of a name (a pronoun there would be in
 * lower case). A form with no lower-case letter ("I", a headline in capitals) is left alone.
 */
export function pronounFormInName(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  const prev = ctx.tokens[i - 1];
  if (!t || t.type !== 'word' || !t.cap || t.text === t.text.toUpperCase()) return false;
  if (!ctx.pack.personPronouns.has(t.lower) || ctx.quoted[i] || ctx.quoted[i - 1]) return false;
  return (
    prev?.type === 'word' &&
    prev.cap &&
    prev.end < t.start &&
    !ctx.pack.stopwords.has(prev.lower) &&
    ctx.pack.cuePhrases.matchAt(ctx.tokens, i - 1) === 0
  );
}

/** Can token i be part of a source phrase? */
export function sourceish(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.type !== 'word') return false;
  if (particleAt(ctx, i) || modifierAt(ctx, i) || isHandle(t)) return true;
  if (pronounFormInName(ctx, i)) return true;
  if (titleNameLink(ctx, i)) return true;
  // "diberitakan detikcom", "menurut kumparan": an outlet the registry names, written in lower
  // case as its own brand is.
  if (ctx.outlets.some((m) => t.start >= m.start && t.start < m.end)) return true;
  // A capitalised small word counts inside a lexicon phrase: "Menteri Dalam Negeri" (the
  // portfolio "dalam negeri"), not in "Dalam kesempatan itu".
  if (t.cap)
    return (
      !ctx.pack.stopwords.has(t.lower) ||
      ctx.pack.sourceWords.has(t.lower) ||
      inSourcePhrase(ctx, i)
    );
  return (
    DIGIT.test(t.text) ||
    ctx.pack.sourceWords.has(t.base) ||
    inSourcePhrase(ctx, i) ||
    placeNounInPlace(ctx, i)
  );
}

/** Words of a place noun the pack lists, the longest ("daerah pemilihan"). */
const MAX_PLACE_NOUN_WORDS = 2;

/** "anggota dewan dari daerah pemilihan Bali itu", "warga asal provinsi Papua": a
 * lower-case noun for a kind of place, between a locative and the place's capitalised name,
 * is part of the phrase saying where the source is from. */
function placeNounInPlace(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  for (let p = i; p >= 0 && i - p < MAX_PLACE_NOUN_WORDS; p--) {
    const len = pack.placeNouns.matchAt(tokens, p);
    if (len === 0 || p + len <= i) continue;
    const before = tokens[p - 1];
    const after = tokens[p + len];
    return (
      before?.type === 'word' &&
      pack.locatives.has(before.lower) &&
      after?.type === 'word' &&
      after.cap &&
      !ctx.quoted[p + len]
    );
  }
  return false;
}
