/**
 * The source phrase before a verb ("Duta Besar ... Santosa mengatakan", "Jones, a Navy
 * veteran, said"): where it starts, with its appositive and a role written before a comma.
 */
import type { SentenceContext } from '../context';
import { SpanMemo } from '../span-memo';
import { joinSourceList } from './source-list';
import type { Token } from '../text';
import { collectLeft, skipGapsLeft, skipTimeLeft, trimLeft } from './collect';
import { coordinateModifiersLeft } from './coordinate-modifiers';
import { plainWord } from './source-word';
import { breaksClause, skipAsidesLeft, skipDashAside, skipOccasionLeft } from './asides-left';
import { skipAdverbsLeft } from './adverbs-left';
import { addresseeAudienceLeft } from './addressee-audience';
import { officeStart, speakerInCapacity } from './capacity';
import { dropOpeningTime } from './opening-time';
import {
  agedName,
  degreesLeft,
  institutionBeforeOpenAppositive,
  institutionNounBefore,
  placedPersonLeft,
  relativeClauseOpening,
  roleQualifierLeft,
} from './before-parts';
import { describedIndefiniteLeft } from './described-indefinite';
import { describedPeopleLeft } from './described-people';
import { gluedCompoundLeft } from './glued-compound';
import { skipHedgeLeft } from './hedge-left';
import { isBareName } from './names';
import { listItemsLeft, listTailAppositive } from './list-appositive';
import { outletLeadLeft } from './outlet-lead';
import { outletPhrase, ownedOutletLeft } from './outlet-owner';
import { joinNameList } from './name-list';
import { joinPlaceList } from './place-list';
import { placedSpeaker } from './placed-speaker';
import { placePartsLeft } from './place-parts';
import { roleDescriptionLeft } from './role-description';
import { roleFieldBefore } from './role-field';
import { roleToWhom } from './role-to-whom';
import { shareBefore } from './share-left';
import { madeUpBracketOpen } from './stages/pseudonym';
import { titledWorkLeft } from './titled-work';
import { digitGroupComma, hasNameish, hasRole, isCodedHandle, NUMBER, spanText } from './tokens';
import type { Span } from './types';

const MAX_APPOSITIVE_TOKENS = 24;

/** A relative pronoun ("who") among the words [from, to), none of them quoted. */
function relativeBefore(ctx: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (!ctx.quoted[i] && ctx.pack.relativePronouns.has(ctx.tokens[i]?.lower ?? '')) return true;
  return false;
}

/** Words an outlet's name may wait for after "on" ("on Russia's state television"). */
const MAX_OUTLET_LEAD = 3;

/** A relay phrase at token `at`; one ending in "on" ("speaking on state television", not
 * "speaking on condition of anonymity") only when an outlet follows it. */
function relayAside(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  const len = pack.relays.matchAt(tokens, at);
  if (len === 0) return false;
  if (!pack.relayPrepositions.has(tokens[at + len - 1]?.lower ?? '')) return true;
  for (let i = at + len; i <= at + len + MAX_OUTLET_LEAD && i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (pack.stateMedia.matchAt(tokens, i) > 0 || pack.media.matchAt(tokens, i) > 0) return true;
    if (ctx.outlets.some((m) => m.start === t.start)) return true;
  }
  return false;
}

/** "Xinhua, Selasa (8/12), mengutip seorang pejabat, melaporkan": a date set off by commas
 * between the source and a relay aside belongs to neither; the source ends before the date's
 * comma (the relay rule still pairs the outlet with what it cites). */
function skipDatedRelayLeft(ctx: SentenceContext, j: number): number {
  const { tokens } = ctx;
  if (tokens[j]?.text !== ',' || ctx.quoted[j]) return j;
  let k = j - 1;
  while (k >= 1 && j - k <= MAX_APPOSITIVE_TOKENS && tokens[k]?.text !== ',') {
    if (ctx.quoted[k] || tokens[k]?.type === 'quote' || breaksClause(tokens, k)) return j;
    k--;
  }
  if (tokens[k]?.text !== ',' || !relayAside(ctx, k + 1)) return j;
  const dated = skipTimeLeft(ctx, k);
  if (dated < k - 1) return dated;
  // "Kementerian itu dalam pernyataannya, seperti dilansir Statenews, menyatakan": the
  // occasion before the relay is no more the source's than the relay is.
  const occasion = skipOccasionLeft(ctx, k - 1);
  return occasion < k - 1 ? occasion : j;
}

/** "Melati (nama samaran) mengatakan": the note saying the name is made up, in parentheses
 * ending at token `j`, is skipped to the name (stage pseudonym reads it after the span). */
function skipMadeUpNameNote(ctx: SentenceContext, j: number): number {
  if (ctx.quoted[j]) return j;
  const open = madeUpBracketOpen(ctx, j);
  return open === null ? j : open - 1;
}

/** Words of a note in parentheses after a name ("(pictured)", "(transliteration)"). */
const MAX_NOTE_WORDS = 3;

/** "Ana Lind (pictured) said", "a resident surnamed Cai (transliteration) told": a note of
 * lower-case words in parentheses, ending at token `j`, is skipped to the name before it. */
function skipLowerNoteLeft(ctx: SentenceContext, j: number): number {
  const { tokens } = ctx;
  if (tokens[j]?.text !== ')' || ctx.quoted[j]) return j;
  let k = j - 1;
  while (k > j - 1 - MAX_NOTE_WORDS && tokens[k]?.type === 'word' && !tokens[k]?.cap) k--;
  return k < j - 1 && tokens[k]?.text === '(' && !ctx.quoted[k] ? k - 1 : j;
}

/** The comma opening the appositive that ends at the comma `j` (or where the search stopped);
 * null when a quote outside a relative clause ends it. */
function appositiveCommaLeft(ctx: SentenceContext, j: number): number | null {
  const { tokens } = ctx;
  let k = j - 1;
  // A dash or colon ends the search: "Jakarta, CNN Indonesia -- Menteri ..., mengakui".
  // So does a quote, unless a relative clause holds it: 'Lin Oda, who was called "the
  // baron", said' (the words quoted are a name for the speaker, not the claim).
  let quote = -1;
  while (
    k >= 0 &&
    j - k <= MAX_APPOSITIVE_TOKENS &&
    (tokens[k]?.text !== ',' || ctx.quoted[k] || digitGroupComma(tokens, k)) &&
    !breaksClause(tokens, k)
  ) {
    if (tokens[k]?.type === 'quote') quote = k;
    k--;
  }
  if (quote >= 0 && !relativeBefore(ctx, k + 1, quote)) return null;
  const opening = relativeClauseOpening(ctx, k, j, MAX_APPOSITIVE_TOKENS, (m) =>
    breaksClause(tokens, m),
  );
  if (opening !== null) k = opening;
  // "NAME, a professor at X University, Kansas, United States, said": a place after a
  // comma still belongs to the appositive; look further back, one comma per place part.
  k = placePartsLeft(ctx, k, j, MAX_APPOSITIVE_TOKENS);
  // "Roe, a collector of maps, old coins, and stamps, said": the list's commas; "Rudi, S.H.,".
  if (tokens[k]?.text === ',') k = degreesLeft(ctx, listItemsLeft(ctx, k, j));
  return k;
}

/** "Mark Ode, 58, a welder who lives in Gary, Indiana, and who voted twice, said": a relative
 * clause joined by "and" after a comma goes on describing the same person, so the appositive
 * opens before it (each part measured on its own). */
function joinedRelativeLeft(ctx: SentenceContext, k: number): number {
  const { tokens, pack } = ctx;
  while (
    k > 1 &&
    tokens[k]?.text === ',' &&
    !ctx.quoted[k + 1] &&
    pack.coordinators.has(tokens[k + 1]?.lower ?? '') &&
    pack.relativePronouns.has(tokens[k + 2]?.lower ?? '')
  ) {
    const back = appositiveCommaLeft(ctx, k);
    if (back === null || back >= k || tokens[back]?.text !== ',') break;
    k = back;
  }
  return k;
}

/**
 * The source phrase ending right before token `verb` ("Duta Besar ... Santosa" in
 * "... Santosa mengatakan"). Skips adverbs ("telah", "also"); takes in one appositive
 * ("Jones, a Navy veteran, said") and a role before a name ("Ketua Umum Apindo, Rina ...").
 */
export function sourceBefore(ctx: SentenceContext, verb: number): Span | null {
  return sourceBeforeKept.get(ctx, verb, () => sourceBeforeAnew(ctx, verb));
}

/** Phrases found per sentence and verb: the rules ask for the same verb's several times. */
const sourceBeforeKept = new SpanMemo<Span | null>();

function sourceBeforeAnew(ctx: SentenceContext, verb: number): Span | null {
  const { tokens } = ctx;
  let j = skipAdverbsLeft(ctx, verb - 1);
  // "26 percent said", "More than six in 10 also say": a poll's share of respondents is the
  // whole subject (its figures are no date's, nor a name's part).
  const share = shareBefore(ctx, j);
  if (share) return share;
  j = skipHedgeLeft(ctx, j);
  j = skipTimeLeft(ctx, j);
  // "Scholars, however, say": a discourse word set off by commas belongs to neither.
  if (
    tokens[j]?.text === ',' &&
    tokens[j - 2]?.text === ',' &&
    !ctx.quoted[j - 1] &&
    ctx.pack.openers.matchAt(tokens, j - 1, j) === 1
  )
    j -= 3;
  j = skipAdverbsLeft(ctx, j);
  j = skipAsidesLeft(ctx, j);
  j = skipDashAside(ctx, j);
  j = skipDatedRelayLeft(ctx, j);
  // "Budi Santoso, S.E., M.M., mengatakan": the degrees after the name are no appositive.
  const degrees = degreesLeft(ctx, j);
  if (degrees < j) j = degrees - 1;
  j = skipGapsLeft(ctx, j);
  j = skipMadeUpNameNote(ctx, j);
  j = skipLowerNoteLeft(ctx, j);
  const titled = j >= 0 ? titledWorkLeft(ctx, j) : null;
  if (titled) return titled;
  if (j < 0 || ctx.quoted[j]) return null;
  let end = j + 1;
  let start: number;
  let listTail: number | null;
  if (tokens[j]?.text === ',') {
    // Appositive: NAME, APPOSITIVE, verb
    const opened = appositiveCommaLeft(ctx, j);
    if (opened === null) return null;
    const k = joinedRelativeLeft(ctx, opened);
    if (k < 1 || tokens[k]?.text !== ',' || k === j - 1) return null;
    start = collectLeft(ctx, k - 1);
    // "However, delegates met envoy Mara Quist, who said": an opener before the first comma
    // names no one; the words between the commas are a clause, no appositive.
    if (start === 0 && ctx.pack.openers.matchAt(tokens, 0, k) === k) return null;
    const relative = ctx.pack.relativePronouns.has(tokens[k + 1]?.lower ?? '');
    // "A diplomat based in Geneva, who ...": a place's name is no speaker before the clause.
    const placed = [start - 1, start].some((i) => ctx.pack.locatives.has(tokens[i]?.lower ?? ''));
    if ((start > k - 1 || placed) && relative) start = placedPersonLeft(ctx, k - 1) ?? start;
    // "Seorang pejabat BUMN farmasi, yang enggan disebut namanya, mengatakan": words no
    // lexicon lists describe the person before the relative clause, as they do with no comma.
    if (start > k - 1 && relative) start = Math.min(start, describedIndefiniteLeft(ctx, k, k));
    if (start > k - 1) {
      // "pihak aplikator ojol, PT Gerak Cepat Indonesia, menyatakan": the words before the
      // first comma are no source; a name between the commas is.
      const inner = collectLeft(ctx, j - 1);
      const handle = j === k + 2 && isCodedHandle(tokens[k + 1]); // "one buyer, elmo666,"
      if (!handle && (inner !== k + 1 || !hasNameish(ctx, { start: inner, end: j }))) return null;
      // "Maskapai pelat merah, Garuda Nusantara, menyatakan": an institution's noun opening
      // the words before the comma says what the name is; they stay in the phrase. So do
      // unnamed people's words with their qualifiers ("Warga lain, Slamet, mengatakan").
      start = describedPeopleLeft(ctx, k, j) ?? k + 1;
    } else if (relative || NUMBER.test(spanText(ctx, { start, end: k }))) {
      // "Janet Cole, 67, who has lived on Orchard Lane ..., said", "Kim Roe, of Avon, who
      // ..., said", "Cole, 67, a nurse, said": the name before the age or the home town.
      const links = ctx.pack.employerLinks;
      const at = links.has(tokens[start - 1]?.lower ?? '') ? start - 1 : start;
      const aside =
        NUMBER.test(spanText(ctx, { start, end: k })) || links.has(tokens[at]?.lower ?? '');
      if (aside && tokens[at - 1]?.text === ',' && at >= 2) {
        const named = collectLeft(ctx, at - 2);
        if (named <= at - 2) start = named;
      }
    }
    // "Maskapai pelat merah, Garuda Nusantara, menyatakan", "Produsen ponsel asal Korea,
    // Samsung, mengklaim": an institution's noun opening the words before the comma says
    // what the name is; they stay in the phrase.
    const institution = institutionNounBefore(ctx, k);
    if (institution !== null && institution < start) start = institution;
    end = j;
    // "Presiden Putin, seperti dikutip RIA Novosti, mengatakan": the commas hold a relay,
    // not an appositive; the speaker stands before them (the relay rule names the outlet).
    if (start <= k - 1 && relayAside(ctx, k + 1)) end = k;
    // "H. Atang Trisnanto, S.Ag., mengatakan": a degree after the name is no appositive.
    const degree = tokens[k + 1];
    if (
      k + 3 === j &&
      degree?.type === 'word' &&
      degree.lower.includes('.') &&
      ctx.pack.abbreviations.has(degree.lower) &&
      tokens[k + 2]?.text === '.'
    )
      end = k;
  } else if ((listTail = listTailAppositive(ctx, j)) !== null) {
    // "Roe, a collector of maps, old coins, and stamps says": no comma before the verb.
    start = collectLeft(ctx, listTail - 1);
    if (start > listTail - 1) return null;
  } else {
    start = collectLeft(ctx, j);
    // "PT X selaku pengembang menyatakan": an office in words no lexicon lists.
    if (start > j)
      return ownedOutletLeft(ctx, j) ?? speakerInCapacity(ctx, officeStart(ctx, j), j + 1);
    // "Seorang pekerja migran Indonesia mengatakan": the person described, not the country.
    start = describedIndefiniteLeft(ctx, start, j + 1);
    // "PT X Tbk, perusahaan pemilik kapal Y membantah": the institution, not a name inside.
    const institution = institutionBeforeOpenAppositive(ctx, start);
    if (institution) return institution;
  }
  start = roleDescriptionLeft(ctx, gluedCompoundLeft(ctx, start), end);
  start = addresseeAudienceLeft(ctx, start, end);
  start = joinPlaceList(ctx, joinNameList(ctx, roleQualifierLeft(ctx, start, end), end), end);
  start = joinSourceList(ctx, start, end);
  start = roleFieldBefore(ctx, start, end);
  start = coordinateModifiersLeft(ctx, start, end);
  // "Ketua Umum Apindo, Rina S Wulandari mengatakan": join a role phrase before a comma.
  const before = skipGapsLeft(ctx, start - 1);
  if (before >= 1 && tokens[before]?.text === ',') {
    // "Kepala Dinas Pekerjaan Umum kota, Siti Rahmawati, mengatakan": a word qualifying the
    // office may close the role phrase.
    const qualified =
      ctx.pack.data.adjectivesAfterNoun && before >= 2 && plainWord(ctx, before - 1);
    const prevStart = qualified ? collectLeft(ctx, before - 2) : collectLeft(ctx, before - 1);
    const prev = { start: prevStart, end: before };
    const here = { start, end };
    // "Seperti dilansir Xinhua, Menteri X mengatakan": the outlet before the comma relays.
    if (relayEndsAt(ctx, prevStart)) return nonEmpty(trimLeft(ctx, here));
    const aged = agedName(ctx, before);
    if (aged !== null && !tokens[start]?.cap) {
      // "Yusuf (15), siswa SMA Negeri 3 juga menilai": the name with the age, then who it is.
      start = aged;
    } else if (
      // "..., said official Jane Doe, Statenews reported": an outlet after the comma is no
      // name for the role before it.
      prevStart < before &&
      hasRole(ctx, prev) &&
      !hasRole(ctx, here) &&
      hasNameish(ctx, here) &&
      !outletPhrase(ctx, here)
    ) {
      start = prevStart;
    } else if (
      prevStart < before &&
      hasRole(ctx, here) &&
      isBareName(ctx, afterOpener(ctx, prev))
    ) {
      // "Halvorsen, a member of the ... Board, which ..., described": NAME, ROLE. An opener
      // before the name is no part of it ("Sementara Dimas S. Pratama, Ketua ...").
      start = prevStart;
    }
  }
  start = placedSpeaker(ctx, objectThenSubject(ctx, start, end));
  const owned = ownedOutletLeft(ctx, start);
  if (owned) return owned;
  const capacity = speakerInCapacity(ctx, start, end);
  if (capacity) return capacity;
  return nonEmpty(
    dropOpeningTime(
      ctx,
      trimLeft(ctx, { start: outletLeadLeft(ctx, roleToWhom(ctx, start), end), end }),
    ),
  );
}

/**
 * "Experts questioned the plan and the Pentagon concedes ...", "launched by the North and
 * the Pentagon concedes": a phrase right after a lower-case verb or preposition is its
 * object, so the source starts after the coordinator; "Rights groups and exiles say" opens
 * its clause and stays whole.
 */
function objectThenSubject(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  const before = tokens[start - 1];
  if (
    !before ||
    before.type !== 'word' ||
    before.cap ||
    ctx.quoted[start - 1] ||
    pack.determiners.has(before.lower) ||
    pack.connectors.has(before.lower) ||
    pack.adverbs.has(before.lower) ||
    pack.openers.has(before.lower)
  )
    return start;
  for (let k = end - 2; k > start; k--) {
    const t = tokens[k] as Token;
    if (pack.coordinators.has(t.lower) && pack.determiners.has(tokens[k + 1]?.lower ?? ''))
      return k + 1;
  }
  return start;
}

const nonEmpty = (span: Span): Span | null => (span.start < span.end ? span : null);

/** The span without the discourse word opening it ("Sementara Dimas Pratama"). */
function afterOpener(ctx: SentenceContext, span: Span): Span {
  const t = ctx.tokens[span.start];
  const opener = t?.type === 'word' && !ctx.quoted[span.start] && ctx.pack.openers.has(t.lower);
  return opener ? { start: span.start + 1, end: span.end } : span;
}

/** Longest relay phrase in the packs, in tokens ("seperti dilansir dari"). */
const MAX_RELAY_TOKENS = 4;
/** Longest phrase of answering a question ("in response to a question from"). */
const MAX_ANSWER_TOKENS = 6;

/** Does a relay phrase ("seperti dilansir", "citing") end right before token `at`? */
function relayEndsAt(ctx: SentenceContext, at: number): boolean {
  const { pack, tokens } = ctx;
  for (let k = Math.max(0, at - MAX_RELAY_TOKENS); k < at; k++) {
    if (pack.relays.matchAt(tokens, k, at) === at - k) return true;
  }
  // "Responding to a question from Xinhua, the spokesman said": the outlet asked.
  for (let k = Math.max(0, at - MAX_ANSWER_TOKENS); k < at; k++) {
    if (pack.questionAnswers.matchAt(tokens, k, at) === at - k) return true;
  }
  return false;
}
