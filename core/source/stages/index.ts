/**
 * The classification stages, in the order they are asked: the first to decide wins. Every id
 * has its test file in tests/unit/engine/source/<id>.test.ts (a meta-test checks it) and is
 * recorded in the report as the source's basis.
 */
import { commonKnowledge } from './common-knowledge';
import { acronymInstitution } from './acronym-institution';
import { articleName } from './article-name';
import { clippedBody } from './clipped-body';
import { clubName } from './club-name';
import { commonNoun } from './common-noun';
import { compassState } from './compass-state';
import { demonymPerson } from './demonym-person';
import { describedInstitution } from './described-institution';
import { describedPerson } from './described-person';
import { earlierCaps } from './earlier-caps';
import { earlierName } from './earlier-name';
import { earlierSurname } from './earlier-surname';
import { groupName } from './group-name';
import { eventSubject } from './event-subject';
import { functionWords } from './function-words';
import { institutionList } from './institution-list';
import { institutionMarker } from './institution-marker';
import { initials } from './initials';
import { institutionName } from './institution-name';
import { institutionRegistry } from './institution-registry';
import { lexiconHead } from './lexicon-head';
import { pointingOfficial } from './pointing-official';
import { pointingPair } from './pointing-pair';
import { listedCompany } from './listed-company';
import { loneName } from './lone-name';
import { mastheadName } from './masthead-name';
import { namedPerson } from './named-person';
import { nationalBranch } from './national-branch';
import { oneHolderTitle } from './one-holder-title';
import { outlet } from './outlet';
import { outletDocument } from './outlet-document';
import { outletList } from './outlet-list';
import { outletProgramme } from './outlet-programme';
import { outletStaff } from './outlet-staff';
import { partySides } from './party-sides';
import { peopleList } from './people-list';
import { pluralOfficials } from './plural-officials';
import { pointingNoun } from './pointing-noun';
import { pointingPerson } from './pointing-person';
import { pointingRole } from './pointing-role';
import { pronoun } from './pronoun';
import { pseudonym } from './pseudonym';
import { regulationNumber } from './regulation-number';
import { roleHead } from './role-head';
import { stateDescribed } from './state-described';
import { shareAlone } from './share-alone';
import { roleOffice } from './role-office';
import { stateMedia } from './state-media';
import { thingRelative } from './thing-relative';
import type { Stage } from './types';
import { userHandle } from './user-handle';
import { webDomain } from './web-domain';
import { withheldName } from './withheld-name';

export const STAGES: readonly Stage[] = [
  pronoun,
  functionWords,
  shareAlone,
  eventSubject,
  commonKnowledge,
  initials,
  pseudonym,
  regulationNumber,
  listedCompany,
  institutionMarker,
  stateMedia,
  roleOffice,
  stateDescribed,
  outletStaff,
  pointingRole,
  pointingPerson,
  pointingPair,
  demonymPerson,
  outletProgramme,
  outletDocument,
  outletList,
  outlet,
  mastheadName,
  institutionRegistry,
  acronymInstitution,
  describedInstitution,
  pointingNoun,
  compassState,
  partySides,
  groupName,
  pluralOfficials,
  oneHolderTitle,
  institutionList,
  clubName,
  // "the Oscar winner said": a description ending in a trade or an age, before its capital
  // reads as a lone name.
  describedPerson,
  earlierName,
  // "Reader said" after "Charles Reader": a surname that is a word for people too.
  earlierSurname,
  thingRelative,
  loneName,
  institutionName,
  articleName,
  peopleList,
  // "Kemenpora menyebut": a ministry's clipped name no table holds, before it reads as a name.
  clippedBody,
  namedPerson,
  nationalBranch,
  withheldName,
  userHandle,
  roleHead,
  pointingOfficial,
  lexiconHead,
  earlierCaps,
  webDomain,
  commonNoun,
];

export { NOT_A_SOURCE, type Decision, type Stage } from './types';
