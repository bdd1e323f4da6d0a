/**
 * Pure helpers behind the claim list: order, filters, score bands and the marks that
 * show the cue and the source inside the sentence. No browser calls, easy to test.
 */
import { FLAGS, SOURCE_KINDS, type Claim, type Flag, type SourceKind } from '@/core/report';

/** 'all' | 'flagged' | 'flag:<flag>' | 'kind:<kind>' */
export type ClaimFilter = 'all' | 'flagged' | `flag:${Flag}` | `kind:${SourceKind}`;

export function isClaimFilter(value: string): value is ClaimFilter {
  if (value === 'all' || value === 'flagged') return true;
  const [type, name] = value.split(':');
  if (type === 'flag') return (FLAGS as readonly string[]).includes(name ?? '');
  if (type === 'kind') return (SOURCE_KINDS as readonly string[]).includes(name ?? '');
  return false;
}

/** 'flagged': flagged claims first; 'article': as they stand in the article. */
export type ClaimOrder = 'flagged' | 'article';

/** Flagged claims first (the reader came for them), each group in document order. */
export function sortClaims(claims: readonly Claim[]): Claim[] {
  return claims
    .map((claim, index) => ({ claim, index }))
    .sort(
      (a, b) =>
        Number(b.claim.flags.length > 0) - Number(a.claim.flags.length > 0) || a.index - b.index,
    )
    .map(({ claim }) => claim);
}

export function matchesFilter(claim: Claim, filter: ClaimFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'flagged') return claim.flags.length > 0;
  if (filter.startsWith('flag:')) return claim.flags.includes(filter.slice(5) as Flag);
  return claim.source.kind === filter.slice(5);
}

export interface FilterOption {
  value: ClaimFilter;
  count: number;
}

/** The filters worth offering for these claims: only kinds and flags that occur. */
export function filterOptions(claims: readonly Claim[]): {
  flags: FilterOption[];
  kinds: FilterOption[];
} {
  const flags = FLAGS.map((f) => ({
    value: `flag:${f}` as ClaimFilter,
    count: claims.filter((c) => c.flags.includes(f)).length,
  }));
  const kinds = SOURCE_KINDS.map((k) => ({
    value: `kind:${k}` as ClaimFilter,
    count: claims.filter((c) => c.source.kind === k).length,
  }));
  return { flags: flags.filter((o) => o.count > 0), kinds: kinds.filter((o) => o.count > 0) };
}

export type ScoreBand = 'good' | 'mixed' | 'poor';

/** Bands for the reader; the number itself comes from the engine's formula. */
export function scoreBand(score: number): ScoreBand {
  if (score >= 70) return 'good';
  if (score >= 40) return 'mixed';
  return 'poor';
}

export interface Segment {
  text: string;
  mark?: 'cue' | 'source';
}

function findWord(haystack: string, needle: string, taken: readonly [number, number][]): number {
  if (!needle) return -1;
  const lower = haystack.toLowerCase();
  const target = needle.toLowerCase();
  let from = 0;
  for (;;) {
    const at = lower.indexOf(target, from);
    if (at === -1) return -1;
    const end = at + target.length;
    if (!taken.some(([s, e]) => at < e && end > s)) return at;
    from = at + 1;
  }
}

/** Splits the sentence into plain text and the first occurrence of the source and the cue. */
export function markSentence(sentence: string, cue: string, source: string): Segment[] {
  const ranges: [number, number, 'cue' | 'source'][] = [];
  const taken: [number, number][] = [];
  // The source first: it is usually longer, and the cue may be part of it ("katanya").
  for (const [text, mark] of [
    [source, 'source'],
    [cue, 'cue'],
  ] as const) {
    const at = findWord(sentence, text.trim(), taken);
    if (at >= 0) {
      const end = at + text.trim().length;
      ranges.push([at, end, mark]);
      taken.push([at, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let pos = 0;
  for (const [start, end, mark] of ranges) {
    if (start > pos) out.push({ text: sentence.slice(pos, start) });
    out.push({ text: sentence.slice(start, end), mark });
    pos = end;
  }
  if (pos < sentence.length) out.push({ text: sentence.slice(pos) });
  return out;
}

export interface SourceLine {
  /** Who the source is: the words as written, or the person a pronoun points to. */
  who: string;
  /** The role, only when `who` and the written words do not already say it. */
  role: string | null;
  /** The written words ("she", "-nya") when they stand for someone named elsewhere. */
  refersFrom: string | null;
}

const contains = (haystack: string, needle: string) =>
  haystack.toLowerCase().includes(needle.toLowerCase());

/** Each fact about the source once: "Budi Santoso · Menteri Luar Negeri", "-nya" as a cue. */
export function sourceLine(source: Claim['source']): SourceLine {
  const text = source.text.trim();
  const person = source.resolvesTo?.trim() || source.name?.trim() || null;
  const role = source.role?.trim() || null;
  const roleUnless = (...said: string[]) =>
    role && !said.some((s) => contains(s, role)) ? role : null;
  if (person && text && !contains(text, person))
    return { who: person, role: roleUnless(person, text), refersFrom: text };
  const who = text || person || '';
  return { who, role: roleUnless(who), refersFrom: null };
}
