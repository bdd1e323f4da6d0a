/** Unnamed non-official sources, and the phrases that say a source is unnamed ("who asked
 * not to be named"): with an official's word the source stays an unnamed official. */
export const anonymous = [
  'activist', 'activists', 'advisers', 'advisors', 'advocates', 'analyst', 'analysts',
  'asked not to be identified', 'asked not to be named', 'astronomers', 'attorneys', 'authors',
  'biologists', 'blogger', 'brother', 'bystanders', 'campaigner', 'campaigners', 'clinicians',
  'colleagues', 'columnist', 'commenter', 'commenters', 'commuters', 'critics', 'customers',
  'daughter', 'declined to be identified', 'declined to be named', 'demonstrators', 'developers',
  'doctors', 'driver', 'drivers', 'economist', 'economists', 'employee', 'employees', 'engineers',
  'epidemiologists', 'expert', 'experts', 'eyewitness', 'eyewitnesses', 'fact-checker', 'families',
  'family', 'farmers', 'father', 'fighter', 'fighters', 'fishermen', 'forecasters', 'friend',
  'friends', 'historians', 'husband', 'insiders', 'lawyers', 'locals', 'maintainers',
  'mathematician', 'mathematicians', 'medics', 'members', 'men', 'militants', 'mother', 'motorists',
  'neighbor', 'neighbors', 'neighbour', 'neighbours', 'nurses', 'observers',
  'on condition of anonymity', 'one person familiar with', 'opponents', 'organiser', 'organisers',
  'organizer', 'organizers', 'parents', 'participants', 'passengers', 'patients', 'people',
  'people close to', 'people familiar with', 'person', 'person close to', 'person familiar with',
  'physicians', 'physicist', 'physicists', 'proponents', 'protesters', 'psychologists', 'reader',
  'readers', 'rebels', 'relatives', 'requested anonymity', 'rescuers', 'researcher', 'researchers',
  'resident', 'residents', 'respondent', 'respondents', 'scientist', 'scientists', 'shoppers',
  'sister', 'skeptics', 'son', 'source', 'source close to', 'sources', 'sources close to',
  'students', 'supporters', 'survivors', 'teachers', 'tourists', 'traders', 'unidentified', 'users',
  'victims', 'villagers', 'visitors', 'volunteers', 'voters', 'wife', 'witness', 'witnesses',
  'women', 'worker', 'workers', 'writer',
] as const;

/** A source as such: placed in an institution it is an unnamed official. */
export const sourceNouns = [
  'insider', 'insiders', 'member', 'members', 'source', 'sources',
] as const;

/** Endings of nouns for people by what they do or hold ("organizers", "campaigner",
 * "leftists", "trustee", "spokesmen"); a common noun with none is read as a thing. */
export const personSuffixes = [
  'an', 'ans', 'ant', 'ants', 'ee', 'ees', 'er', 'ers', 'ist', 'ists', 'men', 'or', 'ors',
] as const;

/** Prepositions placing a source somewhere: the place is not the source. */
export const locatives = [
  'across', 'around', 'at', 'for', 'from', 'in', 'near', 'of',
] as const;
