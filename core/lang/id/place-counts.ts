/** Not studied for Indonesian, which gives a place's people with a verb ("kota berpenduduk
 * 3.000 jiwa"), not a link word. */
export const placeCountLinks = [] as const;
