/** Government bodies and institutions that speak as such ("the Pentagon said"). */
export const bodies = [
  'administration', 'agency', 'army', 'cabinet', 'cdc', 'central bank', 'city council',
  'commission', 'congress', 'council', 'court', 'department', 'embassy', 'eu', 'european union',
  'fbi', 'fda', 'federal reserve', 'government', 'kremlin', 'military', 'ministry', 'nato', 'navy',
  'oecd', 'parliament', 'pentagon', 'police', 'regulator', 'regulators', 'senate',
  'state department', 'supreme court', 'united nations', 'white house',
] as const;

/** Countries, capitals and regions that speak as governments ("Russia denied ..."). */
export const places = [
  'australia', 'beijing', 'brazil', 'britain', 'canada', 'china', 'egypt', 'france', 'germany',
  'india', 'indonesia', 'iran', 'iraq', 'israel', 'italy', 'jakarta', 'japan', 'london',
  'malaysia', 'mexico', 'moscow', 'north korea', 'pakistan', 'paris', 'philippines', 'pyongyang',
  'russia', 'saudi arabia', 'seoul', 'singapore', 'south korea', 'spain', 'syria', 'taiwan',
  'tehran', 'tokyo', 'turkey', 'u.k', 'u.s', 'uk', 'ukraine', 'united kingdom', 'united states',
  'vietnam', 'washington',
] as const;

/** Portfolio words inside a body's name ("the defense ministry"). */
export const portfolios = [
  'agriculture', 'commerce', 'defence', 'defense', 'education', 'energy', 'finance', 'foreign',
  'health', 'homeland security', 'interior', 'justice', 'labor', 'trade', 'transport', 'treasury',
] as const;
