/**
 * "A documentary aired by state television accused ...", "The show accused them of ...": a
 * broadcaster's programme is its own journalism, so it speaks as its outlet - the one named
 * in the phrase, or, for "the show" alone, the outlet the story last named (within a few
 * sentences); with none, a programme is still media. A named programme ("The Daily Show")
 * is left to the name stages.
 */
import { isStateControlled } from '../../outlets';
import type { Analysis } from '../analysis';
import type { Stage } from './types';

/** How many sentences back "the show" may point to the outlet named before. */
const PROGRAMME_WINDOW = 3;

export const outletProgramme: Stage = {
  id: 'outlet-programme',
  decide(a: Analysis) {
    const { ctx, span } = a;
    const { tokens, pack } = ctx;
    let k = span.start;
    while (k < span.end && pack.determiners.has(tokens[k]?.lower ?? '')) k++;
    // The programme word heads the phrase, lower-case, with at most one word before it
    // ("the annual show", "a new documentary").
    let head = -1;
    for (let i = k; i < Math.min(span.end, k + 2); i++) {
      const t = tokens[i];
      if (!t || t.type !== 'word' || ctx.quoted[i]) break;
      if (t.cap) return null;
      if (pack.programmes.has(t.lower)) head = i;
    }
    if (head < 0) return null;
    const mention = a.mention();
    if (mention) {
      const kind = isStateControlled(mention.outlet) ? 'state_media' : 'media';
      return a.found(kind, 'outlet-programme/outlet', { outlet: mention.outlet.id });
    }
    if (pack.stateMedia.find(tokens, head + 1, span.end))
      return a.found('state_media', 'outlet-programme/state-media');
    // Only the programme itself may point back: "the show", not "a show about ...".
    if (head + 1 !== span.end && a.clauseComma() < 0 && a.relativeComma() < 0) return null;
    const r = ctx.referents.lastWriter();
    const near = r && ctx.index - (r.sentence ?? -PROGRAMME_WINDOW - 1) <= PROGRAMME_WINDOW;
    if (r && near && (r.kind === 'media' || r.kind === 'state_media'))
      return a.found(r.kind, 'outlet-programme/earlier', {
        outlet: r.outlet,
        resolvesTo: r.name ?? r.text,
      });
    return a.found('media', 'outlet-programme/generic');
  },
};
