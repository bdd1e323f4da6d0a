/** A claim, then its named speaker with an appositive (and maybe a person's relative after a
 * place), then "told" and an addressee: the one told is never the speaker, and a "who"
 * after the place in the appositive describes the person before it. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('"..., NAME, ROLE, told X" closes a claim (English)', () => {
  it.each([
    [
      'Wet springs could also be to blame, Lena Marsh, a botanist, told reporters.',
      'Lena Marsh, a botanist',
    ],
    [
      'Late frosts may be part of it, Lena Marsh, a botanist and senior fellow at the Orchard Trust in Kent, told the Daily Planet in an email.',
      'Lena Marsh, a botanist and senior fellow at the Orchard Trust in Kent',
    ],
    [
      '"The orchards are two weeks behind," Dr Lena Marsh, a botanist at the University of Dover, who was not involved in the survey, told the Daily Planet.',
      'Dr Lena Marsh, a botanist at the University of Dover',
    ],
    [
      '"It is a careful study," Dr. Omar Vale, a surgeon at Harbour Clinic in Port Avon, Westshire, who was not involved in the trial, told the Daily Planet.',
      'Dr. Omar Vale, a surgeon at Harbour Clinic in Port Avon, Westshire',
    ],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source).toMatchObject({ text: source, kind: 'named_person' });
  });

  it('"said" after the comma still inverts: the people after it speak', () => {
    const c = onlyClaim('The mill will close in May, said people familiar with the plan.', 'en');
    expect(c?.source).toMatchObject({ kind: 'anonymous' });
  });

  it('a thing\'s relative ("which") after a place leaves the place alone', () => {
    const c = onlyClaim(
      'Ana Ruiz, who lost the vote in the city, which she called home, says she will stay.',
      'en',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person' });
  });
});
