/** Unnamed non-official sources. */
export const anonymous = [
  'analysts', 'critics', 'economists', 'experts', 'insiders', 'observers',
  'on condition of anonymity', 'people familiar with', 'person familiar with', 'researchers',
  'residents', 'scientists', 'source', 'sources', 'unidentified', 'witnesses',
] as const;
