/**
 * News agencies whose copy other outlets carry: the big three (AP, AFP, Reuters) and the
 * main national agencies that are not state-controlled. Sorted by id (a test checks).
 */
import type { Outlet } from '../schema';
import { CITING_AFTER, CITING_BEFORE, INITIALS_AFTER, INITIALS_BEFORE } from './context';
import { REVIEWED, wikipedia } from './cite';

const wire = 'wire' as const;

export const WIRE: Outlet[] = [
  {
    id: 'afp',
    name: 'Agence France-Presse',
    aliases: ['AFP'],
    domains: ['afp.com'],
    country: 'FR',
    category: wire,
    citation: wikipedia('Agence France-Presse'),
    reviewed: REVIEWED,
    note: 'Special status: an autonomous public body under its 1957 statute, partly state-funded, whose statute forbids it to come under the control of any government; not state media.',
  },
  {
    id: 'ansa',
    name: 'ANSA',
    aliases: ['Agenzia Nazionale Stampa Associata'],
    domains: ['ansa.it'],
    country: 'IT',
    category: wire,
    citation: wikipedia('ANSA'),
    reviewed: REVIEWED,
    note: 'A cooperative owned by Italian newspaper publishers.',
  },
  {
    id: 'associated-press',
    name: 'Associated Press',
    aliases: ['AP', 'The Associated Press', 'AP News'],
    aliasRules: {
      // Not a person's initials ("tersangka AP (35)"), Angkasa Pura ("AP II"), school exams or Maersk.
      AP: {
        notBefore: [...INITIALS_BEFORE, 'angkasa pura', 'pt', 'pradesh'],
        notAfter: [...INITIALS_AFTER, 'i', 'ii', 'exam', 'exams', 'class', 'classes', 'course', 'courses', 'test', 'tests', 'credit', 'credits', 'moller', 'møller', 'biology', 'calculus', 'chemistry', 'physics', 'history'],
      },
    },
    domains: ['ap.org', 'apnews.com'],
    country: 'US',
    category: wire,
    citation: wikipedia('Associated Press'),
    reviewed: REVIEWED,
    note: 'A not-for-profit cooperative owned by US newspapers and broadcasters.',
  },
  {
    id: 'australian-associated-press',
    name: 'Australian Associated Press',
    aliases: ['AAP'],
    aliasRules: { AAP: { ambiguous: true } },
    domains: ['aap.com.au'],
    country: 'AU',
    category: wire,
    citation: wikipedia('Australian Associated Press'),
    reviewed: REVIEWED,
    note: 'Bare "AAP" is ambiguous (also India\'s Aam Aadmi Party).',
  },
  {
    id: 'dpa',
    name: 'Deutsche Presse-Agentur',
    aliases: ['dpa'],
    aliasRules: {
      // "DPA" is also an Indonesian budget document (Dokumen Pelaksanaan Anggaran).
      dpa: { exactCase: true, needsBefore: CITING_BEFORE, needsAfter: CITING_AFTER, inParens: true },
    },
    domains: ['dpa.com'],
    country: 'DE',
    category: wire,
    citation: wikipedia('Deutsche Presse-Agentur'),
    reviewed: REVIEWED,
    note: 'A cooperative owned by German media companies.',
  },
  {
    id: 'efe',
    name: 'EFE',
    aliases: ['Agencia EFE'],
    domains: ['efe.com'],
    country: 'ES',
    category: wire,
    citation: wikipedia('EFE'),
    reviewed: REVIEWED,
    note: 'Majority-owned by the Spanish state holding SEPI, with an editorial statute protecting its independence; not treated as state media.',
  },
  {
    id: 'interfax',
    name: 'Interfax',
    aliases: ['Интерфакс'],
    domains: ['interfax.com', 'interfax.ru'],
    country: 'RU',
    category: wire,
    citation: wikipedia('Interfax'),
    reviewed: REVIEWED,
    note: 'Privately owned; like all Russian media it works under wartime censorship laws.',
  },
  {
    id: 'jiji-press',
    name: 'Jiji Press',
    aliases: ['Jiji', '時事通信'],
    domains: ['jiji.com'],
    country: 'JP',
    category: wire,
    citation: wikipedia('Jiji Press'),
    reviewed: REVIEWED,
  },
  {
    id: 'kyodo-news',
    name: 'Kyodo News',
    aliases: ['Kyodo', '共同通信'],
    domains: ['kyodonews.jp', 'kyodonews.net'],
    country: 'JP',
    category: wire,
    citation: wikipedia('Kyodo News'),
    reviewed: REVIEWED,
    note: 'A non-profit cooperative of Japanese newspapers and NHK.',
  },
  {
    id: 'press-trust-of-india',
    name: 'Press Trust of India',
    aliases: ['PTI'],
    aliasRules: {
      // Also Pakistan Tehreek-e-Insaf, Imran Khan's party.
      PTI: { needsBefore: CITING_BEFORE, needsAfter: CITING_AFTER, inParens: true },
    },
    domains: ['ptinews.com'],
    country: 'IN',
    category: wire,
    citation: wikipedia('Press Trust of India'),
    reviewed: REVIEWED,
    note: 'A non-profit cooperative of Indian newspapers.',
  },
  {
    id: 'reuters',
    name: 'Reuters',
    aliases: ['Thomson Reuters'],
    domains: ['reuters.com'],
    country: 'GB',
    category: wire,
    citation: wikipedia('Reuters'),
    reviewed: REVIEWED,
  },
  {
    id: 'united-press-international',
    name: 'United Press International',
    aliases: ['UPI'],
    aliasRules: { UPI: { ambiguous: true } },
    domains: ['upi.com'],
    country: 'US',
    category: wire,
    citation: wikipedia('United Press International'),
    reviewed: REVIEWED,
    note: 'Bare "UPI" is ambiguous (also India\'s Unified Payments Interface).',
  },
];
