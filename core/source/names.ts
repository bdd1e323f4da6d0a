/** Telling a person's name inside a source span: runs of name-like words, the name a role
 * or description goes with, and the role around it. */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import type { Hit, Table } from './lexicon';
import {
  ageBracketClose,
  INITIAL,
  lastWordIndex,
  particleAt,
  spanText,
  TITLE,
  trimCommas,
  wordCount,
} from './tokens';
import { degreesRight } from './degrees';
import { beforeClosingNickname } from './nickname-note';
import { placePartAfterComma } from './place-parts';
import { pronounFormInName } from './source-word';
import { timeWordAsName } from './time-name';
import type { Span } from './types';

/** Longest name kept whole: "Rina S Wulandari", "Siti Nur Aisyah". A longer run of
 * capitals is a unit's name ending in a person's ("Edukasi Monex Investindo Futures
 * Ariston Tjendra"): keep the last two words (three with an initial in the middle). */
export const MAX_NAME_WORDS = 3;

const DIGIT = /\d/u;

export function isNameToken(ctx: SentenceContext, t: Token): boolean {
  if (t.type !== 'word') return false;
  // "Menurut Bobby": a cue word at a sentence start is no part of a name.
  if (ctx.pack.cueWords.has(t.lower)) return false;
  if (ctx.pack.personPronouns.has(t.lower)) {
    // "Wang He": a pronoun's form with a capital after a name word (source-word.ts).
    return pronounFormInName(ctx, ctx.tokens.indexOf(t));
  }
  if (ctx.pack.stopwords.has(t.lower) || ctx.pack.determiners.has(t.lower)) return false;
  if (ctx.pack.groupPronouns.has(t.lower)) return false;
  // "Someone at the scene said": a word for anyone at all is no one's name.
  if (ctx.pack.vagueGroups.has(t.lower)) return false;
  if (ctx.pack.timeWords.has(t.lower)) return false;
  // "Pihak desa menyebut": the word for an institution's side opens no name.
  if (ctx.pack.institutionMarkers.has(t.lower)) return false;
  // "Doctors Without Borders": a preposition of organizations' names joins no person's.
  if (ctx.pack.titleNameLinks.has(t.lower)) return false;
  // "penanganan Covid-19 Rudi Hartono", "Satgas Covid-19": a word with digits names a
  // thing, an event or a unit, not a person.
  if (DIGIT.test(t.text)) return false;
  return TITLE.test(t.text) || INITIAL.test(t.text);
}

/** Two initials written together inside a name, a name's word on either side ("Rudi SA
 * Prasetyo", "Andreas TY Siregar"); no acronym the pack knows. */
const TWO_INITIALS = /^\p{Lu}{2}$/u;
function middleInitials(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  const [prev, t, next] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  if (!t || t.type !== 'word' || !TWO_INITIALS.test(t.text) || ctx.quoted[i]) return false;
  if (pack.sourceWords.has(t.lower) || pack.abbreviations.has(t.lower) || pack.places.has(t.lower))
    return false;
  const nameWord = (w: Token | undefined) => w?.type === 'word' && TITLE.test(w.text);
  return nameWord(prev) && nameWord(next) && isNameToken(ctx, next as Token);
}

/** Runs of name-like tokens not covered by a lexicon phrase. */
export function nameRuns(ctx: SentenceContext, span: Span, covered: boolean[]): Span[] {
  const runs: Span[] = [];
  let runStart = -1;
  let depth = 0;
  for (let i = span.start; i <= span.end; i++) {
    const t = ctx.tokens[i];
    // Words in parentheses are an acronym or a note, never a name: "PT , (Persero)".
    if (t?.text === '(') depth++;
    if (t?.text === ')') depth = Math.max(0, depth - 1);
    const ok =
      i < span.end &&
      depth === 0 &&
      t !== undefined &&
      !covered[i - span.start] &&
      // "Salah satu pengunjung": the first word of a determiner of several words ("Mohamed
      // Salah" stays a name).
      ctx.pack.determiners.matchAt(ctx.tokens, i, span.end) < 2 &&
      (isNameToken(ctx, t) ||
        particleAt(ctx, i) ||
        timeWordAsName(ctx, i) ||
        (runStart >= 0 && middleInitials(ctx, i)) ||
        // "Mohammed Said": a capitalised cue word inside a name is part of it.
        (runStart >= 0 &&
          t.type === 'word' &&
          TITLE.test(t.text) &&
          ctx.pack.cueWords.has(t.lower)) ||
        (t.text === '.' &&
          runStart >= 0 &&
          (INITIAL.test(ctx.tokens[i - 1]?.text ?? '') ||
            ctx.pack.abbreviations.has(ctx.tokens[i - 1]?.lower ?? ''))));
    if (ok && runStart < 0) runStart = i;
    if (!ok && runStart >= 0) {
      let end = i;
      while (end > runStart && ctx.tokens[end - 1]?.text === '.') end--;
      const run = { start: runStart, end };
      // "warga di Kecamatan X, Kabupaten Bogor": the place's next part, no name.
      if (!placePartAfterComma(ctx, run)) runs.push(run);
      runStart = -1;
    }
  }
  return runs;
}

/** Tables whose words describe who a person is before their name and a comma. */
const DESCRIBING: ReadonlySet<Table> = new Set([
  'roles',
  'anonymous',
  'unnamedOfficials',
  'organizations',
  'bodies',
]);

/**
 * "Salah seorang korban, Dedi (35)", "Warga Jailolo, Fitriani (29)", "Pengamat ... dari
 * Universitas Gadjah Mada, Sri Lestari": a description (a role, an unnamed group's noun, an
 * affiliation), a comma, then a bare name closing the phrase (an age in parentheses may
 * follow). The name is the source; the description is the person's role. A single word is a
 * name only where lone names are people's (Indonesian copy).
 */
export function describedName(
  ctx: SentenceContext,
  span: Span,
  runs: readonly Span[],
  hits: readonly Hit[],
): Span | null {
  const { tokens, pack } = ctx;
  let comma = -1;
  for (let i = span.end - 1; i > span.start && comma < 0; i--)
    if (tokens[i]?.text === ',') comma = i;
  if (comma < 0) return null;
  // "dokter spesialis anak, dr. Rina Kartika": honorifics may open the name.
  let nameStart = comma + 1;
  while (pack.honorifics.has(tokens[nameStart]?.lower ?? '') && !tokens[nameStart]?.cap)
    nameStart += tokens[nameStart + 1]?.text === '.' ? 2 : 1;
  const run = runs.find((r) => r.start === nameStart);
  if (!run || !hits.some((h) => h.at < comma && DESCRIBING.has(h.table))) return null;
  // "Klub asal Spanyol, Real Madrid": a description that is an institution's noun, with no
  // word for a person, names the institution.
  const describing = hits.filter((h) => h.at < comma && DESCRIBING.has(h.table));
  const institution = (h: Hit) => h.table === 'organizations' || h.table === 'bodies';
  if (describing.every(institution) && describing[0]?.at === span.start) return null;
  if (hits.some((h) => h.at > comma && h.table !== 'roles' && h.table !== 'modifiers')) return null;
  // Where adjectives precede the noun (English), a description before a name ends with its
  // noun ("the firm's chief economist, Jane Ross"); after a capitalised name the words are
  // that name's place ("researchers at the University of Lakeside, North Velmar").
  const last = tokens[comma - 1];
  if (!pack.data.adjectivesAfterNoun && last?.cap && !pack.sourceWords.has(last.base)) return null;
  // Nothing after the name but an age or note in parentheses: "Dedi (35)".
  let k = run.end;
  if (tokens[k]?.text === '(') {
    while (k < span.end && tokens[k]?.text !== ')') k++;
    k++;
  }
  if (k !== span.end) return null;
  const words = wordCount(tokens, run);
  if (words > MAX_NAME_WORDS + 1 || (words < 2 && pack.data.loneNameKind !== 'named_person'))
    return null;
  return run;
}

/** "the spokesman" -> "spokesman": an article opening a role is no part of it. */
function dropArticle(ctx: SentenceContext, role: string): string {
  const space = role.indexOf(' ');
  return space > 0 && ctx.pack.roleArticles.has(role.slice(0, space).toLowerCase())
    ? role.slice(space + 1)
    : role;
}

/** Where the name starts after lower-case honorifics opening the phrase at `from` ("dr. Rina
 * Kartika, dokter gigi di ..."): `from` itself when none does. */
export function afterHonorifics(ctx: SentenceContext, from: number, limit: number): number {
  const { tokens, pack } = ctx;
  let k = from;
  while (k < limit && pack.honorifics.has(tokens[k]?.lower ?? '') && !tokens[k]?.cap) {
    k++;
    if (tokens[k]?.text === '.') k++;
  }
  return k;
}

/** Where honorifics written right before the name at `nameStart` begin ("Kepala Dinas
 * Kesehatan dr. Rina"): they are the name's, not the role's. */
function honorificsLeft(ctx: SentenceContext, from: number, nameStart: number): number {
  const { tokens, pack } = ctx;
  let cut = nameStart;
  for (;;) {
    const k = tokens[cut - 1]?.text === '.' ? cut - 1 : cut;
    if (k - 1 < from || !pack.honorifics.has(tokens[k - 1]?.lower ?? '')) return cut;
    cut = k - 1;
  }
}

/** The role: the span without the name, trimmed of commas and determiners. */
export function roleText(ctx: SentenceContext, span: Span, name: Span): string | null {
  const parts: string[] = [];
  const start = honorificsLeft(ctx, span.start, name.start);
  if (start > span.start) parts.push(spanText(ctx, { start: span.start, end: start }));
  // "Hasan Basri, S.H., kuasa hukum warga": the degrees after the name are no role.
  let after = Math.min(span.end, degreesRight(ctx, name.end));
  // "Suparmi (61 tahun), warga ...": an age in brackets, its unit written, is no role.
  const age = ageBracketClose(ctx, after);
  if (age !== null && age < span.end) after = age + 1;
  // "... Basuki Tjahaja Purnama (Ahok)": the short name after the name is no role either.
  const end = beforeClosingNickname(ctx, span).end;
  if (after < end) parts.push(spanText(ctx, { start: after, end }));
  // An age or note in parentheses is no part of a role: "Salah seorang korban, Dedi (35)".
  // A title before the name and an appositive after it are two parts: "Lt. Col., spokeswoman".
  const role = parts
    .map((p) => dropArticle(ctx, trimCommas(p.replace(/\(\d+\)/gu, ''))).trim())
    .filter((p) => /\p{L}/u.test(p))
    .join(', ');
  return role === '' ? null : role;
}

export function trimLongName(ctx: SentenceContext, run: Span): Span {
  const words: number[] = [];
  // Particles do not count: "Ursula von der Leyen" is a name of two words.
  // Nor do honorifics: "Prof. Susi Dwi Harijanti" keeps her three names.
  for (let i = run.start; i < run.end; i++)
    if (
      ctx.tokens[i]?.type === 'word' &&
      !particleAt(ctx, i) &&
      !ctx.pack.honorifics.has(ctx.tokens[i]?.lower ?? '')
    )
      words.push(i);
  if (words.length <= MAX_NAME_WORDS) return run;
  const middle = ctx.tokens[words[words.length - 2] as number];
  const keep = middle && (INITIAL.test(middle.text) || TWO_INITIALS.test(middle.text)) ? 3 : 2;
  return { start: words[words.length - keep] as number, end: run.end };
}

/** A word of a nation on its own: "were Dutch, the governor said" holds no name. */
export function isNationWord(ctx: SentenceContext, t: Token | undefined): boolean {
  const w = t?.lower ?? '';
  return ctx.pack.demonyms.has(w) || ctx.pack.nationalityAdjectives.has(w);
}

/** One to three capitalised words and nothing else: "Smith", "Bob Smith". */
export function isBareName(ctx: SentenceContext, span: Span): boolean {
  // "Dimas S. Pratama": the dot closing a middle initial is no word of its own.
  const words = ctx.tokens
    .slice(span.start, span.end)
    .filter((t, k, all) => t.text !== '.' || !INITIAL.test(all[k - 1]?.text ?? ''));
  if (words.length === 1 && isNationWord(ctx, words[0])) return false;
  return (
    words.length > 0 &&
    words.length <= MAX_NAME_WORDS &&
    words.every((t) => isNameToken(ctx, t) && !ctx.pack.sourceWords.has(t.base))
  );
}

/** The one capitalised word at `run` is part of the name of a person named before. */
function knownPerson(ctx: SentenceContext, run: Span): boolean {
  const word = ctx.tokens[run.start];
  if (!word || word.type !== 'word' || run.end !== run.start + 1) return false;
  return ctx.referents.byWords([word.text])?.kind === 'named_person';
}

/** One capitalised word where the pack reads a lone name as a person's: no acronym, figure,
 * place, or word the article shows to be an institution's. */
function loneName(ctx: SentenceContext, run: Span): boolean {
  const word = ctx.tokens[run.start];
  if (!word || word.type !== 'word' || run.end !== run.start + 1) return false;
  const { pack, referents } = ctx;
  return (
    pack.data.loneNameKind === 'named_person' &&
    /^\p{Lu}\p{Ll}+$/u.test(word.text) &&
    !pack.places.has(word.lower) &&
    !referents.evidence.institutions.has(word.lower)
  );
}

/**
 * "resident Mary Jones", "his neighbour Tom Vale": where modifiers stand before the noun
 * (English), one relative or resident, the noun singular, right before a full name is that
 * person, named in apposition. Not a plural ("residents Elm Grove" live there), not a lone
 * word, and not where the name follows the noun as its owner or place ("istri Budi",
 * "warga Tanjung Priok").
 */
export function singularRelationBeforeName(
  ctx: SentenceContext,
  hit: { at: number; len: number },
  run: Span,
): boolean {
  const { tokens, pack } = ctx;
  if (pack.data.adjectivesAfterNoun || run.start !== hit.at + hit.len) return false;
  const noun = tokens[hit.at + hit.len - 1]?.lower ?? '';
  const plural = pack.data.rolePluralEndings.some((e) => noun.endsWith(e));
  return !plural && wordCount(tokens, run) >= 2;
}

/** Lower-case words a trade may take between its noun and the name ("dokter hewan"). */
const MAX_TRADE_WORDS = 2;

/**
 * "petani Darmawan Saputra", "dokter hewan Rina Kartika", "witness Jane Doe": a word for
 * people (an unnamed source's word when alone) followed by a full name closing the phrase is
 * the person's trade, and the name is who speaks. Not a place after it ("warga Kota Bekasi",
 * "warga Bekasi": one capitalised word may be where they live).
 */
export function tradeName(
  ctx: SentenceContext,
  span: Span,
  runs: readonly Span[],
  hits: readonly Hit[],
): Span | null {
  const { tokens, pack } = ctx;
  const run = runs[runs.length - 1];
  // "pemain asal Brasil Marquinhos": the place a person comes from, between trade and name.
  const origin = (h: Hit) =>
    h.table === 'places' &&
    h.at + h.len === run?.start &&
    pack.originMarkers.has(tokens[h.at - 1]?.lower ?? '');
  const [hit, ...others] = hits.filter((h) => !origin(h));
  const from = hits.find(origin);
  if (!run || !hit || others.length > 0 || hit.table !== 'anonymous') return null;
  if (
    pack.relationNouns.matchAt(tokens, hit.at, hit.at + hit.len) === hit.len &&
    !singularRelationBeforeName(ctx, hit, run)
  )
    return null;
  if (run.end - 1 !== lastWordIndex(tokens, span)) return null;
  // "kata dokter Rina" after "dokter hewan Rina Kartika": one word naming a person seen before;
  // or any one word where a lone name is a person's ("Terdakwa Suyono mengaku").
  // Not after what a firm has ("penumpang Garuda", "nasabah Lumina": the firm's).
  const owned = pack.firmPossessions.matchAt(tokens, hit.at, hit.at + hit.len) === hit.len;
  const lone = !owned && loneName(ctx, run);
  if (wordCount(tokens, run) < 2 && !knownPerson(ctx, run) && !lone) return null;
  const gap = tokens.slice(hit.at + hit.len, from ? from.at - 1 : run.start);
  if (
    gap.length > MAX_TRADE_WORDS ||
    !gap.every(
      (t) =>
        t.type === 'word' &&
        !t.cap &&
        !pack.locatives.has(t.lower) &&
        !pack.connectors.has(t.lower) &&
        !pack.stopwords.has(t.lower),
    )
  )
    return null;
  const words = tokens.slice(run.start, run.end);
  if (!words.every((t) => t.type === 'word' && t.cap)) return null;
  if (words.some((t) => pack.placeNouns.has(t.lower) || pack.sourceWords.has(t.base))) return null;
  return run;
}
