/** Rule pointing-view: '"...." That is the view of X': the previous sentence is X's words. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from '../helpers';

describe('rule pointing-view', () => {
  it.each([
    [
      '"You cannot catch up on lost sleep." That is the view of Ines Ravel, a doctor in Lowick.',
      'Ines Ravel, a doctor in Lowick',
      'named_person',
    ],
    [
      'Naps are not the answer. Such was the blunt verdict of the Corvel Institute.',
      'the Corvel Institute',
      'organization',
    ],
    [
      'Roads will stay shut. That was the message from the Lowick council on Monday.',
      'the Lowick council',
      'official_body',
    ],
  ])('%s', (text, source, kind) => {
    const c = paragraphClaims('en', text).find((x) => x.source.text === source);
    expect(c?.source.kind).toBe(kind);
    expect(c?.claim).not.toMatch(/view|verdict|message/);
    expect(c?.reasons).toContain('anaphoric_claim');
  });

  it('needs a noun of words and a link to its source', () => {
    expect(paragraphClaims('en', 'The mill shut. This is the first time in years.')).toEqual([]);
    expect(paragraphClaims('en', 'The mill shut. That is the view from the hill.')).toEqual([]);
  });
});
