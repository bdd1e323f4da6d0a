/**
 * "X said ...", "Duta Besar ... Santosa mengatakan bahwa ...", "Malaysia telah membantah":
 * a reporting verb with its source written before it.
 */
import { claimText } from '../claim';
import type { SentenceContext } from '../context';
import { classify, sourceAfter, startsSourcePhrase, type FoundSource, type Span } from '../source';
import { announcedDeed } from './announced-deed';
import { toldToAct } from './told-to-act';
import { adjectiveLabel } from './adjective-label';
import { clauseAt, markedClause } from './bare-stance';
import { carriedRelative } from './carried-relative';
import { claimedHolding, heldNounBefore } from './claimed-holding';
import { hedgedAct } from './hedged-act';
import { carriedGenitive } from './carried-genitive';
import { issuedStatementSpeaker } from './issued-statement';
import { carriedPossessor } from './carried-possessor';
import { mannerCues } from './manner-verb';
import { ownText } from './own-text';
import { placedAsideOpenings } from './place-aside';
import { speakerBefore } from './speaker-before';
import { documentOwner } from './document-owner';
import { relayVia } from './relayed';
import { afterReadiness } from './ready-subject';
import { asideBefore, interposedSpeaker, throughInterposer } from './speaker-subject';
import { authoredDocument, placedDocument } from './issued-document';
import type { Candidate, Rule } from './types';
import {
  continuedActivity,
  framedAfter,
  isComplaint,
  labelAfter,
  namesThing,
  objectAfter,
  prepositionOnly,
  thingObject,
} from './verb-objects';
import { nounAfterPreposition, nounBeforeVerb } from './cue-noun';
import { personBeforePlace, prepositionObject } from './preposition-object';
import {
  afterQuoteOrComma,
  inCondition,
  matchesOutsideQuotes,
  participleAgent,
  noReport,
  possessiveName,
  tokensText,
  candidateAt,
  unasserted,
} from './util';
import { openingDocument } from './document-subject';
import { thatAfterPlace } from './that-after-place';
import { claimBefore, opensBareClaim } from './bare-claim';
import { openingAccount } from './account-clause';
import { framingAdjunctEnd, pastAdjunct, thatLater } from './framing-adjunct';
import { passiveCharge } from './charges';
import { PERSON_KINDS } from '../source-kind-groups';

/** What may follow a framing verb: the words, or the end of the clause after them. */
const FRAMED = new Set([',', ':', ';', '.', '!']);
/** Sources whose report is what they published: what it leaves out is still reported. */
const OUTLETS: ReadonlySet<string> = new Set(['media', 'state_media']);

/** Longest cue exception, in words: how far before the cue one may start. */
const MAX_EXCEPTION_WORDS = 3;

/** Is the cue at token `at` inside a phrase where it is no cue ("state of", "having said")? */
export function inException(ctx: SentenceContext, at: number): boolean {
  for (let k = Math.max(0, at - MAX_EXCEPTION_WORDS + 1); k <= at; k++) {
    if (ctx.pack.cueExceptions.matchAt(ctx.tokens, k) > at - k) return true;
  }
  return false;
}

/** "Known for quirky tweets and ...": after a capital only guessed to be a name, a form that
 * may be a noun ("tweets", not "said") right after a lower-case word no table knows (no
 * adverb, no auxiliary) is a noun. */
function guessedNameThenNoun(ctx: SentenceContext, at: number, source: FoundSource): boolean {
  const prev = ctx.tokens[at - 1];
  const { pack } = ctx;
  return (
    source.basis === 'lone-name' &&
    pack.verbOnlyForms.matchAt(ctx.tokens, at) === 0 &&
    prev?.type === 'word' &&
    !prev.cap &&
    !ctx.quoted[at - 1] &&
    !pack.sourceWords.has(prev.base) &&
    !pack.adverbs.has(prev.lower) &&
    !pack.finiteAuxiliaries.has(prev.lower) &&
    !pack.stopwords.has(prev.lower)
  );
}

/** The phrase before the plain form at `at` opens with a singular indefinite ("a", "an"), and
 * the form has no finite ending ("report", not "reports" nor "charged"). */
function nounAfterIndefinite(ctx: SentenceContext, span: Span, at: number): boolean {
  const { tokens, pack } = ctx;
  const lower = tokens[at]?.lower ?? '';
  // A language with no finite endings ("Salah satu media melansir") has no agreement to read.
  const endings = pack.data.finiteVerbEndings;
  if (endings.length === 0 || endings.some((e) => lower.endsWith(e))) return false;
  return pack.singularDeterminers.has(tokens[span.start]?.lower ?? '');
}

/** A form of "be" right before the verb, adverbs aside ("were widely said"). */
function afterPassiveAuxiliary(ctx: SentenceContext, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && ctx.pack.adverbs.has(ctx.tokens[k]?.lower ?? '') && !ctx.quoted[k]) k--;
  const t = ctx.tokens[k];
  return t !== undefined && !ctx.quoted[k] && ctx.pack.passiveAuxiliaries.has(t.lower);
}

/** "State media did not say how many died", "KCNA didn't say when": the outlet before the
 * negation and its auxiliary (one plain word). Only an outlet: its report is what it wrote. */
function silentOutlet(
  ctx: SentenceContext,
  at: number,
): { span: Span; source: FoundSource } | null {
  if (!unasserted(ctx, at)) return null;
  const { tokens } = ctx;
  let k = at - 1;
  const aux = tokens[k - 1];
  if (aux?.type === 'word' && !aux.cap && !ctx.quoted[k - 1] && tokens[k]?.lower !== aux.lower) k--;
  const found = speakerBefore(ctx, k) ?? speakerBefore(ctx, at - 1);
  return found && OUTLETS.has(found.source.kind) ? found : null;
}

/**
 * "..., General Electric and Rolls-Royce, said Jon Roe, a fellow at ...": a named person right
 * after the verb closes the sentence, alone or with one aside after a comma: the verb comes
 * before its speaker, whatever commas the words before it hold ("said Jon Roe, the chief,
 * would resign" goes on after the aside: Roe is what was said).
 */
function closingSpeaker(ctx: SentenceContext, from: number): boolean {
  const after = sourceAfter(ctx, from);
  if (!after || after.start !== from) return false;
  const { tokens } = ctx;
  const rest = tokens.slice(after.end);
  if (rest[0]?.text !== ',' && rest.some((t) => t.type === 'word')) return false;
  const tail = tokens.slice(from);
  if (tail.filter((t) => t.text === ',').length > 1 || tail.some((t) => t.type === 'quote'))
    return false;
  const who = classify(ctx, after);
  if (!who || (who.basis ?? '').startsWith('pronoun')) return false;
  // "..., in Velmar, a member state, said the report.": any source closing the sentence
  // alone after the verb is its speaker - a verb of saying takes no bare noun for its words.
  return who.kind === 'named_person' || !rest.some((t) => t.type === 'word');
}

/**
 * "The minister resigned, said people familiar with the matter": a clause with no comma of its
 * own closed by a comma before the verb, and people after the verb. They are its speaker
 * (verb-speaker); the clause is the claim, no source ("Japan, which ..., said its
 * military ..." keeps its appositive's comma).
 */
function speakerAfterComma(ctx: SentenceContext, at: number, len: number, span: Span): boolean {
  const { tokens } = ctx;
  if (tokens[at - 1]?.text !== ',' || span.end !== at - 1 || ctx.quoted[at - 1]) return false;
  // "..., Jon Roe, a biologist, told reporters.": who is told after the verb never speaks.
  if (ctx.pack.tellVerbs.has(tokens[at + len - 1]?.lower ?? '')) return false;
  // A quotation before is the claim already ('"...," Roe, who ..., told Valley Radio').
  const quoteBefore = tokens.slice(0, at).some((t) => t.type === 'quote');
  if (!quoteBefore && closingSpeaker(ctx, at + len)) return true;
  if (tokens.slice(span.start, span.end).some((t) => t.text === ',')) return false;
  // Only a clause opening the sentence: "A dissident ..., Jon Roe, said he ..." names Roe.
  if (tokens.slice(0, span.start).some((t, k) => t.type === 'word' && !ctx.quoted[k])) return false;
  const after = sourceAfter(ctx, at + len);
  const who = after ? classify(ctx, after) : null;
  // "..., said he would ...": a pronoun after the verb opens the claim.
  if (!who || (who.basis ?? '').startsWith('pronoun')) return false;
  return PERSON_KINDS.has(who.kind) && after?.start === at + len;
}

/**
 * "polls reported by two networks": right after a document's noun, a participle with its agent
 * (a source after "by", not "by email") describes the document; the phrase is another cue's
 * source ("according to ..."), no speaker of its own.
 */
function agentParticiple(ctx: SentenceContext, at: number, len: number, span: Span): boolean {
  const marker = ctx.tokens[at + len]?.lower ?? '';
  if (span.end !== at || !ctx.pack.agentMarkers.has(marker)) return false;
  const after = sourceAfter(ctx, at + len + 1);
  const who = after && after.start === at + len + 1 ? classify(ctx, after) : null;
  return who !== null && who.kind !== 'unattributed' && who.kind !== 'document';
}

export const speakerVerb: Rule = {
  id: 'speaker-verb',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.speakerVerbs, { lowerOnly: true })) {
      // "the Chinese state news agency said": "state" modifies a source, it says nothing.
      if (len === 1 && startsSourcePhrase(ctx, at)) continue;
      // "the report", "this note", "her claim": after an article or possessive, a noun.
      if (ctx.pack.nounMarkers.has(ctx.tokens[at - 1]?.lower ?? '')) continue;
      // "Smith's alleged role": after a possessive name, an adjective or a noun ("she's said"
      // is "has"); "the North's claim that ..." still reports.
      const next = ctx.tokens[at + len]?.lower ?? '';
      // "Moody's said the outlook was stable": a name ending as a possessive with a clause its
      // article or pronoun opens after the verb is the firm itself; nothing is possessed.
      const { complementizers, groupPronouns, personPronouns } = ctx.pack;
      const pronoun = groupPronouns.has(next) || personPronouns.has(next);
      const clause = markedClause(ctx, at + len) || (pronoun && clauseAt(ctx, at + len));
      // "Macy's said sales rose", "..., Macy's said.": a form that is only ever a verb
      // possesses nothing ("Roe's said to be" is "Roe is said to", a passive).
      const verbOnly =
        ctx.pack.verbOnlyForms.matchAt(ctx.tokens, at) === len &&
        !ctx.pack.infinitiveMarkers.has(next);
      const possessed = !complementizers.has(next) && !clause && !verbOnly;
      if (possessiveName(ctx, at - 1) && possessed) continue;
      // "the Gulf state of Qadira", "Having said that": a noun or a discourse marker.
      const excepted = inException(ctx, at) && !afterReadiness(ctx, at);
      if ((excepted && !unasserted(ctx, at)) || nounBeforeVerb(ctx, at, len)) continue;
      // "Residents were said to be fleeing", "the plan was announced": a passive; its subject
      // is what is told of, not who tells it (a hedge may still read the sentence).
      if (afterPassiveAuxiliary(ctx, at) || passiveCharge(ctx, at, len)) continue;
      // "Warga melaporkan kejadian itu ke Polsek": a complaint to the police.
      if (isComplaint(ctx, at, len)) continue;
      // "She wrote a book about ...", "they told of a flood": a thing, not words.
      // "called the plan a disaster", "dismissed it as propaganda": a label says words.
      // A charge after the object ("criticized the board for ...") is read in verb-objects.
      const labelled = labelAfter(ctx, at, len) || adjectiveLabel(ctx, at, len);
      if ((thingObject(ctx, at) || namesThing(ctx, at, len)) && !labelled) continue;
      if (claimedHolding(ctx, at, len) || toldToAct(ctx, at, len)) continue;
      // "Polisi melanjutkan penyelidikan": an activity carried on, no words.
      if (continuedActivity(ctx, at, len)) continue;
      if (announcedDeed(ctx, at, len)) continue;

      // not the statement inside it.
      const near = speakerBefore(ctx, at);
      const through =
        (near && throughInterposer(ctx, near)) ||
        asideBefore(ctx, at) >= 0 ||
        placedAsideOpenings(ctx, at).length > 0;
      const speaker = personBeforePlace(
        ctx,
        issuedStatementSpeaker(ctx, at) ??
          (through || !near ? interposedSpeaker(ctx, at, at + len, speakerBefore) : null) ??
          near ??
          silentOutlet(ctx, at) ??
          openingDocument(ctx, at),
        speakerBefore,
      );
      const held = speaker ? null : carriedPossessor(ctx, at);
      if (held)
        out.push({ ...candidateAt(ctx, this.id, at, len, held), ...relayVia(ctx, held.carrier) });
      if (!speaker || inCondition(ctx, speaker.span.start)) continue;
      if (ownText(ctx, speaker.span)) continue;
      if (nounAfterPreposition(ctx, at, len, speaker.span)) continue;
      if (prepositionObject(ctx, speaker.span)) continue;
      if (speakerAfterComma(ctx, at, len, speaker.span)) continue;
      // "the island it claims, decades after ...": the verb's object is the noun before it.
      if (heldNounBefore(ctx, at, len, speaker.span) && !claimBefore(ctx, speaker.span.start))
        continue;
      if (hedgedAct(ctx, at, len, speaker.span)) continue;
      // "State media did not say how many died": what an outlet's report left out is still
      // its report (a person not saying something says nothing).
      const outletSilent = unasserted(ctx, at) && OUTLETS.has(speaker.source.kind);
      if (excepted && !outletSilent) continue;
      // "expect students to think": a phrase ending in a preposition is no subject.
      const lastWord = ctx.tokens[speaker.span.end - 1]?.lower ?? '';
      if (speaker.span.end === at && ctx.pack.nonClauseOpeners.has(lastWord)) continue;
      // "Users can say which ...", "Many people think ...": nothing said, or no one in particular.
      if (noReport(ctx, at, speaker.span, at + len) && !outletSilent) continue;
      // "Economists polled by Reuters said": the economists speak, the outlet carried it.
      const polled = participleAgent(ctx, at, speaker.span);
      const found =
        documentOwner(ctx, speaker) ??
        authoredDocument(ctx, at, speaker.span) ??
        placedDocument(ctx, speaker.span) ??
        polled ??
        speaker;
      if (guessedNameThenNoun(ctx, at, found.source)) continue;
      // "a media report", "users we can add": a noun or another verb.
      const bare = ctx.pack.bareVerbs.matchAt(ctx.tokens, at) === len;
      if (bare && !opensBareClaim(ctx, at + len, found.source, found.span)) continue;
      // "videos created and shared by staff can be viewed": a participle with its agent.
      if (bare && ctx.pack.agentMarkers.has(ctx.tokens[at + len]?.lower ?? '')) continue;
      if (found.source.kind === 'document' && agentParticiple(ctx, at, len, found.span)) continue;
      // "A new Senate report released Thursday questions ...": after "a" a plain form with no
      // finite ending cannot agree with the phrase; it is the phrase's noun.
      if (bare && nounAfterIndefinite(ctx, found.span, at)) continue;
      // "He testified against the banker": a preposition's phrase after the verb, no words
      // after it, and none before the source ('"...," she said in a statement').
      // ("As the mayor said on Tuesday, ..." has its words after the time's comma.)
      const framed = openingAccount(ctx, found.span.start, at + len);
      if (!framed && prepositionOnly(ctx, at, len) && !claimBefore(ctx, found.span.start)) continue;
      // "As Voss noted in a note to clients, ...": the occasion before the comma is no part
      // of the words that follow it.
      // (Not before a later "that": "said on Sunday, citing ..., that" has its words there.)
      const opened = !claimBefore(ctx, found.span.start) && !thatLater(ctx, at + len);
      const adjunct = opened ? framingAdjunctEnd(ctx, at + len) : at + len;
      const c = pastAdjunct(ctx, candidateAt(ctx, this.id, at, len, found), adjunct);
      const carried = carriedRelative(ctx, at, found) ?? carriedGenitive(ctx, at, found);
      if (carried) out.push({ ...c, ...carried });
      else out.push(polled && found === polled ? { ...c, ...relayVia(ctx, polled.carrier) } : c);
    }
    // "As one engineer put it, ...": only with the words right after it or before the source.
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.framingVerbs, { lowerOnly: true })) {
      const found = speakerBefore(ctx, at);
      const adjunct = framingAdjunctEnd(ctx, at + len);
      const next = ctx.tokens[framedAfter(ctx, adjunct)];
      if (!found || !(next === undefined || next.type === 'quote' || FRAMED.has(next.text)))
        continue;
      if (noReport(ctx, at, found.span)) continue;
      out.push(pastAdjunct(ctx, candidateAt(ctx, this.id, at, len, found), adjunct));
    }
    // '"We are open," the group posted': only with the claim before the source.
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.claimFirstVerbs, {
      lowerOnly: true,
    })) {
      const found = speakerBefore(ctx, at);
      // "Roe posted on LinkedIn that ...", "a user posted that ...": the claim's "that" (a
      // stance verb's "that" is stance-verb's: "officials fear that").
      const stance = ctx.pack.stanceVerbs.matchAt(ctx.tokens, at) > 0;
      const that = !stance && ctx.pack.complementizers.has(ctx.tokens[at + len]?.lower ?? '');
      if (found && (that || thatAfterPlace(ctx, at + len))) {
        out.push(candidateAt(ctx, this.id, at, len, found));
        continue;
      }
      if (!found || !afterQuoteOrComma(ctx, found.span.start) || objectAfter(ctx, at + len))
        continue;
      // "At the same time, the company continued to expand ...": an activity goes on.
      if (continuedActivity(ctx, at, len)) continue;
      // "The result, which the authors posted online, ...": a relative clause, not a source.
      const first = ctx.tokens[found.span.start]?.lower ?? '';
      if (ctx.pack.thingRelatives.has(first) || ctx.pack.relativePronouns.has(first)) continue;
      const c: Candidate = {
        rule: this.id,
        cue: tokensText(ctx, at, at + len),
        cueSpan: { start: at, end: at + len },
        source: found.source,
        sourceSpan: found.span,
        rank: 2,
      };
      // The claim is what stands before the source, never where it was posted ("to its site").
      out.push({
        ...c,
        claim: claimText(ctx, { ...c, cueSpan: { start: at, end: ctx.tokens.length } }),
      });
    }
    out.push(...mannerCues(ctx, this.id));
    return out;
  },
};
