/**
 * The report: the one contract between the engine, the CLI, the extension and the tests.
 * Vocabulary from docs/attribution.md (shared): nine source kinds, flags, strength, reasons.
 *
 * Written with `zod/mini` because the same schemas are parsed in the content script,
 * where every kilobyte is paid on every page.
 */
import * as z from 'zod/mini';

export const SOURCE_KINDS = [
  'named_person',
  'official_body',
  'organization',
  'state_media',
  'media',
  'unnamed_official',
  'anonymous',
  'document',
  'unattributed',
] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

export const FLAGS = ['state_media', 'unnamed_source', 'unattributed'] as const;
export const Flag = z.enum(FLAGS);
export type Flag = z.infer<typeof Flag>;

export const STRENGTHS = ['strong', 'moderate', 'weak'] as const;
export const Strength = z.enum(STRENGTHS);
export type Strength = z.infer<typeof Strength>;

/**
 * Every decision the engine takes carries one of these ids. The UI turns each into a
 * sentence in English and Indonesian (public/_locales/<lang>/messages.json, key
 * `reason_<id>`); a test fails when one lacks its sentence.
 */
export const REASONS = [
  // strength
  'named_with_role', // strong: a named person with a role or affiliation
  'named_document', // strong: a document identified by name or publisher
  'named_no_role', // moderate: a named person, no role given
  'institution', // moderate: official body, organization or independent media
  'unnamed_document', // moderate: "a report", "data" with no one behind it
  'state_media_only', // weak: the only source is state-controlled media
  'unnamed_official', // weak: officials who are not named
  'anonymous_source', // weak: unnamed non-official sources
  'hedged_no_source', // weak: "reportedly", "dikabarkan": no source at all
  'publisher_state_media', // weak: the page itself is a state-controlled outlet
  // how the source was found (informative, no effect on strength)
  'pronoun_resolved', // "he said", "katanya": the source is someone named earlier
  'pronoun_unresolved', // a pronoun with nothing before it to point to
  'anaphoric_claim', // "said this": the claim is the previous sentence
  'relayed_via_media', // "X told Reuters": the speaker is the source, the outlet relays
  'relayed_via_state_media', // "X said, dilansir Antara": relayed by a state outlet
] as const;
export const Reason = z.enum(REASONS);
export type Reason = z.infer<typeof Reason>;

export const Source = z.object({
  /** The source as written in the sentence ("media pemerintah", "he", "-nya"). */
  text: z.string(),
  kind: SourceKind,
  /** Person's name when the source is (or resolves to) a named person. */
  name: z.nullable(z.string()),
  /** Role or affiliation given with the name ("Duta Besar Malaysia untuk Jepang"). */
  role: z.nullable(z.string()),
  /** Outlet registry id when the source is an outlet, or relays through one. */
  outlet: z.nullable(z.string()),
  /** The outlet or document that relays a speaker's words ("told Reuters" -> "Reuters"). */
  via: z.optional(z.nullable(z.string())),
  /** What a pronoun or description points back to, as written earlier ("Lee Min-ho"). */
  resolvesTo: z.optional(z.nullable(z.string())),
  /** Why the source got its kind: the classification stage that decided (core/source/stages,
   * e.g. "named-person", "lexicon-head"), with how a pronoun or description was resolved
   * after a slash ("pronoun/recent-speaker"); "rule:<id>" when a rule named the source itself. */
  basis: z.optional(z.string()),
});
export type Source = z.infer<typeof Source>;

export const Claim = z.object({
  /** Stable within one report: "c1", "c2", ... in document order. */
  id: z.string(),
  /** The whole sentence as it stands in the article, whitespace collapsed. */
  sentence: z.string(),
  /** The claim part (for anaphoric claims, the previous sentence). */
  claim: z.string(),
  /** The reporting cue as written ("menurut", "said", "ujarnya", "reportedly"). */
  cue: z.string(),
  /** The rule that found the claim (core/rules, e.g. "according-to", "verb-speaker"). */
  rule: z.optional(z.string()),
  source: Source,
  flags: z.array(Flag),
  strength: Strength,
  reasons: z.array(Reason),
  /** Index of the input block holding the sentence, and the sentence's offset in that
   * block's whitespace-collapsed text: lets the page highlight exactly this sentence. */
  block: z.number(),
  offset: z.number(),
});
export type Claim = z.infer<typeof Claim>;

export const Publisher = z.object({
  domain: z.nullable(z.string()),
  stateMedia: z.boolean(),
  /** Registry entry for the page's own domain, when there is one. */
  outlet: z.optional(
    z.nullable(z.object({ id: z.string(), name: z.string(), category: z.string() })),
  ),
});
export type Publisher = z.infer<typeof Publisher>;

export const Summary = z.object({
  claims: z.number(),
  flagged: z.number(),
  /** 0-100; formula in core/scoring.ts, shown by the popup. */
  score: z.number(),
  /** Independent sources: distinct people, bodies, outlets or documents (core/scoring.ts). */
  sources: z.optional(z.number()),
  byKind: z.record(z.string(), z.number()),
  byFlag: z.optional(z.record(z.string(), z.number())),
});
export type Summary = z.infer<typeof Summary>;

export const Report = z.object({
  file: z.nullable(z.string()),
  url: z.nullable(z.string()),
  title: z.nullable(z.string()),
  lang: z.string(),
  langConfidence: z.optional(z.enum(['high', 'low'])),
  isArticle: z.boolean(),
  /** Analysed because a person asked ("Analyse anyway", `--force`) although the article
   * check declined the page: `isArticle` keeps the check's verdict, the claims are listed. */
  requested: z.optional(z.literal(true)),
  publisher: Publisher,
  claims: z.array(Claim),
  /** Photo credits and captions kept aside; a state-media credit ("KCNA") is worth a line. */
  credits: z.optional(
    z.array(
      z.object({ text: z.string(), outlet: z.nullable(z.string()), stateMedia: z.boolean() }),
    ),
  ),
  summary: Summary,
});
export type Report = z.infer<typeof Report>;

/** What the engine is given: the article as ordered text blocks. */
export const BLOCK_TYPES = ['p', 'heading', 'quote', 'li'] as const;
export const Block = z.object({ text: z.string(), type: z.enum(BLOCK_TYPES) });
export type Block = z.infer<typeof Block>;

export const ArticleInput = z.object({
  blocks: z.array(Block),
  url: z.optional(z.nullable(z.string())),
  /** The page's own language hint (`<html lang>`), checked against the text. */
  langHint: z.optional(z.nullable(z.string())),
  title: z.optional(z.nullable(z.string())),
  file: z.optional(z.nullable(z.string())),
  /** Captions and photo credits the extraction kept aside from the body. */
  credits: z.optional(z.array(z.string())),
  /** Set by the page gate / extraction; defaults to true (pasted text is analysed as is). */
  isArticle: z.optional(z.boolean()),
  /** A person asked for this analysis: claims are found even when `isArticle` is false. */
  requested: z.optional(z.boolean()),
});
export type ArticleInput = z.infer<typeof ArticleInput>;
