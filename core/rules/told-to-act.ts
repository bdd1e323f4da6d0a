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

/** A subject pronoun at `k` and a lower-case word after it that is no infinitive's marker:
 * a clause told ("told staff it planned ..."). */
export function pronounClause(ctx: SentenceContext, k: number): boolean {
  const { tokens, pack } = ctx;
  const w = tokens[k]?.lower ?? '';
  const next = tokens[k + 1];
  const subject = pack.personPronouns.has(w) || pack.groupPronouns.has(w);
  if (!subject || !next || next.type !== 'word' || next.cap || ctx.quoted[k + 1]) return false;
  return !pack.infinitiveMarkers.has(next.lower);
}

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
    // "told investors it expected sales to double": a clause told after the listener, its
    // subject a pronoun with its verb after it.
    if (k > listener && (clauseAt(ctx, k) || pronounClause(ctx, k))) return false;
    k++;
  }
  // "with residents told to leave": no listener, the infinitive right after the verb, a
  // passive order given to the subject.
  if (k === listener && !pack.infinitiveMarkers.has(tokens[k]?.lower ?? '')) return false;
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
