/** What source finding and classification hand the rules. */
import type { Reason, SourceKind } from '../report';

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface FoundSource {
  text: string;
  kind: SourceKind;
  name: string | null;
  role: string | null;
  outlet: string | null;
  resolvesTo: string | null;
  /** How it was found: pronoun_resolved / pronoun_unresolved. */
  reasons: Reason[];
  /** The classification stage that decided, with how a referent was resolved when one was
   * ("pronoun/recent-speaker"): shown to journalists as the why of a kind. Sources a rule
   * builds itself have none; the report then names the rule. */
  basis?: string;
}

/** A source of this text and kind with nothing named, resolved or found on the way, plus
 * whatever `more` sets (a stage's `basis`, an outlet). */
export function plainSource(
  text: string,
  kind: SourceKind,
  more: Partial<FoundSource> = {},
): FoundSource {
  return {
    text,
    kind,
    name: null,
    role: null,
    outlet: null,
    resolvesTo: null,
    reasons: [],
    ...more,
  };
}
