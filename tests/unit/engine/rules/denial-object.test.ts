import { describe, expect, it } from 'vitest';
import { denialObject } from '@/core/rules/denial-object';
import { run } from '../helpers';

describe('denial-object', () => {
  it.each([
    [
      'Harbour officials have firmly rejected those accusations before.',
      'en',
      'Harbour officials',
      'unnamed_official',
    ],
    [
      'The Velna council rejected the allegations on Tuesday.',
      'en',
      'The Velna council',
      'official_body',
    ],
    [
      'Mara Lindqvist dismissed the latest accusations as politics.',
      'en',
      'Mara Lindqvist',
      'named_person',
    ],
    [
      'A spokesman for the mill refuted allegations of dumping.',
      'en',
      'A spokesman for the mill',
      'unnamed_official',
    ],
    ['Velmar Corp disputed the allegations of dumping.', 'en', 'Velmar Corp', 'organization'],
    ['Bupati Rudi Hartono menolak tuduhan itu.', 'id', 'Bupati Rudi Hartono', 'named_person'],
  ] as const)('%s', (text, lang, source, kind) => {
    const [found] = run(denialObject, text, lang);
    expect(found?.[2]).toBe(source);
    expect(found?.[1]).toBe(kind);
  });

  it.each([
    ['The council rejected the plan for a new bridge.', 'en'], // an act on a thing
    ['The judge dismissed the charges against the ferry captain.', 'en'], // a court acts
    ['Voters rejected the mayor and his allies.', 'en'],
    ['Warga menolak rencana pembangunan pabrik itu.', 'id'],
  ] as const)('no denial: %s', (text, lang) => {
    expect(run(denialObject, text, lang)).toEqual([]);
  });
});
