/**
 * English: "told police the gunman wore a mask": the addressee of "told" written without "to"
 * (police, investigators, officials, the court...) is no part of what was told. Every sentence
 * is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('an addressee after "told" is not the claim', () => {
  it.each([
    ['Three witnesses told police the gunman wore a mask.', 'the gunman wore a mask'],
    [
      'Marta Olsen told investigators she had not seen the car before.',
      'she had not seen the car before',
    ],
    [
      'A guard told the court the prisoner had escaped through a window.',
      'the prisoner had escaped through a window',
    ],
    [
      'The minister told lawmakers the budget would be balanced next year.',
      'the budget would be balanced next year',
    ],
    [
      'The driver told police officers he had swerved to avoid a dog.',
      'he had swerved to avoid a dog',
    ],
    ['Two farmers told officials they had paid the fee twice.', 'they had paid the fee twice'],
  ])('%s', (sentence, claim) => {
    expect(en(sentence)?.claim).toBe(claim);
  });

  it('the teller stays the source', () => {
    expect(en('Three witnesses told police the gunman wore a mask.')?.source.text).toBe(
      'Three witnesses',
    );
  });
});

describe('a public broadcaster told is the relay', () => {
  it.each([
    ['Mayor Ann Lutz told public broadcaster Wirely that the port would reopen.', 'Wirely'],
    ['The port will reopen, Mayor Ann Lutz told public radio.', 'public radio'],
  ])('%s', (text, via) => {
    const c = en(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via).toBe(via);
  });

  it('the public broadcaster speaks as a news outlet', () => {
    expect(en('The public broadcaster said the port would reopen.')?.source.kind).toBe('media');
  });
});
