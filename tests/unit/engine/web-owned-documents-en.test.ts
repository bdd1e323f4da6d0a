/**
 * Web-page phrasings of documents: the author after "from" as after "by" ("A white paper
 * from the institute argues"), and a document owned by a name after "according to"
 * ("according to Acme's annual transparency report"), which is the document, not the owner.
 * Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

function first(text: string) {
  const c = storyClaims(text, 'en')[0];
  return c ? [c.cue, c.source.kind, c.source.text] : null;
}

describe('a document from its author heads the subject', () => {
  it.each([
    [
      'A recent report from the Lakeside Bank estimates that growth will slow.',
      'estimates',
      'A recent report from the Lakeside Bank',
    ],
    [
      'A white paper from the Harbor Institute argues that tariffs hurt growers.',
      'argues',
      'A white paper from the Harbor Institute',
    ],
  ])('%s', (text, cue, source) => {
    expect(first(text)).toEqual([cue, 'document', source]);
  });

  it('a time after "from" is no author', () => {
    expect(first('Based on data from 2 hours ago, the queue is long.')?.[2]).toBe('data');
  });
});

describe("according to a name's document", () => {
  it.each([
    [
      "According to Brightway's annual transparency report, requests rose.",
      "Brightway's annual transparency report",
    ],
    ["According to Norlund's estimates, shipments fell.", "Norlund's estimates"],
  ])('%s', (text, source) => {
    expect(first(text)?.slice(1)).toEqual(['document', source]);
  });

  it("a person's role stays a person", () => {
    expect(first("According to Smith's lawyer, the deal is void.")?.[1]).not.toBe('document');
  });
});
