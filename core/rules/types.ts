/**
 * A rule looks at one sentence and proposes candidate attributions; the engine keeps the
 * best one (core/analyze.ts explains the order). Refiners then adjust the kept candidate
 * (relaying outlet, anaphoric claim).
 */
import type { SentenceContext } from '../context';
import type { Reason } from '../report';
import type { FoundSource, Span } from '../source';

export interface Candidate {
  rule: string;
  /** The cue as written. */
  cue: string;
  /** Token range of the cue. */
  cueSpan: Span;
  source: FoundSource;
  /** Token range of the source phrase, when written out (not for clitics and hedges). */
  sourceSpan: Span | null;
  /** 2: a speaker's own cue; 1: an outlet or document relaying; 0: a hedge with no source. */
  rank: 0 | 1 | 2;
  /** The claim, when the rule knows it better than the default (char offsets or text). */
  claim?: string;
  /** Extra reasons (anaphoric_claim, relayed_via_media ...). */
  reasons?: Reason[];
  via?: string | null;
  /** The outlet or document that carried the words, as found: "the TV said" later points
   * back to it. */
  viaSource?: FoundSource;
  /** Token range of an addressee or relaying outlet after the cue ("told reporters", "said
   * on state television"): no part of the claim. */
  addresseeSpan?: Span;
  viaOutlet?: string | null;
  /** An outlet that carried a thing and reports no words itself ("the speech, carried by
   * state media, lasted two hours"): the carrier of another cue, never a claim alone. */
  carrierOnly?: boolean;
}

export interface Rule {
  /** Also the name of its file and of its test file (tests/unit/engine/rules/<id>.test.ts). */
  id: string;
  find(ctx: SentenceContext): Candidate[];
}

export interface Refiner {
  id: string;
  refine(ctx: SentenceContext, kept: Candidate, all: readonly Candidate[]): Candidate;
}
