/** Unnamed non-official sources, and the phrases that say a source is unnamed ("who asked
 * not to be named"): with an official's word the source stays an unnamed official. */
export const anonymous = [
  'analyst', 'analysts', 'asked not to be identified', 'asked not to be named', 'astronomers',
  'attorneys',
  'authors', 'biologists',
  'blogger', 'clinicians', 'columnist', 'commenter', 'commenters', 'commuters', 'critics',
  'customers', 'declined to be identified',
  'declined to be named', 'demonstrators', 'developers', 'doctors', 'economist', 'economists',
  'employees', 'engineers', 'epidemiologists', 'expert',
  'experts', 'fact-checker', 'families', 'farmers', 'fighter', 'fighters', 'fishermen',
  'historians', 'insiders',
  'lawyers', 'locals', 'maintainers', 'mathematician', 'mathematicians', 'men', 'motorists',
  'neighbor',
  'neighbors', 'neighbour', 'neighbours', 'nurses',
  'observers', 'on condition of anonymity', 'one person familiar with', 'opponents', 'organiser',
  'organizer',
  'parents', 'participants', 'passengers', 'patients', 'people', 'people close to',
  'people familiar with',
  'person', 'person close to', 'person familiar with', 'physicians', 'physicist', 'physicists',
  'proponents', 'protesters', 'psychologists', 'reader', 'readers', 'relatives',
  'requested anonymity', 'researcher', 'researchers', 'resident', 'residents', 'respondent',
  'respondents',
  'scientist', 'scientists', 'shoppers', 'skeptics', 'source', 'source close to', 'sources',
  'sources close to',
  'students', 'supporters', 'survivors', 'teachers', 'traders', 'unidentified', 'users', 'victims',
  'villagers',
  'voters', 'witness', 'witnesses', 'women', 'worker', 'workers', 'writer',
] as const;

/** A source as such: placed in an institution it is an unnamed official. */
export const sourceNouns = [
  'insider', 'insiders', 'source', 'sources',
] as const;

/** Prepositions placing a source somewhere: the place is not the source. */
export const locatives = [
  'across', 'around', 'at', 'from', 'in', 'near', 'of',
] as const;
