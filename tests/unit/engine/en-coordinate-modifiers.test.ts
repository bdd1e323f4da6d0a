/** Describing words set off by commas before a role ("the 61-year-old, soft-spoken sheriff")
 * belong to its phrase: the determiner opening them points back to the holder named before. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const NAMED = 'Tom Berra, the sheriff of Lake County, opened the new jail on Friday. || ';

describe('a role after describing words and commas', () => {
  it.each([
    ['"We are short of deputies," the 61-year-old, soft-spoken sheriff said in an interview.'],
    ['"We are short of deputies," the tall, soft-spoken, sheriff said in an interview.'],
  ])('%s', (text) => {
    const c = storyClaims(NAMED + text, 'en').at(-1);
    expect(c?.source.text.startsWith('the ')).toBe(true);
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Tom Berra' });
  });

  it('leaves a time phrase before the comma out of the source', () => {
    const c = storyClaims(NAMED + 'The next day, jail guards said the doors had failed.', 'en').at(
      -1,
    );
    expect(c?.source.text).toBe('jail guards');
  });

  it('leaves an object before the comma out of the source', () => {
    const text = 'After visiting the old, sheriff deputies said the doors had failed.';
    const c = storyClaims(NAMED + text, 'en').at(-1);
    expect(c?.source.text).toBe('sheriff deputies');
  });
});

describe('a noun for people before the comma', () => {
  it('is not read as a describing word', () => {
    const text = '"We are short of deputies," the veteran, a sheriff, said in an interview.';
    const c = storyClaims(NAMED + text, 'en').at(-1);
    expect(c?.source.text.startsWith('the veteran')).toBe(true);
  });
});
