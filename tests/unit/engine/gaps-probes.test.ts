/**
 * Classes left open by earlier probes (session 32), each with sentences written here: a
 * framing verb with a time or occasion after it, and the others below.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { storyClaims } from './helpers';

const en = (text: string): Claim[] => storyClaims(text, 'en');

describe('"as X put it <time or occasion>, ...": the adjunct is skipped', () => {
  it.each([
    ['As one grower put it last week, the river is too low.', 'anonymous', 'the river is too low'],
    [
      'As the coach, Lena Ruiz, put it at a news conference on Friday, the team is tired.',
      'named_person',
      'the team is tired',
    ],
    [
      'As Owen Pratt put it in his newsletter, the launch slipped.',
      'named_person',
      'the launch slipped',
    ],
  ])('%s', (text, kind, claim) => {
    const [c] = en(text);
    expect([c?.source.kind, c?.claim.replace(/[.]$/u, '')]).toEqual([kind, claim]);
  });

  it.each([
    'As Nadia read in the library that evening, the lights went out.',
    'As the ferry put in last night, the passengers cheered.',
  ])('no framing: %s', (text) => {
    expect(en(text)).toEqual([]);
  });
});

describe('a fronted subject before an interposed speaker is no carrier', () => {
  it.each([
    'The figures, Karen Wolfe argues, show the levy never paid for itself.',
    'The records, the auditor Ben Lowe says, show the crates left a day early.',
  ])('%s', (text) => {
    const [c] = en(text);
    expect([c?.source.kind, c?.source.via ?? null]).toEqual(['named_person', null]);
  });
});

describe('"said while being interviewed by <outlet> that ..."', () => {
  it.each([
    [
      'Minister Eva Holt said while being interviewed by Wirely that the port would reopen.',
      'Wirely',
    ],
    [
      'Eva Holt said when interviewed by the Daily Planet that the port would reopen.',
      'Daily Planet',
    ],
  ])('%s', (text, via) => {
    const [c] = en(`The Daily Planet reported on Monday that the port was shut. || ${text}`).slice(
      -1,
    );
    expect([c?.source.kind, c?.source.via, c?.claim]).toEqual([
      'named_person',
      via,
      'the port would reopen',
    ]);
  });

  it('a passive of publishing is still no relay', () => {
    expect(en('The paper is being published by the Daily Planet this year.')).toEqual([]);
  });
});
