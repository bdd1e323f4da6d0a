/** Titles written with a capital after a body's capitals ("Foreign Ministry Spokesman Jane
 * Roe"), royal titles as roles ("the crown prince said"), and role words that are a person's
 * last name ("Tom Judge said"). Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, storyClaims } from './helpers';

describe('a capitalised title after a body is the role of the name after it', () => {
  it.each([
    ['Velmar Foreign Ministry Spokesman Ana Brill said the border would reopen.', 'Ana Brill'],
    ['Presidential Spokesman Ivo Kant told reporters that the talks would go on.', 'Ivo Kant'],
    ['"The talks will go on," Interior Ministry Spokeswoman Lia Dorn told reporters.', 'Lia Dorn'],
  ])('%s', (text, name) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe(name);
  });

  it('with no name after it the title stays an unnamed official', () => {
    const claim = onlyClaim(
      'The Velmar Foreign Ministry Spokesman said the border would reopen.',
      'en',
    );
    expect(claim?.source.kind).toBe('unnamed_official');
  });

  it('the named spokesman is the one later sentences point back to', () => {
    const claims = storyClaims(
      'Foreign Ministry Spokesman Ana Brill said the border would reopen. || Brill added that trucks would wait.',
      'en',
    );
    expect(claims.map((c) => c.source.kind)).toEqual(['named_person', 'named_person']);
  });
});

describe('royal titles are roles', () => {
  it.each([
    'The crown prince said that the kingdom backed every effort at a settlement.',
    '"We want no war," the emir added.',
    'The king said the new port would open in spring.',
    'The queen told the council that the roads would be rebuilt.',
  ])('%s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('unnamed_official');
  });

  it('a royal title points back to the royal just named', () => {
    const claims = storyClaims(
      'Crown Prince Omar bin Talal said the kingdom wanted calm. || The crown prince said that the talks would resume.',
      'en',
    );
    expect(claims.at(-1)?.source.kind).toBe('named_person');
    expect(claims.at(-1)?.source.resolvesTo).toBe('Omar bin Talal');
  });
});

describe('a role word closing a two-word name is the last name', () => {
  it.each([
    ['Tom Judge said the harbour fees were too high.', 'Tom Judge'],
    ['The library will close, novelist Ada King said.', 'Ada King'],
    ['The ruling was unfair, said Mark Chancellor, a farmer.', 'Mark Chancellor'],
    [
      'The law must stay, said forum secretary general Tahir Sultan Khokhar.',
      'Tahir Sultan Khokhar',
    ],
  ])('%s', (text, name) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe(name);
  });

  it.each([
    "Velmar's Supreme Leader said the vote would go ahead.",
    'The Supreme Leader said the vote would go ahead.',
    'Senate Majority Leader said the vote would go ahead.',
    'U.N. High Commissioner said the vote would go ahead.',
  ])('a title after an owner, an article or another capital stays a title: %s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).not.toBe('named_person');
  });

  it.each([
    ['In a statement, Velmar Gov. Ann Lutz said the vote would go ahead.', 'Velmar Gov.'],
    [
      'Velmar Minister of Defence Ivo Kant said the vote would go ahead.',
      'Velmar Minister of Defence',
    ],
  ])('a title going on to its office or holder keeps its role: %s', (text, role) => {
    expect(onlyClaim(text, 'en')?.source.role).toBe(role);
  });
});
