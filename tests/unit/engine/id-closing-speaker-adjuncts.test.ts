/** "<claim>, ujar Budi saat ditemui di kantornya": a closing verb-first cue and its speaker,
 * then only where, when or to whom the speaker spoke. The clause before is the claim, also
 * when it holds a verb of saying of its own ("Korban sudah melapor"). Every sentence is the
 * team's own. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('a closing speaker with only an adjunct after it', () => {
  it.each([
    'Korban sudah melapor, ujar Hasan Basri saat ditemui di kantornya.',
    'Korban sudah melapor, ujar Hasan Basri kepada wartawan.',
    'Korban sudah melapor, kata Hasan Basri di Sukamaju, Senin.',
    'Korban sudah melapor, ujar Hasan Basri, S.H., kuasa hukum korban, di Sukamaju.',
  ])('%s', (text) => {
    const [c] = paragraphClaims('id', text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toMatch(/^Hasan Basri/);
    expect(c?.claim).toBe('Korban sudah melapor');
  });
});
