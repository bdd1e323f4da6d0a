/** Verbs of saying whose object may be a deed or a possession rather than words. Not
 * studied for Indonesian yet: the lists are empty. */

export const holdingVerbs = [] as const;

export const holdingObjects = [] as const;

export const deedVerbs = [] as const;
