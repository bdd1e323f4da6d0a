/** Carrying on saying something ("continues to insist that ...", "kept saying the ...") or
 * repeating it ("repeated
 * that ...", '"...," she repeated') is saying it: the subject before the verb is the speaker.
 * Continuing or repeating a deed says nothing. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('continuing to say', () => {
  it.each([
    ['Petra Lunde continues to insist that the vote was rigged.', 'Petra Lunde', 'named_person'],
    [
      'The Velmar ministry continues to deny that the dam leaked.',
      'The Velmar ministry',
      'official_body',
    ],
    [
      'Opposition lawmakers continue to argue that the count was rigged.',
      'Opposition lawmakers',
      'unnamed_official',
    ],
    ['Petra Lunde continued to insist that the vote was rigged.', 'Petra Lunde', 'named_person'],
  ])('%s', (text, source, kind) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe(kind);
    expect(c?.claim).toMatch(/rigged|leaked/);
  });

  it('continuing some other act reports nothing', () => {
    expect(paragraphClaims('en', 'Petra Lunde continues to work at the Dorvik port.')).toHaveLength(
      0,
    );
  });

  it('after an opening phrase and its comma, "continued to" still carries on a deed', () => {
    expect(
      paragraphClaims('en', 'At the same time, the bakery continued to hire new drivers.'),
    ).toHaveLength(0);
  });

  it('"continued" closing a quotation still says it', () => {
    expect(onlyClaim('"We will open in May," the baker continued.', 'en')?.source.text).toBe(
      'the baker',
    );
  });
});

describe('repeating what was said', () => {
  it.each([
    ['Petra Lunde repeated that the vote was rigged.', 'Petra Lunde'],
    ['The Velmar ministry repeats that the dam is safe.', 'The Velmar ministry'],
    ['"The vote was rigged," Petra Lunde repeated.', 'Petra Lunde'],
    ['Petra Lunde reaffirmed that the vote was rigged.', 'Petra Lunde'],
    ['The Velmar ministry restated that the dam is safe.', 'The Velmar ministry'],
    ['Petra Lunde reasserted that the vote was rigged.', 'Petra Lunde'],
    ['"The dam is safe," the Velmar ministry reaffirmed.', 'the Velmar ministry'],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source.text).toBe(source);
  });

  it.each([
    'Petra Lunde repeated the exercise twice.',
    'The Dorvik army repeated its drills.',
    'The Velmar ministry reaffirmed its commitment to the treaty.',
    'Petra Lunde reasserted her control of the board.',
  ])('repeating a deed reports nothing: %s', (text) => {
    expect(paragraphClaims('en', text)).toHaveLength(0);
  });
});

describe('keeping on saying', () => {
  it.each([
    ['Petra Lunde keeps insisting that the vote was rigged.', 'Petra Lunde', 'insisting'],
    ['Petra Lunde kept saying the vote was rigged.', 'Petra Lunde', 'saying'],
    [
      'The Velmar ministry keeps claiming that the vote was rigged.',
      'The Velmar ministry',
      'claiming',
    ],
    ['Petra Lunde has kept telling reporters that the vote was rigged.', 'Petra Lunde', 'telling'],
  ])('%s', (text, source, cue) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.cue).toBe(cue);
    expect(c?.claim).toBe('the vote was rigged');
  });

  it.each([
    'Petra Lunde kept telling them to leave.',
    'The mill kept warning of a collapse.',
    'Residents kept calling the police.',
  ])('keeping on with a deed or a directive reports nothing: %s', (text) => {
    expect(paragraphClaims('en', text)).toHaveLength(0);
  });
});
