/**
 * "The Syrian state-run Ikhbariya news channel said ...": an outlet the registry does not
 * know, which the article itself says the state runs, is state media. The words saying so
 * stand right before the outlet's name (or open its phrase); the outlet is named by a media word ("news
 * channel", "television") or a masthead ("the state-owned Daily Courier"). An outlet the
 * registry knows is what the registry says (stages state-media and outlet).
 */
import type { Analysis } from '../analysis';
import { bodyWordAt } from '../lexicon';
import type { Stage } from './types';

/** "the government's news agency", "the military's television channel": a word for the
 * state owning (possessive mark) the phrase's last words, one outlet's media word. A body's
 * other things are no outlet ("the government's statistics agency", "the army's reports"). */
function stateOwned(a: Analysis): boolean {
  const { ctx, span } = a;
  const { tokens, pack } = ctx;
  const owner = tokens.findIndex(
    (t, k) => k >= span.start && k < span.end - 1 && t.type === 'word' && t.base !== t.lower,
  );
  if (owner < 0) return false;
  let ownedBy = false;
  for (let j = span.start; j <= owner && !ownedBy; j++)
    ownedBy = pack.stateOwners.matchAt(tokens, j, owner + 1) === owner + 1 - j;
  if (!ownedBy || !pack.outletNouns.has(a.lastWord)) return false;
  for (let k = owner + 1; k < span.end; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || t.cap || ctx.quoted[k]) return false;
    if (pack.media.matchAt(tokens, k, span.end) === span.end - k) return true;
  }
  return false;
}

/** "the Communist Party newspaper", "the ruling party daily", "the government news agency":
 * a word for the state right before one outlet's media words closing the phrase, with no
 * possessive mark. */
function stateNamedBefore(a: Analysis): boolean {
  const { ctx, span } = a;
  const { tokens, pack } = ctx;
  if (!pack.outletNouns.has(a.lastWord)) return false;
  for (let m = span.end - 1; m > span.start; m--) {
    if (pack.media.matchAt(tokens, m, span.end) !== span.end - m) continue;
    for (let j = span.start; j < m; j++) {
      if (ctx.quoted[j] || pack.stateOwners.matchAt(tokens, j, m) !== m - j) continue;
      if (j === span.start || pack.determiners.has(tokens[j - 1]?.lower ?? '')) return true;
    }
  }
  return false;
}

/** Where the phrase's head ends: at the comma opening a clause about it ("the official, who
 * was not authorized to speak to the media," is an official; the media are his clause's). */
export function phraseHeadEnd(a: Analysis): number {
  const clause = [a.clauseComma(), a.relativeComma()].filter((k) => k >= 0);
  return clause.length ? Math.min(...clause) : a.span.end;
}

/** "The Dalby Star, a state-backed paper": an appositive closing the phrase that is only the
 * words saying the state runs it and one outlet's word ("an official at the state-run paper"
 * is a person). */
function statedInAppositive(a: Analysis): boolean {
  const { tokens, pack, quoted } = a.ctx;
  const { span } = a;
  let k = span.start + 1;
  while (k < span.end && tokens[k]?.text !== ',') k++;
  if (++k >= span.end) return false;
  if (pack.determiners.has(tokens[k]?.lower ?? '')) k++;
  const first = k;
  while (k < span.end && !quoted[k] && pack.stateOutletModifiers.has(tokens[k]?.lower ?? '')) k++;
  if (k === first || k >= span.end) return false;
  if (pack.media.matchAt(tokens, k, span.end) === span.end - k) return true;
  return k === span.end - 1 && pack.outletNouns.has(tokens[k]?.lower ?? '');
}

/** "state-run outlets", "state-owned papers": one outlet's word in the plural. */
function pluralOutlet(a: Analysis): boolean {
  const { pack } = a.ctx;
  return pack.data.rolePluralEndings.some(
    (e) => a.lastWord.endsWith(e) && pack.outletNouns.has(a.lastWord.slice(0, -e.length)),
  );
}

/** "the official statistics agency", "a state-run planning agency": with no media word, a
 * plain lower-case word right before the outlet's word closing the phrase says what the body
 * does; it is a body, not an outlet ("the official news agency" has its media word). */
function doingWordBefore(a: Analysis, headEnd: number): boolean {
  const { tokens, pack } = a.ctx;
  if (headEnd !== a.span.end || !pack.outletNouns.has(a.lastWord)) return false;
  if (pack.media.find(tokens, a.span.start, headEnd) !== null) return false;
  const t = tokens[headEnd - 2];
  return (
    t?.type === 'word' &&
    !t.cap &&
    !pack.stateOutletModifiers.has(t.lower) &&
    !pack.determiners.has(t.lower) &&
    !pack.stopwords.has(t.lower)
  );
}

export const stateDescribed: Stage = {
  id: 'state-described',
  decide(a: Analysis) {
    const { ctx, span } = a;
    if ((stateOwned(a) || stateNamedBefore(a)) && !a.mention())
      return a.found('state_media', 'state-described');
    const modifierAt = (i: number) =>
      ctx.tokens[i]?.type === 'word' &&
      !ctx.quoted[i] &&
      ctx.pack.stateOutletModifiers.has(ctx.tokens[i]?.lower ?? '');
    // Before the phrase, or opening it when it opens the sentence ("State-run Ikhbariya
    // news channel showed ...", where the capital keeps the word in the phrase).
    // "the official Varnland News Agency": a modifier that is also a role noun stays in the
    // phrase, after its determiner.
    // "Kelbonia's official Zeta news agency": a possessive opening the phrase, as a determiner.
    const opener = ctx.tokens[span.start];
    const lead =
      ctx.pack.determiners.has(opener?.lower ?? '') || (opener && opener.base !== opener.lower)
        ? 1
        : 0;
    // "an official from the national rescue agency": a word both a modifier and a person
    // noun, then a preposition, is the person, whose employer the rest names.
    const next = ctx.tokens[span.start + lead + 1]?.lower ?? '';
    const person = ctx.pack.employerLinks.has(next) || ctx.pack.locatives.has(next);
    if (
      !modifierAt(span.start - 1) &&
      !(modifierAt(span.start + lead) && span.end - span.start > lead + 1 && !person) &&
      !statedInAppositive(a)
    )
      return null;
    const headEnd = phraseHeadEnd(a);
    // "paper" names an outlet only with such words ("a state-backed paper"); alone it may be a study.
    const outletWord =
      ctx.pack.media.find(ctx.tokens, span.start, headEnd) !== null ||
      ctx.pack.outletNouns.has(a.lastWord) ||
      pluralOutlet(a) ||
      (headEnd === span.end &&
        (ctx.pack.mastheads.has(a.lastWord) || ctx.pack.bareMastheads.has(a.lastWord)));
    if (!outletWord || a.mention()) return null;
    if (doingWordBefore(a, headEnd)) return null;
    // "the official media office": a body's word closing the phrase makes it the body.
    const media = ctx.pack.media.find(ctx.tokens, span.start, headEnd);
    if (media && bodyWordAt(ctx, media.at + media.len, headEnd)) return null;
    return a.found('state_media', 'state-described');
  },
};
