/**
 * Source phrases: finding the words that name a source next to a cue (scanning backwards
 * from "said", forwards from "according to"), and classifying them into the nine kinds
 * with name, role and outlet. Pure token work, linear in the sentence.
 */
import type { SentenceContext } from './context';
import { base } from './lang/compile';
import { isStateControlled, type OutletMention } from './outlets';
import type { Reason, SourceKind } from './report';
import type { Token } from './text';

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface FoundSource {
  text: string;
  kind: SourceKind;
  name: string | null;
  role: string | null;
  outlet: string | null;
  resolvesTo: string | null;
  /** How it was found: pronoun_resolved / pronoun_unresolved. */
  reasons: Reason[];
}

/** A source phrase longer than this is a clause, not a name. */
const MAX_SOURCE_TOKENS = 24;
const MAX_APPOSITIVE_TOKENS = 24;
const DIGIT = /\d/;
const CLAUSE_BREAKS = new Set(['-', '–', '—', ':', ';']);
const TITLE = /^\p{Lu}[\p{Ll}\p{M}]/u;
const INITIAL = /^\p{Lu}$/u;
const ALL_CAPS = /^[\p{Lu}\d-]{2,}$/u;

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === 'word';
}

const SOURCE_TABLES = [
  'roles', 'modifiers', 'bodies', 'portfolios', 'places', 'organizations', 'unnamedOfficials',
  'anonymous', 'stateMedia', 'media', 'documents',
] as const;
const masks = new WeakMap<SentenceContext, boolean[]>();

/** Per token: covered by a multi-word source phrase ("dalam negeri" is one, "dalam" alone is
 * not). Computed once per sentence. */
function phraseMask(ctx: SentenceContext): boolean[] {
  let mask = masks.get(ctx);
  if (mask) return mask;
  mask = new Array<boolean>(ctx.tokens.length).fill(false);
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.tokens[i]?.type !== 'word') continue;
    let len = 0;
    for (const table of SOURCE_TABLES) len = Math.max(len, ctx.pack[table].matchAt(ctx.tokens, i));
    for (let k = 0; k < len; k++) mask[i + k] = true;
  }
  masks.set(ctx, mask);
  return mask;
}

/** Does a source phrase of two or more words start at token i? Then a verb-looking first
 * word is its modifier: "state" in "the Chinese state news agency said". */
export function startsSourcePhrase(ctx: SentenceContext, i: number): boolean {
  for (const table of SOURCE_TABLES) if (ctx.pack[table].matchAt(ctx.tokens, i) > 1) return true;
  return false;
}

const UPPER_FIRST = /^\p{Lu}/u;

/**
 * A lower-case particle inside a person's name: "al-Hamdan" (joined by a hyphen to a
 * capitalised part), "bin" in "Ahmed bin Salem", "von der" in "Ursula von der Leyen"
 * (between a capitalised word and the capitalised rest of the name).
 */
function particleAt(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  const t = tokens[i];
  if (!t || t.type !== 'word' || t.cap) return false;
  const dash = t.lower.indexOf('-');
  if (dash > 0) return pack.nameParticles.has(t.lower.slice(0, dash)) && UPPER_FIRST.test(t.text.slice(dash + 1));
  if (!pack.nameParticles.has(t.lower)) return false;
  let k = i - 1;
  while (k >= 0 && tokens[k]?.type === 'word' && !tokens[k]?.cap && pack.nameParticles.has(tokens[k]?.lower ?? '')) k--;
  let n = i + 1;
  while (n < tokens.length && tokens[n]?.type === 'word' && !tokens[n]?.cap && pack.nameParticles.has(tokens[n]?.lower ?? '')) n++;
  return tokens[k]?.type === 'word' && tokens[k]?.cap === true && tokens[n]?.type === 'word' && tokens[n]?.cap === true;
}

/** A word a source lexicon knows as a noun of its own ("aide", "pengamat", "maker"). */
function lexiconNoun(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.type !== 'word' || ctx.quoted[i]) return false;
  const { pack } = ctx;
  if (pack.stopwords.has(t.lower) || pack.connectors.has(t.lower) || pack.determiners.has(t.lower) || pack.anaphoricMarkers.has(t.lower)) return false;
  return pack.sourceWords.has(base(t));
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
  if (pack.stopwords.has(t.lower) || pack.cueWords.has(t.lower) || pack.timeWords.has(t.lower) || pack.initialsMarkers.has(t.lower) || DIGIT.test(t.text)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || prev.type !== 'word' || !next || next.type !== 'word' || ctx.quoted[i - 1]) return false;
  // Only before a connector, or a name after a document or an organization's noun
  // ("Laporan sementara Pusdalops", "komunitas ojol Bekasi Bersatu"):
  // "KPK memeriksa Kepala Dinas" is a verb and its object.
  if (pack.data.adjectivesAfterNoun) {
    return lexiconNoun(ctx, i - 1) && (pack.connectors.has(next.lower) || (next.cap && (pack.documents.has(base(prev)) || pack.organizations.has(base(prev)))));
  }
  return lexiconNoun(ctx, i + 1) && (pack.determiners.has(prev.lower) || prev.cap);
}

/** Can token i be part of a source phrase? */
function sourceish(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.type !== 'word') return false;
  if (particleAt(ctx, i) || modifierAt(ctx, i)) return true;
  // A capitalised small word counts inside a lexicon phrase: "Menteri Dalam Negeri" (the
  // portfolio "dalam negeri"), not in "Dalam kesempatan itu".
  if (t.cap) return !ctx.pack.stopwords.has(t.lower) || ctx.pack.sourceWords.has(t.lower) || phraseMask(ctx)[i] === true;
  return DIGIT.test(t.text) || ctx.pack.sourceWords.has(base(t)) || phraseMask(ctx)[i] === true;
}

function hasRole(ctx: SentenceContext, span: Span): boolean {
  return ctx.pack.roles.find(ctx.tokens, span.start, span.end) !== null;
}

function hasNameish(ctx: SentenceContext, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.type === 'word' && t.cap && !ctx.pack.sourceWords.has(base(t)) && !phraseMask(ctx)[i]) return true;
  }
  return false;
}

/** Collects source-ish tokens leftwards from `from` (inclusive), without crossing commas. */
function collectLeft(ctx: SentenceContext, from: number): number {
  const { tokens, quoted } = ctx;
  let i = from;
  // A pronoun is the whole source: "bulan Mei mereka lapor" is "mereka".
  const first = tokens[i];
  if (isWord(first) && (ctx.pack.personPronouns.has(first.lower) || ctx.pack.groupPronouns.has(first.lower))) return i;
  // "Mantan Kepala Staf Kepresidenan ini": a pointing word may close the phrase.
  if (isWord(tokens[i]) && ctx.pack.anaphoricMarkers.has((tokens[i] as Token).lower)) i--;
  while (i >= 0 && from - i < MAX_SOURCE_TOKENS) {
    const t = tokens[i] as Token;
    if (quoted[i]) break;
    if (t.type === 'word') {
      if (!sourceish(ctx, i)) break;
    } else if (t.text === '(' || t.text === ')') {
      // "Gubernur Bank Indonesia (BI) Perry Warjiyo"
    } else if (t.text === '.' && tokens[i - 1] && INITIAL.test((tokens[i - 1] as Token).text)) {
      // "Brian K. Coombes"
    } else if (t.text === '.' && tokens[i - 1] && ctx.pack.abbreviations.has((tokens[i - 1] as Token).lower)) {
      // "Dr. Feel", "Mr. Tillman"
    } else break;
    i--;
  }
  return i + 1;
}

/** Collects source-ish tokens rightwards from `from`, without crossing commas. */
function collectRight(ctx: SentenceContext, from: number): number {
  const { tokens, quoted } = ctx;
  let i = from;
  while (i < tokens.length && i - from < MAX_SOURCE_TOKENS) {
    const t = tokens[i] as Token;
    if (quoted[i]) break;
    if (t.type === 'word') {
      if (!sourceish(ctx, i)) break;
      // "told Wirely that she ...": a complementizer or a pronoun ends the phrase.
      if (i > from && (ctx.pack.complementizers.has(t.lower) || ctx.pack.personPronouns.has(t.lower) || ctx.pack.groupPronouns.has(t.lower))) break;
      // "said Monday": a day is not a source.
      if (t.cap && ctx.pack.timeWords.has(t.lower) && i > from) break;
      if (ctx.pack.addressees.has(t.lower)) break;
    } else if (t.text === '(' || t.text === ')') {
      // parenthesised acronym
    } else if (t.text === '.' && INITIAL.test((tokens[i - 1] as Token | undefined)?.text ?? '')) {
      // initial
    } else if (t.text === '.' && i > from && ctx.pack.abbreviations.has((tokens[i - 1] as Token).lower) && isWord(tokens[i + 1])) {
      // "said two senior U.S. officials"
    } else break;
    i++;
  }
  // A trailing connector belongs to what follows ("Faury kepada", "Hicks and").
  while (i > from && isWord(tokens[i - 1]) && ctx.pack.connectors.has((tokens[i - 1] as Token).lower)) i--;
  return i;
}

/** Punctuation inside a date: "(12/3)", "12.30". */
const DATE_PUNCT = new Set(['(', ')', '/', '.', '-']);
/** A day, month or year in figures ("12", "2024"); "G20" is a name. */
const NUMBER = /^\d+$/u;
/** A time phrase between a source and its verb is short: "pada Senin (12/3/2024)". */
const MAX_TIME_TOKENS = 10;

/**
 * Skips a time phrase written between a source and its verb, leftwards from token `j`:
 * "Sri Mulyani pada Senin mengatakan", "Sri Mulyani, Senin (12/3), mengatakan", "The
 * Pentagon on Monday said". It must name a day, month or date (a time word or a number);
 * the source is what stands before it. Returns the token before the phrase, or `j`.
 */
function skipTimeLeft(ctx: SentenceContext, j: number): number {
  const { tokens, pack } = ctx;
  const timeish = (k: number) => {
    const t = tokens[k];
    if (!t || ctx.quoted[k]) return false;
    return t.type === 'word' ? pack.timeWords.has(t.lower) || NUMBER.test(t.text) : DATE_PUNCT.has(t.text);
  };
  const comma = tokens[j]?.text === ',';
  let k = comma ? j - 1 : j;
  let dated = false;
  while (k >= 0 && j - k <= MAX_TIME_TOKENS && timeish(k)) {
    const t = tokens[k] as Token;
    if (t.type === 'word' && (t.cap || NUMBER.test(t.text))) dated = true;
    k--;
  }
  if (!dated || k === (comma ? j - 1 : j)) return j;
  // ", Senin (12/3)," is an appositive of time only between two commas.
  if (comma) return tokens[k]?.text === ',' ? k - 1 : j;
  return k;
}

/** Skips the empty ", ," gaps left where a scraper dropped a linked name. */
function skipGapsLeft(ctx: SentenceContext, i: number): number {
  let j = i;
  while (j >= 1 && ctx.tokens[j]?.text === ',' && ctx.tokens[j - 1]?.text === ',') j -= 2;
  return j;
}

/** Drops openers ("Namun", "But", "Kemudian") and stray small words from the left edge. */
function trimLeft(ctx: SentenceContext, span: Span): Span {
  let { start } = span;
  for (;;) {
    const opener = ctx.pack.openers.matchAt(ctx.tokens, start, span.end);
    if (opener && start + opener < span.end) {
      start += opener;
      continue;
    }
    const t = ctx.tokens[start];
    if (!t || start >= span.end) break;
    const closes = ctx.tokens.slice(start, span.end).some((u) => u.text === ')');
    if (t.type !== 'word' && (t.text !== '(' || !closes)) {
      start++;
      continue;
    }
    if (t.type === 'word' && ctx.pack.connectors.has(t.lower) && !ctx.pack.determiners.has(t.lower)) {
      start++;
      continue;
    }
    break;
  }
  return { start, end: span.end };
}

/**
 * The source phrase ending right before token `verb` ("Duta Besar ... Matsegora" in
 * "... Matsegora mengatakan"). Skips adverbs ("telah", "also"); takes in one appositive
 * ("Hicks, a Navy veteran, said") and a role before a name ("Ketua Umum Kadin, Rosan ...").
 */
export function sourceBefore(ctx: SentenceContext, verb: number): Span | null {
  const { tokens } = ctx;
  let j = verb - 1;
  while (j >= 0 && isWord(tokens[j]) && !ctx.quoted[j] && ctx.pack.adverbs.has((tokens[j] as Token).lower)) j--;
  j = skipTimeLeft(ctx, j);
  while (j >= 0 && isWord(tokens[j]) && !ctx.quoted[j] && ctx.pack.adverbs.has((tokens[j] as Token).lower)) j--;
  j = skipGapsLeft(ctx, j);
  if (j < 0 || ctx.quoted[j]) return null;
  let end = j + 1;
  let start: number;
  if (tokens[j]?.text === ',') {
    // Appositive: NAME, APPOSITIVE, verb
    let k = j - 1;
    // A dash or colon ends the search: "Jakarta, CNN Indonesia -- Menteri ..., mengakui".
    while (k >= 0 && j - k <= MAX_APPOSITIVE_TOKENS && tokens[k]?.text !== ',' && tokens[k]?.type !== 'quote' && !CLAUSE_BREAKS.has(tokens[k]?.text ?? '')) k--;
    if (k < 1 || tokens[k]?.text !== ',' || k === j - 1) return null;
    start = collectLeft(ctx, k - 1);
    if (start > k - 1) {
      // "pihak aplikator ojol, PT Gerak Cepat Indonesia, menyatakan": the words before the
      // first comma are no source; a name between the commas is.
      const inner = collectLeft(ctx, j - 1);
      if (inner !== k + 1 || !hasNameish(ctx, { start: inner, end: j })) return null;
      start = inner;
    } else if (RELATIVE_OPENERS.has(tokens[k + 1]?.lower ?? '') && NUMBER.test(spanText(ctx, { start, end: k })) && tokens[start - 1]?.text === ',' && start >= 2) {
      // "Janet Cole, 67, who has lived on Orchard Lane ..., said": the name before the age.
      const named = collectLeft(ctx, start - 2);
      if (named <= start - 2) start = named;
    }
    end = j;
    // "H. Atang Trisnanto, S.Ag., mengatakan": a degree after the name is no appositive.
    const degree = tokens[k + 1];
    if (k + 3 === j && degree?.type === 'word' && degree.lower.includes('.') && ctx.pack.abbreviations.has(degree.lower) && tokens[k + 2]?.text === '.') end = k;
  } else {
    start = collectLeft(ctx, j);
    if (start > j) return null;
  }
  start = joinNameList(ctx, start, end);
  // "Ketua Umum Kadin, Rosan P Roeslani mengatakan": join a role phrase before a comma.
  const before = skipGapsLeft(ctx, start - 1);
  if (before >= 1 && tokens[before]?.text === ',') {
    const prevStart = collectLeft(ctx, before - 1);
    const prev = { start: prevStart, end: before };
    const here = { start, end };
    if (prevStart < before && hasRole(ctx, prev) && !hasRole(ctx, here) && hasNameish(ctx, here)) {
      start = prevStart;
    } else if (prevStart < before && hasRole(ctx, here) && isBareName(ctx, prev)) {
      // "Alverson, a commissioner on the ... Commission, which ..., described": NAME, ROLE.
      start = prevStart;
    }
  }
  const span = trimLeft(ctx, { start, end });
  return span.start < span.end ? span : null;
}

/** Relative pronouns opening an appositive clause about a person ("who has lived ..."). */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'yang']);

/** Words joining the last item of a list ("Klimatologi, dan Geofisika"). */
const LIST_JOINERS = new Set(['and', 'dan', '&']);
/** Items of a list inside one name ("Badan Meteorologi, Klimatologi, dan Geofisika"). */
const MAX_LIST_ITEMS = 6;

/** The span ends with an acronym in parentheses: "(BMKG)", an institution's abbreviation. */
function endsWithAcronym(tokens: readonly Token[], end: number): boolean {
  const inner = tokens[end - 2]?.text ?? '';
  return tokens[end - 1]?.text === ')' && ALL_CAPS.test(inner) && !NUMBER.test(inner) && tokens[end - 3]?.text === '(';
}

/**
 * "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyatakan": a phrase with "dan"/"and"
 * closed by an acronym is the end of one institution's name listing its fields; the
 * capitalised items before it, back over their commas, are part of the name.
 */
function joinNameList(ctx: SentenceContext, start: number, end: number): number {
  const { tokens } = ctx;
  if (!endsWithAcronym(tokens, end) || !tokens.slice(start, end).some((t) => LIST_JOINERS.has(t.lower))) return start;
  const nameWord = (t: Token) => t.cap || ctx.pack.connectors.has(t.lower) || ctx.pack.determiners.has(t.lower);
  let s = start;
  for (let n = 0; n < MAX_LIST_ITEMS && tokens[s - 1]?.text === ','; n++) {
    const item = collectLeft(ctx, s - 2);
    if (item > s - 2 || !tokens.slice(item, s - 1).every(nameWord)) break;
    s = item;
  }
  return s;
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'one', 'head', 'president', 'chief']);

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
  return !(t.text === '.' && isWord(ctx.tokens[k + 1]) && ctx.pack.abbreviations.has(ctx.tokens[k - 1]?.lower ?? ''));
}

/**
 * The source phrase starting at token `from` ("Tom Forte, who follows Amazon ..." after
 * "said"; "Ketua Umum Kadin, Rosan P Roeslani" after "kata").
 */
export function sourceAfter(ctx: SentenceContext, from: number): Span | null {
  const { tokens } = ctx;
  let i = from;
  while (tokens[i]?.text === ',' && tokens[i + 1]?.text === ',') i += 2;
  const start = i;
  let end = collectRight(ctx, start);
  if (end <= start) return null;
  end = stopAtOutlet(ctx, start, end);
  const comma = tokens[end];
  if (comma?.text === ',' && !ctx.quoted[end]) {
    const next = tokens[end + 1];
    const head = { start, end };
    const nameEnd = isWord(next) && next.cap && hasRole(ctx, head) ? collectRight(ctx, end + 1) : end + 1;
    const tail = { start: end + 1, end: nameEnd };
    // With a name in the head too, the tail must close like an appositive (comma or end):
    // "Menurut Menteri X, Presiden Joko Widodo akan ..." is a claim about the president.
    const closes = nameEnd >= tokens.length || /^[,.!?]$/.test(tokens[nameEnd]?.text ?? '') || tokens[nameEnd]?.type === 'quote';
    if (nameEnd > end + 1 && (!hasNameish(ctx, head) || (closes && classify(ctx, tail)?.kind === 'named_person'))) {
      // "kata Ketua Umum Kadin, Rosan P Roeslani, dalam ...", "kata Kepala Dinas Pendidikan
      // Kota Bogor, Hanafi Rahman": a role of an office or place, then the person's name.
      end = nameEnd;
    } else if (
      isWord(next) &&
      (APPOSITIVE_OPENERS.has(next.lower) || (ctx.pack.roles.matchAt(tokens, end + 1) > 0 && closedPhrase(ctx, end + 1))) &&
      hasNameish(ctx, head)
    ) {
      // "said Tom Forte, who follows Amazon as ..." / ", president of ..."
      let k = end + 1;
      while (k < tokens.length && k - end <= MAX_APPOSITIVE_TOKENS && tokens[k]?.text !== ',' && tokens[k]?.type !== 'quote' && !endsAppositive(ctx, k)) k++;
      // "Stephen Calderwood, MD, president of ...": a second short appositive.
      if (tokens[k]?.text === ',' && isWord(tokens[k + 1]) && ctx.pack.roles.matchAt(tokens, k + 1) > 0) {
        k++;
        while (k < tokens.length && k - end <= MAX_APPOSITIVE_TOKENS * 2 && tokens[k]?.text !== ',' && tokens[k]?.type !== 'quote' && !endsAppositive(ctx, k)) k++;
      }
      end = k;
    }
  }
  return { start, end };
}

/** Index of the first mention starting at or after `offset` (mentions come in text order):
 * a binary search, so a sentence naming many outlets costs no scan per cue. */
function firstMentionFrom(mentions: readonly OutletMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as OutletMention).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Tables whose words go on describing an outlet named before them ("Xinhua News Agency",
 * "Wirely correspondent John Smith", "laporan"). */
const OUTLET_TAILS = ['roles', 'media', 'stateMedia', 'organizations', 'documents'] as const;

/**
 * "Menurut KCNA Kim Jong Un mengunjungi ...", "menurut KCNA Pyongyang akan ...": with no comma
 * closing it, a source phrase that names an outlet ends with the outlet; a capitalised word
 * after it (a name, a place) starts the claim. A comma after the phrase, a possessive
 * ("the Daily Planet's Jane Smith") or a word describing the outlet keep it going.
 */
function stopAtOutlet(ctx: SentenceContext, start: number, end: number): number {
  const { tokens } = ctx;
  if (tokens[end]?.text === ',') return end;
  const from = tokens[start]?.start ?? 0;
  const to = tokens[end - 1]?.end ?? 0;
  for (let n = firstMentionFrom(ctx.outlets, from); n < ctx.outlets.length; n++) {
    const m = ctx.outlets[n] as OutletMention;
    if (m.start >= to) break;
    if (m.end > to) continue;
    let last = start;
    while (last < end && (tokens[last]?.end ?? 0) < m.end) last++;
    const lastToken = tokens[last];
    const next = tokens[last + 1];
    if (!lastToken || lastToken.end !== m.end || last + 1 >= end || !isWord(next) || !next.cap) continue;
    if (lastToken.lower.endsWith("'s") || OUTLET_TAILS.some((t) => ctx.pack[t].matchAt(tokens, last + 1) > 0)) continue;
    return last + 1;
  }
  return end;
}

/**
 * "Ketua komunitas ojol Bekasi Bersatu, Agus Santoso, meminta ...": a name between commas
 * (tokens [start, end)) with the description before it, classified as one source phrase, so
 * a person named in passing keeps the role given with them.
 */
export function describedMention(ctx: SentenceContext, start: number, end: number): FoundSource | null {
  if (start < 2 || ctx.tokens[start - 1]?.text !== ',') return null;
  const from = collectLeft(ctx, start - 2);
  if (from > start - 2) return null;
  const found = classify(ctx, trimLeft(ctx, { start: from, end }));
  return found?.kind === 'named_person' && found.role ? found : null;
}

/** The sentence's subject: the source-ish words it opens with, after any opener. */
export function collectSubject(ctx: SentenceContext): Span | null {
  const first = trimLeft(ctx, { start: 0, end: ctx.tokens.length });
  const end = collectRight(ctx, first.start);
  return end > first.start ? { start: first.start, end } : null;
}

/** The first phrase in tokens[from, before) that a lexicon marks as a source ("an
 * unidentified poster ... and wrote"): the subject of a coordinated verb. */
export function firstSourcePhrase(ctx: SentenceContext, before: number, from = 0): Span | null {
  const { pack, tokens } = ctx;
  const tables = [pack.anonymous, pack.unnamedOfficials, pack.stateMedia, pack.documents, pack.organizations, pack.bodies];
  for (let i = Math.max(0, from); i < before; i++) {
    if (ctx.quoted[i] || tokens[i]?.type !== 'word') continue;
    if (!tables.some((t) => t.matchAt(tokens, i, before) > 0)) continue;
    let start = i;
    while (start > 0 && pack.determiners.has(tokens[start - 1]?.lower ?? '')) start--;
    const end = Math.min(collectRight(ctx, start), before);
    return end > start ? { start, end } : null;
  }
  return null;
}

export function spanText(ctx: SentenceContext, span: Span): string {
  const first = ctx.tokens[span.start];
  const last = ctx.tokens[span.end - 1];
  if (!first || !last) return '';
  return ctx.text.slice(first.start, last.end);
}

// ---------------------------------------------------------------------------------------
// Classification

type Table = 'roles' | 'bodies' | 'portfolios' | 'places' | 'organizations' | 'unnamedOfficials' | 'anonymous' | 'stateMedia' | 'media' | 'documents' | 'modifiers';
const TABLES: readonly Table[] = ['stateMedia', 'unnamedOfficials', 'anonymous', 'roles', 'documents', 'bodies', 'places', 'organizations', 'media', 'portfolios', 'modifiers'];
const HEAD_PRIORITY: readonly Table[] = ['stateMedia', 'unnamedOfficials', 'anonymous', 'documents', 'roles', 'bodies', 'organizations', 'media', 'places', 'portfolios', 'modifiers'];
const KIND_OF: Record<Table, SourceKind | null> = {
  stateMedia: 'state_media',
  unnamedOfficials: 'unnamed_official',
  anonymous: 'anonymous',
  roles: null,
  documents: 'document',
  bodies: 'official_body',
  places: 'official_body',
  organizations: 'organization',
  media: 'media',
  portfolios: 'official_body',
  modifiers: null,
};

interface Hit {
  table: Table;
  at: number;
  len: number;
}

/** Lexicon phrases found in the span, left to right, longest first at each position. */
function lexiconHits(ctx: SentenceContext, span: Span): Hit[] {
  const hits: Hit[] = [];
  let i = span.start;
  while (i < span.end) {
    let best: Hit | null = null;
    for (const table of TABLES) {
      const len = ctx.pack[table].matchAt(ctx.tokens, i, span.end);
      if (len && (!best || len > best.len)) best = { table, at: i, len };
    }
    if (best) {
      hits.push(best);
      i += best.len;
    } else i++;
  }
  return hits;
}

function isNameToken(ctx: SentenceContext, t: Token): boolean {
  if (t.type !== 'word') return false;
  // "Menurut Bobby": a cue word at a sentence start is no part of a name.
  if (ctx.pack.cueWords.has(t.lower)) return false;
  if (ctx.pack.stopwords.has(t.lower) || ctx.pack.determiners.has(t.lower)) return false;
  if (ctx.pack.personPronouns.has(t.lower) || ctx.pack.groupPronouns.has(t.lower)) return false;
  if (ctx.pack.timeWords.has(t.lower)) return false;
  return TITLE.test(t.text) || INITIAL.test(t.text);
}

/** Runs of name-like tokens not covered by a lexicon phrase. */
function nameRuns(ctx: SentenceContext, span: Span, covered: boolean[]): Span[] {
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
      (isNameToken(ctx, t) ||
        particleAt(ctx, i) ||
        // "Mohammed Said": a capitalised cue word inside a name is part of it.
        (runStart >= 0 && t.type === 'word' && TITLE.test(t.text) && ctx.pack.cueWords.has(t.lower)) ||
        (t.text === '.' && runStart >= 0 && (INITIAL.test(ctx.tokens[i - 1]?.text ?? '') || ctx.pack.abbreviations.has(ctx.tokens[i - 1]?.lower ?? ''))));
    if (ok && runStart < 0) runStart = i;
    if (!ok && runStart >= 0) {
      let end = i;
      while (end > runStart && ctx.tokens[end - 1]?.text === '.') end--;
      runs.push({ start: runStart, end });
      runStart = -1;
    }
  }
  return runs;
}

function resolved(r: { text: string; kind: SourceKind; name: string | null; role: string | null; outlet: string | null } | null, text: string, fallback: SourceKind): FoundSource {
  if (!r) return { text, kind: fallback, name: null, role: null, outlet: null, resolvesTo: null, reasons: ['pronoun_unresolved'] };
  return { text, kind: r.kind, name: r.name, role: r.role, outlet: r.outlet, resolvesTo: r.name ?? r.text, reasons: ['pronoun_resolved'] };
}

/** The outlet named inside the span, if the registry knows one. */
function outletIn(ctx: SentenceContext, span: Span) {
  const from = ctx.tokens[span.start]?.start ?? 0;
  const to = ctx.tokens[span.end - 1]?.end ?? 0;
  const m = ctx.outlets[firstMentionFrom(ctx.outlets, from)];
  return m && m.end <= to ? m : null;
}

/**
 * An outlet as the source, its kind from the registry. The source as written is the part of
 * the phrase that names the outlet: "Xinhua" in "Xinhua, the Chinese state news agency",
 * "KCNA" in "Kantor berita resmi Korea Utara, KCNA"; the appositive only describes it.
 */
function outletSource(ctx: SentenceContext, span: Span, mention: OutletMention): FoundSource {
  const kind: SourceKind = isStateControlled(mention.outlet) ? 'state_media' : 'media';
  let start = span.start;
  let end = span.end;
  for (let i = span.start; i < span.end; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.text !== ',') continue;
    if (t.end <= mention.start) start = i + 1;
    else if (t.start >= mention.end) {
      end = i;
      break;
    }
  }
  const text = trimCommas(spanText(ctx, { start, end })) || spanText(ctx, span);
  return { text, kind, name: null, role: null, outlet: mention.outlet.id, resolvesTo: null, reasons: [] };
}

/** Classifies a resolved pronoun clitic ("ujarnya", "menurutnya"): always a person first. */
export function cliticSource(ctx: SentenceContext, written: string): FoundSource {
  const person = ctx.referents.lastPerson(ctx.index, true);
  return resolved(person, written, 'named_person');
}

/**
 * Classifies a source span, or returns null when the words are not a source at all
 * ("the price said" never happens, but "the quarter showed" does).
 */
export function classify(ctx: SentenceContext, span: Span): FoundSource | null {
  const { tokens, pack, referents } = ctx;
  const text = spanText(ctx, span);
  if (!text) return null;
  const words = tokens.slice(span.start, span.end).filter((t) => t.type === 'word');
  if (words.length === 0) return null;
  const lowers = words.map((w) => w.lower);

  // 1. Pronouns.
  if (words.length === 1) {
    const w = lowers[0] as string;
    if (pack.personPronouns.has(w)) return resolved(referents.lastPerson(ctx.index, true), text, 'named_person');
    if (pack.groupPronouns.has(w)) {
      const r = w === 'it' ? referents.lastThing() : referents.lastGroup();
      return resolved(r, text, w === 'it' ? 'organization' : 'anonymous');
    }
  }
  if (words.every((w) => pack.stopwords.has(w.lower) && !pack.sourceWords.has(w.lower))) return null;
  // "AS membantah" after "Kepala Dinas berinisial AS": the person, not the country.
  const initials = words.length === 1 ? referents.byInitials((words[0] as Token).text) : null;
  if (initials) return { text, kind: 'named_person', name: initials.name, role: initials.role, outlet: null, resolvesTo: null, reasons: [] };
  // "Kepala dinas berinisial AS membantah": the initials right after their marker.
  const marker = span.start - 1;
  if (words.length === 1 && pack.initialsMarkers.has(tokens[marker]?.lower ?? '') && ALL_CAPS.test(text)) {
    const described = marker > 0 ? collectLeft(ctx, marker - 1) : marker;
    const roleSpan = { start: described, end: marker };
    const role = described < marker && hasRole(ctx, roleSpan) ? spanText(ctx, roleSpan) : null;
    return { text, kind: 'named_person', name: text, role, outlet: null, resolvesTo: null, reasons: [] };
  }

  // 2. Generic state media, then outlets the registry knows. With an outlet named, the
  //    registry decides: "Xinhua, the Chinese state news agency" is Xinhua, and whether an
  //    outlet is state-controlled is the registry's fact, never the description's.
  if (pack.stateMedia.find(tokens, span.start, span.end)) {
    const named = outletIn(ctx, span);
    if (named) return outletSource(ctx, span, named);
    return { text, kind: 'state_media', name: null, role: null, outlet: null, resolvesTo: null, reasons: [] };
  }

  // "The United Food and Commercial Workers union": a capitalised people word inside a name
  // is part of the name, not a group speaking.
  const hits = lexiconHits(ctx, span).filter((h) => !((h.table === 'anonymous' || h.table === 'unnamedOfficials') && h.at > span.start && tokens[h.at]?.cap && tokens[h.at - 1]?.cap));
  const covered = new Array<boolean>(span.end - span.start).fill(false);
  for (const h of hits) for (let k = 0; k < h.len; k++) covered[h.at - span.start + k] = true;
  // A role anywhere, even where a longer phrase of another table won ("analis" is a role and
  // an anonymous source: "analis IBPA Lili Indarli" is a named analyst).
  let roleHit: Hit | undefined = hits.find((h) => h.table === 'roles');
  if (!roleHit) {
    for (let i = span.start; i < span.end && !roleHit; i++) {
      const len = pack.roles.matchAt(tokens, i, span.end);
      if (len) roleHit = { table: 'roles', at: i, len };
    }
  }
  // "Mantan Direktur Pelaksana Bank Dunia itu": a description pointing back to a person.
  const lastWord = lowers[lowers.length - 1] as string;
  if (roleHit && pack.anaphoricMarkers.has(lastWord) && roleHit.at <= span.start + 1) {
    const r = referents.lastPerson(ctx.index);
    if (r) return { text, kind: 'named_person', name: r.name, role: r.role ?? null, outlet: null, resolvesTo: r.name, reasons: [] };
  }
  const runs = nameRuns(ctx, span, covered);
  const nonRoleHits = hits.filter((h) => h.table !== 'roles' && h.table !== 'modifiers' && h.table !== 'places' && h.table !== 'portfolios');

  // 3. A person's name: with a role ("CEO Airbus Guillaume Faury", "Hicks, a Navy veteran"),
  //    or alone when nothing marks the words as an institution.
  let nameRun: Span | null = null;
  // "Hicks, whose husband is ... in the Navy": a name, then an appositive about the person.
  const firstComma = tokens.slice(span.start, span.end).findIndex((t) => t.text === ',');
  const firstSeg = runs.find((r) => firstComma > 0 && r.start === span.start && r.end === span.start + firstComma) ?? null;
  const described = firstSeg ? null : describedName(ctx, span, runs, hits);
  if (firstSeg) {
    nameRun = firstSeg;
  } else if (described) {
    nameRun = described;
  } else if (roleHit) {
    // The name closes the phrase: "Direktur Utama PT Pertamina (Persero) Nicke Widyawati".
    // Capitals right after a role with something else last are the role's own words
    // ("Direktur Pendanaan Lahan LMAN").
    const lastWordAt = lastWordIndex(tokens, span);
    // "An analyst at Granite": in English copy one capitalised word after a locative is the
    // role's employer, not a name.
    const employer = (r: Span) => pack.data.loneNameKind === 'organization' && wordCount(tokens, r) === 1 && pack.locatives.has(tokens[r.start - 1]?.lower ?? '');
    nameRun = [...runs].reverse().find((r) => r.start > roleHit.at && r.end - 1 === lastWordAt && !employer(r)) ?? null;
  } else if (runs.length > 0 && nonRoleHits.length === 0 && !hits.some((h) => h.table === 'places' && runs.every((r) => r.end <= h.at))) {
    nameRun = runs[runs.length - 1] ?? null;
  }
  const mention = outletIn(ctx, span);
  const documentHit = hits.find((h) => h.table === 'documents');
  const mentionAt = mention ? tokens.findIndex((t) => t.start >= mention.start) : -1;
  if (mention && documentHit && documentHit.at < mentionAt) {
    // "Hasil Survei Katadata": the outlet's survey, a named document. A state outlet's report
    // ("laporan KCNA") is that outlet speaking: state media is its only source.
    if (isStateControlled(mention.outlet)) return outletSource(ctx, span, mention);
    return { text, kind: 'document', name: null, role: null, outlet: mention.outlet.id, resolvesTo: null, reasons: [] };
  }
  // An outlet is the source unless a person is named apart from it ("Xinhua" is the outlet;
  // "Reuters correspondent John Smith" is John Smith, and so is "the Daily Planet's Jane Smith").
  if (mention && nameRun) {
    const possessive = tokens.findIndex((t, k) => k >= nameRun!.start && k < nameRun!.end - 1 && t.start < mention.end && t.end > mention.end && t.lower.endsWith("'s"));
    if (possessive >= 0) nameRun = { start: possessive + 1, end: nameRun.end };
  }
  const nameStart = nameRun ? (tokens[nameRun.start]?.start ?? 0) : -1;
  const nameEnd = nameRun ? (tokens[nameRun.end - 1]?.end ?? 0) : -1;
  if (mention && (!nameRun || (mention.start < nameEnd && mention.end > nameStart))) return outletSource(ctx, span, mention);
  // "Komisi Pemilihan Umum (KPU)", "... Geofisika (BMKG)": a name closed by an acronym in
  // parentheses is an institution's; people are not abbreviated so.
  if (nameRun && tokens[nameRun.end]?.text === '(' && endsWithAcronym(tokens, span.end) && nameRun.end + 3 === span.end) {
    return { text, kind: 'organization', name: null, role: null, outlet: null, resolvesTo: null, reasons: [] };
  }
  if (nameRun) {
    // "Bank Mandiri Royke Tumilaar": the word after "Bank" is the bank's.
    const before = tokens[nameRun.start - 1];
    if (before && pack.namePrefixes.has(before.lower) && wordCount(tokens, nameRun) >= 3) {
      nameRun = { start: nameRun.start + 1, end: nameRun.end };
    }
    nameRun = trimLongName(ctx, nameRun);
    // "Bupati Garut Rudy Gunawan": the word after a jurisdiction role is its place.
    if (roleHit && pack.jurisdictionRoles.matchAt(tokens, roleHit.at, roleHit.at + roleHit.len) === roleHit.len && nameRun.start === roleHit.at + roleHit.len && wordCount(tokens, nameRun) === MAX_NAME_WORDS && !INITIAL.test(tokens[nameRun.start + 1]?.text ?? '')) {
      nameRun = { start: nameRun.start + 1, end: nameRun.end };
    }
    const nameText = spanText(ctx, nameRun);
    const nameWords = tokens.slice(nameRun.start, nameRun.end).filter((t) => t.type === 'word').map((t) => t.text);
    // Words around a name are a role only when a role word or an appositive says so
    // ("By Jane Reporter" has no role).
    let role = roleHit || firstSeg || described ? roleText(ctx, span, nameRun) : null;
    if (!roleHit && !described) {
      // "Forte" after "Tom Forte, ..."; "Sinarmas" after "Sinarmas Asset Management".
      // "Mr. Austin", "Pak Tjahjo": the honorific is no part of the name matched.
      const bare = nameWords.filter((w) => !pack.honorifics.has(w.toLowerCase()));
      const earlier = referents.byWords(bare.length > 0 ? bare : nameWords);
      if (earlier && earlier.kind !== 'named_person') {
        return { text, kind: earlier.kind, name: null, role: null, outlet: earlier.outlet, resolvesTo: earlier.name ?? earlier.text, reasons: [] };
      }
      if (earlier && earlier.name && earlier.name !== nameText && earlier.name !== text) {
        role = role ?? earlier.role;
        return { text, kind: 'named_person', name: earlier.name, role, outlet: null, resolvesTo: earlier.name, reasons: [] };
      }
      if (earlier) role = role ?? earlier.role;
      // A lone acronym is an institution ("OJK", "Kadin"), not a person. A lone unknown
      // capitalised word is a person in Indonesian copy ("kata Teten") but an organization
      // in English, where people come first with their full name ("Lionsgate announced").
      if (nameWords.length === 1 && !earlier && !firstSeg && (ALL_CAPS.test(nameWords[0] as string) || pack.data.loneNameKind === 'organization')) {
        return { text, kind: 'organization', name: null, role: null, outlet: null, resolvesTo: null, reasons: [] };
      }
    }
    return { text, kind: 'named_person', name: nameText, role, outlet: null, resolvesTo: null, reasons: [] };
  }

  // "Greenpeace Indonesia", "Garuda Indonesia": a name no lexicon knows, then a country,
  // is a firm's or group's national branch, not the country speaking.
  const lastHit = hits[hits.length - 1];
  if (!roleHit && hits.length === 1 && lastHit?.table === 'places' && lastHit.at + lastHit.len === span.end && runs.some((r) => r.end === lastHit.at && r.start === span.start)) {
    return { text, kind: 'organization', name: null, role: null, outlet: null, resolvesTo: null, reasons: [] };
  }

  // 4. The lexicon head decides, by table priority then position: state media, unnamed
  //    officials, anonymous sources, documents, roles, bodies, organizations, media, places
  //    ("A senior U.S. official" is an official, "para pejabat AS" officials, not the U.S.).
  const pointing = lowers.some((w) => pack.anaphoricMarkers.has(w));
  const ranked = [...hits].sort((a, b) => HEAD_PRIORITY.indexOf(a.table) - HEAD_PRIORITY.indexOf(b.table) || a.at - b.at);
  // "Sekretaris Daerah Halmahera Barat, yang enggan disebut namanya": an office holder who is
  // not named is an unnamed official; the phrase only says the name is withheld.
  const officeHit = hits.find((h) => h.table === 'roles');
  if (ranked[0]?.table === 'anonymous' && officeHit && pack.anonymous.matchAt(tokens, officeHit.at, officeHit.at + officeHit.len) === 0) {
    return { text, kind: 'unnamed_official', name: null, role: tokensText(ctx, officeHit.at, officeHit.at + officeHit.len), outlet: null, resolvesTo: null, reasons: [] };
  }
  for (const h of ranked) {
    if (h.table === 'roles') {
      // "the minister", "Mantan Kepala Staf Kepresidenan ini": someone named earlier.
      // Only someone given that role before: "the minister" after "Minister X".
      const roleWords = tokensText(ctx, h.at, h.at + h.len).toLowerCase();
      if (pointing) {
        const r = referents.lastPerson(ctx.index);
        if (r && (r.role ?? '').toLowerCase().includes(roleWords)) return { text, kind: 'named_person', name: r.name, role: r.role ?? text, outlet: null, resolvesTo: r.name, reasons: [] };
      }
      return { text, kind: 'unnamed_official', name: null, role: text, outlet: null, resolvesTo: null, reasons: [] };
    }
    let kind = KIND_OF[h.table];
    if (!kind) continue;
    // "Sources at the ministry", "sumber di Kementerian Keuangan": a source inside a
    // government body is one of its officials.
    if (kind === 'anonymous' && pack.sourceNouns.matchAt(tokens, h.at + h.len - 1) > 0 && hits.some((b) => b.table === 'bodies')) kind = 'unnamed_official';
    let resolvesTo: string | null = null;
    // "the company", "the report": generic words pointing back; "the British Beer and Pub
    // Association" is a name of its own.
    const generic = words.slice(1).every((w) => !w.cap);
    if (pointing && generic && (kind === 'organization' || kind === 'document' || kind === 'official_body')) {
      // "The department said" after "the Commerce Department said": the body named before
      // with that word in its name (a ministry is no earlier Pentagon).
      const head = words.filter((w) => !pack.anaphoricMarkers.has(w.lower) && !pack.determiners.has(w.lower)).map((w) => w.text);
      const named = kind === 'official_body' ? referents.byWords(head) : null;
      const r = kind === 'official_body' ? (named?.kind === 'official_body' ? named : null) : referents.lastOfKind(kind);
      resolvesTo = r && r.text !== text ? (r.name ?? r.text) : null;
    } else if ((pack.anaphoricMarkers.has(lowers[0] as string) || pack.anaphoricMarkers.has(lastWord)) && words.length <= 3 && generic && (kind === 'anonymous' || kind === 'unnamed_official')) {
      // "the person said" after "One person familiar with the matter said".
      const r = referents.lastOfKind(kind);
      resolvesTo = r && r.text !== text ? r.text : null;
    }
    return { text, kind, name: null, role: null, outlet: mention?.outlet.id ?? null, resolvesTo, reasons: [] };
  }

  // 5. Capitalised words the lexicons do not know: an acronym or a name seen before.
  const caps = words.filter((w) => w.cap && !pack.stopwords.has(w.lower));
  if (caps.length > 0) {
    const earlier = referents.byWords(caps.map((w) => w.text));
    if (earlier) return { text, kind: earlier.kind, name: earlier.name, role: earlier.role, outlet: earlier.outlet, resolvesTo: earlier.name ?? earlier.text, reasons: [] };
    if (caps.every((w) => ALL_CAPS.test(w.text))) return { text, kind: 'organization', name: null, role: null, outlet: null, resolvesTo: null, reasons: [] };
  }
  return null;
}

/** Tables whose words describe who a person is before their name and a comma. */
const DESCRIBING: ReadonlySet<Table> = new Set(['roles', 'anonymous', 'unnamedOfficials', 'organizations', 'bodies']);

/**
 * "Salah seorang korban, Dedi (35)", "Warga Jailolo, Fitriani (29)", "Pengamat ... dari
 * Universitas Gadjah Mada, Sri Lestari": a description (a role, an unnamed group's noun, an
 * affiliation), a comma, then a bare name closing the phrase (an age in parentheses may
 * follow). The name is the source; the description is the person's role. A single word is a
 * name only where lone names are people's (Indonesian copy).
 */
function describedName(ctx: SentenceContext, span: Span, runs: readonly Span[], hits: readonly Hit[]): Span | null {
  const { tokens, pack } = ctx;
  let comma = -1;
  for (let i = span.end - 1; i > span.start && comma < 0; i--) if (tokens[i]?.text === ',') comma = i;
  if (comma < 0) return null;
  const run = runs.find((r) => r.start === comma + 1);
  if (!run || !hits.some((h) => h.at < comma && DESCRIBING.has(h.table))) return null;
  if (hits.some((h) => h.at > comma && h.table !== 'roles' && h.table !== 'modifiers')) return null;
  // Nothing after the name but an age or note in parentheses: "Dedi (35)".
  let k = run.end;
  if (tokens[k]?.text === '(') {
    while (k < span.end && tokens[k]?.text !== ')') k++;
    k++;
  }
  if (k !== span.end) return null;
  const words = wordCount(tokens, run);
  if (words > MAX_NAME_WORDS + 1 || (words < 2 && pack.data.loneNameKind !== 'named_person')) return null;
  return run;
}

/** The role: the span without the name, trimmed of commas and determiners. */
function roleText(ctx: SentenceContext, span: Span, name: Span): string | null {
  const parts: string[] = [];
  if (name.start > span.start) parts.push(spanText(ctx, { start: span.start, end: name.start }));
  if (name.end < span.end) parts.push(spanText(ctx, { start: name.end, end: span.end }));
  // An age or note in parentheses is no part of a role: "Salah seorang korban, Dedi (35)".
  // A title before the name and an appositive after it are two parts: "Lt. Col., spokeswoman".
  const role = parts
    .map((p) => trimCommas(p.replace(/\(\d+\)/gu, '')).replace(/^(?:the|a|an|para|sang)\s/i, '').trim())
    .filter((p) => /\p{L}/u.test(p))
    .join(', ');
  return role === '' ? null : role;
}

function trimCommas(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === ',' || s[a] === ' ')) a++;
  while (b > a && (s[b - 1] === ',' || s[b - 1] === ' ')) b--;
  return s.slice(a, b);
}

function lastWordIndex(tokens: readonly Token[], span: Span): number {
  for (let i = span.end - 1; i >= span.start; i--) if (tokens[i]?.type === 'word') return i;
  return -1;
}

/** Longest name kept whole: "Rosan P Roeslani", "Hotman Paris Hutapea". A longer run of
 * capitals is a unit's name ending in a person's ("Edukasi Monex Investindo Futures
 * Ariston Tjendra"): keep the last two words (three with an initial in the middle). */
const MAX_NAME_WORDS = 3;

function trimLongName(ctx: SentenceContext, run: Span): Span {
  const words: number[] = [];
  // Particles do not count: "Ursula von der Leyen" is a name of two words.
  // Nor do honorifics: "Prof. Susi Dwi Harijanti" keeps her three names.
  for (let i = run.start; i < run.end; i++) if (ctx.tokens[i]?.type === 'word' && !particleAt(ctx, i) && !ctx.pack.honorifics.has(ctx.tokens[i]?.lower ?? '')) words.push(i);
  if (words.length <= MAX_NAME_WORDS) return run;
  const middle = ctx.tokens[words[words.length - 2] as number];
  const keep = middle && INITIAL.test(middle.text) ? 3 : 2;
  return { start: words[words.length - keep] as number, end: run.end };
}

function tokensText(ctx: SentenceContext, start: number, end: number): string {
  return spanText(ctx, { start, end });
}

/** One to three capitalised words and nothing else: "Alverson", "Bob Alverson". */
function isBareName(ctx: SentenceContext, span: Span): boolean {
  const words = ctx.tokens.slice(span.start, span.end);
  return words.length > 0 && words.length <= MAX_NAME_WORDS && words.every((t) => isNameToken(ctx, t) && !ctx.pack.sourceWords.has(base(t)));
}

function wordCount(tokens: readonly Token[], span: Span): number {
  let n = 0;
  for (let i = span.start; i < span.end; i++) if (tokens[i]?.type === 'word') n++;
  return n;
}
