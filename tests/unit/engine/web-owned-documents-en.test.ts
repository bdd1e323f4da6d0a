/**
 * Web-page phrasings of documents: the author after "from" as after "by" ("A white paper
 * from the institute argues"), and a document owned by a name after "according to"
 * ("according to Acme's annual transparency report"), which is the document, not the owner.
 * Outlets of the bundled registry cited with a perfect or an adverb ("X first reported").
 * Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { defaultRegistry } from '@/core/outlets';
import { storyClaims } from './helpers';

/** [cue, kind, source text] of the first claim, read with the bundled registry. */
function bundled(text: string) {
  const c = analyze({ blocks: [{ type: 'p', text }] }, { lang: 'en', registry: defaultRegistry })
    .claims[0];
  return c ? [c.cue, c.source.kind, c.source.text] : null;
}

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

describe('outlets cited on web pages', () => {
  it.each([
    ['Vanity Fair reported last year that the pair had parted.', 'Vanity Fair'],
    ['Axios first reported the merger on Tuesday.', 'Axios'],
    ['The Information reported that the startup was hiring.', 'The Information'],
    ['Fortune has reported that the chain is closing stores.', 'Fortune'],
  ])('%s', (text, source) => {
    expect(bundled(text)?.slice(1)).toEqual(['media', source]);
  });

  it('an outlet name that is an ordinary phrase needs a reporting verb', () => {
    const c = bundled('The information was shared with the council, Ms. Reyes said.');
    expect(c?.[1]).not.toBe('media');
  });
});

describe('a coordinated verb shares the subject, not the object before it', () => {
  it.each([
    ['The agency polled 900 nurses but noted that the sample was small.', 'The agency'],
    ['In 2019, the council surveyed tenants but warned that few had replied.', 'the council'],
  ])('%s', (text, source) => {
    expect(first(text)?.[2]).toBe(source);
  });

  it('a website that says something is an organization, a news site an outlet', () => {
    expect(first('The site surveyed its users but noted that few replied.')?.[1]).toBe(
      'organization',
    );
    expect(first('The news site reported that the mayor resigned.')?.[1]).toBe('media');
  });
});

describe('words that are no finding', () => {
  it('a document word qualifying people leaves them the speakers', () => {
    expect(first('A survey respondent said the fees were too high.')?.[1]).toBe('anonymous');
    expect(first('One poll respondent identified cost as the main barrier.')?.[1]).not.toBe(
      'document',
    );
  });

  it('a guessed name before "calls to" is a noun phrase, not a finding', () => {
    expect(first('The scheduler sends Pulse RPC calls to the broker.')).toBeNull();
  });
});

describe('a credential after the name', () => {
  it.each([
    ['"Wear a hat," says pediatrician Ana Ruiz, MD.'],
    ['According to nutritionist Ana Ruiz, PhD, the diet works.'],
  ])('%s', (text) => {
    expect(first(text)?.[1]).toBe('named_person');
  });
});

describe('spans around commas', () => {
  it("a person named after a prepositional phrase's comma is the whole subject", () => {
    const text =
      'Nora Vik sells cod. || Sales peak with buyers seeking fish for Lent and Easter, Vik said.';
    const c = storyClaims(text, 'en').at(-1);
    expect([c?.source.kind, c?.source.text]).toEqual(['named_person', 'Vik']);
  });

  it('a thousands comma closes no appositive after "according to"', () => {
    expect(first('According to Tovalia, the valley has 4,500 farms.')?.[2]).toBe('Tovalia');
  });
});

it('"others" who say something are unnamed people, not a name', () => {
  expect(first('Others say the fee is too high.')?.[1]).toBe('anonymous');
});

describe('instructions', () => {
  it.each([
    ["Mix the glue according to the maker's instructions."],
    ['Trim your hedges according to the guide.'],
  ])('%s attributes nothing', (text) => {
    expect(first(text)).toBeNull();
  });

  it('a claim that opens with "according to" still counts', () => {
    expect(first('According to the manual, the pump lasts ten years.')?.[1]).toBe('document');
    expect(first('Sales rose, according to the annual report.')?.[1]).toBe('document');
  });
});
