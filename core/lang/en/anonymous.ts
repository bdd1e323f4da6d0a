/** Unnamed non-official sources, and the phrases that say a source is unnamed ("who asked
 * not to be named"): with an official's word the source stays an unnamed official. */
export const anonymous = [
  'analyst', 'analysts', 'asked not to be identified', 'asked not to be named', 'critics',
  'declined to be identified', 'declined to be named', 'economist', 'economists', 'expert',
  'experts', 'insiders', 'neighbor', 'neighbors', 'neighbour', 'neighbours', 'observers',
  'on condition of anonymity', 'one person familiar with', 'people', 'people familiar with',
  'person', 'person familiar with', 'requested anonymity', 'researcher', 'researchers', 'resident',
  'residents', 'scientist', 'scientists', 'source', 'sources', 'unidentified', 'witness',
  'witnesses',
] as const;

/** A source as such: placed in an institution it is an unnamed official. */
export const sourceNouns = [
  'insider', 'insiders', 'source', 'sources',
] as const;

/** Prepositions placing a source somewhere: the place is not the source. */
export const locatives = [
  'across', 'around', 'at', 'from', 'in', 'near', 'of',
] as const;
