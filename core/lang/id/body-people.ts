/** People a body employs for their trade, right after the body's word: not yet studied for
 * Indonesian ("pakar PBB"): none. */
export const bodyPeople = [] as const;
