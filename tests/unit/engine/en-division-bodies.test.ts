/** A state's or county's "Division of ..." (of public health, of motor vehicles) is a
 * government body like a department, and its officials are unnamed officials, not a person
 * named by the capitals before "officials". Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a division of a government', () => {
  it.each([
    [
      'Lakeside Division of Public Health officials say the county has seven cases.',
      'unnamed_official',
    ],
    ['The Lakeside Division of Public Health said the county has seven cases.', 'official_body'],
    ['According to the Division of Motor Vehicles, the office will close early.', 'official_body'],
  ] as const)('%s', (text, kind) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe(kind);
  });
});
