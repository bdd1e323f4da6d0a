/** People who speak for having been there: Indonesian keeps them ("warga", "saksi",
 * "korban") with the other unnamed people in anonymous.ts, none split out. */
export const presentPeople = [] as const;
