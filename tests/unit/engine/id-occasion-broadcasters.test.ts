/**
 * "<claim>, kata X dalam konferensi pers yang disiarkan CCTV": after a closing verb-first cue
 * and its source, an occasion (and the broadcaster that carried it) is no claim; a name that is
 * also a common word ("CCTV", a camera) is the broadcaster right after "disiarkan". Every
 * sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { onlyClaim } from './helpers';
import { defaultRegistry } from '@/core/outlets';

const id = (text: string) => onlyClaim(text, 'id');

describe('an occasion after a closing verb-first cue', () => {
  it.each([
    'Bantuan akan ditambah, kata Rina Hartono dalam konferensi pers.',
    'Bantuan akan ditambah, ujar juru bicara dalam jumpa pers yang disiarkan televisi.',
    'Bantuan akan ditambah, kata Menteri Sosial Rina Hartono dalam pidato yang disiarkan radio.',
  ])('%s', (text) => {
    expect(id(text)?.claim).toBe('Bantuan akan ditambah');
  });
});

describe('a broadcaster after "disiarkan"', () => {
  it('carries the words', () => {
    const registry = defaultRegistry;
    const { claims } = analyze(
      {
        blocks: [
          {
            type: 'p',
            text: 'Bantuan akan ditambah, kata Rina Hartono dalam konferensi pers yang disiarkan CCTV.',
          },
        ],
      },
      { lang: 'id', registry },
    );
    expect(claims[0]?.claim).toBe('Bantuan akan ditambah');
    expect(claims[0]?.source.via).toBe('CCTV');
  });

  it('a camera is no outlet', () => {
    const registry = defaultRegistry;
    const { claims } = analyze(
      { blocks: [{ type: 'p', text: 'Rekaman CCTV menunjukkan pelaku kabur, kata polisi.' }] },
      { lang: 'id', registry },
    );
    expect(claims[0]?.source.via ?? null).toBe(null);
  });
});

describe('"seperti dimuat" relays the paper that printed the words', () => {
  it.each([
    'Korban banjir bertambah menjadi 12 orang, seperti dimuat surat kabar Warta Timur.',
    'Korban banjir bertambah menjadi 12 orang, seperti dimuat oleh surat kabar Warta Timur.',
    'Korban banjir bertambah menjadi 12 orang, sebagaimana dimuat surat kabar Warta Timur.',
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.rule).toBe('relayed');
    expect(c?.source.kind).toBe('media');
    expect(c?.claim).toBe('Korban banjir bertambah menjadi 12 orang');
  });

  it('a piece printed by a paper is no claim', () => {
    const { claims } = analyze(
      {
        blocks: [{ type: 'p', text: 'Artikel itu dimuat oleh surat kabar Warta Timur pada Rabu.' }],
      },
      { lang: 'id', registry: defaultRegistry },
    );
    expect(claims.filter((c) => c.rule === 'relayed')).toHaveLength(0);
  });
});
