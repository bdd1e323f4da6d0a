import { describe, expect, it } from 'vitest';
import { onlyClaim } from '../helpers';

const en = (text: string) => onlyClaim(text, 'en');
const id = (text: string) => onlyClaim(text, 'id');

describe('fronted-citation', () => {
  it('a cited statement before a state outlet: the statement is the source, the outlet the via', () => {
    expect(
      en('Quoting a defence ministry statement, state media said the drills were a provocation.'),
    ).toMatchObject({
      cue: 'Quoting',
      claim: 'the drills were a provocation',
      source: { kind: 'document', text: 'a defence ministry statement', via: 'state media' },
      flags: ['state_media'],
    });
  });

  it('a cited person before a state outlet that "reported that": the outlet\'s verb is no claim', () => {
    const c = en(
      'Citing Foreign Minister Arla Venn, state television reported that talks had failed.',
    );
    expect(c).toMatchObject({
      claim: 'talks had failed',
      source: { kind: 'named_person', via: 'state television' },
    });
    expect(c?.flags).toContain('state_media');
  });

  it('an unnamed official cited by the state agency carries both flags', () => {
    const c = en(
      'Citing a senior army official, the official news agency said the border was shut.',
    );
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', via: 'the official news agency' });
    expect(c?.claim).toBe('the border was shut');
    expect(c?.flags).toEqual(expect.arrayContaining(['state_media', 'unnamed_source']));
  });

  it('an independent outlet is the via but no state media', () => {
    const c = en('Citing two aides, the Daily Planet said the mayor would resign.');
    expect(c?.source.via).toBe('Daily Planet');
    expect(c?.claim).toBe('the mayor would resign');
    expect(c?.flags).not.toContain('state_media');
  });

  it('Indonesian: "Mengutip X, <outlet> melaporkan bahwa ..."', () => {
    const c = id(
      'Mengutip Menteri Pertahanan Arla Venn, media pemerintah melaporkan bahwa perbatasan ditutup.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'media pemerintah' });
    expect(c?.claim).toBe('perbatasan ditutup');
    expect(c?.flags).toContain('state_media');
  });

  it('a speaker who is no outlet after the citation stays the source', () => {
    const c = en('Citing a new survey, the ministry said exports had fallen.');
    expect(c?.source.via).not.toBe('the ministry');
    expect(c?.flags).not.toContain('state_media');
  });
});
