/** Pronouns that stand for a person. */
export const personPronouns = [
  'he', 'she',
] as const;

/** Pronouns that stand for a group or an institution. */
export const groupPronouns = [
  'it', 'they',
] as const;

/** Words that make a description point back to something named earlier ("the company"). */
export const anaphoricMarkers = [
  'its', 'the', 'this',
] as const;
