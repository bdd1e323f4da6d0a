/** Elected and appointed offices below the national level are officials' roles: with no
 * name they are unnamed officials, with one a named person with a role. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('local and judicial offices (English)', () => {
  it.each([
    ['A councillor said the rezoning vote would be delayed.', 'A councillor'],
    ['Two councilors said the bill had stalled in committee.', 'Two councilors'],
    ['The county coroner said the hiker died of exposure.', 'The county coroner'],
    ['A prison warden said inmates were moved overnight.', 'A prison warden'],
    ['The state treasurer said the bond sale was oversubscribed.', 'The state treasurer'],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source).toMatchObject({ text: source, kind: 'unnamed_official' });
  });

  it('keeps the name when the office comes with one', () => {
    const c = onlyClaim('Alderman Rhys Otway said the ward would get new lights.', 'en');
    expect(c?.source.kind).toBe('named_person');
  });
});
