/** Agencies of the United Nations and other organizations of states (registered with a
 * citation in core/institutions) speak as official bodies: "the World Food Programme" is no
 * broadcaster's programme, "the IOM" no firm. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('an intergovernmental agency speaks as an official body', () => {
  it.each([
    'The World Food Programme said rations in the camps would be cut by half.',
    'Rations in the camps will be cut by half, the WFP said.',
    'The IOM said 30 people were missing after the boat capsized.',
    'According to OCHA, 12 aid convoys were turned back last week.',
    'The WTO said trade in grain would slow this year.',
  ])('%s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('official_body');
  });
});
