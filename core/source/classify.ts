/**
 * Classifying a source span into one of the nine kinds, with name, role and outlet: the
 * stages in stages/index.ts are asked in order and the first to decide wins; its id goes into
 * the report as the source's basis.
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import { SpanMemo, spanKey } from '../span-memo';
import { Analysis } from './analysis';
import { withoutDegrees } from './degrees';
import { withoutSpokenAt } from './spoken-at';
import { nounPhraseBefore, nounPhraseHead } from './noun-phrase';
import { NOT_A_SOURCE, STAGES, type Stage } from './stages';
import { resolvedSource } from './stages/pronoun';
import { pastParticiple, spanText } from './tokens';
import type { FoundSource, Span } from './types';
import { UNNAMED_KINDS } from '../source-kind-groups';

/**
 * Classifies a source span, or returns null when the words are not a source at all
 * ("the price said" never happens, but "the quarter showed" does).
 */
export function classify(ctx: SentenceContext, span: Span): FoundSource | null {
  return classified.get(ctx, spanKey(span.start, span.end), () => classifyAnew(ctx, span));
}

/** Classifications kept per sentence: the rules ask the same span several times. */
const classified = new SpanMemo<FoundSource | null>();

function classifyAnew(ctx: SentenceContext, span: Span): FoundSource | null {
  // "Budi Santoso SH MH": degrees after a name are no part of what the source is; nor is
  // where a named speaker spoke ("Menteri X di Jakarta").
  const spoken = withoutSpokenAt(ctx, span, classify) ?? span;
  const a = new Analysis(ctx, withoutDegrees(ctx, spoken));
  if (!a.text || a.words.length === 0) return null;
  // An index loop: an iterator's results are allocations in unoptimized code (core/text.ts).
  for (let s = 0; s < STAGES.length; s++) {
    const decision = (STAGES[s] as Stage).decide(a);
    if (decision === NOT_A_SOURCE) return null;
    if (decision) return decision;
  }
  return null;
}

/** Classifies a resolved pronoun clitic ("ujarnya", "menurutnya"): always a person first. */
/** How many sentences back a group's words may still be what a clitic points to. */
const GROUP_WINDOW = 3;

export function cliticSource(ctx: SentenceContext, written: string): FoundSource {
  const found = ctx.referents.lastPersonBy(ctx.index, true);
  // '"...," kata para peneliti. ... Menurutnya, ...': with no person, or only a name seen in
  // passing, to point to, unnamed people who spoke just before are what "-nya" stands for
  // (never an institution: a person's clitic points back only to people).
  const group = !found || found.by === 'named-in-passing' ? ctx.referents.lastGroup() : null;
  const people = group?.kind === 'anonymous' || group?.kind === 'unnamed_official';
  if (people && group?.speaker && ctx.index - (group.sentence ?? -Infinity) <= GROUP_WINDOW)
    return resolvedSource(group, written, 'named_person', 'clitic', 'recent-group');
  return resolvedSource(
    found?.referent ?? null,
    written,
    'named_person',
    'clitic',
    found?.by ?? '',
  );
}

/** Classifies a plain noun phrase by its head and the words before it ("a driver at the
 * council depot" is a driver, not the council); the text is the whole phrase. */
export function classifyNounPhrase(ctx: SentenceContext, span: Span): FoundSource | null {
  const head = nounPhraseHead(ctx, span);
  if (head < 0) return null;
  const found = classify(ctx, { start: span.start, end: head + 1 });
  return found ? { ...found, text: spanText(ctx, span) } : null;
}

/** Words of an aside between the commas before a verb ("released by the board on Monday"). */
const MAX_ASIDE_TOKENS = 12;

/** The aside set off by commas right before the verb (its opening comma `open`, closing
 * comma `close`) and the noun phrase filling the clause before it. */
interface Aside {
  open: number;
  close: number;
  phrase: Span;
  found: FoundSource;
}

function asideBefore(ctx: SentenceContext, verb: number): Aside | null {
  const { tokens } = ctx;
  const close = verb - 1;
  if (tokens[close]?.text !== ',' || ctx.quoted[close]) return null;
  let open = close - 1;
  while (open > 0 && close - open <= MAX_ASIDE_TOKENS && tokens[open]?.type === 'word') {
    if (ctx.quoted[open]) return null;
    open--;
  }
  const first = tokens[open + 1];
  if (tokens[open]?.text !== ',' || !first || first.cap || open + 1 === close) return null;
  const phrase = nounPhraseBefore(ctx, open);
  const found = phrase ? classifyNounPhrase(ctx, phrase) : null;
  return phrase && found ? { open, close, phrase, found } : null;
}

function withAside(ctx: SentenceContext, aside: Aside): { span: Span; source: FoundSource } {
  const span = { start: aside.phrase.start, end: aside.close };
  return { span, source: { ...aside.found, text: spanText(ctx, span) } };
}

/**
 * "A report on the levee, released on Monday, said", "Minutes of the meeting, which were
 * kept by the clerk, showed": a document's noun phrase filling its clause, then an aside set
 * off by commas right before the verb that opens with a participle or a relative. The
 * document speaks; the text keeps the aside.
 */
export function documentAsideBefore(
  ctx: SentenceContext,
  verb: number,
): { span: Span; source: FoundSource } | null {
  const aside = asideBefore(ctx, verb);
  if (aside?.found.kind !== 'document') return null;
  const { pack } = ctx;
  // "..., first reported by ...,": an adverb may come before the participle.
  let at = aside.open + 1;
  while (at < aside.close - 1 && pack.adverbs.has(ctx.tokens[at]?.lower ?? '')) at++;
  const first = ctx.tokens[at] as Token;
  const opens = pastParticiple(pack, first) || pack.clauseParticiples.has(first.lower);
  if (!opens && !pack.clauseRelatives.has(first.lower)) return null;
  return withAside(ctx, aside);
}

/**
 * "One farmer, who asked not to be named, said", "A teacher, speaking on condition of
 * anonymity, said": a person's noun phrase no lexicon lists, then an aside about the person
 * (a "who" clause, or one withholding the name) right before the verb. The person speaks.
 */
export function unnamedAsideBefore(
  ctx: SentenceContext,
  verb: number,
): { span: Span; source: FoundSource } | null {
  const aside = asideBefore(ctx, verb);
  if (!aside || !UNNAMED_KINDS.has(aside.found.kind)) return null;
  const { tokens, pack } = ctx;
  let about = pack.relativePronouns.has(tokens[aside.open + 1]?.lower ?? '');
  for (let k = aside.open + 1; k < aside.close && !about; k++)
    about = pack.withheldNames.matchAt(tokens, k, aside.close) > 0;
  return about ? withAside(ctx, aside) : null;
}
