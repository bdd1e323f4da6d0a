/** Unnamed officials: officials, spokespeople, lawmakers and the like with no name. */
export const unnamedOfficials = [
  'administration officials', 'authorities', 'company executives', 'diplomats', 'executives',
  'government officials', 'government sources', 'industry executives', 'investigators', 'judges',
  'law enforcement sources', 'lawmakers', 'military officials', 'official', 'officials',
  'police officers', 'police sources', 'prosecutors', 'senior official', 'senior officials',
  'spokesman', 'spokesperson', 'spokeswoman',
] as const;
