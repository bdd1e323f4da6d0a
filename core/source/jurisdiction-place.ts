/**
 * "Ketua DPRD Sukamaju dari Fraksi X, Joko Susilo": a role held over a place, the place, then
 * more of the office and the person's name. The place alone after the role is no one's name.
 */
import type { SentenceContext } from '../context';
import { classify } from './classify';
import { collectRight } from './collect';

/** Tokens [start, k) end in a jurisdiction's role and its place only ("Ketua DPRD Sukamaju"):
 * the `name` read there is the place. */
export function placeAsName(
  ctx: SentenceContext,
  start: number,
  k: number,
  name: string | null,
): boolean {
  if (!name) return false;
  const at = k - name.split(' ').length;
  const { jurisdictionRoles } = ctx.pack;
  for (let m = start; m < at; m++)
    if (m + jurisdictionRoles.matchAt(ctx.tokens, m) === at) return true;
  return false;
}

/** A comma at token `end`, then a person's name. */
export function personAfterComma(ctx: SentenceContext, end: number): boolean {
  const { tokens } = ctx;
  if (tokens[end]?.text !== ',' || !tokens[end + 1]?.cap || ctx.quoted[end + 1]) return false;
  const nameEnd = collectRight(ctx, end + 1);
  return classify(ctx, { start: end + 1, end: nameEnd })?.kind === 'named_person';
}
