import { describe, expect, it } from 'vitest';
import { onlyClaim } from '../helpers';

const en = (text: string) => onlyClaim(text, 'en');
const id = (text: string) => onlyClaim(text, 'id');

describe('aired-speaker', () => {
  it.each([
    [
      'State television aired an interview with Governor Arla Venn in which she said the dam had held.',
      'State television',
    ],
    [
      'State TV broadcast an interview with Governor Arla Venn, who said the dam had held.',
      'State TV',
    ],
    [
      'Statenews published a letter from Governor Arla Venn in which she said the dam had held.',
      'Statenews',
    ],
    [
      'Statenews carried a speech by Governor Arla Venn in which she vowed to rebuild the bridge.',
      'Statenews',
    ],
  ])('the speaker in a relative clause of what a state outlet put out: %s', (text, via) => {
    const c = en(text);
    expect(c?.source).toMatchObject({ kind: 'named_person', via });
    expect(c?.flags).toContain('state_media');
  });

  it('an independent outlet is the via without the flag', () => {
    const c = en(
      'Wirely aired an interview with Governor Arla Venn in which she said the dam had held.',
    );
    expect(c?.source.via).toBe('Wirely');
    expect(c?.flags).not.toContain('state_media');
  });

  it('Indonesian: "Televisi pemerintah menayangkan X yang mengatakan ..."', () => {
    const c = id(
      'Televisi pemerintah menayangkan Gubernur Arla Venn yang mengatakan bendungan itu aman.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Televisi pemerintah' });
    expect(c?.claim).toBe('bendungan itu aman');
    expect(c?.flags).toContain('state_media');
  });

  it('a second clause joined by "and" is no relative of what was aired', () => {
    const claims = en(
      'State TV aired the final, and the coach, who was upset, said the team had lost.',
    );
    expect(claims?.source.via ?? null).toBeNull();
    expect(claims?.flags).not.toContain('state_media');
  });

  it('a subject that is no outlet carries nothing', () => {
    const c = en(
      'The ministry published a letter from Governor Arla Venn in which she said the dam had held.',
    );
    expect(c?.flags).not.toContain('state_media');
  });
});
