/** Words written with a final dot that do not end an English sentence. */
export const abbreviations = [
  'adm', 'apr', 'aug', 'capt', 'cmdr', 'co', 'col', 'corp', 'dec', 'dept', 'dr', 'e.g', 'feb',
  'gen', 'gov', 'i.e', 'inc', 'jan', 'jr', 'jul', 'jun', 'lt', 'ltd', 'maj', 'mar', 'messrs', 'mr',
  'mrs', 'ms', 'mt', 'no', 'nov', 'oct', 'prof', 'rep', 'rev', 'sen', 'sep', 'sept', 'sgt', 'sr',
  'st', 'supt', 'u.k', 'u.n', 'u.s', 'u.s.a', 'vs',
] as const;
