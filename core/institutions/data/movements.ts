/**
 * Armed political movements that news copy quotes by their bare name ("Hamas mengatakan"). A
 * lone capitalised word in Indonesian copy is read as a person's name, so these need their
 * entry; English copy reads a lone name as an organization already, so only the Indonesian
 * spellings join a table. Each is cited to its encyclopedia article. Sorted by id (a test
 * checks).
 */
import type { Institution } from '../schema';
import { wikipedia } from './cite';

const organization = 'organization' as const;
/** The day these entries were checked against their citations. */
const REVIEWED_MOVEMENTS = '2026-12-06';

export const MOVEMENTS: Institution[] = [
  {
    id: 'hamas',
    name: 'Harakat al-Muqawama al-Islamiya',
    names: { id: ['Hamas'] },
    country: 'PS',
    kind: organization,
    citation: wikipedia('Hamas'),
    reviewed: REVIEWED_MOVEMENTS,
    note: 'A Palestinian political and military movement; it has run the government in Gaza since 2007, whose ministries speak as official bodies under their own words ("Kementerian Kesehatan Gaza").',
  },
  {
    id: 'hezbollah',
    name: 'Hezbollah',
    names: { id: ['Hezbollah', 'Hizbullah'] },
    country: 'LB',
    kind: organization,
    citation: wikipedia('Hezbollah'),
    reviewed: REVIEWED_MOVEMENTS,
    note: 'A Lebanese political party and militia; Indonesian copy spells it both ways.',
  },
  {
    id: 'houthis',
    name: 'Ansar Allah',
    names: { id: ['Houthi'] },
    country: 'YE',
    kind: organization,
    citation: wikipedia('Houthis'),
    reviewed: REVIEWED_MOVEMENTS,
    note: "A Yemeni political and military movement holding the north and Sanaa; Yemen's recognised government is another body. Known in news copy by its founders' family name.",
  },
  {
    id: 'taliban',
    name: 'Taliban',
    names: { id: ['Taliban'] },
    country: 'AF',
    kind: organization,
    citation: wikipedia('Taliban'),
    reviewed: REVIEWED_MOVEMENTS,
    note: 'An Afghan Islamist movement and former insurgency; it has held Kabul since 2021 without wide recognition, so like the Houthis it speaks as a movement, while the ministries it runs speak as official bodies under their own words ("Kementerian Luar Negeri Afghanistan").',
  },
];
