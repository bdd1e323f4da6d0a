/** The word between a place's noun and the count of people it holds ("a town of about 3,000
 * people"). */
export const placeCountLinks = ['of'] as const;
