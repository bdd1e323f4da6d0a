/** Unnamed officials: officials, spokespeople, lawmakers and the like with no name. */
export const unnamedOfficials = [
  'administration officials', 'aides', 'authorities', 'commanders', 'company executives',
  'diplomatic sources', 'diplomats', 'executives', 'government officials', 'government sources',
  'industry executives', 'intelligence sources', 'investigators', 'judges',
  'law enforcement sources', 'lawmakers', 'leaders', 'medical sources', 'military officials',
  'military sources', 'ministers', 'mps', 'negotiators', 'officers', 'official', 'officials',
  'police officers', 'police sources', 'policeman', 'policemen', 'security officials',
  'security sources', 'senior official', 'senior officials', 'soldier', 'soldiers', 'spokesman',
  'spokesmen', 'spokespeople', 'spokesperson', 'spokeswoman', 'troops',
] as const;
