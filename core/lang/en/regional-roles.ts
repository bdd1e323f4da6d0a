/** Offices named with the place they hold, kept apart from the other roles: the names and
 * places after them are read differently (see LangData.jurisdictionRoles, regionalRoles). */

/** Roles written with their jurisdiction before the name: the first of three capitalised
 * words after one is the place, not the person. */
export const jurisdictionRoles = ['governor', 'mayor', 'sheriff'] as const;

/** English writes no office with its place and no name as a subject in this way: none. */
export const regionalRoles = [] as const;
