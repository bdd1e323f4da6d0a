/**
 * The source written before a verb of saying, found and classified (speakerBefore): shared by
 * the rules whose verb follows its source (speaker-verb, stance and finding verbs, quoted-as).
 */
import type { SentenceContext } from '../context';
import { hearsaySpeaker } from '../source/hearsay';
import { SpanMemo } from '../span-memo';
import {
  classify,
  namedBeforeDescription,
  classifyNounPhrase,
  documentAsideBefore,
  firstSourcePhrase,
  unnamedAsideBefore,
  nounPhraseBefore,
  servedClauseIn,
  sourceBefore,
  type FoundSource,
  type Span,
} from '../source';
import { clauseAt } from './bare-stance';
import { reducedRelativeSource } from './reduced-relative';
import { relativeGroupBefore } from './relative-group';
import { standsAlone } from './relative-speaker';
import { describedAfterComma, outletOwner, speakerAtPlace } from './speaker-place';
import {
  clauseStart,
  describedStart,
  headBefore,
  someInBefore,
  unnamedAcquainted,
  unnamedPlaced,
} from './unnamed-placed';
import { clauseBreakBefore, afterOpeningPhrase, sharedSubject } from './speaker-subject';
import { relativeHead } from './relative-head';
import { readySubject } from './ready-subject';
import { placedHeadBefore } from './placed-relative-head';
import { unnamedActing } from './unnamed-acting';
import { ownedPartnerBefore } from './owned-partner';
import { firstJoinedRelative } from './joined-relative';
import { withheldReducedBefore } from './withheld-reduced';
import { documentAroundOutlet } from './outlet-held-document';
import { namedBeforeRole } from './named-before-role';
import { tokensText } from './util';
import type { SourceKind } from '../report';
import { UNNAMED_KINDS } from '../source-kind-groups';

/** The unnamed person a body's kind stands for when a clause withholding a name describes it
 * ("a party official who declined to be named"): one of a public body's officials, of any
 * other institution an anonymous person. */
const PERSON_OF: Partial<Record<SourceKind, SourceKind>> = {
  official_body: 'unnamed_official',
  organization: 'anonymous',
};

/** Time words after a verb before what it says ("said on Monday had been"). */
const MAX_TIME_AFTER = 4;

/** A clause or "that" right after the verb: "which said it was hit", not "which reports on
 * the war" nor "which claims a million members" (what the relative tells of the subject). */
function wordsFollow(ctx: SentenceContext, at: number): boolean {
  const len = ctx.pack.speakerVerbs.matchAt(ctx.tokens, at);
  const next = at + Math.max(len, 1);
  return ctx.pack.complementizers.has(ctx.tokens[next]?.lower ?? '') || clauseAt(ctx, next);
}

/**
 * The source written before the verb at token `at`, found and classified: the phrase right
 * before it, the subject before a relative ("Asosiasi Nelayan yang melapor") or of a
 * coordinated verb, or an unnamed source whose description runs up to the verb. Shared
 * with the verbs that attribute only before a complementizer (stance-verb).
 */
export function speakerBefore(
  ctx: SentenceContext,
  at: number,
): { span: Span; source: FoundSource } | null {
  return speakers.get(ctx, at, () => speakerBeforeAnew(ctx, at));
}

/** Speakers found per sentence and verb: several rules and refiners ask for the same verb's. */
const speakers = new SpanMemo<{ span: Span; source: FoundSource } | null>();

function speakerBeforeAnew(
  ctx: SentenceContext,
  at: number,
): { span: Span; source: FoundSource } | null {
  const phrase = phraseBefore(ctx, at);
  const near =
    (phrase && namedBeforeRole(ctx, at, phrase, phraseBefore)) ??
    phrase ??
    speakerBeforeStrayComma(ctx, at);
  // "Britain and its allies said": the first half speaks for both.
  const found = ownedPartnerBefore(ctx, at, near?.span ?? null) ?? near;
  if (!found) return null;
  // "NAME, the minister, was quoted as saying": an auxiliary's participle is the verb's own,
  // no verb of a reduced relative ("a levy critics say is illegal").
  const aux = ctx.pack.passiveAuxiliaries.has(ctx.tokens[at]?.lower ?? '') ? 2 : 1;
  const len = Math.max(aux, ctx.pack.speakerVerbs.matchAt(ctx.tokens, at));
  return reducedRelativeSource(ctx, at, len, found.span) ?? found;
}

/** Punctuation that closes a quotation's words before its closing mark ('"...," NAME'). */
const QUOTE_CLOSERS: ReadonlySet<string> = new Set([',', '.', '?', '!']);
/** Words of a trade before the phrase found ("opposition lawmaker Tom Peres"). */
const MAX_LEFT_WORDS = 3;

/**
 * '"The roads are closed," Transport Minister Ana Lopes, told radio': a quotation, its speaker,
 * and a stray comma before the verb. The quotation is the claim, so nothing but the speaker
 * stands between it and the comma: the source is that phrase.
 */
function speakerBeforeStrayComma(
  ctx: SentenceContext,
  at: number,
): { span: Span; source: FoundSource } | null {
  const { tokens } = ctx;
  if (tokens[at - 1]?.text !== ',' || ctx.quoted[at - 1]) return null;
  const inner = phraseBefore(ctx, at - 1);
  if (!inner || inner.span.end !== at - 1) return null;
  // A trade the phrase left out may stand before it ("farmer Tom Peres").
  let start = inner.span.start;
  while (start > inner.span.start - MAX_LEFT_WORDS && tokens[start - 1]?.type === 'word') start--;
  const closed =
    tokens[start - 1]?.type === 'quote' && QUOTE_CLOSERS.has(tokens[start - 2]?.text ?? '');
  return closed ? inner : null;
}

/** Words of a relative clause from its relative to the preposition ("that had been in"). */
const MAX_RELATIVE_WORDS = 5;

/** "Leaders from parties that had sat in the opposition said": the phrase found is the
 * object of a preposition inside a relative clause with a verb of its own; the head before
 * the relative is the subject of the verb. */
function headBeforeRelative(ctx: SentenceContext, span: Span): Span | null {
  const { tokens, pack } = ctx;
  const prep = span.start - 1;
  if (ctx.quoted[prep] || !pack.complementPrepositions.has(tokens[prep]?.lower ?? '')) return null;
  for (let k = prep - 1; k >= 0 && prep - k <= MAX_RELATIVE_WORDS; k--) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return null;
    if (!pack.clauseRelatives.has(t.lower)) continue;
    // "People who have spoken with the president say": a person's relative describes unnamed
    // people, read with its head elsewhere (unnamed-placed).
    if (pack.relativePronouns.has(t.lower)) return null;
    if (!pack.finiteAuxiliaries.has(tokens[k + 1]?.lower ?? '')) return null;
    // The head runs from its first source word up to the relative ("Leaders from parties"),
    // or from the sentence's start with a word describing unnamed people ("Elected leaders").
    const near = firstSourcePhrase(ctx, k, clauseStart(ctx, k));
    const head = placedHeadBefore(ctx, k) ?? (near ? { start: near.start, end: k } : null);
    return head && classify(ctx, head) ? head : null;
  }
  return null;
}

function phraseBefore(
  ctx: SentenceContext,
  at: number,
): { span: Span; source: FoundSource } | null {
  const { tokens } = ctx;
  let span = sourceBefore(ctx, at) ?? readySubject(ctx, at);
  if (span) span = headBeforeRelative(ctx, span) ?? span;
  // "Asosiasi Nelayan yang melapor", "the only finding that suggests": subject before the relative.
  const prev = tokens[at - 1];
  if (!span && prev && ctx.pack.clauseRelatives.has(prev.lower)) span = sourceBefore(ctx, at - 1);
  // "Acme Relief, which said the clinic was hit": the phrase before the comma speaks; "which"
  // says it is no person.
  // A person's relative ("who") speaks whatever follows the verb; a thing's ("which") only
  // when words follow it.
  const afterComma =
    !span &&
    prev &&
    ctx.pack.clauseRelatives.has(prev.lower) &&
    tokens[at - 2]?.text === ',' &&
    (ctx.pack.relativePronouns.has(prev.lower) || wordsFollow(ctx, at));
  if (afterComma) span = sourceBefore(ctx, at - 2);
  const thing = afterComma && ctx.pack.thingRelatives.has(prev.lower);
  // "but has long argued": the coordinator may stand before auxiliaries and adverbs.
  let lead = at - 1;
  while (lead > 0 && !ctx.quoted[lead] && ctx.pack.adverbs.has(tokens[lead]?.lower ?? '')) lead--;
  const joined = ctx.pack.coordinators.has(tokens[lead]?.lower ?? '') && !ctx.quoted[lead];
  // "the plan and says": a phrase ending in the coordinator is no subject of the verb.
  if (span && joined && span.end >= lead) span = null;
  // "Walton gave no names but said ...": the verb shares the sentence's subject; failing
  // that, the first source phrase before it.
  const sharedFound = !span && joined ? sharedSubject(ctx, lead + 1) : null;
  if (sharedFound) span = sharedFound;
  // After a dash or semicolon only the clause's own subject will do (above).
  if (!span && joined && clauseBreakBefore(ctx, lead + 1) < 0) span = firstSourcePhrase(ctx, lead);
  if (span) span = afterOpeningPhrase(ctx, span);
  let source = span ? classify(ctx, span) : null;
  // "Informasi yang dihimpun dari warga menyebutkan": whom the information came from speaks.
  const heard = span ? hearsaySpeaker(ctx, span) : null;
  if (heard) ({ span, source } = heard);
  const held = span && source ? documentAroundOutlet(ctx, at, span, source) : null;
  if (held) ({ span, source } = held);
  if (thing && source?.kind === 'named_person')
    source = { ...source, kind: 'organization', name: null, role: null, basis: 'thing-relative' };
  // "Warga yang enggan disebutkan namanya mengatakan", "A man who asked not to be named
  // said": the relative clause says the source is unnamed; the source is the head it
  // describes, with the clause.
  const rel = span ? span.start - 1 : -1;
  // "citizens who lawmakers said had been kidnapped": the relative is what they said, and a
  // verb with no subject of its own follows; the words after the relative speak alone.
  let next = at + 1;
  const timeAt = (k: number) =>
    ctx.pack.timeWords.has(tokens[k]?.lower ?? '') &&
    !ctx.pack.finiteAuxiliaries.has(tokens[k]?.lower ?? '');
  while (next < at + MAX_TIME_AFTER && timeAt(next)) next++;
  // "Seorang pengusaha yang enggan disebut namanya mengaku sudah ...": a phrase withholding a
  // name is no subject of an object relative; the clause describes its head.
  const withheld =
    span !== null && ctx.pack.withheldNames.matchAt(tokens, span.start) === span.end - span.start;
  const objectRelative = ctx.pack.finiteAuxiliaries.has(tokens[next]?.lower ?? '') && !withheld;
  // "a second observer speaking anonymously said": the phrase withholding a name was found
  // alone, no relative before it; the source is the head the phrase describes, with it.
  // "An official not authorized to speak to reporters said": not "reporters".
  const reduced = withheldReducedBefore(ctx, at);
  if (reduced) ({ span, source } = reduced);
  if (span && source && withheld && !ctx.pack.clauseRelatives.has(tokens[rel]?.lower ?? '')) {
    const start = describedStart(ctx, span, at);
    if (start >= 0 && start < span.start) {
      const whole = { start, end: span.end };
      const head = classify(ctx, whole);
      const kind = head && UNNAMED_KINDS.has(head.kind) ? head.kind : source.kind;
      span = whole;
      source = { ...source, kind, text: tokensText(ctx, start, whole.end) };
    }
  }
  if (
    span &&
    source &&
    UNNAMED_KINDS.has(source.kind) &&
    !objectRelative &&
    !standsAlone(ctx, span) &&
    ctx.pack.clauseRelatives.has(tokens[rel]?.lower ?? '')
  ) {
    // "A diplomat who follows the talks and who declined to be named said": the head is
    // before the first of two joined relatives.
    const first = firstJoinedRelative(ctx, rel, clauseStart(ctx, rel));
    const head = sourceBefore(ctx, first);
    // "a raid in Lille that authorities say foiled a plot": a head that is itself a named
    // place or body is what the clause is about, not the people it describes.
    const headKind = head ? classify(ctx, head)?.kind : undefined;
    // "Pengurus DPP partai itu yang enggan disebutkan namanya": a clause withholding a name
    // describes a person, so a body's word heading it names one of the body's people.
    const bodysPerson = withheld && headKind !== undefined && PERSON_OF[headKind];
    const described = headKind === undefined || UNNAMED_KINDS.has(headKind) || !!bodysPerson;
    const whole = {
      start: head ? head.start : headBefore(ctx, first, clauseStart(ctx, first)),
      end: span.end,
    };
    const joined = described ? classify(ctx, whole) : null;
    if (joined) {
      span = whole;
      source = bodysPerson ? { ...joined, kind: bodysPerson, name: null, role: null } : joined;
    }
  }
  if (!span || !source) {
    // "People familiar with the matter said", "..., but people familiar with the matter
    // said": an unnamed source whose description runs up to the verb, within its clause.
    // When words before the verb were found but are no source ("sumber yang mengetahui
    // masalah tersebut mengatakan"), only a relative or participle clause may carry the
    // description there.
    const near = firstSourcePhrase(ctx, at, clauseStart(ctx, at));
    const found = near ? classify(ctx, near) : null;
    const describedAt = near ? describedStart(ctx, near, at) : -1;
    if (near && found && (!span || describedAt >= 0) && UNNAMED_KINDS.has(found.kind)) {
      // "A man who asked not to be named said": the description starts at the head the
      // relative clause hangs on.
      const start = describedAt >= 0 ? describedAt : near.start;
      // "People with diabetes often believe": the adverbs before the verb are no part of it.
      let end = at;
      while (end > near.end && ctx.pack.adverbs.has(tokens[end - 1]?.lower ?? '')) end--;
      // "expect students to think", "wants people to believe": an infinitive's subject is
      // another verb's object, no source of its own.
      const closing = tokens[end - 1];
      const dangling =
        closing !== undefined && end > near.end && ctx.pack.infinitiveMarkers.has(closing.lower);
      if (!dangling) {
        span = { start, end };
        // "A diplomat who asked not to be named": the head's word decides an official.
        const head = start < near.start ? classify(ctx, span) : null;
        const kind = head && UNNAMED_KINDS.has(head.kind) ? head.kind : found.kind;
        source = { ...found, kind, text: tokensText(ctx, start, end) };
        // "A Reuters witness near the gate said": the outlet's own witness or crew is the outlet.
        const owned = outletOwner(ctx, start, end);
        if (owned) [span, source] = [owned.span, owned.source];
      }
    }
  }
  // An unnamed source placed somewhere comes first ("Sumber yang enggan disebut namanya di
  // lingkungan Pemkab Lebak"); else the phrase a relative clause hangs on.
  // "Some within the ministry say": people there, not the body found before the verb.
  const someIn = someInBefore(ctx, at) ?? relativeGroupBefore(ctx, at);
  if (someIn && (!span || someIn.span.start < span.start)) return someIn;
  const acquainted = unnamedAcquainted(ctx, at, span, source);
  if (acquainted) return acquainted;
  // "Rebels fighting the army say": the phrase found is what the unnamed group does.
  const acting = unnamedActing(ctx, at, span, source);
  if (acting) return acting;
  // "Tom Vale, an analyst with Harlow Bank said": the description is the named person's.
  const placedFirst =
    span && source ? namedBeforeDescription(ctx, unnamedPlaced(ctx, span, source)) : null;
  if (placedFirst) return placedFirst;
  const head = relativeHead(ctx, at, span);
  if (head) return head;
  if (span && source) {
    const placed = unnamedPlaced(ctx, span, source);
    if (placed) return placed;
    // "..., port officers said": words no lexicon knows before the noun found belong to it
    // when together they fill the clause.
    const before = tokens[span.start - 1];
    const open = before?.type === 'word' && !ctx.quoted[span.start - 1];
    const unknown =
      open &&
      (ctx.pack.possessives.has(before.lower) ||
        (!before.cap && !ctx.pack.stopwords.has(before.lower)));
    const whole = unknown && span.end === at ? nounPhraseBefore(ctx, at) : null;
    const wider =
      whole && whole.start < span.start && whole.end === span.end
        ? classifyNounPhrase(ctx, whole)
        : null;
    // "Unions representing port workers said": the people found are whom the institution
    // opening the phrase serves; the institution speaks.
    const served = whole && wider ? servedClauseIn(ctx, whole) : -1;
    const serves = served >= 0 && whole !== null && served < span.start;
    // "His advisers said": whose people they are may make unnamed people unnamed officials.
    const owned = source.kind === 'anonymous' && wider?.kind === 'unnamed_official';
    if (whole && wider && (wider.kind === source.kind || serves || owned))
      return { span: whole, source: wider };
    if (span.end === at) {
      const described = describedAfterComma(ctx, span, source);
      if (described) return described;
    }
  }
  if (!span || !source) {
    // "..., organizers said", "A summary of the bill said": a plain noun phrase filling the
    // clause up to the verb.
    const plain = nounPhraseBefore(ctx, at);
    const found = plain ? classifyNounPhrase(ctx, plain) : null;
    if (plain && found) return { span: plain, source: found };
    const placed =
      documentAsideBefore(ctx, at) ?? unnamedAsideBefore(ctx, at) ?? speakerAtPlace(ctx, at);
    if (placed) return placed;
  }
  // "The memo, sent to staff on Sunday night, said": people in a document's aside are whom it
  // went to or who wrote it; the document speaks.
  if (span && source && source.kind !== 'document') {
    const aside = documentAsideBefore(ctx, at);
    if (aside && aside.span.start <= span.start) return aside;
  }
  // "Jo Lee, a gas analyst with Harlow Bros. said": the same description found whole.
  if (span && source && UNNAMED_KINDS.has(source.kind))
    return namedBeforeDescription(ctx, { span, source });
  return span && source ? { span, source } : null;
}
