/**
 * "Andi saat rapat dengan DPR mengatakan ...": an occasion opened by "saat", "ketika" or
 * "usai" between the subject and the verb may name a body; the speaker is the subject before
 * it. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('Indonesian occasion between the subject and its verb', () => {
  it.each([
    ['Andi saat rapat dengan DPR mengatakan anggaran pendidikan akan dinaikkan.', 'Andi'],
    [
      'Menteri Keuangan Ratna Dewi usai bertemu Presiden menegaskan defisit tetap terjaga.',
      'Menteri Keuangan Ratna Dewi',
    ],
    [
      'Kepala Dinas Pertanian Wahyu Santoso ketika berkunjung ke kantor Bappeda mengatakan panen mundur.',
      'Kepala Dinas Pertanian Wahyu Santoso',
    ],
    ['Citra saat dihubungi Kompas.com mengatakan rapat ditunda.', 'Citra'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('named_person');
  });
});
