/** Unnamed officials: officials, spokespeople, lawmakers and the like with no name. */
export const unnamedOfficials = [
  'administration officials',
  'aides',
  // "Board members said": the plural of the role "board member" (roles.ts), not "members".
  'board members',
  'brass',
  'bureaucrat',
  'bureaucrats',
  'central banker',
  'central bankers',
  'civil servant',
  'civil servants',
  'commanders',
  'company executives',
  'congressmen',
  'congresswomen',
  'conscript',
  'conscripts',
  'councilmen',
  'delegates',
  'democrats',
  'diplomats',
  'executives',
  'generals',
  'government officials',
  'government sources',
  'guard',
  'guards',
  'industry executives',
  'investigators',
  'judges',
  'justices',
  'lawmakers',
  'leaders',
  'legislators',
  'medical sources',
  'military officials',
  'military sources',
  'ministers',
  'mps',
  'negotiator',
  'negotiators',
  'officers',
  'official',
  'officials',
  'opposition figures',
  'party figures',
  'police officers',
  'police sources',
  'policeman',
  'policemen',
  'policymaker',
  'policymakers',
  'political figures',
  'politician',
  'politicians',
  'public servant',
  'public servants',
  'recruits',
  'republicans',
  'sailor',
  'sailors',
  'security officials',
  'senators',
  'senior figures',
  'senior official',
  'senior officials',
  'soldier',
  'soldiers',
  'spokesman',
  'spokesmen',
  'spokespeople',
  'spokesperson',
  'spokeswoman',
  'superdelegates',
  'troops',
] as const;

/** After an unnamed role, the words naming whom it serves: the name after them is the
 * principal's, not the speaker's ("an aide to Senator ...", "a spokeswoman for ..."). */
export const principalLinks = ['for', 'of', 'to'] as const;

/** Words before a principal's name saying what they were, no part of the name or a role:
 * "a spokesman for the late Tom Vale" speaks for Tom Vale. */
export const principalEpithets = ['late'] as const;

/** "Maria (not her real name) said ...": the name given is made up. */
export const pseudonymMarkers = [
  'a pseudonym',
  'not her real name',
  'not his real name',
  'not their real name',
] as const;

/** "whom we will call Maria" is not written as a fixed phrase often enough to list yet. */
export const pseudonymIntroducers = [] as const;

/** Phrases saying the speaker's name is withheld: '"...," she said, asking not to be named'
 * is no named person, whoever "she" was last. */
export const withheldNames = [
  'asked for anonymity',
  'asked not to be identified',
  'asked not to be named',
  'asked that her name not be used',
  'asked that his name not be used',
  'asking for anonymity',
  'asking not to be identified',
  'asking not to be named',
  'asking that her name not be used',
  'asking that his name not be used',
  'declined to be identified',
  'declined to be named',
  'declined to give her name',
  'declined to give his name',
  'declining to be identified',
  'declining to be named',
  'declining to give her name',
  'declining to give his name',
  'did not want to be identified',
  'did not want to be named',
  // "an official not authorized to speak to reporters": the reason the name is withheld.
  'not allowed to speak',
  'not authorised to comment',
  'not authorised to discuss',
  'not authorised to speak',
  'not authorized to comment',
  'not authorized to discuss',
  'not authorized to speak',
  'not permitted to speak',
  'on condition of anonymity',
  'on the condition of anonymity',
  'requested anonymity',
  'requesting anonymity',
  'speaking anonymously',
] as const;

/** English lists its withheld-name phrases whole (above): no parts to combine. */
export const withholdingVerbs = [] as const;
export const withheldPassives = [] as const;
export const withheldNouns = [] as const;
export const withholdingRequests = [] as const;
export const withheldNegators = [] as const;
export const keptPassives = [] as const;

/** "Some of the ideas described ...": a part of a set, things as likely as people; "some in
 * the party" places people. */
export const partitiveLinks = ['of'] as const;

/** "An official with the emergency agency said": the body an unnamed person works for, tied
 * by a word the locatives leave out (it also means "together with" elsewhere). */
export const memberLinks = ['with'] as const;
