/** The left edge of a source phrase: a bound or estimate of a count ("At least two witnesses",
 * "a number of diplomats"), a modifier glued to an abbreviation ("a U.S.-based lawyer") and
 * words qualifying a noun after its article ("The Western official in the region") stay in
 * the source's words. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a bound or estimate of a count stays in the source', () => {
  it.each([
    [
      'At least two witnesses said the guards fired on the crowd.',
      'At least two witnesses',
      'anonymous',
    ],
    [
      'More than a dozen residents said the well at Tarvo ran dry.',
      'More than a dozen residents',
      'anonymous',
    ],
    [
      'Up to five officials said the Orsk plan was dropped.',
      'Up to five officials',
      'unnamed_official',
    ],
    [
      'Nearly 40 lawmakers said they would vote against the levy.',
      'Nearly 40 lawmakers',
      'unnamed_official',
    ],
    [
      'A number of diplomats said the Tamsk talks had stalled.',
      'A number of diplomats',
      'unnamed_official',
    ],
    ['A handful of farmers say the dam at Velo has cracked.', 'A handful of farmers', 'anonymous'],
    ['As many as 30 protesters said they were beaten.', 'As many as 30 protesters', 'anonymous'],
    [
      'Fewer than ten diplomats said they would attend.',
      'Fewer than ten diplomats',
      'unnamed_official',
    ],
    [
      'About a dozen officials have said the ferry will stop.',
      'About a dozen officials',
      'unnamed_official',
    ],
    // After the verb, and after "according to".
    [
      'The guards fired on the crowd, said at least two witnesses.',
      'at least two witnesses',
      'anonymous',
    ],
    [
      '"We fled at night," said more than a dozen residents.',
      'more than a dozen residents',
      'anonymous',
    ],
    [
      'The Tamsk talks have stalled, said a number of diplomats.',
      'a number of diplomats',
      'unnamed_official',
    ],
    ['The levy will fail, say nearly 40 lawmakers.', 'nearly 40 lawmakers', 'unnamed_official'],
    [
      'The bridge will close, according to at least three engineers.',
      'at least three engineers',
      'anonymous',
    ],
    [
      'According to up to five officials, the Orsk plan was dropped.',
      'up to five officials',
      'unnamed_official',
    ],
  ] as const)('%s', (text, source, kind) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.kind).toBe(kind);
  });

  // Indonesian writes its bounds before the count too.
  it.each([
    ['Sedikitnya dua saksi mengatakan petugas menembak ke arah warga.', 'Sedikitnya dua saksi'],
    ['Lebih dari 20 warga mengatakan air bersih tidak mengalir.', 'Lebih dari 20 warga'],
    ['Setidaknya tiga pedagang mengaku rugi besar.', 'Setidaknya tiga pedagang'],
    ['Kurang lebih 10 warga mengatakan banjir sudah surut.', 'Kurang lebih 10 warga'],
    ['Air bersih tidak mengalir, kata sedikitnya dua warga.', 'sedikitnya dua warga'],
    ['Menurut lebih dari 20 pedagang, harga cabai naik.', 'lebih dari 20 pedagang'],
  ] as const)('%s', (text, source) => {
    expect(onlyClaim(text, 'id')?.source.text).toBe(source);
  });

  it('a count with no bound after the verb is read as before', () => {
    const claim = onlyClaim('The Orsk plan was dropped, said two officials.', 'en');
    expect(claim?.source.text).toBe('two officials');
  });
});

describe('words qualifying the noun stay in the source', () => {
  it.each([
    ['A U.S.-based lawyer said the case would be appealed.', 'A U.S.-based lawyer'],
    ['The case will be appealed, said a U.S.-based lawyer.', 'a U.S.-based lawyer'],
    ['According to a U.K.-based monitor, the town of Orsk fell.', 'a U.K.-based monitor'],
    ['The U.K.-based charity said the clinic had closed.', 'The U.K.-based charity'],
    [
      'A Western official in the region said the convoy was hit.',
      'A Western official in the region',
    ],
    ['The Western diplomat in Tamsk said the convoy was hit.', 'The Western diplomat in Tamsk'],
    [
      'The top municipal official there said the convoy was hit.',
      'The top municipal official there',
    ],
  ] as const)('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source.text).toBe(source);
  });

  it('an outlet before its witness is read as the outlet', () => {
    const claim = onlyClaim('A Wirely witness near the gate said the guards had left.', 'en');
    expect(claim?.source.text).toBe('A Wirely witness near the gate');
  });
});
