/**
 * A participle of saying whose subject is named elsewhere in the sentence:
 * - "The shares fell, with analysts saying the outlook was poor": the subject of "with";
 * - "His office released a statement (through KCNA) saying ...": whoever issued it;
 * - "The union sued the firm, saying it violated the contract": the sentence's subject.
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import { classify, collectSubject, participleForm, type FoundSource, type Span } from '../source';
import { clauseAt, markedClause, quotationAfter } from './bare-stance';
import { carrierAfter, shrink } from './carriers';
import { relayVia } from './relayed';
import { speakerBefore } from './speaker-before';
import { inException } from './speaker-verb';
import { labelAfter } from './verb-objects';
import { adjectiveLabel } from './adjective-label';
import { reasonLabel } from './reason-label';
import type { Candidate, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';
import { occasionEnd } from '../claim-verb-tail';
import { openingSubject, subjectAfterOpening, subordinateSubject } from './opening-subject';

/** Subjects whose pictures or pages show what a participle reports. */
const SHOWERS: ReadonlySet<SourceKind> = new Set(['media', 'state_media', 'document']);

/** How far before its participle a "with" or a statement phrase may stand. */
const MAX_GAP = 8;

function candidate(
  ctx: SentenceContext,
  at: number,
  source: FoundSource,
  span: Span,
  extra: Partial<Candidate> = {},
): Candidate {
  return {
    rule: 'saying-clause',
    cue: tokensText(ctx, at, at + 1),
    cueSpan: { start: at, end: at + 1 },
    source,
    sourceSpan: span,
    rank: 2,
    ...extra,
  };
}

/** Tokens [from, to) hold no punctuation or quotation: one clause. */
function plain(ctx: SentenceContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.tokens[i]?.type !== 'word' || ctx.quoted[i]) return false;
  return true;
}

/** "with analysts saying": the words between "with" and the participle are the source. */
function withClause(ctx: SentenceContext, at: number): Candidate | null {
  for (let w = at - 1; w >= 0 && at - w <= MAX_GAP; w--) {
    if (!ctx.pack.withMarkers.has(ctx.tokens[w]?.lower ?? '')) continue;
    if (w + 1 >= at || !plain(ctx, w + 1, at)) return null;
    let span = { start: w + 1, end: at };
    let source = classify(ctx, span);
    // "with state media once branding ...": a trailing adverb is no part of the source.
    while (source && span.end - span.start > 1 && !ctx.tokens[span.end - 1]?.cap) {
      const shorter = { start: span.start, end: span.end - 1 };
      const found = classify(ctx, shorter);
      if (found?.kind !== source.kind) break;
      span = shorter;
      source = found;
    }
    return source ? candidate(ctx, at, source, span) : null;
  }
  return null;
}

/** "with officials predicting more walkouts": a forecast's noun object after a "with"
 * subject is what they forecast. */
function withForecast(ctx: SentenceContext, at: number, len: number): boolean {
  const object = ctx.tokens[at + len];
  if (!ctx.pack.forecastParticiples.has(ctx.tokens[at]?.lower ?? '')) return false;
  if (object?.type !== 'word' || ctx.quoted[at + len]) return false;
  return withClause(ctx, at) !== null;
}

/** Outlets that carry other people's statements. */
const CARRYING: ReadonlySet<SourceKind> = new Set(['media', 'state_media']);

/** "KCNA carried a statement from the foreign ministry saying ...": an outlet carried the
 * words; their author, named after "from" / "by", speaks through it. */
function authorOfCarried(
  ctx: SentenceContext,
  from: number,
  at: number,
  subject: FoundSource,
): { span: Span; source: FoundSource } | null {
  if (!CARRYING.has(subject.kind) || !ctx.pack.authorMarkers.has(ctx.tokens[from]?.lower ?? ''))
    return null;
  const span = { start: from + 1, end: at };
  if (span.end <= span.start || !plain(ctx, span.start, span.end)) return null;
  const source = classify(ctx, span);
  return source && source.kind !== 'document' && !CARRYING.has(source.kind)
    ? { span, source }
    : null;
}

/** "X issued a statement on Friday through KCNA saying": X, and the outlet it went through. */
function statementClause(ctx: SentenceContext, at: number): Candidate | null {
  const { pack, tokens } = ctx;
  for (let s = at - 1; s >= 0 && at - s <= MAX_GAP; s--) {
    const len = pack.statementIssued.matchAt(tokens, s);
    if (!len || s + len > at) continue;
    const found = speakerBefore(ctx, s);
    if (!found) return null;
    const author = authorOfCarried(ctx, s + len, at, found.source);
    if (author)
      return candidate(ctx, at, author.source, author.span, {
        ...relayVia(ctx, found.source),
        cue: tokensText(ctx, s, s + len),
      });
    let relay: Partial<Candidate> = {};
    for (let i = s + len; i < at; i++) {
      if (!pack.relayPrepositions.has(tokens[i]?.lower ?? '')) continue;
      const span = { start: i + 1, end: at };
      const carrier = classify(ctx, span);
      if (carrier) relay = relayVia(ctx, carrier);
    }
    return candidate(ctx, at, found.source, found.span, {
      ...relay,
      cue: tokensText(ctx, s, s + len),
    });
  }
  return null;
}

/** "Relations soured ..., saying": one capitalised word no lexicon, outlet, earlier mention
 * or name evidence of the article ("the utility Velco" elsewhere) knows is only the
 * sentence's first word, not a source. */
function bareFirstWord(ctx: SentenceContext, span: Span, source: FoundSource): boolean {
  const only = span.end - span.start === 1 ? ctx.tokens[span.start] : undefined;
  return (
    only !== undefined &&
    source.kind === ctx.pack.data.loneNameKind &&
    !ctx.pack.sourceWords.has(only.lower) &&
    !source.outlet &&
    !source.resolvesTo &&
    source.basis !== 'lone-name/institution-evidence'
  );
}

/** Words of a participle clause before its "and saying" ("waving banners outside the mill"). */
const MAX_JOINED_WORDS = 12;

/** "..., waving banners and saying ...", "..., killing four, and saying ...": the
 * participle at `at` is joined to one opening a clause after a comma. */
function joinedParticiple(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  if (ctx.quoted[at - 1] || !pack.coordinators.has(tokens[at - 1]?.lower ?? '')) return false;
  let k = tokens[at - 2]?.text === ',' ? at - 3 : at - 2;
  for (const stop = k - MAX_JOINED_WORDS; k > stop && k > 0; k--) {
    const t = tokens[k];
    if (!t) return false;
    // 'addressing her as "Ann" and telling ...': a quoted name or word inside the clause.
    if (t.type === 'quote' || (ctx.quoted[k] && t.type === 'word')) continue;
    if (ctx.quoted[k]) return false;
    if (t.text === ',') break;
    if (t.type !== 'word') return false;
  }
  const first = tokens[k + 1];
  return tokens[k]?.text === ',' && participleForm(pack, first);
}

/** "The senator appeared on state television saying ...", "was shown on Statenews saying
 * ...": an appearance on an outlet right before the participle, with no comma; the
 * sentence's subject says it (the relay refiner records the outlet: appearanceCarrier). */
function appearanceClause(ctx: SentenceContext, at: number): Candidate | null {
  const { pack, tokens } = ctx;
  for (let i = at - 2; i > 0 && at - i <= MAX_GAP; i--) {
    const t = tokens[i];
    if (!t || t.type !== 'word' || ctx.quoted[i]) return null;
    if (!pack.appearanceVerbs.has(t.lower)) continue;
    if (!pack.relayPrepositions.has(tokens[i + 1]?.lower ?? '')) return null;
    const found = carrierAfter(ctx, i + 2);
    if (!found || found.source.kind === 'document' || shrink(ctx, found).span.end !== at)
      return null;
    const span = collectSubject(ctx);
    if (!span || span.end > i || ctx.quoted[span.start]) return null;
    const source = classify(ctx, span);
    return source && !SHOWERS.has(source.kind) ? candidate(ctx, at, source, span) : null;
  }
  return null;
}

/** "conducted a test on Jan. 6 claiming ...", "... on Monday saying ...": a date right
 * before the participle, no comma; a date is no noun the participle could describe. */
function afterDate(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  const prev = tokens[at - 1];
  if (!prev || prev.type !== 'word' || ctx.quoted[at - 1]) return false;
  if (pack.timeWords.has(prev.lower) && prev.cap) return true;
  if (!/^\d{1,2}$/u.test(prev.text)) return false;
  const month = tokens[at - 2]?.text === '.' ? tokens[at - 3] : tokens[at - 2];
  const lower = month?.lower ?? '';
  return pack.monthAbbreviations.has(lower) || (pack.timeWords.has(lower) && month?.cap === true);
}

/** "The man held on Monday claiming to be a doctor was freed": with no clause of words
 * after the participle, an auxiliary after it in its clause (not an infinitive's) is the
 * sentence's verb; the participle describes the subject. */
function verbAfter(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  for (let k = at + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.text === ',' || t.type === 'quote') return false;
    const infinitive = pack.infinitiveMarkers.has(tokens[k - 1]?.lower ?? '');
    if (pack.finiteAuxiliaries.has(t.lower) && !infinitive && !ctx.quoted[k]) return true;
  }
  return false;
}

/** A past form at token `k`: the pack's verb ending, or a past no ending marks. */
function pastForm(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.type !== 'word' || t.cap || ctx.quoted[k]) return false;
  const { pack } = ctx;
  return (
    participleForm(pack, t) ||
    pack.irregularPasts.has(t.lower) ||
    pack.irregularPastObjects.has(t.lower)
  );
}

/**
 * "The minister briefed lawmakers on Tuesday, saying ...": the subject collected runs through
 * the clause's own verb (a past form whose object follows); the source is the phrase before
 * that verb, when it is one. Else the span as collected.
 */
function beforeOwnVerb(ctx: SentenceContext, span: Span): Span {
  for (let k = span.start + 1; k < span.end - 1; k++) {
    if (!pastForm(ctx, k)) continue;
    // "The newly elected president signed ...": a participle describing the head is passed.
    const head = { start: span.start, end: k };
    if (classify(ctx, head)) return head;
  }
  return span;
}

/** Words between the participle's comma and a verb of saying before it (the verb and its
 * occasion: "said in a statement"). */
const MAX_VERB_WORDS = 8;

/** "<claim>, the same source said (in a statement), adding that ...": a speaker and its verb
 * closing a claim right before the comma at `comma` own the participle after it; the
 * sentence's opening words are that claim, no subject of it. */
function closingSpeakerBefore(ctx: SentenceContext, comma: number): boolean {
  const { tokens, pack } = ctx;
  if (tokens[comma]?.text !== ',' || ctx.quoted[comma]) return false;
  for (let v = comma - 1; v >= 1 && comma - v <= MAX_VERB_WORDS; v--) {
    const len = pack.speakerVerbs.matchAt(tokens, v);
    if (!len || ctx.quoted[v] || occasionEnd(ctx, v + len) !== comma) continue;
    const speaker = speakerBefore(ctx, v);
    if (speaker && tokens[speaker.span.start - 1]?.text === ',') return true;
  }
  return false;
}

/** A comma or a dash before the participle ("..., saying", "... a ship—suggesting ..."). */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', '—', '–']);

/** ", saying ...": the sentence's subject says it; after an opening phrase ("During the
 * forum, the chairman praised ..."), the subject after its comma. */
function subjectClause(ctx: SentenceContext, at: number): Candidate | null {
  // "..., often calling ...", "..., merely pledging ...": adverbs of the participle.
  let lead = at;
  while (
    lead > 1 &&
    !ctx.quoted[lead - 1] &&
    ctx.pack.adverbs.has(ctx.tokens[lead - 1]?.lower ?? '')
  )
    lead--;
  // 'ended the "Golden Week," saying ...': a comma typed inside the closing quote mark still
  // closes the clause before the participle.
  const quoteClose = ctx.tokens[lead - 1]?.type === 'quote' && ctx.tokens[lead - 2]?.text === ',';
  if (quoteClose) lead--;
  const before = ctx.tokens[lead - 1];
  // "..., saying", "... after saying they had ...": the clause hangs on the sentence's
  // subject; after "after" only with a clause of words ("before saying goodbye" is a deed).
  const opener = ctx.pack.participleOpeners.has(before?.lower ?? '');
  const next = ctx.tokens[pastAdverbs(ctx, at + 1)]?.lower ?? '';
  // "responded to the question on Facebook writing, “...”": a quotation it introduces ties
  // the participle to the subject with no comma before it.
  if (
    !CLAUSE_BREAKS.has(before?.text ?? '') &&
    !(opener && (ctx.pack.complementizers.has(next) || clauseAt(ctx, at + 1))) &&
    !quotationAfter(ctx, at + 1) &&
    !joinedParticiple(ctx, at) &&
    !(afterDate(ctx, at) && (clauseAt(ctx, at + 1) || !verbAfter(ctx, at)))
  )
    return null;
  if (closingSpeakerBefore(ctx, lead - 1)) return null;
  const spans = [openingSubject(ctx), subjectAfterOpening(ctx, at), subordinateSubject(ctx, at)];
  for (const collected of spans) {
    const span = collected && beforeOwnVerb(ctx, collected);
    if (!span || span.end >= lead - 1 || ctx.quoted[span.start]) continue;
    // "The company's shares rose, suggesting ...": a possessive owns the subject's noun; the
    // shares are no source.
    const last = ctx.tokens[span.end - 1];
    if (last && last.base !== last.lower && ctx.tokens[span.end]?.type === 'word') continue;
    const source = classify(ctx, span);
    if (source && !bareFirstWord(ctx, span, source)) return candidate(ctx, at, source, span);
  }
  return null;
}

/** The first token from `k` on that is no adverb ("warning darkly that"). */
function pastAdverbs(ctx: SentenceContext, k: number): number {
  while (!ctx.quoted[k] && ctx.pack.adverbs.has(ctx.tokens[k]?.lower ?? '')) k++;
  return k;
}

/** Longest aside set off by commas between a participle and its infinitive. */
const MAX_ASIDE_WORDS = 4;

/** "..., vowing to cut taxes", "pledging, in public anyway, to keep the peace": a commitment
 * participle at `at` (of `len` tokens) whose infinitive follows, past one short aside. */
function commitment(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack, quoted } = ctx;
  if (!pack.commitmentParticiples.has(tokens[at]?.lower ?? '')) return false;
  let k = at + len;
  if (tokens[k]?.text === ',' && !quoted[k]) {
    let m = k + 1;
    while (m - k <= MAX_ASIDE_WORDS && tokens[m]?.type === 'word' && !quoted[m]) m++;
    if (m === k + 1 || tokens[m]?.text !== ',' || quoted[m]) return false;
    k = m + 1;
  }
  return pack.infinitiveMarkers.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.type === 'word';
}

export const sayingClause: Rule = {
  id: 'saying-clause',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.participleCues, {
      lowerOnly: true,
    })) {
      // "..., adding to signs of recovery", "adding pressure on": a deed, not words.
      if (inException(ctx, at)) continue;
      // "..., calling the drills a provocation": a label verb's participle reports words only
      // with a label after its object ("calling for talks", "calling them" do not).
      // "issued a statement criticizing the agency": what a statement does is its content.
      const label = ctx.pack.labelVerbs.matchAt(ctx.tokens, at);
      const issued = label > 0 ? statementClause(ctx, at) : null;
      const labelled =
        label > 0 &&
        (labelAfter(ctx, at, label) ||
          adjectiveLabel(ctx, at, label) ||
          reasonLabel(ctx, at, label));
      if (label > 0 && !issued && !labelled) continue;
      // "noting the time", "a warning", "denying access": these report words only before a
      // complementizer or a plain finite clause ("stressing the levy was illegal").
      // "warning darkly that ...": a manner adverb between the participle and its clause.
      const clauseAfter = pastAdverbs(ctx, at + len);
      if (
        ctx.pack.bareVerbs.matchAt(ctx.tokens, at) === len &&
        !ctx.pack.complementizers.has(ctx.tokens[clauseAfter]?.lower ?? '') &&
        !markedClause(ctx, at + len) &&
        !quotationAfter(ctx, at + len) &&
        !withForecast(ctx, at, len) &&
        !commitment(ctx, at, len)
      )
        continue;
      const found =
        withClause(ctx, at) ??
        statementClause(ctx, at) ??
        subjectClause(ctx, at) ??
        appearanceClause(ctx, at);
      // "pointing out": the whole phrase is the cue.
      const phrase = { cue: tokensText(ctx, at, at + len), cueSpan: { start: at, end: at + len } };
      if (found) out.push(len > 1 && found.cueSpan.start === at ? { ...found, ...phrase } : found);
    }
    // "State television broadcast from the town, showing empty streets": what an outlet's
    // pictures or a document show, told after the subject.
    for (const [at] of matchesOutsideQuotes(ctx, ctx.pack.findingParticiples, {
      lowerOnly: true,
    })) {
      const found = subjectClause(ctx, at);
      if (found && SHOWERS.has(found.source.kind)) out.push(found);
    }
    return out;
  },
};
