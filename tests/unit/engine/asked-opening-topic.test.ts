/**
 * "Ditanya tentang komentar pejabat yang menyatakan ..., ia berkata ...": a question put to
 * the speaker opens the sentence; the words it asks about, with their own cue in a relative
 * clause, are the topic, and the main clause after the comma is the sentence's source (not
 * the unnamed people asked about). Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

describe('an asked participle opening the topic', () => {
  it.each([
    [
      'Ditanya tentang komentar para pejabat PBB yang menyatakan korban bisa lebih dari 1.000, ia berkata: “Angka itu terlalu besar.”',
      'ia',
    ],
    [
      'Ditanya tentang klaim warga yang menyebut jalan itu rusak, Budi mengatakan perbaikan sudah dijadwalkan.',
      'Budi',
    ],
  ])('%s', (text, speaker) => {
    const claims = paragraphClaims(
      'id',
      'Juru bicara pemkot, Budi Santoso, membantah tudingan itu.',
      text,
    );
    const last = claims.filter((c) => c.sentence === text);
    expect(last).toHaveLength(1);
    expect(last[0]?.source).toMatchObject({ kind: 'named_person', text: speaker });
  });

  it('English "Asked about comments by officials who said ..., he said" is the speaker', () => {
    const text =
      'Asked about comments by UN officials who said the toll could top 1,000, Vale said the figure was too high.';
    const claims = paragraphClaims('en', 'City spokesman Tom Vale denied the report.', text);
    expect(claims.filter((c) => c.sentence === text).at(-1)?.source.kind).toBe('named_person');
  });
});
