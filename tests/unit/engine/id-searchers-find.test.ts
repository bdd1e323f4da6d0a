/** Indonesian searchers ("Tim SAR", "polisi") who find a thing in a place report no words:
 * "Tim SAR menemukan jasad korban" is an event; with "bahwa" their finding is still reported,
 * and a study's finding is not touched. Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('searchers finding a thing', () => {
  it.each([
    'Tim SAR gabungan menemukan jasad pemancing itu di muara sungai.',
    'Tim gabungan menemukan korban dalam keadaan selamat di tepi hutan.',
    'Polisi menemukan dua senjata rakitan di bawah jok mobil tersangka.',
    // A registry body marked as searching places (core/institutions, `searches`).
    'Basarnas menemukan serpihan kapal di perairan utara pulau itu.',
    'Polri menemukan tiga karung pupuk ilegal di gudang pelabuhan.',
  ])('%s', (text) => {
    expect(paragraphClaims('id', text)).toEqual([]);
  });

  it('a finding with "bahwa" is still reported', () => {
    const [c] = paragraphClaims('id', 'Polisi menemukan bahwa pintu gudang itu dicongkel.');
    expect(c?.claim).toBe('pintu gudang itu dicongkel');
  });

  it('a registry body that searches still reports with "bahwa", and its head speaks', () => {
    const [found, said] = paragraphClaims(
      'id',
      'Basarnas menemukan bahwa suar darurat kapal itu mati sejak pagi. ' +
        'Kepala Basarnas mengatakan pencarian dihentikan sementara.',
    );
    expect(found?.claim).toBe('suar darurat kapal itu mati sejak pagi');
    expect(said?.source.text).toBe('Kepala Basarnas');
  });

  it("a study's finding is not a search", () => {
    const [c] = paragraphClaims(
      'id',
      'Penelitian itu menemukan kadar timbal di sungai melebihi ambang batas.',
    );
    expect(c?.source.kind).toBe('document');
  });
});
