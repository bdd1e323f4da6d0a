/** An outlet's possessive that names what an occasion or document is about, not its carrier. */
import type { SentenceContext } from '../context';
import type { Span } from '../source';

/** "a statement on Xinhua's anniversary": after an outlet's possessive, words none of which
 * names an outlet, a programme or a piece of it ("Xinhua's website", "state television's
 * news bulletin" do) are a thing of the outlet's that the occasion is about; nothing carried
 * it. */
export function outletsThing(ctx: SentenceContext, span: Span): boolean {
  const { tokens, pack } = ctx;
  const owner = tokens.findIndex(
    (t, k) => k >= span.start && k < span.end && t.type === 'word' && t.base !== t.lower,
  );
  if (owner < 0) return false;
  const own = [pack.media, pack.outletNouns, pack.programmes, pack.documents, pack.timeWords];
  let k = owner + 1;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || t.cap || ctx.quoted[k] || pack.complementizers.has(t.lower))
      break;
    if (own.some((words) => words.has(t.lower))) return false;
  }
  return k > owner + 1 && !tokens[owner + 1]?.cap;
}
