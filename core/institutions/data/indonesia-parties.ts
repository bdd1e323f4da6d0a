/**
 * Indonesian political parties with seats in the DPR, which copy names by their short name
 * alone ("Gerindra menyatakan", "politikus PDI Perjuangan Sari ..."). A lone capitalised word
 * in Indonesian copy is read as a person's name, and a party's name between a role and a
 * person's was read as part of it. A party speaks as an official body, as "Partai X" already
 * does by the pack's word "partai" (and as the shared annotation guidelines have it). Each is
 * cited to its English Wikipedia article. Sorted by id (a test checks).
 */
import type { Institution } from '../schema';
import { REVIEWED_PARTIES, wikipedia } from './cite';

const official = 'official_body' as const;
const ID = 'ID';

export const INDONESIA_PARTIES: Institution[] = [
  {
    id: 'demokrat',
    name: 'Partai Demokrat',
    names: { id: ['Partai Demokrat'] },
    aliases: ['Demokrat'],
    country: ID,
    kind: official,
    citation: wikipedia('Democratic Party (Indonesia)'),
    reviewed: REVIEWED_PARTIES,
    note: '"demokrat" is also the word for a democrat, so the short name is read as written only.',
  },
  {
    id: 'gerindra',
    name: 'Partai Gerakan Indonesia Raya',
    names: { id: ['Gerindra'] },
    country: ID,
    kind: official,
    citation: wikipedia('Gerindra'),
    reviewed: REVIEWED_PARTIES,
  },
  {
    id: 'golkar',
    name: 'Partai Golongan Karya',
    names: { id: ['Golkar'] },
    country: ID,
    kind: official,
    citation: wikipedia('Golkar'),
    reviewed: REVIEWED_PARTIES,
  },
  {
    id: 'nasdem',
    name: 'Partai NasDem',
    names: { id: ['NasDem'] },
    country: ID,
    kind: official,
    citation: wikipedia('NasDem Party'),
    reviewed: REVIEWED_PARTIES,
  },
  {
    id: 'pan',
    name: 'Partai Amanat Nasional',
    names: { id: ['Partai Amanat Nasional'] },
    aliases: ['PAN'],
    country: ID,
    kind: official,
    citation: wikipedia('National Mandate Party'),
    reviewed: REVIEWED_PARTIES,
    note: 'Its short name is also a word ("pan"), so it is read as written only.',
  },
  {
    id: 'pdi-p',
    name: 'Partai Demokrasi Indonesia Perjuangan',
    names: { id: ['Partai Demokrasi Indonesia Perjuangan', 'PDI Perjuangan', 'PDI-P', 'PDIP'] },
    country: ID,
    kind: official,
    citation: wikipedia('Indonesian Democratic Party of Struggle'),
    reviewed: REVIEWED_PARTIES,
  },
  {
    id: 'pkb',
    name: 'Partai Kebangkitan Bangsa',
    names: { id: ['Partai Kebangkitan Bangsa', 'PKB'] },
    country: ID,
    kind: official,
    citation: wikipedia('National Awakening Party'),
    reviewed: REVIEWED_PARTIES,
  },
  {
    id: 'pks',
    name: 'Partai Keadilan Sejahtera',
    names: { id: ['Partai Keadilan Sejahtera', 'PKS'] },
    country: ID,
    kind: official,
    citation: wikipedia('Prosperous Justice Party'),
    reviewed: REVIEWED_PARTIES,
  },
  {
    id: 'ppp',
    name: 'Partai Persatuan Pembangunan',
    names: { id: ['Partai Persatuan Pembangunan', 'PPP'] },
    country: ID,
    kind: official,
    citation: wikipedia('United Development Party'),
    reviewed: REVIEWED_PARTIES,
  },
];
