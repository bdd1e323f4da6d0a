/**
 * Indonesian "Penangkapan itu dibenarkan Kapolsek ...": a passive verb of confirming or denying
 * after a subject closed by a pointing word; the agent after it confirms what the sentence
 * before said. Alone the verbs may mean "permitted" or "when reached", which name no source.
 * Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

const BEFORE =
  'Polisi menangkap dua pemuda yang membawa senjata tajam di Jalan Kenari pada Sabtu malam.';
const last = (text: string) => paragraphClaims('id', BEFORE, text).at(-1);

describe('confirming passive after a pointed subject', () => {
  it.each([
    ['Penangkapan itu dibenarkan Kapolsek Kenari AKP Hendra Wijaya.', 'named_person', 'dibenarkan'],
    [
      'Kabar penangkapan tersebut juga dibenarkan oleh pihak kepolisian.',
      'official_body',
      'dibenarkan',
    ],
    [
      'Informasi itu dikonfirmasi seorang sumber di kepolisian.',
      'unnamed_official',
      'dikonfirmasi',
    ],
    ['Kejadian tersebut diakui warga setempat.', 'anonymous', 'diakui'],
    ['Tudingan itu ditepis oleh kuasa hukum kedua pemuda.', 'anonymous', 'ditepis'],
  ])('%s', (text, kind, cue) => {
    const c = last(text);
    expect(c?.rule).toBe('passive-by');
    expect(c?.cue).toContain(cue);
    expect(c?.source.kind).toBe(kind);
    expect(c?.claim).toBe(BEFORE);
  });

  it.each([
    'Membawa senjata tajam tidak dibenarkan di tempat umum.',
    'Saat dikonfirmasi, kuasa hukum kedua pemuda enggan berkomentar.',
    'Kendaraan itu tidak dibenarkan melintas di jalan tersebut.',
  ])('no source: %s', (text) => {
    expect(paragraphClaims('id', text)).toEqual([]);
  });
});
