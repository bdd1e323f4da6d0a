/**
 * The lexicon phrase heading a span with no name decides its kind: state media, unnamed
 * officials, anonymous sources, documents, bodies, organizations, media, places. A generic
 * description pointing back ("the company", "the report", "the person") is the one named
 * before.
 */
import type { Analysis } from '../analysis';
import { KIND_OF, type Hit } from '../lexicon';
import { outletPointedBack } from '../outlet-back';
import { outletAgain } from '../outlet-again';
import { outletDescribed } from '../outlet-described';
import { namedOutletId, namedWebsite, nationalPaper } from '../outlet-head';
import { oneOfBodysPeople, placedPeople, servingOffice } from '../placed-people';
import { describedAnew, ownWords, pointedSource, sameSource } from '../pointed-unnamed';
import { stateAgency } from '../state-agency';
import { inTitleName, namedGroup } from '../title-name';
import { ALL_CAPS } from '../tokens';
import type { SourceKind } from '../../report';
import type { FoundSource } from '../types';
import { NOT_A_SOURCE, type Stage } from './types';

/** A link word ("of") right after the head at `after`, and an organization's word the first of
 * the lexicon's after it: the head is made of organizations. */
function madeOfOrganizations(a: Analysis, after: number): boolean {
  const { tokens, pack } = a.ctx;
  if (!pack.claimNounLinks.has(tokens[after]?.lower ?? '')) return false;
  const next = a.hits().find((h) => h.at > after);
  return next?.table === 'organizations';
}

/** The span ends, right after the body's word (and an abbreviation's dot: "U.N. planners"),
 * with a plural noun for people by its ending. */
function bodysPeople(a: Analysis, at: number): boolean {
  let after = at;
  while (a.ctx.tokens[after]?.text === '.' && after < a.span.end - 1) after++;
  const last = a.ctx.tokens[after];
  if (after !== a.span.end - 1 || !last || last.cap || last.type !== 'word') return false;
  // "State prosecutors", "government regulators": a plural that is itself a body's word names
  // that body, as "federal prosecutors" does.
  if (a.ctx.pack.bodies.matchAt(a.ctx.tokens, after, after + 1) === 1) return false;
  const plural = (suffix: string) =>
    last.lower.length > suffix.length + 2 && last.lower.endsWith(suffix);
  return a.ctx.pack.data.pluralPersonSuffixes.some(plural);
}

/** The span ends with one acronym right after the head, in no lexicon ("agent GAX"). */
function tradeAcronym(a: Analysis, after: number): boolean {
  // Where modifiers follow the noun, an acronym there qualifies it ("korban KDRT").
  if (a.ctx.pack.data.adjectivesAfterNoun) return false;
  const t = a.ctx.tokens[after];
  if (after !== a.span.end - 1 || !t || t.type !== 'word' || !ALL_CAPS.test(t.text)) return false;
  return !a.hits().some((h) => h.at + h.len > after);
}

/** A field of state power next to the source noun ("diplomatic sources", "sumber
 * intelijen": before it, or after it where modifiers follow the noun), not one elsewhere in
 * the span ("industry sources and security experts"). */
function domainBeside(a: Analysis, at: number, len: number): boolean {
  const { tokens, pack } = a.ctx;
  if (pack.data.adjectivesAfterNoun)
    return pack.officialDomains.matchAt(tokens, at + len, a.span.end) > 0;
  for (let from = Math.max(a.span.start, at - 2); from < at; from++)
    if (from + pack.officialDomains.matchAt(tokens, from, at) === at) return true;
  return false;
}

/** "Staffers for the senator", "a staffer to Governor Roe": the people serve an office
 * named after the word tying them to it (the principal's name, if any, is not theirs). */
function servesOffice(a: Analysis, after: number): boolean {
  const { tokens, pack } = a.ctx;
  if (!pack.principalLinks.has(tokens[after]?.lower ?? '')) return false;
  return a
    .hits()
    .some((h) => h.at > after && (h.table === 'roles' || h.table === 'unnamedOfficials'));
}

/** A body's word ends right before token `at`, only an abbreviation's dot between ("U.N."),
 * a rank may stand between ("the ministry's senior lawyer"); with a rank, a country's
 * possessive names its state's officer ("Peru's top lawyer"; "Peru's lawyers" no). */
function bodyRightBefore(a: Analysis, at: number): boolean {
  const { tokens, pack } = a.ctx;
  let end = at;
  while (end > a.span.start && pack.modifiers.has(tokens[end - 1]?.lower ?? '')) end--;
  return a.hits().some((h) => {
    const last = tokens[h.at + h.len - 1];
    const owner = last !== undefined && last.base !== last.lower;
    const country = h.table === 'places' && owner && end < at;
    if ((h.table !== 'bodies' && !country) || h.at >= end) return false;
    for (let k = h.at + h.len; k < end; k++) if (tokens[k]?.text !== '.') return false;
    return true;
  });
}

/** "One user", "another user", "a Weibo user": a word for whoever uses a thing speaks only as
 * a particular one, counted or placed on a site; "the user", "each user" is anyone. */
function particular(a: Analysis, at: number, len: number): boolean {
  const { tokens, pack } = a.ctx;
  if (pack.genericPersonNouns.matchAt(tokens, at, at + len) !== len) return true;
  const first = tokens[a.span.start]?.lower ?? '';
  if (!pack.singularDeterminers.has(first)) return false;
  return !pack.roleArticles.has(first) || tokens.slice(a.span.start + 1, at).some((t) => t.cap);
}

/** A word firms share with government, a portfolio right before it ("transport committee"),
 * or pointing back to a mention of it with one ("the committee" after "findings from the
 * city's transport committee"). */
function portfolioBody(a: Analysis, at: number, len: number): boolean {
  const { pack, tokens, referents } = a.ctx;
  if (len !== 1 || pack.portfolioBodyNouns.matchAt(tokens, at, at + 1) !== 1) return false;
  if (a.hits().some((h) => h.table === 'portfolios' && h.at + h.len === at)) return true;
  if (!a.pointing() || a.words.length > 2) return false;
  const word = tokens[at]?.lower ?? '';
  const earlier = referents.byWords([word])?.text.toLowerCase().split(/\s+/u) ?? [];
  const k = earlier.indexOf(word);
  return k > 0 && pack.portfolios.has(earlier[k - 1] ?? '');
}

/** The noun or its plural stands in the text; no verb made of it ("KCNA reported"). */
function wordIn(text: string, word: string): boolean {
  return text
    .toLowerCase()
    .split(/\P{L}+/u)
    .some((w) => w === word || w === `${word}s`);
}

/** How many sentences back "the article" may point to the outlet that wrote it. */
const PIECE_WINDOW = 2;

/** "The article said" after "a commentary in the Daily Star said": the outlet's own piece,
 * so the outlet speaks again (media, or state media when the state runs it). Only an
 * outlet's kind of journalism with no possessive, and only when the outlet, not another document, wrote last. */
function outletPiece(
  a: Analysis,
  kind: SourceKind | null,
  at: number,
  len: number,
): FoundSource | null {
  const { ctx, words } = a;
  if (kind !== 'document' || !a.pointing() || words.slice(1).some((w) => w.cap)) return null;
  // "its website" is whoever "it" is, not the outlet that wrote last.
  if (a.lowers.some((w) => ctx.pack.possessives.has(w))) return null;
  const word = ctx.tokens
    .slice(at, at + len)
    .map((t) => t.lower)
    .join(' ');
  const near = ctx.pack.nearPieces.has(word);
  if (!near && !ctx.pack.outletPieces.has(word)) return null;
  const r = ctx.referents.lastWriter();
  if (!r || (r.kind !== 'media' && r.kind !== 'state_media')) return null;
  const window = near ? 1 : PIECE_WINDOW;
  if (ctx.index - (r.sentence ?? -window - 1) > window) return null;
  // "The ministry issued a report, Xinhua said. The report said ...": the ministry's (not
  // when that report was read as the outlet's own the sentence before).
  if (near && ctx.previous && wordIn(ctx.previous, word) && !wordIn(r.text, word)) return null;
  return a.found(r.kind, 'lexicon-head/outlet-piece', {
    outlet: r.outlet,
    resolvesTo: r.name ?? r.text,
  });
}

/** "The paper said", "told the agency": one outlet's word with "the" points back to the
 * outlet that last spoke or was told (state media when the state runs it), unless a body of
 * that word was named ("the agency" after "the Environmental Protection Agency"). Indonesian
 * puts the word first and the pointing word after it ("Kantor berita itu menambahkan"). */
function outletNoun(a: Analysis, kind: SourceKind): FoundSource | null {
  const { ctx, span } = a;
  const { pack, referents } = ctx;
  // "The agency, which is close to the Guards, said": the words before a relative clause.
  const clause = a.clauseComma();
  const end = clause > 0 ? clause : span.end;
  const words = ctx.tokens.slice(span.start, end).filter((t) => t.type === 'word');
  const lowers = words.map((w) => w.lower);
  const last = lowers[lowers.length - 1] ?? '';
  if (words.length > 3 || !lowers.some((w) => pack.anaphoricMarkers.has(w))) return null;
  const first = pack.outletNouns.matchAt(ctx.tokens, span.start, end);
  const pointedFirst = first > 0 && lowers.slice(first).every((w) => pack.anaphoricMarkers.has(w));
  // "the TV station": a media phrase of two words or more ending the phrase points back too.
  let mediaPhrase = false;
  for (let k = span.start; k < end && !mediaPhrase; k++) {
    const len = pack.media.matchAt(ctx.tokens, k, end);
    mediaPhrase = len > 1 && k + len === end;
  }
  if (!pack.outletNouns.has(last) && !pointedFirst && !mediaPhrase) return null;
  // A capital names an outlet of its own, unless it is a media word's ("the TV station").
  const named = words.slice(1).some((w) => w.cap && !pack.media.has(w.lower));
  if (named || lowers.some((w) => pack.possessives.has(w))) return null;
  // "the planning agency", "the space agency": a word saying what the body does makes it one
  // of the state's; only a media or state-outlet word may stand there ("the news agency").
  const modifiers = pointedFirst
    ? []
    : lowers.slice(0, -1).filter((w) => !pack.anaphoricMarkers.has(w));
  // "the party newspaper" after "Rodong Sinmun, the ruling party's daily": a body's word there
  // says whose outlet it is, so it points back only to an outlet the state runs.
  const other = modifiers.filter((w) => !pack.media.has(w) && !pack.stateOutletModifiers.has(w));
  if (other.some((w) => !pack.bodies.has(w))) return null;
  if (kind === 'official_body' && referents.byWords([last])?.kind === 'official_body') return null;
  const r = outletPointedBack(ctx);
  if (!r || (other.length > 0 && r.kind !== 'state_media')) return null;
  return a.found(r.kind, 'lexicon-head/outlet-noun', {
    outlet: r.outlet,
    resolvesTo: r.name ?? r.text,
  });
}

/** "Syrian television quoted ..." after "Syrian state-run television said ...": the outlet
 * the article said the state runs, named again without saying so (its country's word and its
 * media word), is still state media. Never a guess from the name alone. */
function stateShortName(a: Analysis, kind: SourceKind): FoundSource | null {
  const { ctx, words } = a;
  if (kind !== 'media' || words.length > 3 || a.mention()) return null;
  const needles = words.filter((w) => !ctx.pack.determiners.has(w.lower));
  if (!needles.some((w) => w.cap)) return null;
  const r = ctx.referents.byWords(needles.map((w) => w.text));
  if (r?.kind !== 'state_media') return null;
  return a.found('state_media', 'lexicon-head/earlier-state', {
    outlet: r.outlet,
    resolvesTo: r.name ?? r.text,
  });
}

/** Words of a phrase closing the span that says it is the one named before ("sumber yang
 * sama"), or 0; -1 when the phrase follows the span (read as a clause about its noun). */
function sameLength(a: Analysis): number {
  const { ctx, span } = a;
  if (ctx.pack.sameMarkers.matchAt(ctx.tokens, span.end) > 0) return -1;
  for (let k = span.start + 1; k < span.end; k++)
    if (ctx.pack.sameMarkers.matchAt(ctx.tokens, k, span.end) === span.end - k) return span.end - k;
  return 0;
}

export const lexiconHead: Stage = {
  id: 'lexicon-head',
  decide(a: Analysis) {
    const head = a.head();
    let kind = head ? KIND_OF[head.table] : null;
    const { ctx, words, lowers, text } = a;
    const { pack, tokens, referents } = ctx;
    // "Some in the party", "someone in the ministry", "a person at the ministry": people of a
    // body or a place, not the body; members of a government body are its officials.
    if (placedPeople(a)) {
      // A country or capital there is where they live ("people in Veloria"), not a body; so is
      // a body's word that names a place too ("many in the city").
      const place = (h: Hit) =>
        h.table === 'places' || pack.placeNouns.has(tokens[h.at]?.lower ?? '');
      if (a.hits().some((h) => KIND_OF[h.table] === 'official_body' && !place(h)))
        return a.found('unnamed_official', 'lexicon-head/some-in');
      if (kind === 'official_body' && head && place(head)) kind = null;
      if (kind === null || kind === 'organization')
        return a.found('anonymous', 'lexicon-head/some-in');
    }
    if (!head || !kind) return null;
    // "A coalition of rights groups", "a coalition of 20 NGOs": a collective body's word whose
    // members are organizations is one of them.
    if (kind === 'official_body' && madeOfOrganizations(a, head.at + head.len))
      kind = 'organization';
    // "Norland's National Intelligence Service": a word firms use too, owned by a state.
    if (kind === 'organization' && stateAgency(a)) kind = 'official_body';
    // "Central bank policymakers", "Pentagon planners": a body's word qualifying a plural noun
    // for people no lexicon lists names some of its people, unnamed officials.
    const after = head.at + head.len;
    if (kind === 'official_body' && bodysPeople(a, after))
      return a.found('unnamed_official', 'lexicon-head/body-people');
    // One of them ("a Pentagon planner") too.
    const one = kind === 'official_body' ? oneOfBodysPeople(a, after) : null;
    if (one) return a.found(one, 'lexicon-head/body-people');
    if (kind === 'anonymous' && !particular(a, head.at, head.len)) return NOT_A_SOURCE;
    // "shipping agent GAX said", "car dealer MVX said": an acronym closing the phrase right
    // after a trade's word is the firm in that trade, not an unnamed person.
    if (kind === 'anonymous' && tradeAcronym(a, head.at + head.len))
      return a.found('organization', 'lexicon-head/trade-acronym');
    // "Sources at the ministry", "sumber di Kementerian Keuangan", "sumber yang dekat dengan
    // Istana": a source inside or close to a government body is one of its officials; so is
    // one of a field of state power ("a diplomatic source", "sumber intelijen").
    if (
      kind === 'anonymous' &&
      pack.sourceNouns.find(tokens, head.at, head.at + head.len) &&
      (a.hits().some((b) => b.table === 'bodies') ||
        domainBeside(a, head.at, head.len) ||
        servesOffice(a, head.at + head.len))
    )
      kind = 'unnamed_official';
    // "U.N. experts", "the ministry's lawyers": people a body employs, the body's word right
    // before them, are its unnamed officials ("security experts" are not).
    if (
      kind === 'anonymous' &&
      pack.bodyPeople.matchAt(tokens, head.at, head.at + head.len) === head.len &&
      bodyRightBefore(a, head.at)
    )
      kind = 'unnamed_official';
    // "Advisers to the president": people serving an office are its unnamed officials.
    if (kind === 'anonymous' && servingOffice(a, head.at, head.len)) kind = 'unnamed_official';
    // "Seorang pengelola": a word counting people makes the operator's word one of its people.
    if (kind === 'organization' && pack.personCounters.matchAt(tokens, a.span.start) > 0)
      kind = 'anonymous';
    // "seorang polisi": counted as a person, a body's word is one of its officials; "kalangan
    // DPR", its circles, some of them.
    const counted =
      pack.personCounters.matchAt(tokens, a.span.start) > 0 ||
      pack.circleWords.matchAt(tokens, a.span.start) > 0;
    if (kind === 'official_body' && counted) kind = 'unnamed_official';
    // "kalangan perbankan": the circles of a trade are unnamed people, not a firm.
    if (kind === 'organization' && pack.circleWords.matchAt(tokens, a.span.start) > 0)
      kind = 'anonymous';
    // "Doctors Without Borders", "the charity Doctors Without Borders": a word for unnamed
    // people written with a capital inside a title-case name is the name's, an organization.
    if ((kind === 'anonymous' || kind === 'unnamed_official') && inTitleName(a, head.at, head.len))
      kind = 'organization';
    if (kind === 'anonymous' && namedGroup(a, head.at, head.len)) kind = 'organization';
    // "An influential Chinese paper said": a word both a study and a newspaper go by, a
    // nation's word right before it, is a newspaper ("a Chinese research paper" stays a study).
    if (kind === 'document' && nationalPaper(a, head.at, head.len)) kind = 'media';
    if (kind === 'document' && namedWebsite(a, head.at, head.len)) kind = 'media';
    // "Unconfirmed reports said": reports nobody stands behind leave the claim unattributed.
    const before = tokens[a.span.start - 1]?.lower ?? '';
    if (
      (kind === 'media' || kind === 'anonymous' || kind === 'document') &&
      (pack.unconfirmedMarkers.has(before) || lowers.some((w) => pack.unconfirmedMarkers.has(w)))
    )
      return a.found('unattributed', 'lexicon-head/unconfirmed');
    // "the Shenzhen transport committee": a committee a portfolio names is a public body.
    if (kind === 'organization' && portfolioBody(a, head.at, head.len)) kind = 'official_body';
    const piece =
      outletPiece(a, kind, head.at, head.len) ??
      outletDescribed(a, kind, head.at, head.len) ??
      outletNoun(a, kind) ??
      stateShortName(a, kind) ??
      outletAgain(a, kind, head.at);
    if (piece) return piece;
    let resolvesTo: string | null = null;
    // "the British Beer and Pub Association" is a name of its own, not a description.
    const generic = words.slice(1).every((w) => !w.cap);
    if (
      a.pointing() &&
      generic &&
      (kind === 'organization' || kind === 'document' || kind === 'official_body')
    ) {
      // "The department said" after "the Commerce Department said": the body named before
      // with that word in its name (a ministry is no earlier Pentagon).
      const headWords = words
        .filter((w) => !pack.anaphoricMarkers.has(w.lower) && !pack.determiners.has(w.lower))
        .map((w) => w.text);
      const named = kind === 'official_body' ? referents.byWords(headWords) : null;
      // "The board said" after "the Dunmore school board said": a word both firms and public
      // bodies use points back to the body named with it.
      const owned = lowers.some((w) => pack.possessives.has(w));
      const body = kind === 'organization' && !owned ? referents.byWords(headWords) : null;
      if (body?.kind === 'official_body') kind = 'official_body';
      // "Lembaga itu menilai" after a public body spoke: a word both go by is the last of either.
      const either =
        kind === 'organization' &&
        !body &&
        pack.eitherInstitutionNouns.matchAt(tokens, head.at, head.at + head.len) === head.len
          ? referents.lastInstitution()
          : null;
      if (either) kind = either.kind;
      // "The city council resolution says" after "Court papers identify": a document described
      // by words of its own is the last one only when that one went by the same noun, or when
      // a word points back ("surat elektronik itu").
      const headNoun = tokens
        .slice(head.at, head.at + head.len)
        .map((t) => t.lower)
        .join(' ');
      const lastDocument = kind === 'document' ? referents.lastOfKind(kind) : null;
      const otherNoun =
        headWords.length > 1 &&
        !lowers.some((w) => pack.anaphoricMarkers.has(w) && !pack.nounMarkers.has(w)) &&
        !` ${lastDocument?.text.toLowerCase()} `.includes(` ${headNoun} `);
      const r =
        either ??
        (kind === 'official_body'
          ? (named ?? body)?.kind === 'official_body'
            ? (named ?? body)
            : null
          : kind === 'document'
            ? otherNoun
              ? null
              : lastDocument
            : referents.lastOfKind(kind));
      resolvesTo = r && r.text !== text ? (r.name ?? r.text) : null;
    } else if (
      (pack.anaphoricMarkers.has(lowers[0] as string) ||
        pack.anaphoricMarkers.has(a.lastWord) ||
        sameLength(a) !== 0) &&
      ownWords(a).length <= 3 &&
      generic &&
      (kind === 'anonymous' || kind === 'unnamed_official')
    ) {
      // "the person said" after "One person familiar with the bids said"; "the source
      // added" after "a government source said" is that source, official or not ("sumber
      // yang sama" too).
      const headWords = ownWords(a)
        .slice(0, ownWords(a).length - Math.max(0, sameLength(a)))
        .filter((w) => !pack.anaphoricMarkers.has(w.lower) && !pack.determiners.has(w.lower))
        .map((w) => w.text);
      const same = referents.byWords(headWords);
      const unnamed = same?.kind === 'anonymous' || same?.kind === 'unnamed_official';
      // "Sumber itu menambahkan" after "Seorang pejabat kementerian mengatakan": the word for
      // a source as such points back to the last unnamed source, whatever word it went by.
      const asSource = pack.sourceNouns.matchAt(tokens, head.at, head.at + head.len) === head.len;
      const pointed = sameLength(a) !== 0 ? sameSource : pointedSource;
      const r = same && unnamed ? same : asSource ? pointed(a, head) : referents.lastOfKind(kind);
      resolvesTo = r && r.text !== text && !describedAnew(a, r.text) ? r.text : null;
      if (r && resolvesTo) kind = r.kind;
    }
    const basis = resolvesTo ? 'lexicon-head/points-back' : 'lexicon-head';
    return a.found(kind, basis, { outlet: namedOutletId(a), resolvesTo });
  },
};
