/** The PolNeAR scorer: brat standoff read right, gold kept to reporting cues, claims placed. */
import { describe, expect, it } from 'vitest';
import { parseAnn, scoreArticle } from '../../eval/polnear.mjs';

const TEXT =
  'Mayor Plans New Road.\n\nThe mayor said on Tuesday that the road would open in May.\n\n' +
  'Residents want a bridge instead, and a council memo shows the cost doubled.\n';

function span(id: string, type: string, words: string): string {
  const start = TEXT.indexOf(words);
  return `${id}\t${type} ${start} ${start + words.length}\t${words}`;
}

const ANN = [
  span('T1', 'Source', 'Mayor'),
  span('T2', 'Cue', 'Plans'),
  'E1\tCue:T2 Source:T1',
  span('T3', 'Source', 'The mayor'),
  span('T4', 'Cue', 'said'),
  span('T5', 'Content', 'the road would open in May'),
  'E2\tAttribution:T4 Content:T5 Cue:T4 Source:T3',
  span('T6', 'Source', 'Residents'),
  span('T7', 'Cue', 'want'),
  'E3\tCue:T7 Source:T6',
  span('T8', 'Source', 'a council memo'),
  span('T9', 'Cue', 'shows'),
  'T10\tContent 1 2\t~',
  'E4\tCue:T9 Source:T8 Content:T10',
].join('\n');

const claim = (sentence: string, cue: string, source: string) => ({
  sentence,
  cue,
  source: { text: source, kind: 'named_person' },
});

describe('eval/polnear.mjs', () => {
  it('reads spans and events, with numbered roles folded', () => {
    const ann = parseAnn(`${ANN}\nE5\tCue:T4 Cue2:T9 Source:T3`);
    expect(ann.spans.get('T3')).toEqual({ type: 'Source', ranges: [[23, 32]], text: 'The mayor' });
    expect(ann.events).toHaveLength(5);
    expect(ann.events[4]?.Cue).toEqual(['T4', 'T9']);
  });

  it('finds a claim by sentence and cue, leaves the headline and the wish out', () => {
    const said = claim(
      'The mayor said on Tuesday that the road would open in May.',
      'said',
      'The mayor',
    );
    const scored = scoreArticle(TEXT, parseAnn(ANN), [said]);
    const reporting = scored.rows.filter((row) => row.g.reporting);
    expect(reporting.map((row) => row.g.cue)).toEqual(['said', 'shows']);
    expect(reporting.map((row) => Boolean(row.match))).toEqual([true, false]);
    expect(scored.unmatched).toHaveLength(0);
  });

  it('counts a claim whose cue is not the annotated one as no match', () => {
    const sentence = 'Residents want a bridge instead, and a council memo shows the cost doubled.';
    const scored = scoreArticle(TEXT, parseAnn(ANN), [claim(sentence, 'instead', 'Residents')]);
    const shows = scored.rows.find((row) => row.g.cue === 'shows');
    expect(shows?.match).toBeUndefined();
    expect(shows?.sentenceHit).toBe(true);
  });
});
