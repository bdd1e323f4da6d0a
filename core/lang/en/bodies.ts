/** Government bodies and institutions that speak as such ("the Pentagon said"). */
export const bodies = [
  'administration', 'agency', 'army', 'authority', 'border force', 'bureau', 'cabinet', 'cdc',
  'centers for disease control',
  'central bank', 'city council', 'coast guard', 'command', 'commission', 'congress',
  'consulate', 'consulate general', 'council', 'court', 'department', 'directorate', 'embassy',
  'eu', 'european union', 'fbi', 'fda', 'federal reserve', 'forces', 'foreign office',
  'forest service', 'government', 'governments', 'home office', 'interior ministry',
  'internal revenue service', 'joint chiefs', 'joint chiefs of staff', 'kremlin', 'met office',
  'military', 'ministries', 'ministry', 'national guard', 'national institutes of health', 'nato',
  'navy', 'oecd', 'office',
  'park service', 'parliament', 'pentagon', 'police', 'prison service', 'prosecutors', 'regulator',
  'regulators', 'revenue service', 'secret service', 'security forces', 'senate', 'state',
  'state department', 'supreme court', 'united nations', 'weather service', 'white house',
  'world health organization',
] as const;

/** Countries, capitals and regions that speak as governments ("Russia denied ..."). */
export const places = [
  'afghanistan', 'argentina', 'australia', 'bangladesh', 'beijing', 'brazil', 'britain',
  'cambodia', 'canada', 'china', 'cuba', 'egypt', 'france', 'germany', 'india', 'indonesia',
  'iran', 'iraq', 'israel', 'italy', 'jakarta', 'japan', 'jordan', 'laos', 'london', 'malaysia',
  'mexico', 'moscow', 'myanmar', 'netherlands', 'new zealand', 'nigeria', 'north korea',
  'pakistan', 'paris', 'philippines', 'poland', 'pyongyang', 'qatar', 'russia', 'saudi arabia',
  'seoul', 'singapore', 'south korea', 'spain', 'syria', 'taiwan', 'tehran', 'thailand', 'tokyo',
  'turkey', 'u.k', 'u.s', 'uk', 'ukraine', 'united kingdom', 'united states', 'venezuela',
  'vietnam', 'washington', 'yemen',
] as const;

/** Portfolio words inside a body's name ("the defense ministry"). */
export const portfolios = [
  'agriculture', 'commerce', 'defence', 'defense', 'education', 'energy', 'finance', 'foreign',
  'health', 'homeland security', 'interior', 'justice', 'labor', 'trade', 'transport', 'treasury',
] as const;
