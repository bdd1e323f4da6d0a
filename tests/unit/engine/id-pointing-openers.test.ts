/** "Demikian dikatakan Budi ...", "Begitu kata Budi ...": a pointing word opening the
 * sentence before its cue points back to the sentence before; that sentence is the claim.
 * Every sentence is the team's own. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Harga cabai di pasar tradisional diperkirakan turun pekan depan.';

describe('a pointing word opening the sentence before its cue', () => {
  it.each([
    'Demikian dikatakan Kepala Dinas Perdagangan Lembah Hijau Agus Salim di kantornya, Senin.',
    'Demikian disampaikan Agus Salim dalam rapat koordinasi, Selasa.',
    'Demikian diungkapkan Agus Salim kepada wartawan.',
    'Demikian kata Agus Salim di kantornya.',
    'Begitu kata Agus Salim kepada wartawan.',
  ])('%s', (text) => {
    const claims = paragraphClaims('id', LEAD, text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('named_person');
    expect(claims[0]?.claim).toBe(LEAD);
  });

  it('the same words after the claim keep the claim before them', () => {
    const [c] = paragraphClaims(
      'id',
      'Harga cabai diperkirakan turun pekan depan, demikian disampaikan Agus Salim.',
    );
    expect(c?.claim).toBe('Harga cabai diperkirakan turun pekan depan');
  });

  it('a pointing word not right before the cue leaves the sentence its own claim', () => {
    const [c] = paragraphClaims(
      'id',
      LEAD,
      'Demikian pula, Agus Salim mengatakan stok beras masih cukup.',
    );
    expect(c?.claim).toBe('stok beras masih cukup');
  });
});
