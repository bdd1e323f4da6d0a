/**
 * Citation helpers for the data files. They only build `{title, url}`: the judgement is in
 * the entry.
 */
import type { Citation } from '../../outlets/schema';

export { wikipedia } from '../../outlets/data/cite';

/** The institution's own site, which states what it is and under which law it sits. */
export function officialSite(name: string, url: string): Citation {
  return { title: `${name}: official site`, url };
}

/** The date the bundled entries were last checked against their citations. */
export const REVIEWED = '2026-12-04';

/** The date the federal agencies and security services added after that review were checked. */
export const REVIEWED_AGENCIES = '2026-12-05';

/** The date the Department of Justice (read by its "DOJ" in court copy) was checked. */
export const REVIEWED_JUSTICE = '2026-12-06';

/** The date the Indonesian parties (read by their short names in political copy) were checked. */
export const REVIEWED_PARTIES = '2026-12-06';
