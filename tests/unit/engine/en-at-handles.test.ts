/** A site handle with its "@" ("@harbour_watch") is one word and names its holder, like a
 * name: "according to @harbour_watch", "@harbour_watch wrote that ...", '"...," @harbour_watch
 * posted'. A handle after a name in brackets stays with the name; one right after the verb is
 * the account the words went out on, no claim. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '@/core/text';
import { onlyClaim } from './helpers';

describe('@ handles', () => {
  it('keeps a handle whole, but not an address', () => {
    expect(tokenize('per @harbour_watch today').map((t) => t.text)).toEqual([
      'per',
      '@harbour_watch',
      'today',
    ]);
    expect(tokenize('desk@dunmore.example').map((t) => t.text)).not.toContain('@dunmore');
  });

  it.each([
    ['The ferry will run again, according to @harbour_watch.', '@harbour_watch'],
    ['According to @DunmorePolice, two men were held overnight.', '@DunmorePolice'],
    ['@tessvane wrote that the match had been fixed.', '@tessvane'],
    ['"The bridge is shut," @DunmoreRoads tweeted.', '@DunmoreRoads'],
    ['The shop had closed, tweeted user @kestrel_9.', 'user @kestrel_9'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('named_person');
  });

  it('a handle in brackets after a name stays in the phrase', () => {
    const c = onlyClaim('"We need a new vote," tweeted user Tom Arlo (@ArloTom).', 'en');
    expect(c?.source.text).toBe('user Tom Arlo (@ArloTom)');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe('Tom Arlo');
  });

  it('a handle right after the verb is no claim', () => {
    const c = onlyClaim('The march was called off, Senator Ada Rhee tweeted @adarhee.', 'en');
    expect(c?.source.text).toBe('Senator Ada Rhee');
    expect(c?.claim).toBe('The march was called off');
  });
});
