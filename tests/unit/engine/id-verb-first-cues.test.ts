/**
 * Verb-first cues after a quotation: "bantah" (denied), "sahut" (replied), "sesal"
 * (regretted), and their -nya forms, only right after a closing quotation mark. Written by
 * the team, none taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const BEFORE = 'Kepala Desa Cempaka, Wahyudi Santoso, mengatakan jalan itu rusak sejak Maret.';

describe('verb-first cues after a quotation', () => {
  it.each(['bantah Wahyudi', 'sahut Wahyudi', 'sesal dia', 'bantahnya', 'sesalnya', 'sahutnya'])(
    '"...," %s',
    (cue) => {
      const claims = storyClaims(
        `${BEFORE} || "Kami tidak pernah menerima dana itu," ${cue}.`,
        'id',
      );
      expect(claims[1]?.source).toMatchObject({
        kind: 'named_person',
        resolvesTo: 'Wahyudi Santoso',
      });
    },
  );

  it('the same words elsewhere are no cue', () => {
    const claims = storyClaims('Rasa sesal dia tunjukkan di depan warga desa.', 'id');
    expect(claims).toHaveLength(0);
  });
});

describe('a verb-first cue opening the sentence, its speaker set off by a comma', () => {
  it.each(['Lanjut Wahyudi', 'Tambah dia', 'Jelas Wahyudi'])('"%s, ..."', (cue) => {
    const claims = storyClaims(`${BEFORE} || ${cue}, warga sudah mengirim surat ke dinas.`, 'id');
    expect(claims[1]).toMatchObject({
      cue: cue.split(' ')[0],
      source: { kind: 'named_person', resolvesTo: 'Wahyudi Santoso' },
    });
  });

  it.each(['Jelas, jalan itu dibangun pada 1990.', 'Lanjut ke Desa Mawar, jalan itu juga rusak.'])(
    '%s names no one',
    (text) => {
      expect(storyClaims(text, 'id')).toHaveLength(0);
    },
  );
});

describe('the -nya forms of "sergah" (snapped) and "seru" (cried out)', () => {
  it.each(['sergahnya', 'serunya'])('"...," %s', (cue) => {
    const claims = storyClaims(`${BEFORE} || "Kami tidak pernah menerima dana itu," ${cue}.`, 'id');
    expect(claims[1]?.source).toMatchObject({
      kind: 'named_person',
      resolvesTo: 'Wahyudi Santoso',
    });
  });

  it('"serunya" as a noun (its excitement) is no cue', () => {
    expect(
      storyClaims('Serunya laga itu membuat penonton bertahan hingga malam.', 'id'),
    ).toHaveLength(0);
  });
});
