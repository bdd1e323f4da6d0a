/**
 * A clitic cue ("menurutnya") with no person quoted nearby and only a name seen in passing
 * (words of a report's title) to point to: a group or institution that spoke in the
 * sentences just before is what "-nya" stands for. Written by the team, none taken from the
 * corpus.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('a clitic after a group that spoke', () => {
  it('points to the group, not to a name seen only in passing', () => {
    const claims = storyClaims(
      'Proyek itu pernah dikunjungi Wang Lin pada 2019. || "Pergeseran ini masih kecil," kata para peneliti. || Menurutnya, pendanaan baru bisa membantu negara berkembang.',
      'id',
    );
    expect(claims[claims.length - 1]?.source).toMatchObject({
      kind: 'anonymous',
      resolvesTo: 'para peneliti',
      basis: 'clitic/recent-group',
    });
  });

  it('points to the group with no person named at all', () => {
    const claims = storyClaims(
      'Laporan berjudul Green Harbor Power Review menilai pendanaan energi bersih naik. || "Pergeseran ini masih kecil," kata para peneliti. || Menurutnya, pendanaan baru bisa membantu negara berkembang.',
      'id',
    );
    expect(claims[claims.length - 1]?.source).toMatchObject({
      kind: 'anonymous',
      resolvesTo: 'para peneliti',
      basis: 'clitic/recent-group',
    });
  });

  it('a person quoted before still wins', () => {
    const claims = storyClaims(
      'Peneliti senior Lembaga Riset Tegal, Dewi Lestari, mengatakan pendanaan naik. || "Pergeseran ini masih kecil," kata para peneliti. || Menurutnya, pendanaan baru bisa membantu negara berkembang.',
      'id',
    );
    expect(claims[claims.length - 1]?.source).toMatchObject({ kind: 'named_person' });
  });
});

describe('a clitic after an institution that spoke', () => {
  it('stays unresolved: it points back only to people', () => {
    const claims = storyClaims(
      '"Stok aman," kata Kemenkes. || Menurutnya, vaksin tiba pekan depan.',
      'id',
    );
    expect(claims[claims.length - 1]?.source).toMatchObject({
      kind: 'named_person',
      resolvesTo: null,
    });
  });
});
