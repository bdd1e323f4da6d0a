/**
 * Session 13: more participles of saying after a comma (", alleging that ...", ", stressing
 * the levy was illegal"). Those that also take a thing report words only before "that" or a
 * plain finite clause. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a participle of saying after a comma', () => {
  it.each([
    ['The union sued the county, alleging the levy was illegal.', 'alleging'],
    ['The union sued the county, contending that the levy was illegal.', 'contending'],
    ['The union sued the county, charging that the levy was illegal.', 'charging'],
    ['The union sued the county, stressing that the levy was illegal.', 'stressing'],
    ['The union sued the county, denying that it owed any tax.', 'denying'],
    ['Police sealed the area, admitting they had no suspects.', 'admitting'],
    ['The firm raised prices, predicting that demand would stay strong.', 'predicting'],
    ['The council met on Monday, pointing out that the levy was legal.', 'pointing out'],
  ])('%s', (text, cue) => {
    expect(en(text)?.cue).toBe(cue);
  });
});

describe('the same participles taking a thing report nothing', () => {
  it.each([
    'The Dunmore council raised fees on Monday, denying access to the pool for visitors.',
    'Halvern cut its prices, announcing a deal that was worth $5 million.',
    'The mayor closed the bridge, stressing safety.',
    'Halvern raised its dividend, suggesting confidence in its outlook.',
    'The union went on strike, charging fees for its services.',
    'Tom Arlen spent the day explaining the plan to farmers.',
    'The crew was briefed, warning lights were checked and the ferry left Dunmore.',
    "Halvern's shares rose 5 percent on Monday, suggesting that investors expected a deal.",
  ])('%s', (text) => {
    expect(storyClaims(text, 'en')).toEqual([]);
  });
});
