/**
 * Indonesian non-governmental bodies that news copy quotes by their short name alone
 * ("Walhi menilai", "kata Indef"): associations, NGOs, think tanks and mass religious
 * organisations. A lone capitalised word in Indonesian copy is read as a person's name, so
 * these need their entry. Each is cited to its own site. Sorted by id (a test checks).
 */
import type { Institution } from '../schema';
import { officialSite, REVIEWED } from './cite';

const organization = 'organization' as const;
const ID = 'ID';

export const INDONESIA_ORGANIZATIONS: Institution[] = [
  {
    id: 'apindo',
    name: 'Asosiasi Pengusaha Indonesia',
    names: { id: ['Apindo'] },
    country: ID,
    kind: organization,
    citation: officialSite('Asosiasi Pengusaha Indonesia', 'https://apindo.or.id/'),
    reviewed: REVIEWED,
    note: "The employers' association.",
  },
  {
    id: 'icw',
    name: 'Indonesia Corruption Watch',
    names: { id: ['Indonesia Corruption Watch', 'ICW'] },
    country: ID,
    kind: organization,
    citation: officialSite('Indonesia Corruption Watch', 'https://antikorupsi.org/'),
    reviewed: REVIEWED,
  },
  {
    id: 'indef',
    name: 'Institute for Development of Economics and Finance',
    names: { id: ['Indef'] },
    country: ID,
    kind: organization,
    citation: officialSite('INDEF', 'https://indef.or.id/'),
    reviewed: REVIEWED,
    note: 'An economic think tank.',
  },
  {
    id: 'kontras',
    name: 'Komisi untuk Orang Hilang dan Korban Tindak Kekerasan',
    names: { id: ['Komisi untuk Orang Hilang dan Korban Tindak Kekerasan'] },
    aliases: ['KontraS'],
    country: ID,
    kind: organization,
    citation: officialSite('KontraS', 'https://kontras.org/'),
    reviewed: REVIEWED,
    note: 'A human-rights NGO; "kontras" is also the word for contrast, so its short name is read as written only.',
  },
  {
    id: 'muhammadiyah',
    name: 'Muhammadiyah',
    names: { id: ['Muhammadiyah', 'PP Muhammadiyah'] },
    country: ID,
    kind: organization,
    citation: officialSite('Muhammadiyah', 'https://muhammadiyah.or.id/'),
    reviewed: REVIEWED,
    note: 'A mass Islamic organisation; PP is its central board.',
  },
  {
    id: 'mui',
    name: 'Majelis Ulama Indonesia',
    names: { id: ['Majelis Ulama Indonesia', 'MUI'] },
    country: ID,
    kind: organization,
    citation: officialSite('Majelis Ulama Indonesia', 'https://mui.or.id/'),
    reviewed: REVIEWED,
    note: 'The council of Muslim scholars: a non-governmental body, though the state funds it.',
  },
  {
    id: 'nahdlatul-ulama',
    name: 'Nahdlatul Ulama',
    names: { id: ['Nahdlatul Ulama', 'PBNU'] },
    aliases: ['NU'],
    country: ID,
    kind: organization,
    citation: officialSite('Nahdlatul Ulama', 'https://www.nu.or.id/'),
    reviewed: REVIEWED,
    note: 'A mass Islamic organisation; PBNU is its central board.',
  },
  {
    id: 'perludem',
    name: 'Perkumpulan untuk Pemilu dan Demokrasi',
    names: { id: ['Perludem'] },
    country: ID,
    kind: organization,
    citation: officialSite('Perludem', 'https://perludem.org/'),
    reviewed: REVIEWED,
    note: 'An election-watch NGO.',
  },
  {
    id: 'walhi',
    name: 'Wahana Lingkungan Hidup Indonesia',
    names: { id: ['Wahana Lingkungan Hidup Indonesia', 'Walhi'] },
    country: ID,
    kind: organization,
    citation: officialSite('WALHI', 'https://www.walhi.or.id/'),
    reviewed: REVIEWED,
    note: 'An environmental NGO.',
  },
  {
    id: 'ylbhi',
    name: 'Yayasan Lembaga Bantuan Hukum Indonesia',
    names: { id: ['Yayasan Lembaga Bantuan Hukum Indonesia', 'YLBHI'] },
    country: ID,
    kind: organization,
    citation: officialSite('YLBHI', 'https://ylbhi.or.id/'),
    reviewed: REVIEWED,
    note: 'The legal-aid foundation.',
  },
  {
    id: 'ylki',
    name: 'Yayasan Lembaga Konsumen Indonesia',
    names: { id: ['Yayasan Lembaga Konsumen Indonesia', 'YLKI'] },
    country: ID,
    kind: organization,
    citation: officialSite('YLKI', 'https://ylki.or.id/'),
    reviewed: REVIEWED,
    note: "The consumers' foundation.",
  },
];
