/** Government bodies and institutions that speak as such ("the Pentagon said"). */
export const bodies = [
  'administration', 'agency', 'army', 'authority', 'border force', 'bureau', 'cabinet', 'cdc',
  'centers for disease control', 'central bank', 'city council', 'coast guard', 'command',
  'commission', 'congress', 'consulate', 'consulate general', 'council', 'countries', 'court',
  'department', 'directorate', 'embassy', 'eu', 'european union', 'fbi', 'fda', 'federal reserve',
  'forces', 'foreign office', 'forest service', 'government', 'governments', 'home office',
  'interior ministry', 'internal revenue service', 'joint chiefs', 'joint chiefs of staff',
  'kremlin', 'met office', 'military', 'ministries', 'ministry', 'national guard',
  'national institutes of health', 'nato', 'navy', 'oecd', 'office', 'opposition', 'park service',
  'parliament', 'party', 'pentagon', 'police', 'prison service', 'prosecutors', 'regulator',
  'regulators', 'revenue service', 'secret service', 'security forces', 'senate', 'state',
  'state department', 'supreme court', 'tribunal', 'united nations', 'weather service',
  'white house', 'world health organization',
] as const;

/** Countries, capitals and regions that speak as governments ("Russia denied ..."). */
export const places = [
  'afghanistan', 'ankara', 'argentina', 'australia', 'baghdad', 'bangladesh', 'beijing', 'berlin',
  'brazil', 'britain', 'brussels', 'cairo', 'cambodia', 'canada', 'caracas', 'china', 'cuba',
  'damascus', 'egypt', 'france', 'germany', 'havana', 'india', 'indonesia', 'iran', 'iraq',
  'islamabad', 'israel', 'italy', 'jakarta', 'japan', 'jordan', 'kabul', 'kyiv', 'laos', 'london',
  'malaysia', 'manila', 'mexico', 'moscow', 'myanmar', 'netherlands', 'new delhi', 'new zealand',
  'nigeria', 'north korea', 'pakistan', 'paris', 'philippines', 'poland', 'pyongyang', 'qatar',
  'riyadh', 'russia', 'saudi arabia', 'seoul', 'singapore', 'south korea', 'spain', 'syria',
  'taipei', 'taiwan', 'tehran', 'thailand', 'tokyo', 'turkey', 'u.k', 'u.s', 'uk', 'ukraine',
  'united kingdom', 'united states', 'venezuela', 'vietnam', 'washington', 'yemen',
] as const;

/** Portfolio words inside a body's name ("the defense ministry"). */
export const portfolios = [
  'agriculture', 'commerce', 'defence', 'defense', 'education', 'energy', 'finance', 'foreign',
  'health', 'homeland security', 'interior', 'justice', 'labor', 'trade', 'transport', 'treasury',
] as const;
