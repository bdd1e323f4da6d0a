/**
 * National central banks, named in copy by their full names ("the Bank of Japan said"): public
 * bodies, though "bank" alone is a firm's word. Indonesian copy writes the same names. Short
 * forms ("BoJ", "RBA") are not yet checked over the corpus and stay out. Sorted by id (a test
 * checks).
 */
import type { Institution } from '../schema';
import { wikipedia } from './cite';

const official = 'official_body' as const;
/** The day the banks below were entered, from their Wikipedia articles as known then, without
 * fetching them (no network): the next review checks the citations. */
const ENTERED = '2026-12-06';

export const CENTRAL_BANKS: Institution[] = [
  {
    id: 'bangko-sentral-ng-pilipinas',
    name: 'Bangko Sentral ng Pilipinas',
    names: { en: ['Bangko Sentral ng Pilipinas'], id: ['Bangko Sentral ng Pilipinas'] },
    country: 'PH',
    kind: official,
    citation: wikipedia('Bangko Sentral ng Pilipinas'),
    reviewed: ENTERED,
  },
  {
    id: 'bank-negara-malaysia',
    name: 'Bank Negara Malaysia',
    names: { en: ['Bank Negara Malaysia'], id: ['Bank Negara Malaysia'] },
    country: 'MY',
    kind: official,
    citation: wikipedia('Bank Negara Malaysia'),
    reviewed: ENTERED,
  },
  {
    id: 'bank-of-canada',
    name: 'Bank of Canada',
    names: { en: ['Bank of Canada'], id: ['Bank of Canada'] },
    country: 'CA',
    kind: official,
    citation: wikipedia('Bank of Canada'),
    reviewed: ENTERED,
  },
  {
    id: 'bank-of-england',
    name: 'Bank of England',
    names: { en: ['Bank of England'], id: ['Bank of England'] },
    country: 'GB',
    kind: official,
    citation: wikipedia('Bank of England'),
    reviewed: ENTERED,
  },
  {
    id: 'bank-of-japan',
    name: 'Bank of Japan',
    names: { en: ['Bank of Japan'], id: ['Bank of Japan'] },
    country: 'JP',
    kind: official,
    citation: wikipedia('Bank of Japan'),
    reviewed: ENTERED,
  },
  {
    id: 'bank-of-korea',
    name: 'Bank of Korea',
    names: { en: ['Bank of Korea'], id: ['Bank of Korea'] },
    country: 'KR',
    kind: official,
    citation: wikipedia('Bank of Korea'),
    reviewed: ENTERED,
  },
  {
    id: 'bank-of-thailand',
    name: 'Bank of Thailand',
    names: { en: ['Bank of Thailand'], id: ['Bank of Thailand'] },
    country: 'TH',
    kind: official,
    citation: wikipedia('Bank of Thailand'),
    reviewed: ENTERED,
  },
  {
    id: 'peoples-bank-of-china',
    name: "People's Bank of China",
    names: { en: ["People's Bank of China"], id: ["People's Bank of China"] },
    country: 'CN',
    kind: official,
    citation: wikipedia("People's Bank of China"),
    reviewed: ENTERED,
  },
  {
    id: 'reserve-bank-of-australia',
    name: 'Reserve Bank of Australia',
    names: { en: ['Reserve Bank of Australia'], id: ['Reserve Bank of Australia'] },
    country: 'AU',
    kind: official,
    citation: wikipedia('Reserve Bank of Australia'),
    reviewed: ENTERED,
  },
  {
    id: 'reserve-bank-of-india',
    name: 'Reserve Bank of India',
    names: { en: ['Reserve Bank of India'], id: ['Reserve Bank of India'] },
    country: 'IN',
    kind: official,
    citation: wikipedia('Reserve Bank of India'),
    reviewed: ENTERED,
  },
  {
    id: 'swiss-national-bank',
    name: 'Swiss National Bank',
    names: { en: ['Swiss National Bank'], id: ['Swiss National Bank'] },
    country: 'CH',
    kind: official,
    citation: wikipedia('Swiss National Bank'),
    reviewed: ENTERED,
  },
];
