/**
 * English reporting words for the article gate (news-cues.ts): words news prose is dense in
 * and essays, docs and how-tos are not. Sorted, unique, lower case; each one (or a phrase's
 * first word) is also a cue, relay or source role in the engine's pack (data test).
 */
export const REPORTING_WORDS = [
  'according to',
  'added',
  'announced',
  'citing',
  'claimed',
  'confirmed',
  'denied',
  'noted',
  'reportedly',
  'said',
  'says',
  'spokesman',
  'spokeswoman',
  'stated',
  'told',
  'told reporters',
  'warned',
] as const;
