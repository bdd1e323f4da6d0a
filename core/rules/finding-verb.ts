/**
 * "The report concluded ...", "the appeals court has found that ...", "Hasil survei
 * lembaga itu mencatat bahwa ...", "dalam catatan sejumlah koperasi menunjukkan ...":
 * verbs that attribute only when a document or an institution is their subject
 * ("Rudi menunjukkan kepada tamunya sebuah perahu" is a person showing a boat).
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import {
  classify,
  documentAsideBefore,
  sourceBefore,
  type FoundSource,
  type Span,
} from '../source';
import { plainClauseAt } from './bare-stance';
import { openingDocumentBeforeAgent } from './opening-document-agent';
import { picturesCarrier, picturesPointedAt } from './pictures-pronoun';
import { relayVia } from './relayed';
import { inException } from './speaker-verb';
import type { Candidate, Rule } from './types';
import { inCondition, matchesOutsideQuotes, candidateAt, unasserted } from './util';
import { documentSubject } from './document-subject';
import { UNNAMED_KINDS } from '../source-kind-groups';

const INSTITUTIONAL: ReadonlySet<SourceKind> = new Set([
  'document',
  'official_body',
  'organization',
  'media',
  'state_media',
]);
const OUTLETS: ReadonlySet<SourceKind> = new Set(['media', 'state_media']);
/** Subjects whose finding verbs may take a thing: companies. */
const THINGS_FOUND: ReadonlySet<SourceKind> = new Set(['organization']);

/** The token after any time words from `i` ("found Tuesday that"). */
function afterTime(ctx: SentenceContext, i: number): number {
  while (ctx.pack.timeWords.has(ctx.tokens[i]?.lower ?? '')) i++;
  return i;
}

/** The token after any time words and adverbs from `i`, and one adverb set off by commas
 * ("found Tuesday that", "suggest however that", "suggest, however, that"). */
function afterAside(ctx: SentenceContext, i: number): number {
  const { tokens, pack } = ctx;
  const skipped = (k: number) =>
    !ctx.quoted[k] &&
    (pack.timeWords.has(tokens[k]?.lower ?? '') || pack.adverbs.has(tokens[k]?.lower ?? ''));
  if (tokens[i]?.text === ',' && skipped(i + 1) && tokens[i + 2]?.text === ',') i += 3;
  while (skipped(i)) i++;
  return i;
}

/** "speaking on a local radio show", "a rare find": a form for a plural subject after a
 * subject opened by a singular determiner, its last word singular, is a compound's noun. */
function compoundNoun(ctx: SentenceContext, span: Span, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  if (len !== 1 || !pack.pluralFindingForms.has(tokens[at]?.lower ?? '')) return false;
  if (!pack.singularDeterminers.has(tokens[span.start]?.lower ?? '')) return false;
  const head = tokens[at - 1]?.lower ?? '';
  return !pack.data.rolePluralEndings.some((e) => head.endsWith(e));
}

/** A complementizer right after the verb, or a quotation after it. */
function reportsWords(ctx: SentenceContext, i: number): boolean {
  if (ctx.pack.complementizers.has(ctx.tokens[i]?.lower ?? '')) return true;
  return ctx.tokens.slice(i).some((t) => t.type === 'quote');
}

/** A modal of a supposed case right before the verb, adverbs skipped ("would show"). */
function hypothetical(ctx: SentenceContext, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && ctx.pack.adverbs.has(ctx.tokens[i]?.lower ?? '')) i--;
  return ctx.pack.hypotheticalModals.has(ctx.tokens[i]?.lower ?? '');
}

/** A source whose head names people who search a place: its last word ("Arlington police",
 * "SWAT officers"), or its first where describing words follow the noun ("Tim SAR gabungan",
 * "Polisi"). */
function searchers(ctx: SentenceContext, span: Span): boolean {
  const { tokens, pack } = ctx;
  if (pack.data.adjectivesAfterNoun) return pack.searchingBodies.matchAt(tokens, span.start) > 0;
  return pack.searchingBodies.has(tokens[span.end - 1]?.lower ?? '');
}

/** An object or a preposition at `i`, with no clause or quotation after the verb: "ruled the
 * country", "ruled in favor of ...", not "ruled the levy was illegal" nor "ruled it had ...". */
function decisionAfter(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  const lower = tokens[i]?.lower ?? '';
  if (reportsWords(ctx, i)) return false;
  // "ruled on Tuesday that ...": a preposition's phrase may stand before the "that".
  if (pack.locatives.has(lower) || pack.nonClauseOpeners.has(lower))
    return !tokens.some((t, k) => k > i && !ctx.quoted[k] && pack.complementizers.has(t.lower));
  return pack.nounMarkers.has(lower) && !plainClauseAt(ctx, i);
}

/** Words of an object before its "as": "identified the suspect as ...". */
/** Words of the first infinitive's phrase before "and" ("to form a government and"). */
const MAX_JOINED_WORDS = 6;

/** "tries to form a government and find a way": a plain form (no finite ending, no irregular
 * past) after "and", joined to an infinitive a few words back, names a purpose too. */
function joinedInfinitive(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  const lower = tokens[at]?.lower ?? '';
  const endings = pack.data.finiteVerbEndings;
  if (endings.some((e) => lower.endsWith(e)) || pack.irregularPasts.has(lower)) return false;
  const k = at - 1;
  if (ctx.quoted[k] || !pack.coordinators.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k - 1; j >= 0 && k - j <= MAX_JOINED_WORDS; j--) {
    const t = tokens[j];
    if (t?.type !== 'word' || ctx.quoted[j]) return false;
    if (pack.infinitiveMarkers.has(t.lower)) return true;
  }
  return false;
}

const MAX_OBJECT_WORDS = 4;

/**
 * "The official identified the suspect as Captain Ilse Varga", "... identified
 * him as a 34-year-old": an object, then a label marker and a name (capitalised) or "a"/"an"
 * person: who someone is, told by the source. "found the wreckage as rescuers arrived" opens
 * a clause instead.
 */
function identifies(ctx: SentenceContext, from: number, naming = false): boolean {
  const { tokens, pack } = ctx;
  // 'identified "too many tools" as the biggest challenge': a quoted object, then the label.
  if (tokens[from]?.type === 'quote') {
    let close = from + 1;
    while (close < tokens.length && ctx.quoted[close] && tokens[close]?.type !== 'quote') close++;
    const label = tokens[close + 2];
    return (
      tokens[close]?.type === 'quote' &&
      pack.labelMarkers.has(tokens[close + 1]?.lower ?? '') &&
      label?.type === 'word' &&
      (label.cap || pack.determiners.has(label.lower))
    );
  }
  // An object first, opened by an article or possessive ("residents identified ethnically
  // as ..." name themselves).
  // "identified them as ...": after a naming verb a pronoun object too.
  const pronoun = naming && pack.objectPronouns.has(tokens[from]?.lower ?? '');
  if (!pack.nounMarkers.has(tokens[from]?.lower ?? '') && !pronoun) return false;
  for (let k = from + 1; k <= from + MAX_OBJECT_WORDS && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return false;
    // The marker that is no article ("as"; "a" and "an" open the object or the label).
    if (!pack.labelMarkers.has(t.lower) || pack.singularDeterminers.has(t.lower)) continue;
    const label = tokens[k + 1];
    return (
      label !== undefined &&
      label.type === 'word' &&
      (label.cap || naming || pack.singularDeterminers.has(label.lower))
    );
  }
  return false;
}

export const findingVerb: Rule = {
  id: 'finding-verb',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.findingVerbs, { lowerOnly: true })) {
      // "the cast of the show": after a determiner the word is a noun, not a verb.
      if (ctx.pack.determiners.has(ctx.tokens[at - 1]?.lower ?? '') || inException(ctx, at))
        continue;
      // "legislation determined by the government": a participle with its agent, no finding;
      // "a ruling that would show ...", "the data could show": none made yet.
      if (ctx.pack.agentMarkers.has(ctx.tokens[at + len]?.lower ?? '') || unasserted(ctx, at))
        continue;
      if (hypothetical(ctx, at)) continue;
      // "posts that will identify the article as ...": a bare form after a modal finds nothing
      // yet.
      const bare = ctx.pack.objectFindingVerbs.matchAt(ctx.tokens, at) === len;
      if (bare && ctx.pack.bareVerbModals.has(ctx.tokens[at - 1]?.lower ?? '')) continue;
      // "After the API calls, the server updates": a verb that needs its object, right before
      // punctuation, is a plural noun.
      const objectVerb = ctx.pack.objectFindingVerbs.matchAt(ctx.tokens, at) === len;
      if (objectVerb && ctx.tokens[at + len]?.type === 'punct') continue;
      // "we plan to show its location", "polls the store to find tasks": an infinitive names a
      // purpose, no finding made.
      if (ctx.pack.infinitiveMarkers.has(ctx.tokens[at - 1]?.lower ?? '')) continue;
      if (joinedInfinitive(ctx, at)) continue;
      let found: { span: Span; source: FoundSource } | null =
        documentSubject(ctx, at) ?? documentAsideBefore(ctx, at);
      if (!found) {
        let span = sourceBefore(ctx, at);
        const prev = ctx.tokens[at - 1];
        if (!span && prev && ctx.pack.clauseRelatives.has(prev.lower))
          span = sourceBefore(ctx, at - 1);
        // "tries to form a government and find a way": a second verb joined to the first; the
        // words before the joining word are the first verb's object, no finder.
        if (span && ctx.pack.coordinators.has(ctx.tokens[span.end - 1]?.lower ?? '')) span = null;
        const source = span ? classify(ctx, span) : null;
        // "Researchers found that ...": with a complementizer the verb reports an unnamed
        // group's finding, not a thing found. A person's "showed that" is left out: in
        // features it is mostly history ("In 1936, Turing showed that ..."), not a source.
        // A day may stand between: "A judge ruled Tuesday that ...".
        const next = afterAside(ctx, at + len);
        // "Researchers found the river had warmed": a finite clause with no "that" reports
        // the finding as well; so do researchers named after their plural word ("Researchers
        // Ann Lee and Tom Vale found that ...", stage people-list).
        const naming = ctx.pack.namingFindingVerbs.matchAt(ctx.tokens, at) === len;
        const reported =
          (ctx.pack.complementizers.has(ctx.tokens[next]?.lower ?? '') ||
            identifies(ctx, next, naming) ||
            plainClauseAt(ctx, next)) &&
          (UNNAMED_KINDS.has(source?.kind ?? 'unattributed') || source?.basis === 'people-list');
        // "Judge Ana Ruiz ruled that ...", "Dr Lee concluded that ...": a person named in the
        // sentence and their finding with its "that" is their claim (showing stays out, as
        // above; so does a pronoun's finding in a story: "She found that the lock ...").
        const showing = ctx.pack.findingVerbsOfWords.matchAt(ctx.tokens, at) === len;
        const personal =
          source?.kind === 'named_person' &&
          !source.basis?.startsWith('pronoun') &&
          !showing &&
          (ctx.pack.complementizers.has(ctx.tokens[next]?.lower ?? '') ||
            (naming && identifies(ctx, next, naming)));
        // "A survey of ..., done by a travel site showed": the agent made the document.
        const made = span ? openingDocumentBeforeAgent(ctx, at, span) : null;
        if (made) found = made;
        else if (span && source && (INSTITUTIONAL.has(source.kind) || reported || personal))
          found = { span, source };
      }
      if (!found || inCondition(ctx, found.span.start)) continue;
      if (compoundNoun(ctx, found.span, at, len)) continue;
      // "The index ranks the country 96th": a document's ranking; "the club ranks fifth" is
      // where the club stands.
      const documentOnly = ctx.pack.documentFindingVerbs.matchAt(ctx.tokens, at) === len;
      if (documentOnly && found.source.kind !== 'document') continue;
      const pictures = picturesPointedAt(ctx, found.source);
      if (pictures) found = { span: found.span, source: pictures };
      // "Executor performs Heartbeat RPC calls to the controller": after a name only guessed
      // at, a verb followed by a preposition is a noun ("calls to", "shows for").
      if (
        found.source.basis === 'lone-name' &&
        ctx.pack.nonClauseOpeners.has(ctx.tokens[at + len]?.lower ?? '')
      )
        continue;
      // "Mozilla shows a warning when ...": a company showing a thing, not words.
      if (
        THINGS_FOUND.has(found.source.kind) &&
        !found.source.basis?.startsWith('pronoun') &&
        ctx.pack.findingVerbsOfWords.matchAt(ctx.tokens, at) === len &&
        !reportsWords(ctx, afterTime(ctx, at + len))
      )
        continue;
      // "Police found a rifle while searching the car": searchers find things; only words
      // after the verb ("officers found that the lock was cut") are their finding.
      if (searchers(ctx, found.span) && !reportsWords(ctx, afterTime(ctx, at + len))) continue;
      // "The court ruled in favor of the city", "the party ruled the country": a decision or a
      // reign, unless words follow ("ruled that ...", "ruled the levy was illegal").
      if (
        ctx.pack.wordsFindingVerbs.matchAt(ctx.tokens, at) === len &&
        (decisionAfter(ctx, at + len) || decisionAfter(ctx, afterTime(ctx, at + len)))
      )
        continue;
      // "They found ruined cities", "it calls the function": a pronoun's finding is a thing
      // found unless words follow ("it found that ...", 'what it calls the "elite"'), or the
      // pronoun stands for an outlet showing its pictures ("They also showed a missile").
      if (
        found.source.basis?.startsWith('pronoun') &&
        !OUTLETS.has(found.source.kind) &&
        !pictures &&
        !reportsWords(ctx, at + len)
      )
        continue;
      // "The footage showed ..." right after an outlet aired footage: the outlet carried it.
      const carrier = picturesCarrier(ctx, found.source);
      const c = candidateAt(ctx, this.id, at, len, found);
      out.push(carrier ? { ...c, ...relayVia(ctx, carrier) } : c);
    }
    return out;
  },
};
