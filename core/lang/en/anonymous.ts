/** Unnamed non-official sources, and the phrases that say a source is unnamed ("who asked
 * not to be named"): with an official's word the source stays an unnamed official. */
export const anonymous = [
  'activist', 'activists', 'advisers', 'advisors', 'advocates', 'analyst', 'analysts',
  'asked not to be identified', 'asked not to be named', 'attorneys', 'blogger', 'brother',
  'bystanders', 'campaigner', 'campaigners', 'colleagues', 'columnist', 'commuters', 'critics',
  'customers', 'daughter', 'declined to be identified', 'declined to be named', 'demonstrators',
  'doctors', 'driver', 'drivers', 'economist', 'economists', 'employee', 'employees', 'expert',
  'experts', 'eyewitness', 'eyewitnesses', 'fact-checker', 'families', 'family', 'farmers',
  'father', 'fighter', 'fighters', 'fishermen', 'forecasters', 'friend', 'friends', 'husband',
  'insiders', 'lawyers', 'locals', 'medics', 'members', 'militants', 'mother', 'motorists',
  'neighbor', 'neighbors', 'neighbour', 'neighbours', 'nurses', 'observers',
  'on condition of anonymity', 'one person familiar with', 'opponents', 'organiser', 'organisers',
  'organizer', 'organizers', 'parents', 'participants', 'passengers', 'patients', 'people',
  'people close to', 'people familiar with', 'person', 'person close to', 'person familiar with',
  'protesters', 'rebels', 'relatives', 'requested anonymity', 'rescuers', 'researcher',
  'researchers', 'resident', 'residents', 'respondents', 'scientist', 'scientists', 'shoppers',
  'sister', 'son', 'source', 'source close to', 'sources', 'sources close to', 'students',
  'supporters', 'survivors', 'teachers', 'tourists', 'traders', 'unidentified', 'users', 'victims',
  'villagers', 'visitors', 'volunteers', 'voters', 'wife', 'witness', 'witnesses', 'worker',
  'workers', 'writer',
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
