/** Stage national-branch: an unknown name then a country is a national branch. */
import { describe, expect, it } from 'vitest';
import { nationalBranch } from '@/core/source/stages/national-branch';
import { decide, lastSource } from './helpers';

describe('stage national-branch', () => {
  it('an unknown name then a country is an organization', () => {
    expect(lastSource('id', 'Hijauraya Indonesia menyatakan hutan terus menyusut.')).toMatchObject({
      kind: 'organization',
      basis: 'national-branch',
    });
  });

  it("a document's word then a country is the state's agency for that work", () => {
    expect(lastSource('en', 'Statistics Canada said prices rose.')).toMatchObject({
      kind: 'official_body',
      basis: 'national-branch/agency',
    });
  });

  it('passes on the country alone', () => {
    expect(
      decide(nationalBranch, 'Indonesia menyatakan hutan terus menyusut.', 'Indonesia', 'id'),
    ).toBeNull();
  });
});
