/** People a body employs for their trade: right after the body's word ("U.N. experts",
 * "State Department lawyers", "FBI agents", "an FBI agent") they are its unnamed officials;
 * after any other word ("security experts", "defense lawyers", "a travel agent") they are
 * not. Split from anonymous.ts, which was past 400 lines. */
export const bodyPeople = [
  'advisers',
  'advisors',
  'agent',
  'agents',
  'analyst',
  'analysts',
  'attorney',
  'attorneys',
  'engineer',
  'engineers',
  'experts',
  'investigator',
  'lawyer',
  'lawyers',
  'researcher',
  'researchers',
  'scientist',
  'scientists',
] as const;

/** People who serve whoever they are tied to: serving an office ("advisers to the president",
 * "advisors for the governor") they are its unnamed officials; a lawyer or an expert for
 * someone is not. */
export const officeServants = ['advisers', 'advisors'] as const;

/** The word for one person as such: placed in a government body ("a person at the
 * ministry") one of its officials, as "someone at the embassy" and "people at the ministry"
 * are. */
export const onePersonNouns = ['person'] as const;

/** English names a regional body with its place before it ("the Ohio State Police"): none. */
export const regionNamedBodies = [] as const;
