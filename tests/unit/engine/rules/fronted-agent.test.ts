import { describe, expect, it } from 'vitest';
import { frontedAgent } from '@/core/rules/fronted-agent';
import { person, run, storyClaims } from '../helpers';

describe('fronted-agent', () => {
  it.each([
    ['Hal itu ia sampaikan saat ditemui di kantornya, Selasa.', 'sampaikan', 'ia'],
    ['Hal tersebut dia ungkapkan dalam rapat warga.', 'ungkapkan', 'dia'],
    ['Pandangan ini Marwan sampaikan ketika membahas harga pupuk.', 'sampaikan', 'Marwan'],
    ['Hal itu juga Sri Wahyuni tegaskan di hadapan wartawan.', 'tegaskan', 'Sri Wahyuni'],
    ['Sebelumnya, pernyataan itu ia kemukakan di depan para petani.', 'kemukakan', 'ia'],
    ['Hal ini ia pun akui setelah rapat selesai.', 'akui', 'ia'],
  ])('%s', (text, cue, source) => {
    const found = run(frontedAgent, text, 'id', { referents: [person('Marwan Hadi')] });
    expect(found[0]?.[0]).toBe(cue);
    expect(found[0]?.[1]).toBe('named_person');
    expect(found[0]?.[2]).toBe(source);
  });

  it.each([
    'Pesan yang ia sampaikan kepada warga cukup jelas.',
    'Sampaikan salam saya kepada keluarga di desa.',
    'Hal itu ia lakukan setiap pagi sebelum ke sawah.',
    'Kepala desa itu ingin hal itu segera ia sampaikan kepada camat.',
    'Hal itu kepala dinas pertanian kabupaten sampaikan kemarin.',
  ])('none: %s', (text) => {
    expect(run(frontedAgent, text, 'id', { referents: [person('Marwan Hadi')] })).toHaveLength(0);
  });

  it('the claim is the sentence before, the agent the person it points to', () => {
    const claims = storyClaims(
      'Petani di Desa Lembah, Marwan Hadi, mengatakan harga pupuk naik dua kali lipat. || Harga gabah justru turun sejak bulan lalu. || Hal itu ia sampaikan saat ditemui di sawahnya, Senin.',
      'id',
    );
    const last = claims.at(-1);
    expect(last?.cue).toBe('sampaikan');
    expect(last?.claim).toBe('Harga gabah justru turun sejak bulan lalu.');
    expect(last?.source.kind).toBe('named_person');
    expect(last?.source.resolvesTo).toBe('Marwan Hadi');
  });
});
