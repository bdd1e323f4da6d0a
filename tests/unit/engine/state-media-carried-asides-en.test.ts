/**
 * A speaker's words carried by an outlet named in a participle aside between the speaker and
 * the verb ("A message from X, read out on state radio, said ..."): the speaker is the source,
 * the outlet its via, flagged when the state runs it. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a participle aside naming the outlet after the speaker', () => {
  it.each([
    [
      'A message from President Dalen Morrow, read out on state radio, said the troops had done their duty.',
      'named_person',
      'Dalen Morrow',
      'state radio',
    ],
    [
      'A message from Marshal Brandt Ilk, read on state television, said the soldiers were heroes.',
      'named_person',
      'Brandt Ilk',
      'state television',
    ],
    [
      'A statement from the ministry, read out on state radio, said the border would stay shut.',
      'official_body',
      'ministry',
      'state radio',
    ],
    [
      "Renn's statement, broadcast on state television, said the talks were over.",
      'document',
      'statement',
      'state television',
    ],
  ])('%s', (text, kind, source, via) => {
    const c = en(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.source.text).toContain(source);
    expect(c?.source.text).not.toContain(',');
    expect(c?.source.via).toBe(via);
    expect(c?.flags).toContain('state_media');
  });

  it('an outlet speaking in its own words stays the source', () => {
    const c = en('State television, citing no one, said the bridge would reopen.');
    expect(c?.source.kind).toBe('state_media');
  });
});
