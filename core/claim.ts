/**
 * The claim part of an attributed sentence: the quotation when the cue stands outside one
 * (not a few words quoted inside a sentence the reporter wrote), else the side of the
 * sentence away from the source and cue ("Menurut X, <claim>", "<claim>, according to X",
 * "X said <claim>"). What may stand between the verb and the claim: claim-verb-tail.ts;
 * the quotation as a claim: claim-quote.ts; two claims in one sentence: split-claims.ts.
 */
import { claimAfterAside } from './claim-aside';
import { closesSentence } from './closes-sentence';
import { embedded, longestQuote, quoteText } from './claim-quote';
import { splitQuote } from './split-quote';
import type { SentenceContext } from './context';
import type { Candidate } from './rules';
import { isHandle, type Span } from './source';
import {
  adjunctTail,
  commaDateEnd,
  datedEnd,
  listenerOnly,
  mannerTail,
  occasionAfterTime,
  occasionLead,
  occasionOnly,
  relativeThat,
  timeOnly,
} from './claim-verb-tail';
import type { Token } from './text';
import { FINAL_STOPS, trimEdges, trimSet } from './claim-trim';
import { PERSON_KINDS } from './source-kind-groups';

/** How far after the verb a complementizer may come ("said on Monday that ..."), and after
 * an occasion's phrase ("said in an interview with the Daily Planet on Sunday that ..."). */
const MAX_LEAD_WORDS = 4;
const MAX_OCCASION_LEAD_WORDS = 10;

/** Words before a relay phrase after the verb ("while being interviewed by"). */
const MAX_RELAY_LEAD = 2;

/** "said while being interviewed by Wirely that ...", "said when interviewed by ...": a relay
 * phrase (not a verb of telling, whose listener may open the claim) within a few words. */
function relayLead(ctx: SentenceContext, from: number): boolean {
  const { tokens, pack } = ctx;
  for (let k = from; k <= from + MAX_RELAY_LEAD; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return false;
    if (!pack.tellVerbs.has(t.lower) && pack.relays.matchAt(tokens, k) > 0) return true;
  }
  return false;
}

/** "said on Monday that <claim>": the claim is what a complementizer a few words after the
 * verb introduces; null when none does. */
function afterComplementizer(ctx: SentenceContext, from: number, endChar: number): string | null {
  // "said in an interview published on Sunday by Xinhua that ...": an occasion's phrase may
  // run longer before it.
  const long = occasionAfterTime(ctx, from) || relayLead(ctx, from);
  const limit = long ? MAX_OCCASION_LEAD_WORDS : MAX_LEAD_WORDS;
  // "mengatakan dalam wawancara dengan X, Senin, bahwa ...": a comma-set date is passed.
  let dated = 0;
  for (let i = from; i < ctx.tokens.length && i - from - dated <= limit; i++) {
    const past = i > from ? commaDateEnd(ctx, i, ctx.tokens.length) : i;
    if (past > i) {
      dated += past - i;
      i = past;
    }
    const t = ctx.tokens[i] as Token;
    // "said the office would file that ...": a finite verb has begun the claim's clause.
    if (t.type !== 'word' || ctx.quoted[i] || ctx.pack.finiteAuxiliaries.has(t.lower)) return null;
    if (i > from && ctx.pack.complementizers.has(t.lower)) {
      if (relativeThat(ctx, from, i)) return null;
      const first = ctx.tokens[i + 1];
      const text =
        first && first.start < endChar
          ? trimEdges(trimSet(ctx.text.slice(first.start, endChar), FINAL_STOPS, false), ctx.pack)
          : '';
      // "wasn't selling at that point": a determiner, not a clause ("that it won").
      return text.includes(' ') ? text : null;
    }
  }
  return null;
}

/** A side this short may be a description of the source rather than a claim. */
const MAX_TAIL_WORDS = 8;
/** Words before a withheld-name phrase opening a tail ("speaking on condition of ..."). */
const MAX_OPENING_WORDS = 2;

/** The rest of the sentence from token `from` is a short tail naming an unnamed source's
 * anonymity (", speaking on condition of anonymity", ", asking not to be named"), a phrase
 * of the anonymous or withheld-name lexicon; a withheld-name phrase opening it may go on
 * with its reason at any length (", asking not to be named because the talks are private"). */
function describesSource(ctx: SentenceContext, from: number, to: number): boolean {
  let words = 0;
  let found = false;
  for (let i = from; i < to; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.type !== 'word') continue;
    words++;
    if (words <= MAX_OPENING_WORDS && ctx.pack.withheldNames.matchAt(ctx.tokens, i) > 1)
      return true;
    if (words > MAX_TAIL_WORDS) return false;
    const len = Math.max(
      ctx.pack.anonymous.matchAt(ctx.tokens, i),
      ctx.pack.withheldNames.matchAt(ctx.tokens, i),
    );
    if (len > 1) found = true;
  }
  return found;
}

/**
 * "<claim>, said the monitor, which tracks the war", "<claim>, according to an official who
 * asked not to be named because ...": a source closing the sentence after a comma, then a
 * relative clause about it. However long, that clause describes the source; the claim is
 * the side before the cue.
 */
function relativeAfterSource(ctx: SentenceContext, c: Candidate, start: number, end: number) {
  const { tokens, pack } = ctx;
  if (!c.sourceSpan || c.sourceSpan.start < c.cueSpan.start || tokens[start - 1]?.text !== ',')
    return false;
  const at = tokens[end]?.text === ',' ? end + 1 : end;
  const word = tokens[at];
  if (!word || word.type !== 'word' || ctx.quoted[at]) return false;
  return pack.clauseRelatives.has(word.lower) && !pack.complementizers.has(word.lower);
}

/**
 * The claim of candidate `c`, looked for within its clause: the token range `clause`
 * (the whole sentence unless the sentence holds two claims, see splitClaims).
 */
/** Words of the shortest claim before a closing speaker ("Talks stalled, he said in ..."). */
const MIN_FRONTED_CLAIM_WORDS = 4;

export function claimText(
  ctx: SentenceContext,
  c: Candidate,
  clause: Span = { start: 0, end: ctx.tokens.length },
): string {
  if (c.claim) return c.claim;
  // The quotation is the claim ('"We will ...," she said', 'she said: "We will ..."'),
  // unless it is a few words quoted inside a claim the reporter worded.
  const split = splitQuote(ctx, clause, c);
  const head = split && quoteText(ctx, split.head);
  const tail = split && quoteText(ctx, split.tail);
  if (head && tail) return trimEdges(`${head} ${tail}`, ctx.pack);
  const run = longestQuote(ctx, clause, c.sourceSpan);
  const q = run && !embedded(ctx, run, c) ? quoteText(ctx, run) : null;
  return q ? trimEdges(q, ctx.pack) : sideText(ctx, c, clause);
}

/** The side of the clause away from the source and cue (see the file's comment). */
function sideText(ctx: SentenceContext, c: Candidate, clause: Span): string {
  const whole = clause.start === 0 && clause.end >= ctx.tokens.length;
  const clauseText = whole
    ? ctx.text
    : ctx.text.slice(
        ctx.tokens[clause.start]?.start ?? 0,
        ctx.tokens[clause.end - 1]?.end ?? ctx.text.length,
      );
  const clauseStartChar = ctx.tokens[clause.start]?.start ?? 0;
  const clauseEndChar = whole
    ? ctx.text.length
    : (ctx.tokens[clause.end - 1]?.end ?? ctx.text.length);
  const spanStart = Math.min(c.cueSpan.start, c.sourceSpan?.start ?? c.cueSpan.start);
  // "told Reuters the talks stalled": the addressee is no part of the claim.
  let cueEnd = Math.max(c.cueSpan.end, c.addresseeSpan?.end ?? 0);
  // "..., the senator tweeted @alma_r": the account the words went out on is no claim.
  if (isHandle(ctx.tokens[cueEnd]) && c.sourceSpan && c.sourceSpan.end <= c.cueSpan.start) cueEnd++;
  const spanEnd = Math.max(cueEnd, c.sourceSpan?.end ?? c.cueSpan.end);
  // "<claim>, as Reuters reported": the subordinator opening the account is no claim.
  const account =
    spanStart > clause.start &&
    !ctx.quoted[spanStart - 1] &&
    ctx.pack.accountSubordinators.has(ctx.tokens[spanStart - 1]?.lower ?? '');
  const startChar = ctx.tokens[account ? spanStart - 1 : spanStart]?.start ?? clauseStartChar;
  const claimFrom = datedEnd(ctx, commaDateEnd(ctx, spanEnd, clause.end), clause.end);
  const endChar = ctx.tokens[claimFrom - 1]?.end ?? clauseEndChar;
  const before = trimEdges(ctx.text.slice(clauseStartChar, startChar), ctx.pack);
  const after = trimEdges(
    trimSet(ctx.text.slice(endChar, clauseEndChar), FINAL_STOPS, false),
    ctx.pack,
  );
  // Hedges sit inside their claim: the whole sentence is the claim.
  if (c.rank === 0) return clauseText;
  // "The bridge, the mayor said, will open", "Jembatan itu kata Rina akan dibuka": a speaker
  // set inside the clause; the words around it are one claim.
  const resumes = before ? interruptionEnd(ctx, c, spanStart, spanEnd, clause.end) : -1;
  if (resumes > 0) {
    const rest = ctx.text.slice(ctx.tokens[resumes]?.start ?? clauseEndChar, clauseEndChar);
    return `${before} ${trimSet(rest, FINAL_STOPS, false).trimEnd()}`;
  }
  // "X said <claim>": with the source before the verb and words right after it, the claim
  // follows the verb, whatever stands before the source ("The company declined to comment,
  // but people familiar with the matter said ..."). "<claim>, X said, speaking ..." keeps
  // the claim before: a comma right after the verb.
  const next = ctx.tokens[cueEnd];
  const aside = claimAfterAside(
    ctx,
    c,
    datedEnd(ctx, cueEnd, clause.end),
    clause.end,
    clauseEndChar,
  );
  if (aside) return aside;
  // "<claim>, KCNA said, without giving details", "<claim>, Li told business leaders": a
  // source closing a claim set before it, then only a manner of telling or a listener.
  const fronted =
    c.sourceSpan != null &&
    ctx.tokens[spanStart - 1]?.text === ',' &&
    before.split(' ').length >= MIN_FRONTED_CLAIM_WORDS;
  const tail = datedEnd(ctx, spanEnd, clause.end);
  if (fronted && mannerTail(ctx, tail)) return before;
  // "<claim>, state media said, in a report that could not be verified": the occasion.
  if (fronted && ctx.tokens[tail]?.text === ',' && occasionLead(ctx, tail + 1)) return before;
  if (
    fronted &&
    c.sourceSpan!.end <= c.cueSpan.start &&
    listenerOnly(ctx, c.cueSpan.end, clause.end)
  )
    return before;
  if (
    c.sourceSpan &&
    c.sourceSpan.end <= c.cueSpan.start &&
    next?.type === 'word' &&
    cueEnd < clause.end &&
    after
  ) {
    // "<claim>, the council said in a statement": only the occasion follows the verb; so
    // in "<claim>, officials said on Monday", only its time.
    if (before && (occasionOnly(ctx, cueEnd, clause.end) || timeOnly(ctx, cueEnd, clause.end)))
      return before;
    // "<claim>, a diplomat told Reuters on condition of anonymity": only the source's
    // anonymity follows; "<claim>, officials have said privately": only a word of manner.
    if (before && describesSource(ctx, cueEnd, clause.end)) return before;
    const fronted =
      ctx.tokens[c.sourceSpan.start - 1]?.text === ',' &&
      before.split(' ').length >= MIN_FRONTED_CLAIM_WORDS;
    if (fronted && !after.includes(' ')) return before;
    // "<claim>, the mayor said in a statement posted on his page": a closing speaker whose
    // verb takes only its own phrase (closesSentence). An opener is no claim ("However, ...").
    if (
      whole &&
      ctx.tokens[c.sourceSpan.start - 1]?.text === ',' &&
      before.split(' ').length >= MIN_FRONTED_CLAIM_WORDS &&
      closesSentence(ctx, c)
    )
      return before;
    return afterComplementizer(ctx, cueEnd, clauseEndChar) ?? after;
  }
  // ", speaking on condition of anonymity", ", who asked not to be named": a short side that
  // says who the source is is no claim.
  if (before && describesSource(ctx, spanEnd, clause.end)) return before;
  // "<claim>, kata Rina dalam konferensi pers yang disiarkan TV5": only the occasion follows
  // the source.
  if (before && occasionOnly(ctx, spanEnd, clause.end)) return before;
  // "<claim> was confirmed by the ministry on Monday": only when the agent spoke.
  if (before && timeOnly(ctx, spanEnd, clause.end)) return before;
  // "<claim>, ujar Budi saat ditemui di kantornya": only where or when the source spoke.
  const closing =
    ctx.tokens[c.cueSpan.start - 1]?.text === ',' && (c.sourceSpan?.start ?? 0) >= c.cueSpan.end;
  if (before && closing && adjunctTail(ctx, spanEnd)) return before;
  if (before && relativeAfterSource(ctx, c, spanStart, spanEnd)) return before;
  // "Kabar itu beredar bahkan ada pengurus yang ... mengatakan, <claim>": where a comma after
  // the verb stands for "that", the words after it are the claim, however long the clause
  // before the source (a comma before the source would set it after a fronted claim).
  const thatComma =
    ctx.pack.data.stanceClauseAfterComma &&
    next?.text === ',' &&
    c.sourceSpan != null &&
    c.sourceSpan.end <= c.cueSpan.start &&
    ctx.tokens[spanStart - 1]?.text !== ',';
  if (after && thatComma) return after;
  if (after.length >= before.length) return after || clauseText;
  return before || clauseText;
}

/**
 * Where the clause resumes after a speaker set inside it, or -1: after "X said" between
 * commas when a finite auxiliary opens the words after ("will open", "akan dibuka"); right
 * after a verb-first cue and its source written inside the clause with no comma ("itu kata
 * Rina akan dibuka").
 */
function interruptionEnd(
  ctx: SentenceContext,
  c: Candidate,
  start: number,
  end: number,
  clauseEnd: number,
): number {
  const { tokens, pack } = ctx;
  const opener = tokens[start - 1];
  if (!opener || ctx.quoted[start - 1] || end >= clauseEnd) return -1;
  // "Namun menurut X, ...", "Sementara itu, X menyatakan, ...": an opener is no subject.
  const lead = opener.text === ',' ? start - 1 : start;
  if (pack.openers.matchAt(tokens, 0, lead) === lead) return -1;
  if (opener.text === ',') {
    let k = end;
    while (k < clauseEnd && pack.timeWords.has(tokens[k]?.lower ?? '')) k++;
    const next = tokens[k + 1];
    const opens = next?.type === 'word' && pack.finiteAuxiliaries.has(next.lower);
    return tokens[k]?.text === ',' && opens && !ctx.quoted[k + 1] ? k + 1 : -1;
  }
  // Only a person set inside: a document's phrase runs on ("according to a census taken
  // in 2010"), and so does a relative clause ("citing officials who said").
  const verbFirst = c.sourceSpan != null && c.cueSpan.end <= c.sourceSpan.start;
  const next = tokens[end];
  const resumes =
    next?.type === 'word' &&
    !ctx.quoted[end] &&
    !pack.clauseRelatives.has(next.lower) &&
    !pack.complementizers.has(next.lower);
  return opener.type === 'word' && verbFirst && PERSON_KINDS.has(c.source.kind) && resumes
    ? end
    : -1;
}
