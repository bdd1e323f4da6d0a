/**
 * Indonesian police and civil-service unit heads are written as short "Ka-" and "Wa-" titles
 * ("Kaur Bin Ops", "Kasubbid Penmas", "Panit Reskrim", "Wakapolsek") before the unit's own
 * name and the officer's. Without the title word the unit's name looked like the speaker and
 * a named officer came out as an official body. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('a unit-head title before a named officer', () => {
  it.each([
    'Menurut Kaur Bin Ops Satlantas Polres Sukamaju Iptu Bagas Wiratama, jalan itu ditutup sementara.',
    'Kasubbid Penmas Polda Sukamaju Bagas Wiratama mengatakan jalan itu ditutup sementara.',
    '"Jalan itu ditutup sementara," ujar Panit Lantas Polsek Sukamaju Bagas Wiratama.',
    'Menurut Wakapolsek Sukamaju AKP Bagas Wiratama, jalan itu ditutup sementara.',
    'Kasubsi Penerangan Kejari Sukamaju Bagas Wiratama mengatakan jalan itu ditutup sementara.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe('Bagas Wiratama');
    expect(c?.claim.toLowerCase()).toBe('jalan itu ditutup sementara');
  });

  it('the title alone is an unnamed official', () => {
    const c = onlyClaim(
      'Kasubnit Lantas Polsek Sukamaju mengatakan jalan itu ditutup sementara.',
      'id',
    );
    expect(c?.source.kind).toBe('unnamed_official');
  });
});
