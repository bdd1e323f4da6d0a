/** "Statenews quoted the minister as saying ...": the speaker is the source, the outlet that
 * quoted them is `via`, and words relayed only by a state outlet carry its flag. Sentences
 * are written for these tests; the outlets are the fixture registry's. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { quotedAs } from '@/core/rules/quoted-as';
import { ctx, lastClaim, run, storyClaims, testRegistry } from '../helpers';

function one(text: string, lang: 'en' | 'id' = 'en') {
  const report = analyze({ blocks: [{ type: 'p', text }] }, { lang, registry: testRegistry });
  expect(report.claims).toHaveLength(1);
  return report.claims[0]!;
}

describe('quoted-as', () => {
  it.each([
    [
      'Statenews quoted the interior minister as saying the border would stay closed.',
      'the interior minister',
      'Statenews',
      'the border would stay closed',
    ],
    [
      "The country's Statenews agency quoted a defence ministry source as saying the jets had landed.",
      'a defence ministry source',
      'Statenews',
      'the jets had landed',
    ],
    [
      'Statenews quoted Nadia Farrow saying the harvest had failed.',
      'Nadia Farrow',
      'Statenews',
      'the harvest had failed',
    ],
    [
      'The harvest had failed, Statenews quoted Nadia Farrow as telling farmers.',
      'Nadia Farrow',
      'Statenews',
      'The harvest had failed',
    ],
  ])('%s', (text, source, via, claim) => {
    const c = one(text);
    expect(c.source.text).toBe(source);
    expect(c.source.via).toBe(via);
    expect(c.claim).toBe(claim);
    expect(c.flags).toContain('state_media');
    expect(c.reasons).toContain('relayed_via_state_media');
  });

  it('a wire that quotes relays without the state flag', () => {
    const c = one('Wirely quoted the mayor of Eastport as saying the bridge was safe.');
    expect(c.source.via).toBe('Wirely');
    expect(c.flags).not.toContain('state_media');
    expect(c.reasons).toContain('relayed_via_media');
  });

  it.each([
    [
      'The foreign minister, Omar Haddad, was quoted by Statenews as saying the talks had failed.',
      'Statenews',
      'the talks had failed',
    ],
    [
      '"The war is over," Omar Haddad was quoted as saying by Statenews.',
      'Statenews',
      'The war is over',
    ],
    [
      'The foreign minister, Omar Haddad, was quoted by state media as saying the talks had failed.',
      'state media',
      'the talks had failed',
    ],
  ])('passive: %s', (text, via, claim) => {
    const c = one(text);
    expect(c.source).toMatchObject({ kind: 'named_person', name: 'Omar Haddad', via });
    expect(c.claim).toBe(claim);
    expect(c.flags).toEqual(['state_media']);
  });

  it.each([
    ['Omar Haddad was later quoted by Wirely as saying the talks had failed.', 'Wirely'],
    ['Omar Haddad was widely quoted as saying the talks had failed.', null],
  ])('passive with adverbs before the participle: %s', (text, via) => {
    const c = one(text);
    expect(c.rule).toBe('quoted-as');
    expect(c.source).toMatchObject({ kind: 'named_person', name: 'Omar Haddad', via });
    expect(c.claim).toBe('the talks had failed');
  });

  it('a thing widely quoted reports nothing', () => {
    expect(run(quotedAs, 'The figure was widely quoted in the press.', 'en')).toHaveLength(0);
  });

  it('passive with no outlet named: the speaker, nothing relayed', () => {
    const c = one('"We will rebuild," Omar Haddad was quoted as saying.');
    expect(c.source.name).toBe('Omar Haddad');
    expect(c.source.via).toBeNull();
    expect(c.flags).toEqual([]);
  });

  it('Indonesian: "Statenews mengutip X yang mengatakan"', () => {
    const c = one(
      'Statenews mengutip seorang pejabat kementerian yang mengatakan rudal itu meledak.',
      'id',
    );
    expect(c.source.kind).toBe('unnamed_official');
    expect(c.source.via).toBe('Statenews');
    expect(c.claim).toBe('rudal itu meledak');
    expect(c.flags).toEqual(['unnamed_source', 'state_media']);
  });

  it('quoting with no "as saying" is no attribution of a claim', () => {
    expect(run(quotedAs, 'Statenews quoted the old proverb in its headline.', 'en')).toEqual([]);
    expect(run(quotedAs, 'He was quoted in the press last year.', 'en')).toEqual([]);
  });

  it("inside a quotation the verb is the quoted speaker's", () => {
    expect(
      quotedAs.find(ctx('"They quoted the minister as saying nothing," she said.', 'en')),
    ).toEqual([]);
  });
});

describe("quoted-as: a citing word between the outlet's report and its speaker", () => {
  it('the speaker is the one cited, not what the outlet reported', () => {
    const c = lastClaim(
      'Statenews reported the meeting, citing Premier Ana Brill as saying the port would close.',
      'en',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', text: 'Premier Ana Brill' });
    expect(c?.source.via).toBe('Statenews');
    expect(c?.claim).toBe('the port would close');
  });
});

describe('quoted-as: a progressive quoting verb', () => {
  it('the outlet before "is quoting" relays, and a later bare mention points back', () => {
    const claims = storyClaims(
      'Syrian state TV says the army has retaken the town. The TV is quoting its reporter in the town as saying that the bridge is open.',
      'en',
    );
    const c = claims.at(-1);
    expect(c?.rule).toBe('quoted-as');
    expect(c?.source.text).toBe('its reporter in the town');
    expect(c?.source.via).toBe('The TV');
    expect(c?.flags).toContain('state_media');
    expect(c?.claim).toBe('the bridge is open');
  });
});
