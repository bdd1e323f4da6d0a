/**
 * Scientific and medical journals that news copy cites as sources ("The Lancet reported",
 * "according to the journal Science"). A journal speaking - an editorial, its own reporting -
 * is an outlet (media), not a company or a person; a study it published stays a document
 * ("a study published in Nature found"). None is state-controlled. Names that are also
 * ordinary words ("Nature", "Science") match only next to a citing phrase or a reporting
 * verb. Entered on 2026-12-05 from the journals' Wikipedia articles as known then, without
 * fetching them (no network): the next review checks the citations. Sorted by id (a test
 * checks).
 */
import type { Outlet } from '../schema';
import { CITING_AFTER, CITING_BEFORE } from './context';
import { wikipedia } from './cite';

const priv = 'private' as const;
/** The day these entries were written (see above). */
const ENTERED = '2026-12-05';
/** Match only as a cited source: "according to the journal Science", "Nature reported". */
const AS_SOURCE = { needsBefore: CITING_BEFORE, needsAfter: CITING_AFTER };

export const PRIVATE_JOURNALS: Outlet[] = [
  {
    id: 'jama',
    name: 'JAMA',
    aliases: ['Journal of the American Medical Association'],
    domains: ['jamanetwork.com'],
    country: 'US',
    category: priv,
    citation: wikipedia('JAMA (journal)'),
    reviewed: ENTERED,
  },
  {
    id: 'nature',
    name: 'Nature',
    aliases: [],
    aliasRules: { Nature: AS_SOURCE },
    domains: ['nature.com'],
    country: 'GB',
    category: priv,
    citation: wikipedia('Nature (journal)'),
    reviewed: ENTERED,
  },
  {
    id: 'nejm',
    name: 'The New England Journal of Medicine',
    aliases: ['NEJM', 'New England Journal of Medicine'],
    domains: ['nejm.org'],
    country: 'US',
    category: priv,
    citation: wikipedia('The New England Journal of Medicine'),
    reviewed: ENTERED,
  },
  {
    id: 'science',
    name: 'Science',
    aliases: [],
    aliasRules: { Science: AS_SOURCE },
    domains: ['science.org'],
    country: 'US',
    category: priv,
    citation: wikipedia('Science (journal)'),
    reviewed: ENTERED,
  },
  {
    id: 'the-bmj',
    name: 'The BMJ',
    aliases: ['BMJ', 'British Medical Journal'],
    domains: ['bmj.com'],
    country: 'GB',
    category: priv,
    citation: wikipedia('The BMJ'),
    reviewed: ENTERED,
  },
  {
    id: 'the-lancet',
    name: 'The Lancet',
    aliases: ['Lancet'],
    domains: ['thelancet.com'],
    country: 'GB',
    category: priv,
    citation: wikipedia('The Lancet'),
    reviewed: ENTERED,
  },
];
