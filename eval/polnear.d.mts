// Types for eval/polnear.mjs (plain Node ESM, run without a build), for the unit test.
export interface AnnSpan {
  type: string;
  ranges: number[][];
  text: string;
}
export interface Ann {
  spans: Map<string, AnnSpan>;
  events: Record<string, string[]>[];
}
export interface GoldAttribution {
  start: number;
  cue: string;
  source: string;
  reporting: boolean;
  headline: boolean;
}
export interface ScoredClaim {
  sentence: string;
  cue: string | null;
  source: { text: string; kind: string };
}
export interface ScoredRow {
  g: GoldAttribution;
  match?: { claim: ScoredClaim };
  sentenceHit: boolean;
}
export function parseAnn(source: string): Ann;
export function scoreArticle(
  text: string,
  ann: Ann,
  claims: ScoredClaim[],
): { rows: ScoredRow[]; unmatched: { claim: ScoredClaim }[]; claims: number; unplaced: number };
