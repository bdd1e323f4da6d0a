/**
 * "Guards told visitors not to take pictures", "She told her staff to pack up": a verb of
 * telling with a listener and what they are to do (an infinitive) gives an order, it reports
 * no claim. Words carried later in the sentence ("told voters to trust that the plan will
 * work", a quotation, a colon) still report.
 */
import type { SentenceContext } from '../context';
import { clauseAt } from './bare-stance';

/** Words of the listener between the verb and its infinitive ("the people present"). */
const MAX_LISTENER_WORDS = 4;

export function toldToAct(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  if (!pack.tellVerbs.has(tokens[at + len - 1]?.lower ?? '')) return false;
  let k = at + len;
  const listener = k;
  // "told reporters the plan to expand was dropped": a clause told, its subject's noun first.
  if (clauseAt(ctx, listener)) return false;
  while (k < tokens.length && k - listener < MAX_LISTENER_WORDS) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k] || pack.complementizers.has(t.lower)) break;
    if (pack.infinitiveMarkers.has(t.lower) || pack.unassertedMarkers.has(t.lower)) break;
    // A determiner inside the listener opens another noun phrase ("reporters the plan").
    if (k > listener && pack.determiners.has(t.lower)) return false;
    k++;
  }
  if (k === listener) return false;
  if (pack.unassertedMarkers.has(tokens[k]?.lower ?? '')) k++;
  const verb = tokens[k + 1];
  if (!pack.infinitiveMarkers.has(tokens[k]?.lower ?? '') || verb?.type !== 'word' || verb.cap)
    return false;
  for (let i = k + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || ctx.quoted[i] || t.type === 'quote' || t.text === ':') return false;
    if (pack.complementizers.has(t.lower)) return false;
  }
  return true;
}
