import { describe, expect, it } from 'vitest';
import { speakerVerb } from '@/core/rules/speaker-verb';
import { ctx, person, run } from '../helpers';

describe('speaker-verb', () => {
  it.each([
    ['Vanessa Hicks said she had no idea her photo would be controversial.', 'said', 'named_person', 'Vanessa Hicks'],
    ['The company also said it was lowering prices across the store.', 'said', 'organization', 'The company'],
    ['In the past, the Pentagon has denied that the drones were armed.', 'denied', 'official_body', 'the Pentagon'],
    ['Analysts say the merger will raise prices.', 'say', 'anonymous', 'Analysts'],
    ['Law enforcement sources tell the paper the dress was stolen.', 'tell', 'unnamed_official', 'Law enforcement sources'],
    ['State media reported that the launch succeeded.', 'reported', 'state_media', 'State media'],
    ['Hicks, a Navy veteran herself, said her intention was to honor the flag.', 'said', 'named_person', 'Hicks, a Navy veteran herself'],
  ] as const)('en: %s', (text, cue, kind, source) => {
    expect(run(speakerVerb, text, 'en')[0]).toEqual([cue, kind, source]);
  });

  it.each([
    ['Duta Besar Rusia untuk Korea Utara Alexander Matsegora mengatakan bahwa latihan itu pantas.', 'mengatakan', 'named_person', 'Duta Besar Rusia untuk Korea Utara Alexander Matsegora'],
    ['Media pemerintah tidak menyebutkan kerja sama seperti apa yang diminati.', 'menyebutkan', 'state_media', 'Media pemerintah'],
    ['Di masa lalu, Korea Utara telah membantah klaim bahwa mereka menjual senjata.', 'membantah', 'official_body', 'Korea Utara'],
    ['Seorang sumber menyebut, perusahaan harus bergerak ramping.', 'menyebut', 'anonymous', 'Seorang sumber'],
    ['Adapun sumber lain mengatakan, jumlah pegawai yang terdampak bisa lebih besar.', 'mengatakan', 'anonymous', 'sumber lain'],
    ['Kemudian Asosiasi Pertekstilan Indonesia (API) menyampaikan 2,1 juta orang di-PHK.', 'menyampaikan', 'organization', 'Asosiasi Pertekstilan Indonesia (API)'],
    ['Ketua Umum Kadin, Rosan Roeslani mengatakan angka itu terus bertambah.', 'mengatakan', 'named_person', 'Ketua Umum Kadin, Rosan Roeslani'],
  ] as const)('id: %s', (text, cue, kind, source) => {
    expect(run(speakerVerb, text, 'id')[0]).toEqual([cue, kind, source]);
  });

  it('splits a name from its role', () => {
    const [c] = speakerVerb.find(ctx('Menteri Pertahanan Korea Utara Kang Sun-nam menyampaikan hal ini.', 'id'));
    expect(c?.source.name).toBe('Kang Sun-nam');
    expect(c?.source.role).toBe('Menteri Pertahanan Korea Utara');
  });

  it('resolves pronouns to the last person named', () => {
    const [c] = speakerVerb.find(ctx('Dia menyebutkan, angka itu naik.', 'id', { referents: [person('Rosan Roeslani', 'Ketua Umum Kadin')] }));
    expect(c?.source).toMatchObject({ text: 'Dia', kind: 'named_person', resolvesTo: 'Rosan Roeslani', reasons: ['pronoun_resolved'] });
  });

  it.each([
    ['Kim met Shoigu on Friday and toured the factory.', 'en'],
    ['“They said it was fine,” he recalled later.', 'en'], // only the quote has "said"
    ['The United States imposed new sanctions.', 'en'],
    ['Shoigu juga menunjukkan kepada Kim sistem rudal anti-kapal.', 'id'],
    ['Harga minyak naik tajam pada hari Senin.', 'id'],
  ] as const)('no attribution: %s', (text, lang) => {
    const found = run(speakerVerb, text, lang).filter(([cue]) => cue !== 'recalled');
    expect(found).toEqual([]);
  });
});
