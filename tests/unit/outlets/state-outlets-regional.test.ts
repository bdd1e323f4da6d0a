/**
 * State-controlled outlets a reporter covering Asia, the Middle East, Russia, Africa or Latin
 * America cites, each with its citation: found by name, state-controlled,
 * and not found where an abbreviation is something else. Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry as registry, isStateControlled } from '@/core/outlets';

const found = (text: string) => registry.findInText(text).map((m) => m.outlet);

describe('regional state outlets', () => {
  it.each([
    [
      "Nepal's state news agency RSS reported that the flights had resumed.",
      'rastriya-samachar-samiti',
    ],
    ['Gorkhapatra said the budget would be tabled on Friday.', 'gorkhapatra'],
    ['The Rising Nepal reported that the pass had reopened.', 'the-rising-nepal'],
    ["Sri Lanka's Rupavahini said the curfew had been lifted.", 'sri-lanka-rupavahini-corporation'],
    [
      "Thailand's NBT reported that the floods had receded.",
      'national-broadcasting-services-of-thailand',
    ],
    ['Afghan state broadcaster RTA said the road was open.', 'radio-television-afghanistan'],
    ['Radio Rebelde said the hurricane had weakened.', 'radio-rebelde'],
    ['Radio Habana Cuba said the harvest was late.', 'radio-havana-cuba'],
    ['HispanTV reported that the talks had stalled.', 'hispantv'],
    ['The Pyongyang Times said the harvest was good.', 'the-pyongyang-times'],
    ['Palestine TV reported that two men had been detained.', 'palestine-tv'],
    ['Parlamentskaya Gazeta published the law on Friday.', 'parlamentskaya-gazeta'],
    ['Voice of Nigeria reported that the bridge had collapsed.', 'voice-of-nigeria'],
    ['ZNBC said the power cuts would ease.', 'zambia-national-broadcasting-corporation'],
  ])('%s', (text, id) => {
    const outlets = found(text);
    expect(outlets.map((o) => o.id)).toContain(id);
    expect(outlets.every((o) => isStateControlled(o))).toBe(true);
  });

  it.each([
    'The RSS leader said the march would go ahead.',
    'Subscribe to our RSS feed.',
    'The NBT index rose 2 percent.',
    'The RTA said bus fares would rise.',
    'Study times vary from school to school.',
  ])('no outlet: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('every new entry cites its Wikipedia article', () => {
    for (const id of ['gorkhapatra', 'hispantv', 'radio-rebelde', 'tibet-daily', 'study-times']) {
      const o = registry.get(id);
      expect(o?.citation.url).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\//);
    }
  });
});
