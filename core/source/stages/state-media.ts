/**
 * "state media", "kantor berita resmi": a generic state-media phrase. With an outlet named
 * too, the registry decides ("Xinhua, the Chinese state news agency" is Xinhua): whether an
 * outlet is state-controlled is the registry's fact, never the description's.
 */
import type { Analysis } from '../analysis';
import { bodyWordAt } from '../lexicon';
import { outletSource } from './outlet';
import { phraseHeadEnd } from './state-described';
import type { Stage } from './types';

export const stateMedia: Stage = {
  id: 'state-media',
  decide(a: Analysis) {
    const { ctx, span } = a;
    // In the phrase's head, not in a clause about it: "a diplomat, who spoke to state media on
    // condition of anonymity," is the diplomat.
    const found = ctx.pack.stateMedia.find(ctx.tokens, span.start, phraseHeadEnd(a));
    if (!found) return null;
    // "the state media regulator": the phrase only qualifies a body's word. Where the noun
    // comes first ("media resmi pemerintah", "surat kabar resmi partai") the body after the
    // phrase is its owner.
    const owner = ctx.pack.data.adjectivesAfterNoun;
    if (!owner && bodyWordAt(ctx, found.at + found.len, span.end)) return null;
    // "Lin Wei, an editor at state television, said": a named person with a role at the
    // outlet speaks in their own name, as at an outlet the registry knows (left to the
    // person stages).
    const role = a.roleHit();
    if (a.firstSegment() && role && role.at < found.at) return null;
    const named = a.mention();
    if (named) return outletSource(ctx, span, named, 'state-media/outlet');
    return a.found('state_media', 'state-media');
  },
};
