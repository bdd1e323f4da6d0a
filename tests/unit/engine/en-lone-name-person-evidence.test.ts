/**
 * A lone name no one introduced ("Halvorsen said ...") is a firm by default in English copy,
 * but the article's other words about it may show a person: "said he"/"said his" (or "...,
 * adding that he"), a next sentence opening with "He", a quotation closed by "he said" right
 * after, "told reporters", a role set off after the name elsewhere ("Halvorsen, the Norland
 * president,"). Likewise a name of several words is a firm where the article says "said its
 * ..." or calls it "the company" next. Sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { getPack } from '@/core/lang';
import { nameEvidence } from '@/core/source/evidence';
import { paragraphClaims } from './helpers';

const en = getPack('en');

/** The source of the claim whose sentence opens with `opening`, each item a paragraph. */
const sourceOf = (paragraphs: string[], opening: string) =>
  paragraphClaims('en', ...paragraphs).find((c) => c.sentence.startsWith(opening))?.source;

describe('person evidence for a lone name', () => {
  it.each([
    [['Halvorsen said his troops would stay until spring.']],
    [['Halvorsen said the talks would resume, adding that he expected a deal.']],
    [['Halvorsen said the talks would resume.', 'Halvorsen told reporters the plan held.']],
    [['Halvorsen said the talks would resume.', 'He added that troops would stay.']],
    [['Halvorsen said the talks would resume.', '"We will not give up," he said.']],
    [['Halvorsen, the Norland president, flew home.', 'Halvorsen said the talks would resume.']],
    [["Halvorsen, Norland's foreign minister, flew home.", 'Halvorsen said talks would resume.']],
    // A day, a month or the place of speaking is no one the pronoun could be.
    [['Halvorsen said on Thursday she would stay until spring.']],
    [['Halvorsen said in March that his troops would stay.']],
    [['Halvorsen said in Port Elwin on Friday she would stay.']],
  ])('is a person: %j', (sentences) => {
    const source = sourceOf(sentences, 'Halvorsen said');
    expect(source?.kind).toBe('named_person');
  });

  it.each([
    [['Brightwater said demand was strong, and its shares rose.']],
    // An outlet as addressee says nothing of who speaks.
    [['Brightwater said demand was strong.', 'Brightwater told Wirely the plan held.']],
    // "He" may be the driver just spoken of, not the firm.
    [['Brightwater said the driver was hurt, adding that he was in hospital.']],
    [['Brightwater said the driver was hurt. He was taken to hospital.']],
    // A name after the day may be the pronoun's.
    [['Brightwater said on Monday Ada Roe thought she could finish the road.']],
    // After another speaker in the same block, "he" may be that speaker.
    [['Fire chief Ada Roe spoke first. Brightwater said the road was shut. He left soon.']],
    // The firm's description, not a role, after the comma.
    [['Brightwater, the Norland chipmaker, fell.', 'Brightwater said demand was strong.']],
  ])('stays a firm: %j', (sentences) => {
    const source = sourceOf(sentences, 'Brightwater said');
    expect(source?.kind).toBe('organization');
  });
});

describe('firm evidence for a name of several words', () => {
  it.each([
    [['Harlow Dynamics said its jets would be delivered late.']],
    [['Harlow Dynamics said the jets would be late.', 'The company said costs had risen.']],
  ])('is a firm: %j', (sentences) => {
    expect(sourceOf(sentences, 'Harlow Dynamics')?.kind).toBe('organization');
  });

  it('a full name speaking of "his" stays a person', () => {
    expect(sourceOf(['Tom Vale said his jets would be late.'], 'Tom Vale')?.kind).toBe(
      'named_person',
    );
  });

  it('reads "he" only before another person, "its" only opening the words said', () => {
    const evidence = nameEvidence(en, [
      'Harlow Dynamics said the engineer thought he was right.',
      'Vale said that its workers were safe.',
      'Roe said the river had burst its banks.',
    ]);
    expect(evidence.people.has('harlow')).toBe(false);
    expect(evidence.institutions.has('vale')).toBe(true);
    expect(evidence.institutions.has('roe')).toBe(false);
  });
});
