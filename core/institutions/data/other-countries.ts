/**
 * Bodies of other national governments, including the buildings that stand for them in copy
 * ("the Kremlin said"). Sorted by id (a test checks).
 */
import type { Institution } from '../schema';
import { REVIEWED, REVIEWED_AGENCIES, wikipedia } from './cite';

const official = 'official_body' as const;

export const OTHER_COUNTRIES: Institution[] = [
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
