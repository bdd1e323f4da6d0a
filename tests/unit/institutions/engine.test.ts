/** Sentences naming a registered institution: the source is the body, of its kind. */
import { describe, expect, it } from 'vitest';
import { lastSource } from '../engine/source/helpers';

describe('registered institutions as sources', () => {
  it.each([
    ['en', 'NATO said on Tuesday that the drill near Port Elmwood would go ahead.', 'NATO'],
    ['en', 'The convoy reached Vessa overnight, the U.N. said.', 'the U.N.'],
    ['en', 'The State Department said talks with Marovia would resume.', 'The State Department'],
    ['en', 'The Kremlin denied that troops had crossed into Dalavia.', 'The Kremlin'],
    ['en', 'In its suit, DOJ argues that the Marovia levy is void.', 'DOJ'],
    ['id', 'BMKG menyatakan hujan lebat akan turun di Sukamaju.', 'BMKG'],
    ['id', 'Menurut Kemenkes, kasus baru di Kabupaten Lorena turun pekan ini.', 'Kemenkes'],
    ['id', 'Gedung Putih menyatakan pertemuan dengan Marovia ditunda.', 'Gedung Putih'],
    ['id', 'Uni Eropa menyatakan sanksi terhadap Dalavia diperpanjang.', 'Uni Eropa'],
  ] as const)('%s: %s', (lang, sentence, text) => {
    expect(lastSource(lang, sentence)).toMatchObject({ kind: 'official_body', text });
  });

  it('a business chamber set up by law speaks as an organization', () => {
    expect(lastSource('id', 'Kadin menyatakan ekspor kopi Lorena naik tahun ini.')).toMatchObject({
      kind: 'organization',
      text: 'Kadin',
    });
  });

  it("a body's spokesperson is an unnamed official of it", () => {
    expect(lastSource('id', 'Juru bicara PBB mengatakan bantuan tiba di Vessa.')).toMatchObject({
      kind: 'unnamed_official',
    });
  });
});
