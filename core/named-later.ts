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

/** The later office fits: every word of it is in the description ("Foreign Minister" in
 * "Velmar's foreign minister"; "Norland Foreign Minister" is another country's), and the
 * description's head is in it. */
function fits(pack: CompiledPack, described: string[], head: string, role: string): boolean {
  const words = role
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter((w) => w !== '' && !pack.stopwords.has(w));
  return words.length > 0 && words.includes(head) && words.every((w) => described.includes(w));
}

export function nameLaterHolders(
  claims: Claim[],
  pack: CompiledPack,
  publisherState: boolean,
): void {
  claims.forEach((claim, i) => {
    const { source } = claim;
    if (source.kind !== 'unnamed_official' || source.basis !== 'role-head') return;
    const described = officeWords(pack, source.text);
    if (!described || described.length === 0) return;
    const head = headOf(pack, source.text);
    const later = claims
      .slice(i + 1)
      .find(
        (c) =>
          c.source.kind === 'named_person' &&
          c.source.name !== null &&
          c.source.role !== null &&
          fits(pack, described, head, c.source.role),
      );
    const name = later?.source.name;
    if (!later || !name) return;
    const was = source.text;
    for (const c of claims.slice(i, claims.indexOf(later))) {
      const same = c === claim || (c.source.resolvesTo === was && c.source.kind === source.kind);
      if (!same) continue;
      const found = plainSource(c.source.text, 'named_person', {
        name,
        role: later.source.role,
      });
      const relayed = c.reasons.includes('relayed_via_state_media');
      const judgement = judge(found, publisherState, relayed);
      const kindReasons: readonly Reason[] = ['unnamed_official'];
      c.source = {
        ...c.source,
        kind: 'named_person',
        name,
        role: later.source.role,
        resolvesTo: name,
        basis: c === claim ? 'role-head/named-later' : c.source.basis,
      };
      c.flags = [
        ...new Set([...judgement.flags, ...c.flags.filter((f) => f !== 'unnamed_source')]),
      ];
      c.strength = judgement.strength;
      c.reasons = [
        ...new Set([...judgement.reasons, ...c.reasons.filter((r) => !kindReasons.includes(r))]),
      ];
    }
  });
}
