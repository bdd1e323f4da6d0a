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

  it('passes on the country alone', () => {
    expect(
      decide(nationalBranch, 'Indonesia menyatakan hutan terus menyusut.', 'Indonesia', 'id'),
    ).toBeNull();
  });
});
