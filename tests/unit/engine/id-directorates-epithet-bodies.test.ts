/**
 * "Direktorat Jenderal Pajak menyampaikan ...": a ministry's directorate general is a body,
 * its "Jenderal" no general's rank before a name; "Lembaga antirasuah itu menyebut ...": the
 * anti-graft agency as copy calls it. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('bodies named by their class words', () => {
  it.each([
    ['Direktorat Jenderal Pajak menyampaikan bahwa penerimaan naik.', 'Direktorat Jenderal Pajak'],
    [
      'Direktorat Jenderal Minyak dan Gas Bumi menyampaikan bahwa pasokan elpiji aman.',
      'Direktorat Jenderal Minyak dan Gas Bumi',
    ],
    [
      'Lembaga antirasuah itu menyebut tersangka telah mengembalikan uang.',
      'Lembaga antirasuah itu',
    ],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'id')?.source).toMatchObject({ text: source, kind: 'official_body' });
  });

  it('a general named after his rank is still a person', () => {
    expect(
      onlyClaim('Jenderal Listyo Sigit menyampaikan bahwa situasi aman.', 'id')?.source.kind,
    ).toBe('named_person');
  });

  it('a body through its directorate speaks', () => {
    const c = onlyClaim(
      'Kementerian ESDM melalui Direktorat Jenderal Minyak dan Gas Bumi menyampaikan bahwa pasokan elpiji aman.',
      'id',
    );
    expect(c?.source.kind).toBe('official_body');
  });
});
