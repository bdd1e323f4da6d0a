/**
 * Flags, strength, reasons and the article's sourcing score: the rules of
 * docs/attribution.md, written once here so the popup can show them.
 *
 * Strength:
 * - weak: anything flagged (state media only, unnamed official, anonymous, hedged with no
 *   source, or a page published by a state-controlled outlet);
 * - strong: a named person with a role or affiliation; a named document;
 * - moderate: an institution (official body, organization, independent media); a named
 *   person with no role; a document with no one named behind it.
 */
import type { Flag, Reason, SourceKind, Strength, Summary } from './report';
import { FLAGS, SOURCE_KINDS } from './report';
import type { FoundSource } from './source';

export interface Judgement {
  flags: Flag[];
  strength: Strength;
  reasons: Reason[];
}

const INSTITUTIONS: ReadonlySet<SourceKind> = new Set(['official_body', 'organization', 'media']);
/** A document "named" by its publisher or title: written with a capital somewhere
 * ("the 2015 ministry report", "Hasil Survei Tempo"), or resolved to one. */
const NAMED = /\p{Lu}/u;

/**
 * `relayedByStateMedia`: the words reach the article only through a state outlet ("KCNA
 * quoted the leader as saying", "Xinhua, citing an unnamed official"): the speaker is the
 * source, and the claim carries the `state_media` flag all the same.
 */
export function judge(
  source: FoundSource,
  publisherStateMedia: boolean,
  relayedByStateMedia = false,
): Judgement {
  const flags: Flag[] = [];
  const reasons: Reason[] = [];
  switch (source.kind) {
    case 'state_media':
      flags.push('state_media');
      reasons.push('state_media_only');
      break;
    case 'unnamed_official':
      flags.push('unnamed_source');
      reasons.push('unnamed_official');
      break;
    case 'anonymous':
      flags.push('unnamed_source');
      reasons.push('anonymous_source');
      break;
    case 'unattributed':
      flags.push('unattributed');
      reasons.push('hedged_no_source');
      break;
    case 'named_person':
      reasons.push(source.role ? 'named_with_role' : 'named_no_role');
      break;
    case 'document':
      reasons.push(
        NAMED.test(source.text.slice(1)) || source.resolvesTo
          ? 'named_document'
          : 'unnamed_document',
      );
      break;
    default:
      if (INSTITUTIONS.has(source.kind)) reasons.push('institution');
  }
  if (relayedByStateMedia && !flags.includes('state_media')) flags.push('state_media');
  if (publisherStateMedia) {
    if (!flags.includes('state_media')) flags.push('state_media');
    reasons.push('publisher_state_media');
  }
  let strength: Strength;
  if (flags.length > 0) strength = 'weak';
  else if (reasons.includes('named_with_role') || reasons.includes('named_document'))
    strength = 'strong';
  else strength = 'moderate';
  return { flags, strength, reasons };
}

/** Points per claim by strength: what each kind of sourcing is worth to a reader. */
export const SCORE_POINTS: Readonly<Record<Strength, number>> = {
  strong: 100,
  moderate: 60,
  weak: 15,
};

/**
 * The score: quality x breadth x balance, rounded.
 * - quality: the average of the points above over the claims;
 * - breadth: how many independent sources carry the article (distinct sources, see
 *   `sourceKey`): 3 or more count fully, 2 count 2/3, 1 counts 1/3, none 0;
 * - balance: when one of several sources carries more than half of the claims that have a source, the
 *   score loses the excess share (90% from one source: x 0.6).
 * One voice repeated 17 times is not a well-sourced article, however strong that voice is.
 */
export const FULL_BREADTH = 3;

export const SCORE_FORMULA = {
  en:
    'Score = quality × breadth × balance, rounded. Quality: the average over the claims of 100 ' +
    '(strong source), 60 (moderate) or 15 (weak: state media, unnamed or no source). Breadth: ' +
    'how many independent sources carry the article; 3 or more count fully, 2 count two ' +
    'thirds, 1 counts one third. Balance: when one of several sources carries more than half of the ' +
    'claims, the score loses the excess share (90% from one source: × 0.6). An article with ' +
    'no attributed claims scores 0.',
  id:
    'Skor = mutu × keragaman × keseimbangan, dibulatkan. Mutu: rata-rata dari semua klaim: 100 ' +
    '(sumber kuat), 60 (sedang) atau 15 (lemah: media pemerintah, sumber tanpa nama atau tanpa ' +
    'sumber). Keragaman: jumlah sumber independen dalam artikel; 3 atau lebih dihitung penuh, 2 ' +
    'dihitung dua pertiga, 1 dihitung sepertiga. Keseimbangan: jika satu dari beberapa sumber memikul lebih ' +
    'dari separuh klaim, skor dikurangi sebesar kelebihannya (90% dari satu sumber: × 0,6). ' +
    'Artikel tanpa klaim bersumber mendapat 0.',
} as const;

/** The average of the points: how strong each claim's sourcing is, on its own. */
export function sourcingScore(strengths: readonly Strength[]): number {
  if (strengths.length === 0) return 0;
  const total = strengths.reduce((sum, s) => sum + SCORE_POINTS[s], 0);
  return Math.round(total / strengths.length);
}

interface ScoredSource {
  kind: SourceKind;
  text?: string;
  name?: string | null;
  outlet?: string | null;
  resolvesTo?: string | null;
}

/**
 * Who a claim's source is, for counting independent sources: the person a pronoun points
 * to, else the name, the outlet, or the words as written. Null when there is no source.
 */
export function sourceKey(source: ScoredSource): string | null {
  if (source.kind === 'unattributed') return null;
  const who = source.resolvesTo || source.name || source.outlet || source.text || '';
  const key = who.toLowerCase().replace(/\s+/g, ' ').trim();
  return key === '' ? null : key;
}

export interface ScoreParts {
  quality: number;
  sources: number;
  breadth: number;
  balance: number;
  score: number;
}

export function scoreParts(
  claims: ReadonlyArray<{ source: ScoredSource; strength: Strength }>,
): ScoreParts {
  const quality = sourcingScore(claims.map((c) => c.strength));
  const perSource = new Map<string, number>();
  for (const c of claims) {
    const key = sourceKey(c.source);
    if (key !== null) perSource.set(key, (perSource.get(key) ?? 0) + 1);
  }
  const sourced = [...perSource.values()].reduce((a, b) => a + b, 0);
  const top = Math.max(0, ...perSource.values());
  const sources = perSource.size;
  const breadth = Math.min(sources, FULL_BREADTH) / FULL_BREADTH;
  // A single source is already counted by breadth; balance weighs one source among several.
  const balance = sources < 2 ? 1 : 1 - Math.max(0, top / sourced - 0.5);
  return { quality, sources, breadth, balance, score: Math.round(quality * breadth * balance) };
}

export function summarize(
  claims: ReadonlyArray<{ source: ScoredSource; flags: readonly Flag[]; strength: Strength }>,
): Summary {
  const byKind: Record<string, number> = {};
  for (const k of SOURCE_KINDS) byKind[k] = 0;
  const byFlag: Record<string, number> = {};
  for (const f of FLAGS) byFlag[f] = 0;
  let flagged = 0;
  for (const c of claims) {
    byKind[c.source.kind] = (byKind[c.source.kind] ?? 0) + 1;
    for (const f of c.flags) byFlag[f] = (byFlag[f] ?? 0) + 1;
    if (c.flags.length > 0) flagged++;
  }
  const { score, sources } = scoreParts(claims);
  return { claims: claims.length, flagged, score, sources, byKind, byFlag };
}
