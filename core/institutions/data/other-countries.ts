/**
 * Bodies of other national governments, including the buildings that stand for them in copy
 * ("the Kremlin said"). Sorted by id (a test checks).
 */
import type { Institution } from '../schema';
import { REVIEWED, REVIEWED_AGENCIES, wikipedia } from './cite';

const official = 'official_body' as const;
/** The day the residences below were entered, from their Wikipedia articles as known then,
 * without fetching them (no network): the next review checks the citations. */
const ENTERED = '2026-12-05';
/** The same, for the entries added the day after. */
const ENTERED_NEXT = '2026-12-06';

export const OTHER_COUNTRIES: Institution[] = [
  {
    id: 'downing-street',
    name: 'Downing Street',
    names: { en: ['Downing Street'] },
    aliases: ['Number 10', 'No 10', 'No. 10'],
    country: 'GB',
    kind: official,
    citation: wikipedia('10 Downing Street'),
    reviewed: ENTERED,
    note: "The British prime minister's residence and office, named in copy for the prime minister's office.",
  },
  {
    id: 'elysee-palace',
    name: 'Élysée Palace',
    names: { en: ['Elysee', 'Elysee Palace', 'Élysée', 'Élysée Palace'] },
    country: 'FR',
    kind: official,
    citation: wikipedia('Élysée Palace'),
    reviewed: ENTERED,
    note: 'The official residence of the French president, named in copy for the presidency.',
  },
  {
    id: 'holy-see',
    name: 'Holy See',
    names: { en: ['Holy See', 'Vatican'] },
    country: 'VA',
    kind: official,
    citation: wikipedia('Holy See'),
    reviewed: ENTERED,
    note: 'The sovereign government of the Catholic Church, named in copy by its city state ("the Vatican said").',
  },
  {
    id: 'home-office',
    name: 'Home Office',
    names: { en: ['Home Office'] },
    country: 'GB',
    kind: official,
    citation: wikipedia('Home Office'),
    reviewed: REVIEWED,
    note: "The United Kingdom's interior ministry.",
  },
  {
    id: 'islamic-revolutionary-guard-corps',
    name: 'Islamic Revolutionary Guard Corps',
    names: {
      en: [
        'Islamic Revolutionary Guard Corps',
        'Revolutionary Guard',
        'Revolutionary Guard Corps',
        'Revolutionary Guards',
      ],
      id: ['Garda Revolusi', 'Garda Revolusi Islam', 'Korps Garda Revolusi Islam'],
    },
    aliases: ['IRGC'],
    country: 'IR',
    kind: official,
    citation: wikipedia('Islamic Revolutionary Guard Corps'),
    reviewed: ENTERED_NEXT,
    note: "A branch of Iran's armed forces, named in copy as the Revolutionary Guards.",
  },
  {
    id: 'kremlin',
    name: 'Kremlin',
    names: { en: ['Kremlin'], id: ['Kremlin'] },
    country: 'RU',
    kind: official,
    citation: wikipedia('Moscow Kremlin'),
    reviewed: REVIEWED,
    note: 'The official residence of the Russian president, named in copy for the presidency and its administration.',
  },
  {
    id: 'met-office',
    name: 'Met Office',
    names: { en: ['Met Office'] },
    country: 'GB',
    kind: official,
    citation: wikipedia('Met Office'),
    reviewed: REVIEWED,
    note: "The United Kingdom's national weather service.",
  },
  {
    id: 'mi5',
    name: 'Security Service',
    names: { en: ['MI5'] },
    country: 'GB',
    kind: official,
    citation: wikipedia('MI5'),
    reviewed: REVIEWED_AGENCIES,
    note: "The United Kingdom's domestic security service.",
  },
  {
    id: 'mi6',
    name: 'Secret Intelligence Service',
    names: { en: ['MI6'] },
    country: 'GB',
    kind: official,
    citation: wikipedia('MI6'),
    reviewed: REVIEWED_AGENCIES,
    note: "The United Kingdom's foreign intelligence service.",
  },
  {
    id: 'mossad',
    name: 'Mossad',
    names: { en: ['Mossad'] },
    country: 'IL',
    kind: official,
    citation: wikipedia('Mossad'),
    reviewed: REVIEWED_AGENCIES,
    note: "Israel's foreign intelligence service.",
  },
];
