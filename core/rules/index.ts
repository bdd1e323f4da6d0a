/**
 * The registered rules, in no particular order (core/analyze.ts ranks their candidates),
 * and the refiners, applied in this order to the kept candidate. Every id here has its
 * test file in tests/unit/engine/rules/ (a meta-test checks it).
 */
import { accordingTo } from './according-to';
import { adjunctAgent } from './adjunct-agent';
import { actRelayed } from './act-relayed';
import { airedSpeaker } from './aired-speaker';
import { anaphora } from './anaphora';
import { bareStance } from './bare-stance';
import { claimNoun } from './claim-noun';
import { heldPosition } from './held-position';
import { framedHedge } from './framed-hedge';
import { colonQuote } from './colon-quote';
import { denialObject } from './denial-object';
import { evaluativePassive } from './evaluative-passive';
import { expectationVerb } from './expectation-verb';
import { figureVerb } from './figure-verb';
import { cliticCue } from './clitic-cue';
import { findingVerb } from './finding-verb';
import { frontedAgent } from './fronted-agent';
import { frontedCitation } from './fronted-citation';
import { hedge } from './hedge';
import { introducer } from './introducer';
import { openingBasis } from './opening-basis';
import { pointingView } from './pointing-view';
import { progressiveVerb } from './progressive-verb';
import { passiveBy } from './passive-by';
import { questioningVerb } from './questioning-verb';
import { outletLearned } from './outlet-learned';
import { quotedAs } from './quoted-as';
import { quotedBack } from './quoted-back';
import { relayed, relayedRefiner } from './relayed';
import { remarksMade } from './remarks-made';
import { restatedClaim } from './restated-claim';
import { sayingClause } from './saying-clause';
import { speakerVerb } from './speaker-verb';
import { speechActRelayed } from './speech-act-relayed';
import { stanceVerb } from './stance-verb';
import { surveyFigure } from './survey-figure';
import { statementFrame } from './statement-frame';
import { statementQuote } from './statement-quote';
import type { Refiner, Rule } from './types';
import { unnamedCue } from './unnamed-cue';
import { verbSpeaker } from './verb-speaker';
import { writtenPassive } from './written-passive';

export const RULES: readonly Rule[] = [
  speakerVerb,
  verbSpeaker,
  progressiveVerb,
  stanceVerb,
  questioningVerb,
  expectationVerb,
  bareStance,
  cliticCue,
  accordingTo,
  findingVerb,
  figureVerb,
  passiveBy,
  adjunctAgent,
  evaluativePassive,
  frontedAgent,
  claimNoun,
  heldPosition,
  denialObject,
  restatedClaim,
  statementFrame,
  unnamedCue,
  introducer,
  relayed,
  quotedAs,
  outletLearned,
  remarksMade,
  sayingClause,
  statementQuote,
  writtenPassive,
  pointingView,
  hedge,
];

/** Rules asked only when no rule above found anything in the sentence: their shape is
 * looser than a cue's, so any cue's own reading comes first. */
export const FALLBACK_RULES: readonly Rule[] = [colonQuote, openingBasis, surveyFigure];

export const REFINERS: readonly Refiner[] = [
  actRelayed,
  speechActRelayed,
  frontedCitation,
  airedSpeaker,
  quotedBack,
  relayedRefiner,
  framedHedge,
  anaphora,
];

export type { Candidate, Refiner, Rule } from './types';
