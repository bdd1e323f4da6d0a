/**
 * "Sanctions will be lifted on Saturday, Velmar's foreign minister said." then, a paragraph
 * on, "Foreign Minister Jana Roe said ...": wire copy opens with the speaker's office and names
 * them after. An office given with "the" or an owner ("the premier", "Velmar's foreign
 * minister", "its chief executive") that the article names with the same office later is that
 * person (attribution.md: named_person when the text names them), not an unnamed official.
 * Read once the whole article has been: the claims of the office, and the pronouns resolved to
 * it, take the name.
 */
import type { CompiledPack } from './lang/compile';
import type { Claim, Reason } from './report';
import { judge } from './scoring';
import { plainSource } from './source/types';

/** Words of an office a description may have, at most ("the U.N. special envoy for Syria"). */
const MAX_OFFICE_WORDS = 7;

/** The description's words, lower case, without its article, possessive endings and links. */
function officeWords(pack: CompiledPack, text: string): string[] | null {
  const all = text
    .replace(/’/gu, "'")
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter((w) => w !== '');
  const first = all[0] ?? '';
  const owned = pack.data.genitiveEndings.some((e) => first.endsWith(e) && first.length > e.length);
  if (!pack.definiteDeterminers.has(first) && !pack.possessives.has(first) && !owned) return null;
  if (all.length < 2 || all.length > MAX_OFFICE_WORDS) return null;
  return all
    .map((w) => {
      const ending = pack.data.genitiveEndings.find((e) => w.endsWith(e) && w.length > e.length);
      return ending ? w.slice(0, -ending.length) : w;
    })
    .filter(
      (w) => !pack.definiteDeterminers.has(w) && !pack.possessives.has(w) && !pack.stopwords.has(w),
    );
}

/** The description's head: its last word before a link ("envoy" of "envoy for Syria"). */
function headOf(pack: CompiledPack, text: string): string {
  const words = text.toLowerCase().split(/[\s,]+/u);
  const link = words.findIndex(
    (w, i) => i > 0 && (pack.employerLinks.has(w) || pack.principalLinks.has(w)),
  );
  return (link > 0 ? words[link - 1] : words.at(-1)) ?? '';
}

/** The words of an office a name is given with, lower case, without function words. */
function roleWords(pack: CompiledPack, role: string): string[] {
  return role
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter((w) => w !== '' && !pack.stopwords.has(w));
}

interface NamedHolder {
  index: number;
  claim: Claim;
  words: string[];
}

/** Named people given with an office, by each word of it, in article order: each office is
 * split once, so the pass stays linear in the article's claims. */
function holdersByWord(claims: Claim[], pack: CompiledPack): Map<string, NamedHolder[]> {
  const byWord = new Map<string, NamedHolder[]>();
  claims.forEach((claim, index) => {
    const { source } = claim;
    if (source.kind !== 'named_person' || source.name === null || source.role === null) return;
    const words = roleWords(pack, source.role);
    for (const w of new Set(words)) {
      const list = byWord.get(w) ?? [];
      list.push({ index, claim, words });
      byWord.set(w, list);
    }
  });
  return byWord;
}

/** The first holder after claim i whose office fits: every word of it is in the description
 * ("Foreign Minister" in "Velmar's foreign minister"; "Norland Foreign Minister" is another
 * country's), the description's head among them (the list is the head's). */
function laterHolder(
  holders: NamedHolder[] | undefined,
  i: number,
  described: string[],
): NamedHolder | undefined {
  if (!holders) return undefined;
  let lo = 0;
  let hi = holders.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((holders[mid]?.index ?? 0) <= i) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < holders.length; k++) {
    const h = holders[k];
    if (h && h.words.every((w) => described.includes(w))) return h;
  }
  return undefined;
}

interface Naming {
  name: string;
  role: string | null;
  /** The claim naming the holder: the office's claims and pronouns before it take the name. */
  until: number;
}

export function nameLaterHolders(
  claims: Claim[],
  pack: CompiledPack,
  publisherState: boolean,
): void {
  const holders = holdersByWord(claims, pack);
  // One pass in order: an office's claim finds its later holder; pronouns resolved to the
  // office's words, before the holder's claim, take the same name.
  const namings = new Map<string, Naming>();
  claims.forEach((claim, i) => {
    const { source } = claim;
    if (source.kind !== 'unnamed_official') return;
    if (source.basis === 'role-head') {
      const described = officeWords(pack, source.text);
      const later = described?.length
        ? laterHolder(holders.get(headOf(pack, source.text)), i, described)
        : undefined;
      const name = later?.claim.source.name;
      if (later && name) {
        const naming = { name, role: later.claim.source.role, until: later.index };
        namings.set(source.text, naming);
        rename(claim, naming, 'role-head/named-later', publisherState);
        return;
      }
    }
    const naming = source.resolvesTo ? namings.get(source.resolvesTo) : undefined;
    if (naming && i < naming.until) rename(claim, naming, source.basis, publisherState);
  });
}

function rename(
  c: Claim,
  naming: Naming,
  basis: Claim['source']['basis'],
  publisherState: boolean,
): void {
  const { name, role } = naming;
  const found = plainSource(c.source.text, 'named_person', { name, role });
  const relayed = c.reasons.includes('relayed_via_state_media');
  const judgement = judge(found, publisherState, relayed);
  const kindReasons: readonly Reason[] = ['unnamed_official'];
  c.source = { ...c.source, kind: 'named_person', name, role, resolvesTo: name, basis };
  c.flags = [...new Set([...judgement.flags, ...c.flags.filter((f) => f !== 'unnamed_source')])];
  c.strength = judgement.strength;
  c.reasons = [
    ...new Set([...judgement.reasons, ...c.reasons.filter((r) => !kindReasons.includes(r))]),
  ];
}
