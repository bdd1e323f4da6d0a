/** The article-wide name evidence, read in pieces when a block is one huge paragraph. */
import { describe, expect, it } from 'vitest';
import { getPack } from '@/core/lang';
import { nameEvidence } from '@/core/source/evidence';

const en = getPack('en');
const filler = 'The river rose again overnight and the roads near the bridge were closed.';

/** Sentences joined into one block, long enough to be read in several pieces. */
const longBlock = (...sentences: string[]) => [...sentences].join(' ');
const padding = (n: number) => Array.from({ length: n }, () => filler);

describe('name evidence over a long block', () => {
  it('finds a titled person and a firm past the first piece as in separate blocks', () => {
    const sentences = [
      ...padding(40),
      'Senator Halvorsen visited the site.',
      ...padding(40),
      'Shares of Brightwater Corp fell.',
      ...padding(40),
    ];
    const whole = nameEvidence(en, [longBlock(...sentences)]);
    const apart = nameEvidence(en, sentences);
    expect(whole.people.has('halvorsen')).toBe(true);
    expect(whole.institutions.has('brightwater')).toBe(true);
    expect([...whole.people].sort()).toEqual([...apart.people].sort());
    expect([...whole.institutions].sort()).toEqual([...apart.institutions].sort());
  });

  it('never cuts between an abbreviation and the name it titles', () => {
    // The title's dot at every offset around where the first piece may end (~2,000
    // characters): each must still name its person.
    for (let shift = 0; shift < 80; shift++) {
      const opener = `Rain${'a'.repeat(shift)} fell.`;
      const text = longBlock(opener, ...padding(26), 'Dr. Okonkwo spoke first.', ...padding(40));
      expect(nameEvidence(en, [text]).people.has('okonkwo')).toBe(true);
    }
  });

  it('reads a block without any sentence end whole', () => {
    const text = `${'word '.repeat(1000)}Senator Halvorsen arrived`;
    expect(nameEvidence(en, [text]).people.has('halvorsen')).toBe(true);
  });
});
