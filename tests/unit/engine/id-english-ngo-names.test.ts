/**
 * NGOs keep their English names in Indonesian copy ("... Rights Watch", "... International"):
 * the closing word marks an organization, as it does in English copy, instead of a person's
 * name. A person named after the organization stays the speaker. Sentences written by the
 * team, with made-up organizations.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Puluhan aktivis ditahan setelah unjuk rasa di Sarana pekan lalu.';
const last = (text: string) => paragraphClaims('id', LEAD, text).at(-1);

describe('English NGO names', () => {
  it.each([
    ['Lintang Rights Watch menyebutkan 40 orang ditahan tanpa surat perintah.'],
    ['Open Borders International dalam laporannya menyebutkan 40 orang ditahan.'],
  ])('%s', (text) => {
    expect(last(text)?.source).toMatchObject({ kind: 'organization', name: null });
  });

  it('a researcher of one named after it is the speaker', () => {
    const claim = last('Peneliti Lintang Rights Watch Tono Saputra mengatakan 40 orang ditahan.');
    expect(claim?.source).toMatchObject({ kind: 'named_person', name: 'Tono Saputra' });
  });
});
