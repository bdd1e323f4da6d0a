/** A classification stage: one kind of evidence about who a source span is. */
import type { Analysis } from '../analysis';
import type { FoundSource } from '../types';

/** The words are no source at all ("the quarter showed"): no later stage is asked. */
export const NOT_A_SOURCE = Symbol('not a source');

/** A source, NOT_A_SOURCE, or null to pass the span on to the next stage. */
export type Decision = FoundSource | typeof NOT_A_SOURCE | null;

export interface Stage {
  /** Recorded in the report as the source's basis; names the stage's file and test file. */
  id: string;
  decide(a: Analysis): Decision;
}
