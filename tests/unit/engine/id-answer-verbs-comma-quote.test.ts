/**
 * Indonesian "Budi menjawab, \"...\"": a verb of answering or commenting (a stance verb in the
 * pack), a comma, then a quotation that closes the sentence. The quotation is what was said,
 * as after a colon. A quotation some other cue closes is that cue's, and a bare "Ya" says too
 * little to stand as a claim. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim, storyClaims } from './helpers';

describe('a stance verb, a comma and a closing quotation', () => {
  it.each([
    ['Bagas Wiratama menjawab, "Rapat itu ditunda sampai pekan depan."', 'menjawab'],
    ['Saat ditanya soal jadwal, Bagas Wiratama menyahut, "Nanti saja kita bahas".', 'menyahut'],
    ['Bagas Wiratama menanggapi, "Kami belum menerima surat itu."', 'menanggapi'],
  ])('%s', (text, cue) => {
    const c = onlyClaim(text, 'id');
    expect(c?.cue).toBe(cue);
    expect(c?.source).toMatchObject({ kind: 'named_person', text: 'Bagas Wiratama' });
    expect(c?.claim).not.toContain('"');
  });

  it("a quotation another cue closes is that cue's alone", () => {
    const claims = storyClaims(
      'Bagas Wiratama menanggapi, "Kami belum menerima surat itu," kata dia.',
      'id',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.cue).toBe('kata');
  });

  it('a one-word answer is no claim', () => {
    expect(storyClaims('Bagas Wiratama menjawab, "Ya."', 'id')).toHaveLength(0);
  });

  it('a mental state before a quoted phrase is still none', () => {
    expect(storyClaims('Warga khawatir, "banjir datang lagi" tahun ini.', 'id')).toHaveLength(0);
  });
});
