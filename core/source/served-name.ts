/**
 * "said Marland's envoy to the United Nations in Brussels, Ivo Dresner": a role, "to" and
 * whom the role serves, then a comma and the person's name. The name closes the source
 * phrase; without it the phrase stops before "to" ("said an aide to reporters").
 */
import type { SentenceContext } from '../context';
import { classify } from './classify';
import { collectRight } from './collect';
import { hasRole, isWord } from './tokens';

/** Words from "to" to the comma before the name ("to the U.N. Human Rights Council"). */
const MAX_SERVED_TOKENS = 10;

/** The end of the name after the role ending at `end`, or `end` when none follows. */
export function servedThenName(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  const to = tokens[end];
  if (!isWord(to) || ctx.quoted[end] || !pack.addressees.has(to.lower)) return end;
  if (!hasRole(ctx, { start, end })) return end;
  let k = end + 1;
  while (k < tokens.length && k - end <= MAX_SERVED_TOKENS && !ctx.quoted[k]) {
    const t = tokens[k];
    // An abbreviation's dot ("the U.N. in Geneva") stays inside the phrase.
    const dot = t?.text === '.' && isWord(tokens[k + 1]);
    const stop =
      !isWord(t) || pack.complementizers.has(t.lower) || pack.speakerVerbs.matchAt(tokens, k) > 0;
    if (!dot && stop) break;
    k++;
  }
  if (k === end + 1 || tokens[k]?.text !== ',') return end;
  const first = tokens[k + 1];
  if (!isWord(first) || !first.cap || ctx.quoted[k + 1]) return end;
  const nameEnd = collectRight(ctx, k + 1);
  const after = tokens[nameEnd];
  const closes = !after || /^[,.!?]$/.test(after.text) || after.type === 'quote';
  if (nameEnd <= k + 1 || !closes) return end;
  return classify(ctx, { start: k + 1, end: nameEnd })?.kind === 'named_person' ? nameEnd : end;
}
