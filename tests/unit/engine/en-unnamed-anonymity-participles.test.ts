/**
 * English: "A diplomat speaking on condition of anonymity said ...": a participle opening
 * the phrase of anonymity hangs it on the noun before it, whichever stage knows that noun (a
 * role, a trade, a lexicon word), and every phrase withholding a name marks an unnamed source
 * ("speaking anonymously"). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a participle phrase of anonymity after the source', () => {
  it.each([
    [
      'A European diplomat speaking on condition of anonymity warned the talks had stalled.',
      'unnamed_official',
      'A European diplomat speaking on condition of anonymity',
    ],
    [
      'The ferry was overloaded, a senior commander speaking on condition of anonymity said.',
      'unnamed_official',
      'a senior commander speaking on condition of anonymity',
    ],
    [
      'A Russian adviser speaking on the condition of anonymity said the reply would come soon.',
      'unnamed_official',
      'A Russian adviser speaking on the condition of anonymity',
    ],
    [
      '"The depot is empty," a second prosecutor speaking on condition of anonymity said.',
      'unnamed_official',
      'a second prosecutor speaking on condition of anonymity',
    ],
    [
      'A diplomat speaking anonymously said the envoy had been recalled.',
      'unnamed_official',
      'A diplomat speaking anonymously',
    ],
    [
      '"Nobody slept," a farmer speaking anonymously told reporters.',
      'anonymous',
      'a farmer speaking anonymously',
    ],
    [
      'A man speaking anonymously said the shop had been looted twice.',
      'anonymous',
      'A man speaking anonymously',
    ],
  ])('%s', (sentence, kind, text) => {
    const c = en(sentence);
    expect(c?.source).toMatchObject({ kind, text, name: null });
    expect(c?.flags).toContain('unnamed_source');
  });

  it('a relative clause of anonymity still reads as before', () => {
    const c = en('A diplomat who asked not to be named said the envoy had been recalled.');
    expect(c?.source.kind).toBe('unnamed_official');
  });
});

describe('a reduced clause saying why the name is withheld', () => {
  it.each([
    [
      'An official not authorised to speak to reporters said the contract had been cancelled.',
      'unnamed_official',
      'An official not authorised to speak to reporters',
    ],
    [
      'A source not authorized to speak to the media said the tender would be repeated.',
      'anonymous',
      'A source not authorized to speak to the media',
    ],
    [
      'Two officials not authorized to discuss the matter publicly said the pier would close.',
      'unnamed_official',
      'Two officials not authorized to discuss the matter publicly',
    ],
    [
      'A Western diplomat not authorized to speak on the record told reporters the talks had stalled.',
      'unnamed_official',
      'A Western diplomat not authorized to speak on the record',
    ],
  ])('%s', (sentence, kind, text) => {
    expect(en(sentence)?.source).toMatchObject({ kind, text, name: null });
  });

  it('a clause of its own with a body after it keeps the body', () => {
    const c = en('He was not authorized to speak to the media, the ministry said.');
    expect(c?.source.kind).toBe('official_body');
  });
});

describe('a phrase of anonymity right after the verb', () => {
  it.each([
    '"The talks are stuck," a senior official said on condition of anonymity in order to be frank.',
    '"The talks are stuck," an aide said on the condition of anonymity in order to describe the plan.',
  ])('is no outlet or document carrying the words: %s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.via ?? null).toBeNull();
  });
});
