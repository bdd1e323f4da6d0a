/** A speaker named after the cue at the end of a sentence ("..., said X", "..., kata X")
 * frames a cue earlier in it: the earlier one is part of what X told the reporter. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a closing "said X" frames an earlier cue (English)', () => {
  it.each([
    [
      'Many tenants say the heating failed for a week, said one tenant who asked not to be named.',
      'one tenant who asked not to be named',
      'anonymous',
      'Many tenants say the heating failed for a week',
    ],
    [
      'Fishermen complain that catches have halved, said harbour board chair Mara Quill.',
      'harbour board chair Mara Quill',
      'named_person',
      'Fishermen complain that catches have halved',
    ],
    // "informed" describes the sources; it is no verb that would cut them off the comma.
    [
      'Oslo and Berlin believe the launch failed, informed sources said Sunday.',
      'informed sources',
      'anonymous',
      'Oslo and Berlin believe the launch failed',
    ],
    // A bare date, then a phrase of place, after the closing verb.
    [
      'Velmar keeps in touch with its allies on reports that the reactor restarted, Press Secretary Ana Ruiz said Wednesday in Oslo.',
      'Press Secretary Ana Ruiz',
      'named_person',
      'Velmar keeps in touch with its allies on reports that the reactor restarted',
    ],
  ])('%s', (text, source, kind, claim) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source).toMatchObject({ text: source, kind });
    expect(c?.claim).toBe(claim);
  });

  it('a finding inside the framed claim carries nothing', () => {
    const c = onlyClaim('Camera footage showed the van leaving at dawn, said police.', 'en');
    expect(c?.source).toMatchObject({ text: 'police', via: null });
  });

  it('keeps the first speaker when the sentence goes on after the closing cue', () => {
    const c = onlyClaim('Farmers say the dam leaks, said Ada Brook, but nobody has checked.', 'en');
    expect(c?.source.text).toBe('Farmers');
  });
});

describe('a closing "kata/ujar X" frames an earlier cue (Indonesian)', () => {
  it.each([
    [
      'Para nelayan mengaku hasil tangkapan turun separuh, ujar seorang nelayan yang enggan disebutkan namanya.',
      'seorang nelayan yang enggan disebutkan namanya',
      'anonymous',
    ],
    [
      'Sejumlah pedagang mengeluh omzet anjlok, kata Ketua Paguyuban Pedagang Pasar Lama, Rudi Hartono.',
      'Ketua Paguyuban Pedagang Pasar Lama, Rudi Hartono',
      'named_person',
    ],
  ])('%s', (text, source, kind) => {
    expect(onlyClaim(text, 'id')?.source).toMatchObject({ text: source, kind });
  });
});

describe('a source alone after the verb closes the sentence: it is the speaker (English)', () => {
  it.each([
    [
      'The bloc chief is following the unrest in Velmar, a member state, said the report.',
      'the report',
      'The bloc chief is following the unrest in Velmar, a member state',
    ],
    [
      'The bloc chief, Ana Ruiz, watched events in Velmar, a member state, said the statement.',
      'the statement',
      'The bloc chief, Ana Ruiz, watched events in Velmar, a member state',
    ],
  ])('%s', (text, source, claim) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.claim).toBe(claim);
  });

  it('an appositive subject before its verb and clause still speaks', () => {
    expect(onlyClaim('Velmar, a member state, said the vote was fair.', 'en')?.source.text).toBe(
      'Velmar, a member state',
    );
  });
});

describe('a closing "according to X" frames an earlier cue past a note or a relative clause', () => {
  it.each([
    [
      'What the mayor has said in private is another story, according to former Sen. Ann Lee, D-Ohio.',
      'former Sen. Ann Lee',
      'What the mayor has said in private is another story',
    ],
    [
      'The mayor told aides the port would close, according to Rep. Tom Vale, R-Maine, who was there.',
      'Rep. Tom Vale',
      'The mayor told aides the port would close',
    ],
    [
      'The mayor said the ferry would stop, according to a diplomat who was on board.',
      'a diplomat who was on board',
      'The mayor said the ferry would stop',
    ],
  ])('%s', (text, source, claim) => {
    const c = onlyClaim(text, 'en');
    expect(c?.cue).toBe('according to');
    expect(c?.source.text).toBe(source);
    expect(c?.claim).toBe(claim);
  });

  it('a relative clause with a cue of its own keeps the first speaker', () => {
    const c = onlyClaim(
      'The mayor said the ferry would stop, according to a diplomat who said it would run.',
      'en',
    );
    expect(c?.cue).toBe('said');
  });
});

describe("a closing speaker's frame past the reporter's note after a dash", () => {
  it.each([
    'The mayor thinks the ferry costs too much, the governor said this week at a rally in Avon — a reversal of her support for the law that built it.',
    'The mayor thinks the port is safe, the governor said Monday — a change of tone.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.cue).toBe('said');
    expect(c?.source.text).toBe('the governor');
    expect(c?.claim.startsWith('The mayor thinks')).toBe(true);
  });
});
