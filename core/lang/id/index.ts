/** The Indonesian pack: plain data, assembled. */
import type { LangData } from '../types';
import { abbreviations } from './abbreviations';
import {
  anonymous,
  locatives,
  notPersonNouns,
  personPrefixes,
  personSuffixes,
  sourceNouns,
  thingSuffixes,
} from './anonymous';
import { bodies, places, portfolios } from './bodies';
import * as cues from './cues';
import { documents, regulations } from './documents';
import { hedgeExceptions, hedges } from './hedges';
import { media } from './media';
import { institutionMarkers, nameListJoiners, namePrefixes, organizations } from './organizations';
import {
  anaphoricMarkers,
  clauseRelatives,
  coordinators,
  groupPronouns,
  personPronouns,
  possessives,
  relativePronouns,
  thingPossessives,
  thingPronouns,
  thingRelatives,
} from './pronouns';
import {
  appositiveOpeners,
  honorifics,
  initialsMarkers,
  jurisdictionRoles,
  loneNameKind,
  modifiers,
  nameParticles,
  roleArticles,
  roles,
} from './roles';
import { stateMedia } from './state-media';
import {
  adjectivesAfterNoun,
  adverbs,
  clauseJoiners,
  connectors,
  determiners,
  numberless,
  openers,
  singularDeterminers,
  personCounters,
  stopwords,
  timeWords,
} from './stopwords';
import { unnamedOfficials } from './unnamed';

export const id: LangData = {
  code: 'id',
  abbreviations,
  stopwords,
  openers,
  connectors,
  determiners,
  adverbs,
  clauseJoiners,
  timeWords,
  singularDeterminers,
  personCounters,
  numberless,
  adjectivesAfterNoun,
  ...cues,
  hedges,
  hedgeExceptions,
  personPronouns,
  groupPronouns,
  thingPronouns,
  relativePronouns,
  thingRelatives,
  anaphoricMarkers,
  possessives,
  thingPossessives,
  clauseRelatives,
  coordinators,
  roles,
  roleArticles,
  appositiveOpeners,
  modifiers,
  honorifics,
  nameParticles,
  initialsMarkers,
  jurisdictionRoles,
  loneNameKind,
  bodies,
  portfolios,
  places,
  organizations,
  namePrefixes,
  institutionMarkers,
  nameListJoiners,
  unnamedOfficials,
  anonymous,
  sourceNouns,
  locatives,
  personSuffixes,
  personPrefixes,
  thingSuffixes,
  notPersonNouns,
  stateMedia,
  media,
  documents,
  regulations,
};
