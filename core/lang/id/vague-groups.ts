/** People in general and groups named only vaguely ("orang bilang", "mereka yang hadir",
 * "X dan timnya"): no source of their own (split from anonymous.ts). */

/** Generic sayings of people in general ("orang bilang") are not listed yet. */
export const vagueGroups = [] as const;

/** Not yet studied for Indonesian ("mereka yang hadir"): none. */
export const relativeGroupHeads = [] as const;
/** "X dan timnya" is not treated apart yet. */
export const companionNouns = [] as const;
export const vagueQuantifiers = [] as const;
