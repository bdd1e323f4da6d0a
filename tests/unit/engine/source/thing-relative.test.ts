/** Stage thing-relative: a name followed by a relative clause only things take is no person. */
import { describe, expect, it } from 'vitest';
import { thingRelative } from '@/core/source/stages/thing-relative';
import { decide, lastSource } from './helpers';

describe('stage thing-relative', () => {
  it.each([
    'Lionfield, which makes tyres in Ohio, said sales fell.',
    'Brackwater, which has its head office in Leeds, said the ruling was wrong.',
  ])('an institution: %s', (sentence) => {
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'organization',
      basis: 'thing-relative',
    });
  });

  it('a clause for people keeps the person', () => {
    expect(lastSource('en', 'Harriet Vance, who runs the shop, said prices rose.')).toMatchObject({
      kind: 'named_person',
    });
  });

  it('passes on a role before the clause and on a name with no clause', () => {
    expect(
      decide(
        thingRelative,
        'Mayor Dana Whitby, which nobody expected, said the port would reopen.',
        'Mayor Dana Whitby, which nobody expected',
        'en',
      ),
    ).toBeNull();
    expect(decide(thingRelative, 'Lionfield said sales fell.', 'Lionfield', 'en')).toBeNull();
  });

  it('a person named before stays that person', () => {
    expect(
      lastSource('en', 'Tom Ward spoke first.', 'Ward, which surprised many, said sales fell.'),
    ).toMatchObject({ kind: 'named_person', basis: 'earlier-name' });
  });

  it('Indonesian marks no relative as a thing\'s: "yang" is for people too', () => {
    expect(
      decide(
        thingRelative,
        'Wirawan, yang datang terlambat, mengatakan harga turun.',
        'Wirawan, yang datang terlambat',
        'id',
      ),
    ).toBeNull();
  });
});
