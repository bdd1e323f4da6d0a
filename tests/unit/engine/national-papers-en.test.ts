/**
 * "Paper" names both a study and a newspaper: right after a nation's word ("an influential
 * Chinese paper said") it is a newspaper, so the source is media; "a Chinese research paper"
 * and "a paper by Chinese scientists" stay documents. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const kinds = (text: string) => storyClaims(text, 'en').map((c) => c.source.kind);

describe('a nation\'s word before "paper"', () => {
  it('"an influential Russian paper said" is a newspaper', () => {
    expect(
      kinds('The port must prepare for a blockade, an influential Russian paper said on Monday.'),
    ).toEqual(['media']);
  });

  it('"A German paper reported" is a newspaper', () => {
    expect(kinds('A German paper reported that the talks had stalled.')).toEqual(['media']);
  });
});

describe('a study stays a document', () => {
  it('"a Chinese research paper found"', () => {
    expect(kinds('A Chinese research paper found that the reef was shrinking.')).toEqual([
      'document',
    ]);
  });

  it('"a paper by Japanese scientists found"', () => {
    expect(kinds('A paper by Japanese scientists found that the reef was shrinking.')).toEqual([
      'document',
    ]);
  });
});
