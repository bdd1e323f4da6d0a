/** Stage web-domain: a web address standing alone as the source is the site's publisher. */
import { describe, expect, it } from 'vitest';
import { webDomain } from '@/core/source/stages/web-domain';
import { decide, lastSource } from './helpers';

describe('stage web-domain', () => {
  it.each([
    ['The tanker was built in 1998, according to shipfinder.net.', 'shipfinder.net'],
    ['The fare fell by a third, according to farewatch.co.uk.', 'farewatch.co.uk'],
  ])('%s', (sentence, text) => {
    expect(lastSource('en', sentence)).toMatchObject({
      text,
      kind: 'organization',
      basis: 'web-domain',
    });
  });

  it('passes on a phrase of more than one word', () => {
    expect(
      decide(webDomain, 'The site shipfinder.net said so.', 'The site shipfinder.net', 'en'),
    ).toBeNull();
  });

  it('passes on an abbreviation', () => {
    expect(decide(webDomain, 'The talks ended at 4 a.m. on Friday.', 'a.m', 'en')).toBeNull();
  });
});
