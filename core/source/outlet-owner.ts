/**
 * "Kantor berita IRNA milik pemerintah Iran melaporkan", "menurut Xinhua milik negara, ...":
 * an outlet's name, then the pack's word tying it to its owner and the owner. The outlet
 * speaks; the owner only says whose it is (the registry still decides whether the state
 * controls it).
 */
import type { SentenceContext } from '../context';
import { collectLeft, collectRight } from './collect';
import { outletIn } from './tokens';
import type { Span } from './types';

/** A phrase naming an outlet: one the registry knows, or a media or state-media phrase. */
export function outletPhrase(ctx: SentenceContext, span: Span): boolean {
  const { tokens, pack } = ctx;
  return (
    outletIn(ctx, span) !== null ||
    pack.media.find(tokens, span.start, span.end) !== null ||
    pack.stateMedia.find(tokens, span.start, span.end) !== null
  );
}

/** The outlet before the owner's link right before `start` (where the phrase found before a
 * verb starts), or null. */
export function ownedOutletLeft(ctx: SentenceContext, start: number): Span | null {
  const link = start - 1;
  if (link < 1 || ctx.quoted[link] || !ctx.pack.ownerLinks.has(ctx.tokens[link]?.lower ?? ''))
    return null;
  const outlet = { start: collectLeft(ctx, link - 1), end: link };
  return outlet.start < link && outletPhrase(ctx, outlet) ? outlet : null;
}

/** Where an outlet's phrase [start, end) ends once its owner after the link is taken in. */
export function ownerAfterOutlet(ctx: SentenceContext, start: number, end: number): number {
  if (ctx.quoted[end] || !ctx.pack.ownerLinks.has(ctx.tokens[end]?.lower ?? '')) return end;
  if (!outletPhrase(ctx, { start, end })) return end;
  const owner = collectRight(ctx, end + 1);
  return owner > end + 1 ? owner : end;
}
