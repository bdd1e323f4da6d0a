/** Not yet studied for Indonesian ("mengulangi klaimnya bahwa ..."): none. */
export const restatingVerbs = [] as const;

/** None, as above. */
export const assertionNouns = [] as const;
