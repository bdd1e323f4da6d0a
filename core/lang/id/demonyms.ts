/** Indonesian writes "warga negara Rusia" or "pria asal Rusia": a noun phrase the other
 * stages read, so no nation word stands for a person on its own. */
export const demonyms = [] as const;

export const nationalityAdjectives = [] as const;

/** "warga Jawa Timur", "orang Texas": a noun phrase too, none. */
export const regionDemonyms = [] as const;
