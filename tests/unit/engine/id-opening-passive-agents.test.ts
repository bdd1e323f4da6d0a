/**
 * "Diakui Budi, ...", "Diutarakan Budi, ...", "Seperti yang disampaikan Budi, ...": a passive
 * verb of saying opening the sentence, its agent, then the claim after the comma. "diakui"
 * (also: recognised) and "dibenarkan" (also: justified) count only opening the sentence.
 * Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const FIRST = 'Kepala Dinas Perdagangan, Rusdi Kartawijaya, meninjau Pasar Kembang pada Senin.';
const last = (text: string) => storyClaims(`${FIRST} || ${text}`, 'id').at(-1);
const CLAIM = 'pengawasan di pasar itu masih lemah.';

describe('a passive verb of saying opening the sentence', () => {
  for (const verb of ['Diakui', 'Dibenarkan', 'Dikemukakan', 'Diutarakan']) {
    it(`"${verb} Rusdi, ..."`, () => {
      const c = last(`${verb} Rusdi, ${CLAIM}`);
      expect(c?.source.kind).toBe('named_person');
      expect(c?.source.text).toBe('Rusdi');
      expect(c?.source.resolvesTo).toBe('Rusdi Kartawijaya');
    });
  }

  it('the verb is no part of the name remembered for later', () => {
    const c = storyClaims(
      `${FIRST} || Diutarakan Rusdi, ${CLAIM} || Rusdi menambahkan, petugas akan ditambah.`,
      'id',
    ).at(-1);
    expect(c?.source.resolvesTo).toBe('Rusdi Kartawijaya');
  });

  for (const as of [
    'Seperti yang disampaikan',
    'Sebagaimana yang disampaikan',
    'Seperti dikemukakan',
    'Sebagaimana diutarakan',
    'Seperti diakui',
  ]) {
    it(`"${as} Rusdi, ..."`, () => {
      const c = last(`${as} Rusdi, ${CLAIM}`);
      expect(c?.source.kind).toBe('named_person');
      expect(c?.source.text).toBe('Rusdi');
    });
  }

  it('"diakui" after a time phrase is recognition, not a cue', () => {
    expect(last('Pada 1949, diakui Belanda sebagai negara berdaulat.')).toBeUndefined();
  });

  it('"Seperti disebutkan sebelumnya" names no one', () => {
    expect(last('Seperti disebutkan sebelumnya, pasar itu dibangun pada 1980.')).toBeUndefined();
  });
});
