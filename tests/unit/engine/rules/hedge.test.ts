import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { hedge } from '@/core/rules/hedge';
import { run } from '../helpers';

describe('hedge', () => {
  it.each([
    ['Nusaraya is rumored to be opening a second bakery.', 'en', 'is rumored'],
    ['The minister reportedly resigned on Friday.', 'en', 'reportedly'],
    ['The suspect allegedly fled the country.', 'en', 'allegedly'],
    ['The ship is believed to carry missiles.', 'en', 'is believed to'],
    ['The general was rumoured to be ill.', 'en', 'was rumoured'],
    ['Both guards were suspected of taking bribes.', 'en', 'were suspected'],
    ['The colonel was believed to have fled north.', 'en', 'was believed to'],
    ['It was thought the bridge would hold.', 'en', 'It was thought'],
    ['It has been alleged that the bids were rigged.', 'en', 'It has been alleged'],
    ['The inn is reputedly the oldest in the valley.', 'en', 'reputedly'],
    ['Dikabarkan, Nusaraya akan mengumumkan penutupan pabrik.', 'id', 'Dikabarkan'],
    ['Divisi kapal tanker disebut bakal terdampak PHK.', 'id', 'disebut'],
    ['Sang menteri disebut-sebut akan mundur.', 'id', 'disebut-sebut'],
    ['Pelaku diduga membawa senjata tajam.', 'id', 'diduga'],
    ['Konon, kapal itu tenggelam di sini.', 'id', 'Konon'],
    ['Kabarnya, harga BBM akan naik.', 'id', 'Kabarnya'],
    ['Beredar kabar bahwa tarif tol akan naik bulan depan.', 'id', 'Beredar kabar'],
    ['Muncul kabar bahwa Stadion Merdeka akan dijual.', 'id', 'kabar bahwa'], // a name after "bahwa"
    ['Sempat ada isu bahwa pelatih itu dipecat.', 'id', 'isu bahwa'],
    // Described with no one describing, as "was described as".
    ['Dia disebut sebagai calon kuat ketua umum.', 'id', 'disebut'],
  ] as const)('%s', (text, lang, cue) => {
    expect(run(hedge, text, lang)).toEqual([[cue, 'unattributed', '']]);
  });

  it.each([
    ['Kasus itu dilaporkan ke polisi pada hari Senin.', 'id'],
    ['Kim met Petrov on Friday.', 'en'],
    ['"Itu dikabarkan bohong," kata Budi.', 'id'], // inside a quotation
    ['Dugaan korupsi itu sedang diselidiki.', 'id'], // nominal "dugaan"
    ['Program yang disebut Kartu Prakerja itu dibuka lagi.', 'id'], // naming, not hedging
  ] as const)('no hedge: %s', (text, lang) => {
    expect(run(hedge, text, lang)).toEqual([]);
  });
});

describe('hedge: read through adverbs inside it', () => {
  it.each([
    ['It is widely believed that the ferry sank in the storm.', 'It is widely believed'],
    ['The mayor is now thought to be abroad.', 'is now thought to'],
    ['The vase is often said to be Roman.', 'is often said to'],
  ])('%s', (text, cue) => {
    expect(run(hedge, text, 'en')[0]?.[0]).toBe(cue);
  });

  it('a whole sentence with an adverb and no hedge still has no claim', () => {
    const r = analyze(
      { blocks: [{ type: 'p', text: 'The ferry is now widely used by commuters.' }] },
      { lang: 'en' },
    );
    expect(r.claims).toEqual([]);
  });

  it('the sentence gate lets a hedge with an adverb inside through', () => {
    const r = analyze(
      { blocks: [{ type: 'p', text: 'It is widely believed that the ferry sank in the storm.' }] },
      { lang: 'en' },
    );
    expect(r.claims[0]?.rule).toBe('hedge');
  });
});
