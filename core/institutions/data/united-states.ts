/**
 * Bodies of the United States government, including the buildings that stand for them in
 * copy ("the White House said"). Sorted by id (a test checks).
 */
import type { Institution } from '../schema';
import { REVIEWED, wikipedia } from './cite';

const official = 'official_body' as const;
const US = 'US';

export const UNITED_STATES: Institution[] = [
  {
    id: 'centers-for-disease-control-and-prevention',
    name: 'Centers for Disease Control and Prevention',
    names: { en: ['CDC', 'Centers for Disease Control'] },
    country: US,
    kind: official,
    citation: wikipedia('Centers for Disease Control and Prevention'),
    reviewed: REVIEWED,
  },
  {
    id: 'federal-bureau-of-investigation',
    name: 'Federal Bureau of Investigation',
    names: { en: ['FBI'] },
    country: US,
    kind: official,
    citation: wikipedia('Federal Bureau of Investigation'),
    reviewed: REVIEWED,
  },
  {
    id: 'federal-reserve',
    name: 'Federal Reserve System',
    names: { en: ['Federal Reserve'] },
    aliases: ['Fed'],
    country: US,
    kind: official,
    citation: wikipedia('Federal Reserve'),
    reviewed: REVIEWED,
    note: 'No lexicon name as "Fed": the lexicon is case-blind and "fed" is a verb. The registry stage reads "Fed" capitalised only.',
  },
  {
    id: 'food-and-drug-administration',
    name: 'Food and Drug Administration',
    names: { en: ['FDA'] },
    country: US,
    kind: official,
    citation: wikipedia('Food and Drug Administration'),
    reviewed: REVIEWED,
  },
  {
    id: 'internal-revenue-service',
    name: 'Internal Revenue Service',
    names: { en: ['Internal Revenue Service'] },
    aliases: ['IRS'],
    country: US,
    kind: official,
    citation: wikipedia('Internal Revenue Service'),
    reviewed: REVIEWED,
  },
  {
    id: 'national-institutes-of-health',
    name: 'National Institutes of Health',
    names: { en: ['National Institutes of Health'] },
    aliases: ['NIH'],
    country: US,
    kind: official,
    citation: wikipedia('National Institutes of Health'),
    reviewed: REVIEWED,
  },
  {
    id: 'pentagon',
    name: 'United States Department of Defense',
    names: { en: ['Pentagon'], id: ['Pentagon'] },
    country: US,
    kind: official,
    citation: wikipedia('The Pentagon'),
    reviewed: REVIEWED,
    note: 'Named in copy by the building that houses its headquarters.',
  },
  {
    id: 'state-department',
    name: 'United States Department of State',
    names: { en: ['State Department'] },
    country: US,
    kind: official,
    citation: wikipedia('United States Department of State'),
    reviewed: REVIEWED,
  },
  {
    id: 'white-house',
    name: 'White House',
    names: { en: ['White House'], id: ['Gedung Putih'] },
    country: US,
    kind: official,
    citation: wikipedia('White House'),
    reviewed: REVIEWED,
    note: "The president's residence and office, named in copy for the presidency and its staff.",
  },
];
