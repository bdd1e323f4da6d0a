/**
 * An account's clause: "as" right before the speaker ("As the mayor said, ...", "..., as Reuters
 * reported"). Its verb takes no object, so a verb that elsewhere needs its "that" ("observed")
 * says the words after the clause's comma, or before "as".
 */
import type { SentenceContext } from '../context';
import { framingAdjunctEnd } from './framing-adjunct';

/** The speaker at `start` opens an account's clause: "as" right before it. */
export function accountClause(ctx: SentenceContext, start: number): boolean {
  return (
    !ctx.quoted[start - 1] && ctx.pack.accountSubordinators.has(ctx.tokens[start - 1]?.lower ?? '')
  );
}

/** "As X said on Tuesday, ...": the sentence opens with an account's clause whose verb, a time
 * or occasion aside, ends at a comma (`after` is right after the verb). */
export function openingAccount(ctx: SentenceContext, start: number, after: number): boolean {
  return (
    start === 1 &&
    accountClause(ctx, start) &&
    ctx.tokens[framingAdjunctEnd(ctx, after)]?.text === ','
  );
}
