/** People a body employs for their trade, right after the body's word: not yet studied for
 * Indonesian ("pakar PBB"): none. */
export const bodyPeople = [] as const;

/** People who serve an office they are tied to: not yet studied for Indonesian. */
export const officeServants = [] as const;

/** The word for one person as such, placed in a body: not yet studied for Indonesian. */
export const onePersonNouns = [] as const;
