/**
 * A role with no name in feature and science writing: "the study's lead author said". A role
 * that is no office (author, analyst, professor) is an unnamed source, never the document it
 * hangs on ("the study's") and never an unnamed official; written with "the" after the person
 * was named with that role, it is that person. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { storyClaims } from './helpers';

const claims = (text: string): Claim[] => storyClaims(text, 'en');

function last(text: string) {
  const c = claims(text).at(-1);
  return [c?.cue, c?.source.kind, c?.source.resolvesTo ?? null];
}

describe('a role with no name that is no office', () => {
  it.each([
    ['The lead author said the findings were preliminary.', 'said'],
    ["The study's lead author said the findings were preliminary.", 'said'],
    ["The paper's senior author, a chemist in Leeds, said the samples were clean.", 'said'],
    ["The study's co-author told reporters that the sample was small.", 'told'],
    ['"We did not expect it," the report\'s first author said.', 'said'],
    ["One of the survey's authors said the response rate was low.", 'said'],
  ])('%s', (text, cue) => {
    expect(last(text)).toEqual([cue, 'anonymous', null]);
  });

  it('an office with no name is still an unnamed official', () => {
    expect(last("The ministry's spokesman said the plant was closed.")).toEqual([
      'said',
      'unnamed_official',
      null,
    ]);
  });
});

describe('the role again, after the person was named with it', () => {
  it.each([
    [
      'Mara Quint, a professor of law at Elmwood College, says the ruling is narrow. || The professor says it will be appealed.',
      'Mara Quint',
    ],
    [
      'Dr. Lio Park, the lead author of the study, said the effect was small. || The author says more data are needed.',
      'Lio Park',
    ],
    [
      'Ines Berg, an analyst at Harbor Bank, said prices would fall. || The analyst added that rents would rise.',
      'Ines Berg',
    ],
  ])('%s', (text, name) => {
    const [, kind, resolves] = last(text);
    expect(kind).toBe('named_person');
    expect(resolves).toContain(name);
  });
});
