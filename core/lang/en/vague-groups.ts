/** People in general and groups named only vaguely ("people say", "those who attended",
 * "Jane Roe and her colleagues"): no source of their own (split from anonymous.ts). */

/** People in general: "people say", "many people think", "everyone knows". */
export const vagueGroups = [
  'anybody',
  'anyone',
  'everybody',
  'everyone',
  'folks',
  'nobody',
  'people',
  'somebody',
  'someone',
] as const;

/** "Those who attended said", "Someone who was there said": words that stand for people
 * only with a relative clause after them, which says who they are. */
export const relativeGroupHeads = [
  'all',
  'anybody',
  'anyone',
  'everybody',
  'everyone',
  'few',
  'many',
  'most',
  'others',
  'some',
  'somebody',
  'someone',
  'those',
] as const;

/** The people someone works with: "Jane Roe and her colleagues found ...". */
export const companionNouns = [
  'co-authors',
  'co-workers',
  'coauthors',
  'collaborators',
  'colleagues',
  'coworkers',
  'team',
  'teammates',
] as const;

/** Vague quantifiers before them ("many people", "a lot of people"); a number or "several"
 * counts people who spoke. */
export const vagueQuantifiers = [
  'a',
  'all',
  'few',
  'lot',
  'lots',
  'many',
  'most',
  'of',
  'plenty',
  'some',
] as const;
