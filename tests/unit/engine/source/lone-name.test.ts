/** Stage lone-name: a lone unknown capitalised word, by the pack's rule, and acronyms. */
import { describe, expect, it } from 'vitest';
import { loneName } from '@/core/source/stages/lone-name';
import { decide, lastSource } from './helpers';

describe('stage lone-name', () => {
  it('English copy: a lone unknown name is an organization', () => {
    expect(lastSource('en', 'Lionfield said prices would fall.')).toMatchObject({ kind: 'organization', basis: 'lone-name' });
  });

  it('passes on two names, a person\'s in any copy', () => {
    expect(decide(loneName, 'Harriet Vance said prices would fall.', 'Harriet Vance', 'en')).toBeNull();
  });

  it('Indonesian copy: a lone unknown name is a person', () => {
    expect(lastSource('id', 'Teten mengatakan harga ikan turun.')).toMatchObject({ kind: 'named_person', name: 'Teten', basis: 'named-person' });
  });
});
