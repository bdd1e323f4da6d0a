import { dottedDegrees } from './person-nouns';

/** Words written with a final dot that do not end an Indonesian sentence: these and the
 * degrees written after a name (kept once, with the other words for people). */
const otherAbbreviations = [
  'bpk',
  'dg',
  'dkk',
  'dr',
  'dra',
  'drg',
  'drh',
  'drs',
  'ds',
  'dsn',
  'gg',
  'h',
  'hj',
  'ir',
  'jl',
  'jln',
  'kab',
  'kec',
  'kel',
  'kh',
  'kol',
  'komp',
  'kp',
  'letjen',
  'mayjen',
  'no',
  'ny',
  'plh',
  'plt',
  'pol',
  'prof',
  'prov',
  'sdr',
  'sdri',
  // "St. Petersburg", "St. Louis": a saint's place name, no sentence end.
  'st',
  'tbk',
  'tn',
  'u.s',
  'ust',
  'yth',
];
export const abbreviations = [...otherAbbreviations, ...dottedDegrees].sort();

/** Indonesian "No." is always "nomor" (no word "no" ends a sentence): none listed. */
export const numberAbbreviations = [] as const;
