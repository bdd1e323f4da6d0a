/**
 * Where a bare verb of saying ("argue", "observed", "protested") has its words: before a
 * complementizer, a colon or a quotation, before a finite clause when a group speaks, after
 * an account's clause, or before the source when the claim stands first (claimBefore).
 */
import type { SentenceContext } from '../context';
import type { FoundSource, Span } from '../source';
import { accountClause } from './account-clause';
import { thatAfterAddressee } from './addressee-that';
import { clauseAt, markedClause } from './bare-stance';
import { framingAdjunctEnd } from './framing-adjunct';
import { thatAfterPlace } from './that-after-place';
import { afterQuoteOrComma } from './util';

/** Punctuation that ends a clause or a sentence. */
const CLAUSE_ENDS = new Set([',', ';', '.', '!']);
/** Sources a bare verb of saying may have before a finite clause with no "that": groups and
 * bodies ("supporters insist the plan is working", "prosecutors contend the deal was a bribe"). */
const GROUPS: ReadonlySet<string> = new Set([
  'anonymous',
  'unnamed_official',
  'official_body',
  'organization',
]);

/** A bare verb reports words before a complementizer, a colon or a quotation ("critics
 * argue that ...", "the authors conclude: ..."), before a finite clause when a group speaks
 * (not a word only guessed to be a name: "Terminal state handling ... is"), or at the end of
 * a clause whose source follows the claim ('"...," critics argue.'). */
export function opensBareClaim(
  ctx: SentenceContext,
  i: number,
  source: FoundSource,
  span: Span,
): boolean {
  const t = ctx.tokens[i];
  if (t && (ctx.pack.complementizers.has(t.lower) || t.text === ':' || t.type === 'quote'))
    return true;
  // "took to X to write, “...”": a comma, then the quotation.
  if (t?.text === ',' && ctx.tokens[i + 1]?.type === 'quote' && !ctx.quoted[i]) return true;
  // "complained on Twitter that", "complained to reporters that": a place or an addressee,
  // then the claim's "that".
  if (thatAfterPlace(ctx, i) || thatAfterAddressee(ctx, i - 1, i)) return true;
  const basis = source.basis ?? '';
  const guessed = basis.startsWith('lone-name') && basis !== 'lone-name/group';
  // "protested against what they say is ...": a preposition's object, no clause.
  const prep = t !== undefined && ctx.pack.complementPrepositions.has(t.lower);
  if (GROUPS.has(source.kind) && !guessed && !prep && clauseAt(ctx, i)) return true;
  // "Ruiz complained the dam is too old": a named speaker before a clause its article or
  // pronoun opens.
  if (!guessed && !prep && markedClause(ctx, i)) return true;
  if ((!t || CLAUSE_ENDS.has(t.text)) && afterQuoteOrComma(ctx, span.start)) return true;
  // "As one economist observed, ...", "..., as one economist observed.": an account's clause
  // ("as" before the speaker) ends at the verb; "observed the eclipse" has its object.
  if (accountClause(ctx, span.start)) {
    const next = ctx.tokens[framingAdjunctEnd(ctx, i)];
    if (!next || CLAUSE_ENDS.has(next.text))
      return next?.text === ',' ? span.start === 1 : claimBefore(ctx, span.start);
  }
  // '"...," one user complained about the seller', '"...," she complained to reporters':
  // right after a quotation its topic or addressee leaves the quotation the claim.
  const quoteBefore = ctx.tokens[span.start - 1]?.type === 'quote';
  const lower = t?.lower ?? '';
  return quoteBefore && (ctx.pack.topicMarkers.has(lower) || ctx.pack.addressees.has(lower));
}

/** Words of a short opening phrase ("On Tuesday,", "At the hearing,"). */
const MAX_OPENING_WORDS = 4;
const SETS_OFF: ReadonlySet<string> = new Set([',', '-', '–', '—']);

/** The words before the source may be its claim: a quotation ('"...," she said in ...'),
 * or words set off by a comma or dash ("The talks failed, the firm said on Monday"), unless
 * they are one short phrase opened by a preposition or an opener ("On Tuesday, she ..."). */
export function claimBefore(ctx: SentenceContext, start: number): boolean {
  const { tokens, pack } = ctx;
  const before = tokens.slice(0, start);
  if (before.some((t) => t.type === 'quote')) return true;
  // "<claim>, as Reuters reported at the time": the account's clause after a comma.
  const account = pack.accountSubordinators.has(tokens[start - 1]?.lower ?? '');
  if (account && start > 1 && SETS_OFF.has(tokens[start - 2]?.text ?? '')) return true;
  if (!SETS_OFF.has(tokens[start - 1]?.text ?? '')) return false;
  const first = tokens[0]?.lower ?? '';
  const opening =
    (pack.complementPrepositions.has(first) || pack.openers.has(first)) &&
    before.filter((t) => t.type === 'word').length <= MAX_OPENING_WORDS &&
    before.filter((t) => SETS_OFF.has(t.text)).length === 1;
  return !opening;
}
