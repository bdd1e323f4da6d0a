/**
 * Source phrases: finding the words that name a source next to a cue (source/find-before.ts,
 * source/find-after.ts) and classifying them into the nine kinds in ordered stages
 * (source/classify.ts, source/stages/). This file is the one import the rules use.
 */
export {
  classify,
  classifyNounPhrase,
  cliticSource,
  documentAsideBefore,
  unnamedAsideBefore,
} from './source/classify';
export { sourceBefore } from './source/find-before';
export { namedBeforeDescription } from './source/indefinite-appositive';
export { servedClauseIn } from './source/lexicon';
export {
  collectSubject,
  describedMention,
  firstSourcePhrase,
  pronounAfter,
  sourceAfter,
} from './source/find-after';
export { nounPhraseAfter, nounPhraseBefore, nounPhraseHead } from './source/noun-phrase';
export {
  hasParticipleEnding,
  isHandle,
  outletIn,
  participleForm,
  pastParticiple,
  spanText,
  startsSourcePhrase,
} from './source/tokens';
export { plainSource } from './source/types';
export type { FoundSource, Span } from './source/types';
