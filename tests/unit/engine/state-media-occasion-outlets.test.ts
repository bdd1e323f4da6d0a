/**
 * An outlet named as the modifier of the occasion a speaker spoke on: "In a Statenews
 * dispatch, X said", "said in a state TV interview that", "Dalam siaran Statenews, X
 * menyebut", "Dalam tayangan televisi pemerintah, ...". The speaker stays the source and the
 * outlet is the via (state media flagged only when the outlet is). Every sentence is the
 * team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const en = (text: string) => onlyClaim(text, 'en');
const id = (text: string) => onlyClaim(text, 'id');

describe('an outlet named before the occasion (English)', () => {
  it.each([
    ['In a Statenews dispatch, Foreign Minister Arla Venn said the talks had failed.', 'Statenews'],
    ['In a state TV broadcast, Foreign Minister Arla Venn said the talks had failed.', 'state TV'],
    [
      'Foreign Minister Arla Venn said in a Statenews interview that the talks had failed.',
      'Statenews',
    ],
    [
      'Foreign Minister Arla Venn said in a state TV interview that the talks had failed.',
      'state TV',
    ],
    [
      'Foreign Minister Arla Venn said in a state television interview that the talks had failed.',
      'state television',
    ],
    [
      'The talks had failed, Foreign Minister Arla Venn said in a Statenews dispatch on Sunday.',
      'Statenews',
    ],
  ])('%s', (text, via) => {
    const c = en(text);
    expect(c?.source).toMatchObject({ kind: 'named_person', via });
    expect(c?.claim).toBe(
      text.startsWith('The talks') ? 'The talks had failed' : 'the talks had failed',
    );
    expect(c?.flags).toContain('state_media');
  });

  it('an independent outlet is the via without the flag', () => {
    const c = en('In a Wirely interview, Foreign Minister Arla Venn said the talks had failed.');
    expect(c?.source.via).toBe('Wirely');
    expect(c?.flags).not.toContain('state_media');
  });

  it.each([
    ['Foreign Minister Arla Venn told a daily news briefing that the talks had failed.'],
    [
      'Foreign Minister Arla Venn said at a hastily arranged news conference that the talks had failed.',
    ],
    ['In a televised address, Foreign Minister Arla Venn said the talks had failed.'],
    ['Foreign Minister Arla Venn said in a television interview that the talks had failed.'],
  ])('no outlet named, no via: %s', (text) => {
    const c = en(text);
    expect(c?.source.via ?? null).toBeNull();
    expect(c?.flags).not.toContain('state_media');
  });
});

describe('an outlet named after the occasion (Indonesian)', () => {
  it.each([
    [
      'Dalam siaran Statenews, Menteri Luar Negeri Arla Venn menyebut perundingan telah gagal.',
      'Statenews',
    ],
    [
      'Dalam laporan Statenews, Menteri Luar Negeri Arla Venn menyebut perundingan telah gagal.',
      'Statenews',
    ],
    [
      'Dalam tayangan televisi pemerintah, Arla Venn menyebut perundingan telah gagal.',
      'televisi pemerintah',
    ],
    [
      'Arla Venn menyebut perundingan telah gagal dalam siaran televisi pemerintah.',
      'televisi pemerintah',
    ],
  ])('%s', (text, via) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ kind: 'named_person', via });
    expect(c?.claim).toBe('perundingan telah gagal');
    expect(c?.flags).toContain('state_media');
  });

  it('a speech of a person names who spoke, not an outlet', () => {
    const c = id('Dalam pidato Presiden Arla Venn, ia menyebut perundingan telah gagal.');
    expect(c?.flags).not.toContain('state_media');
  });
});
