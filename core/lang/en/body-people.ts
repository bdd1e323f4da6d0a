/** People a body employs for their trade: right after the body's word ("U.N. experts",
 * "State Department lawyers", "FBI agents", "an FBI agent") they are its unnamed officials;
 * after any other word ("security experts", "defense lawyers", "a travel agent") they are
 * not. Split from anonymous.ts, which was past 400 lines. */
export const bodyPeople = [
  'advisers',
  'advisors',
  'agent',
  'agents',
  'attorneys',
  'engineer',
  'engineers',
  'experts',
  'lawyers',
  'researcher',
  'researchers',
  'scientist',
  'scientists',
] as const;
