/** Stage initials: a person known by initials, even initials that spell a country. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage initials', () => {
  it('the initials right after their marker are the person, with the role before them', () => {
    expect(lastSource('id', 'Kepala dinas berinisial AS membantah tuduhan itu.')).toMatchObject({
      kind: 'named_person',
      name: 'AS',
      role: 'Kepala dinas',
      basis: 'initials',
    });
  });

  it('the same initials later are that person, not the country', () => {
    const source = lastSource(
      'id',
      'Kepala dinas berinisial AS membantah tuduhan itu.',
      'AS mengatakan dana itu sudah dikembalikan.',
    );
    expect(source).toMatchObject({
      kind: 'named_person',
      name: 'AS',
      role: 'Kepala dinas',
      basis: 'initials/earlier',
    });
  });

  it('with no marker before, the country stays a country', () => {
    expect(lastSource('id', 'AS mengatakan sanksi akan diperluas.')?.basis).not.toMatch(
      /^initials/,
    );
  });
});
