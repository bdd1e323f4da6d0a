/**
 * "juru bicara kepolisian Amman mengatakan ...": one capitalised word right after a body's
 * word in lower case is where that body serves, so the spokesperson stays unnamed; a name
 * after a titled office ("Kepala Dinkes Rina") is still the person. Every sentence is the
 * team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('a place after a body word in a role', () => {
  it.each([
    ['Juru bicara kepolisian Amman mengatakan dua orang ditahan.'],
    ['Seorang juru bicara militer Khartoum menyatakan bandara ditutup.'],
  ])('%s', (text) => {
    expect(id(text)?.source.kind).toBe('unnamed_official');
  });

  it('a one-word name after a titled office is the person', () => {
    expect(id('Kepala Dinkes Rina mengatakan kasus demam turun.')?.source.kind).toBe(
      'named_person',
    );
  });
});
