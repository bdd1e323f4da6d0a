/** Government bodies and institutions that speak as such ("the Pentagon said"). */
export const bodies = [
  'administration', 'agency', 'army', 'authority', 'bureau', 'cabinet', 'cdc', 'central bank',
  'city council', 'commission', 'congress', 'council', 'court', 'department', 'directorate',
  'embassy', 'eu', 'european union', 'fbi', 'fda', 'federal reserve', 'government', 'governments',
  'kremlin', 'military', 'ministries', 'ministry', 'nato', 'navy', 'oecd', 'parliament', 'pentagon',
  'police', 'regulator', 'regulators', 'senate', 'state department', 'supreme court',
  'united nations', 'white house',
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
