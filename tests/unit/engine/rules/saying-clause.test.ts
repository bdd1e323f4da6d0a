/** Participles of saying: "with analysts saying ...", "issued a statement saying ...",
 * "..., saying ...". Sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { sayingClause } from '@/core/rules/saying-clause';
import { run, testRegistry } from '../helpers';

function one(text: string) {
  const report = analyze({ blocks: [{ type: 'p', text }] }, { lang: 'en', registry: testRegistry });
  expect(report.claims).toHaveLength(1);
  return report.claims[0]!;
}

describe('saying-clause', () => {
  it.each([
    [
      'Bond prices slid, with analysts saying the outlook had dimmed.',
      'anonymous',
      'analysts',
      'the outlook had dimmed',
    ],
    [
      'The ministry released a statement saying the convoy had been delayed.',
      'official_body',
      'The ministry',
      'the convoy had been delayed',
    ],
    [
      'The ministry issued a statement on Friday saying the convoy had been delayed.',
      'official_body',
      'The ministry',
      'the convoy had been delayed',
    ],
    [
      'The union sued the mill owners, saying the layoffs violated the contract.',
      'organization',
      'The union',
      'the layoffs violated the contract',
    ],
    [
      'Union leader Dana Roe appeared on Statenews saying the layoffs violated the contract.',
      'named_person',
      'Union leader Dana Roe',
      'the layoffs violated the contract',
    ],
    [
      'During the summit, trade minister Lina Berg praised the deal, saying it was fair.',
      'named_person',
      'trade minister Lina Berg',
      'it was fair',
    ],
    [
      'At the hearing on Monday, the regulator fined the bank, saying it hid losses.',
      'official_body',
      'the regulator',
      'it hid losses',
    ],
    [
      'The union sued the mill owners, adding that the layoffs were illegal.',
      'organization',
      'The union',
      'the layoffs were illegal',
    ],
    [
      'The union walked out on Monday, saying: "Nobody listened to us."',
      'organization',
      'The union',
      'Nobody listened to us.',
    ],
    [
      'State television aired the footage, accusing the rebels of shelling the market.',
      'state_media',
      'State television',
      'the rebels of shelling the market',
    ],
  ])('%s', (text, kind, source, claim) => {
    const c = one(text);
    expect(c.source).toMatchObject({ kind, text: source });
    expect(c.claim).toBe(claim);
  });

  it('a statement issued through a state outlet is relayed by it', () => {
    const c = one(
      'The ministry issued a statement through Statenews saying the sanctions were illegal.',
    );
    expect(c.source).toMatchObject({ kind: 'official_body', via: 'Statenews' });
    expect(c.flags).toEqual(['state_media']);
  });

  it.each([
    // "warning" is a noun as often as a participle: not a cue.
    'The crew was briefed, warning lights were checked.',
    // No comma: "saying" is no participle clause of the subject.
    'The union kept saying nothing at all.',
    // A lone capitalised first word no lexicon knows is no source.
    'Relations soured after the incident, saying nothing.',
    // "adding to", "adding pressure": a deed, not words.
    'The ministry cut rates again, adding to signs of a slowdown.',
    'The ministry will report weak growth, adding pressure on the bank to act.',
    // Inside a quotation the participle is the quoted speaker's.
    '"They sued us, saying we lied," she wrote.',
  ])('no participle attribution: %s', (text) => {
    expect(run(sayingClause, text, 'en')).toEqual([]);
  });
});

describe('saying-clause: a lone name the article shows to be a firm', () => {
  it('"Velco apologised ..., saying" after "the utility Velco": the firm says it', () => {
    const report = analyze(
      {
        blocks: [
          { type: 'p', text: 'The utility Velco cut power to the valley on Sunday.' },
          {
            type: 'p',
            text: 'Velco apologised to customers for the cuts, saying the grid was under strain.',
          },
        ],
      },
      { lang: 'en', registry: testRegistry },
    );
    expect(report.claims.at(-1)).toMatchObject({
      cue: 'saying',
      source: { text: 'Velco', kind: 'organization' },
    });
  });
});

describe("saying-clause: what an outlet's pictures show", () => {
  it('"State television broadcast from the town, showing ...": the outlet', () => {
    const found = run(
      sayingClause,
      'State television broadcast from the harbour, showing two burnt-out ferries.',
      'en',
    );
    expect(found).toEqual([['showing', 'state_media', 'State television']]);
  });

  it('a person showing something is no source', () => {
    expect(
      run(sayingClause, 'The mayor left the hall, showing his pass to the guards.', 'en'),
    ).toEqual([]);
  });
});

describe('saying-clause: "after saying" hangs on the subject too', () => {
  it('"Union delegates agreed to attend after saying they had guarantees"', () => {
    expect(
      run(
        sayingClause,
        'Union delegates agreed on Friday to attend the talks after saying they had received guarantees.',
        'en',
      ),
    ).toEqual([['saying', 'unnamed_official', 'Union delegates']]);
  });

  it('"before saying goodbye" reports no words', () => {
    expect(run(sayingClause, 'The envoy left the hall before saying goodbye.', 'en')).toEqual([]);
  });

  it('"by saying" with a clause after it', () => {
    const text = 'The minister defended the levy by saying it would fund new schools.';
    expect(run(sayingClause, text, 'en')).toEqual([['saying', 'unnamed_official', 'The minister']]);
    expect(run(sayingClause, 'The envoy closed the talks by saying goodbye.', 'en')).toEqual([]);
  });
});

describe('saying-clause: a dash opens the participle like a comma', () => {
  it.each([
    'The mayor compared the pier to a wreck—suggesting that it was beyond repair.',
    'The mayor compared the pier to a wreck – suggesting that it was beyond repair.',
  ])('%s', (text) => {
    expect(run(sayingClause, text, 'en')).toEqual([
      ['suggesting', 'unnamed_official', 'The mayor'],
    ]);
  });

  it('a dash with no participle of saying reports nothing', () => {
    expect(run(sayingClause, 'The mayor left the hall—waving to the crowd.', 'en')).toEqual([]);
  });
});

describe('saying-clause: an outlet running a story', () => {
  it('"ran a story saying": the outlet reports', () => {
    expect(
      run(sayingClause, 'The Daily Planet ran a story saying the ferry would stop in May.', 'en'),
    ).toEqual([['ran a story', 'media', 'The Daily Planet']]);
  });

  it('a story about a thing reports no words', () => {
    expect(run(sayingClause, 'The Daily Planet ran a story about the ferry.', 'en')).toEqual([]);
  });

  it.each([
    [
      'The union sued after the council ended the “harvest week,” saying that the ban hurt small farms.',
      'The union',
      'the ban hurt small farms',
    ],
    [
      'Residents rallied against the new “reform,” saying the fares would rise again.',
      'Residents',
      'the fares would rise again',
    ],
  ])('a comma inside the closing quote mark still closes the clause: %s', (text, source, claim) => {
    const c = one(text);
    expect(c.rule).toBe('saying-clause');
    expect(c.source.text).toBe(source);
    expect(c.claim).toBe(claim);
  });

  it.each([
    'The harbour master sent an email saying the ferry was late.',
    'The harbour master sent a text message on Friday saying the ferry was late.',
  ])('a message sent is issued words: %s', (text) => {
    const c = one(text);
    expect(c.rule).toBe('saying-clause');
    expect(c.source.text).toBe('The harbour master');
    expect(c.claim).toBe('the ferry was late');
  });
});
