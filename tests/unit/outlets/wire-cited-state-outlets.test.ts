/**
 * State-controlled outlets wire copy cites that the registry gained in session 23, each with
 * its citation: found by name, state-controlled, and not found where the name is something
 * else. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry as registry, isStateControlled } from '@/core/outlets';

const found = (text: string) => registry.findInText(text).map((m) => m.outlet);

describe('state outlets named in wire copy', () => {
  it.each([
    [
      'The defence ministry newspaper Krasnaya Zvezda said the drills had ended.',
      'krasnaya-zvezda',
    ],
    ['Armenpress reported that the border crossing had reopened.', 'armenpress'],
    ['A spokesman told the Bakhtar news agency that the road was open.', 'bakhtar-news-agency'],
    ["Saudi Arabia's Al Ekhbariya said the pilgrims had arrived.", 'al-ekhbariya'],
    ['The Beijing News reported that the factory had been closed.', 'the-beijing-news'],
    ['Jiefang Daily said in an editorial that the port would expand.', 'jiefang-daily'],
    [
      'Korean Central Broadcasting Station said the harvest was good.',
      'korean-central-broadcasting-station',
    ],
  ])('%s', (text, id) => {
    const outlets = found(text);
    expect(outlets.map((o) => o.id)).toContain(id);
    expect(outlets.every((o) => isStateControlled(o))).toBe(true);
  });

  it('a place or a school named Bakhtar is no outlet', () => {
    expect(found('Students at Bakhtar University said the exams were postponed.')).toEqual([]);
  });

  it("Syria's Al-Ikhbariya stays Syria's", () => {
    expect(found("Syria's state-run Al-Ikhbariya said the road was cut.").map((o) => o.id)).toEqual(
      ['syrian-news-channel'],
    );
  });
});
