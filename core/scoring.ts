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
 * ("the 2015 White House report", "Hasil Survei Katadata"), or resolved to one. */
const NAMED = /\p{Lu}/u;

/**
 * `relayedByStateMedia`: the words reach the article only through a state outlet ("KCNA
 * quoted the leader as saying", "Xinhua, citing an unnamed official"): the speaker is the
 * source, and the claim carries the `state_media` flag all the same.
 */
export function judge(source: FoundSource, publisherStateMedia: boolean, relayedByStateMedia = false): Judgement {
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
      reasons.push(NAMED.test(source.text.slice(1)) || source.resolvesTo ? 'named_document' : 'unnamed_document');
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
  else if (reasons.includes('named_with_role') || reasons.includes('named_document')) strength = 'strong';
  else strength = 'moderate';
  return { flags, strength, reasons };
}

/** Points per claim by strength: what each kind of sourcing is worth to a reader. */
export const SCORE_POINTS: Readonly<Record<Strength, number>> = { strong: 100, moderate: 60, weak: 15 };

/** The score formula in words, for the popup (en, id). */
export const SCORE_FORMULA = {
  en:
    'Score = average over the attributed claims of 100 (strong source), 60 (moderate) or 15 (weak: ' +
    'state media, unnamed or no source), rounded. An article with no attributed claims scores 0: ' +
    'nothing in it says who is behind what it reports.',
  id:
    'Skor = rata-rata dari semua klaim yang bersumber: 100 (sumber kuat), 60 (sedang) atau 15 (lemah: ' +
    'media pemerintah, sumber tanpa nama atau tanpa sumber), dibulatkan. Artikel tanpa klaim ' +
    'bersumber mendapat 0: tidak ada yang menyebut siapa di balik isinya.',
} as const;

export function sourcingScore(strengths: readonly Strength[]): number {
  if (strengths.length === 0) return 0;
  const total = strengths.reduce((sum, s) => sum + SCORE_POINTS[s], 0);
  return Math.round(total / strengths.length);
}

export function summarize(claims: ReadonlyArray<{ source: { kind: SourceKind }; flags: readonly Flag[]; strength: Strength }>): Summary {
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
  return { claims: claims.length, flagged, score: sourcingScore(claims.map((c) => c.strength)), byKind, byFlag };
}
