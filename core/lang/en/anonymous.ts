/** Unnamed non-official sources, and the phrases that say a source is unnamed ("who asked
 * not to be named"): with an official's word the source stays an unnamed official. */
export const anonymous = [
  'analysts', 'asked not to be identified', 'asked not to be named', 'critics',
  'declined to be identified', 'declined to be named', 'economists', 'experts', 'insiders',
  'observers', 'on condition of anonymity', 'people familiar with', 'person familiar with',
  'requested anonymity', 'researchers', 'resident', 'residents', 'scientists', 'source',
  'sources', 'unidentified', 'witness', 'witnesses',
] as const;
