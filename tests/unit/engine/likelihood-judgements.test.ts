/** Judging how likely something is voices a view of it: "played down any chance of a deal",
 * "ruled out the possibility of foul play", "menepis kemungkinan adanya sabotase". What follows
 * the likelihood is the claim; the passive with no agent is none. Sentences are written for
 * these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

function claimsOf(lang: 'en' | 'id', lead: string, text: string) {
  return paragraphClaims(lang, lead, text).map((c) => [c.cue, c.source.text, c.claim]);
}

const LEAD = 'Talks on the ferry strike resumed on Monday.';
const LEAD_ID = 'Perundingan soal mogok kerja awak kapal dilanjutkan pada Senin.';

describe('a likelihood judged', () => {
  it.each([
    [
      'But the crew union played down any chance of reaching a deal this week.',
      'played down any chance of',
      'the crew union',
      'reaching a deal this week',
    ],
    [
      'The harbour board downplayed the risk of more strikes.',
      'downplayed the risk of',
      'The harbour board',
      'more strikes',
    ],
    [
      'Police ruled out the possibility of sabotage.',
      'ruled out the possibility of',
      'Police',
      'sabotage',
    ],
  ])('%s', (text, cue, source, claim) => {
    expect(claimsOf('en', LEAD, text)).toEqual([[cue, source, claim]]);
  });

  it('no agent, no claim', () => {
    expect(claimsOf('en', LEAD, 'The risk of more strikes was played down.')).toEqual([]);
  });

  it.each([
    ['Polisi menepis kemungkinan adanya sabotase di dermaga.', 'menepis kemungkinan', 'Polisi'],
    [
      'Juru bicara serikat awak kapal meremehkan peluang tercapainya kesepakatan pekan ini.',
      'meremehkan peluang',
      'Juru bicara serikat awak kapal',
    ],
  ])('%s', (text, cue, source) => {
    const [c] = claimsOf('id', LEAD_ID, text);
    expect(c?.[0]).toBe(cue);
    expect(c?.[1]).toBe(source);
  });
});
