/**
 * "Roe told local news website Dunmore.com that ... . ..., the website said": a document's
 * word with "the" that the article last used to describe an outlet, right before the
 * outlet's name, points back to that outlet; it is no document of anyone's.
 */
import type { Analysis } from './analysis';
import type { SourceKind } from '../report';
import type { FoundSource } from './types';

/** How many sentences back the outlet so described may have been named. */
const DESCRIBED_WINDOW = 2;

const OUTLETS: readonly SourceKind[] = ['media', 'state_media'];

/** A capitalised word or a web address: the outlet's name after its describing word. */
const NAME = /^\p{Lu}|\.\p{L}/u;

export function outletDescribed(
  a: Analysis,
  kind: SourceKind | null,
  at: number,
  len: number,
): FoundSource | null {
  const { ctx, words, lowers } = a;
  if (kind !== 'document' || len !== 1 || !a.pointing()) return null;
  // "its website" is whoever "it" is; "the Harlow website" names another owner.
  if (words.slice(1).some((w) => w.cap) || lowers.some((w) => ctx.pack.possessives.has(w)))
    return null;
  const word = ctx.tokens[at]?.lower ?? '';
  const outlets = OUTLETS.map((k) => ctx.referents.lastOfKind(k)).filter((r) => r !== null);
  const r = outlets.sort((x, y) => (y.sentence ?? -1) - (x.sentence ?? -1))[0];
  if (!r || ctx.index - (r.sentence ?? -DESCRIBED_WINDOW - 1) > DESCRIBED_WINDOW) return null;
  const described = r.text.split(/\s+/u);
  const i = described.map((w) => w.toLowerCase()).lastIndexOf(word);
  if (i < 0 || !described.slice(i + 1).some((w) => NAME.test(w))) return null;
  return a.found(r.kind, 'lexicon-head/outlet-described', {
    outlet: r.outlet,
    resolvesTo: r.name ?? r.text,
  });
}
