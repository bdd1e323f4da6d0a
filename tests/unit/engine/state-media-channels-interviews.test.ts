/**
 * State-media classes (English and Indonesian): generic phrases for a state
 * channel, daily or outlet; an outlet that interviewed the speaker. (The registry's side,
 * names bound to context, is in tests/unit/outlets/outlet-clauses-and-interviews.test.ts.) Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');
const id = (text: string) => lastClaim(text, 'id');

describe('generic phrases for a state outlet', () => {
  it.each([
    'The ferries had been halted, the state daily said.',
    'The ferries had been halted, state outlets said.',
    'The ferries had been halted, a state channel said.',
  ])('English: %s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a speaker on a state channel whose name is ambiguous is relayed by state media', () => {
    const c = en('Minister Arlo Venn said on state channel VTV that the border was closed.');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.flags).toContain('state_media');
  });

  it.each([
    'Televisi resmi melaporkan tiga kapal feri berhenti beroperasi.',
    'Radio resmi melaporkan tiga kapal feri berhenti beroperasi.',
    'Harian militer melaporkan tiga kapal feri berhenti beroperasi.',
    'Televisi junta melaporkan tiga kapal feri berhenti beroperasi.',
  ])('Indonesian: %s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });
});

describe('an outlet that interviewed the speaker', () => {
  it.each([
    ['en', 'Economists interviewed by Statenews said growth would slow.'],
    ['id', 'Para ekonom yang diwawancarai Statenews menyebut pertumbuhan akan melambat.'],
  ] as const)('%s: %s', (lang, text) => {
    const c = lang === 'en' ? en(text) : id(text);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toEqual(expect.arrayContaining(['state_media', 'unnamed_source']));
  });
});

describe('said in an outlet that ...', () => {
  it.each([
    ['en', 'The harbour board said in the state-run Statenews that the ferries would run.'],
    ['en', 'Minister Arlo Venn wrote in state media that the ferries would run.'],
    ['id', 'Menteri Arlo Venn menulis dalam harian Statenews bahwa kapal feri akan beroperasi.'],
    ['id', 'Menteri Arlo Venn mengatakan di media pemerintah bahwa kapal feri akan beroperasi.'],
  ] as const)('%s: %s', (lang, text) => {
    const c = lang === 'en' ? en(text) : id(text);
    expect(c?.source.kind).not.toBe('state_media');
    expect(c?.source.via).toBeTruthy();
    expect(c?.flags).toContain('state_media');
  });

  it.each([
    'Minister Arlo Venn said in Kelbo that the ferries would run.',
    'Minister Arlo Venn said in the Statenews newsroom that the ferries would run.',
    "Minister Arlo Venn said in Wirely's view that the ferries would run.",
  ])('no outlet carried it: %s', (text) => {
    const c = en(text);
    expect(c?.source.via ?? null).toBeNull();
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('an institution state media carried, named in Indonesian', () => {
  it('Garda Revolusi is an official body', () => {
    const c = id(
      'Televisi pemerintah menyiarkan pernyataan Garda Revolusi yang menyebut latihan itu rutin.',
    );
    expect(c?.source).toMatchObject({ kind: 'official_body', text: 'Garda Revolusi' });
    expect(c?.flags).toContain('state_media');
  });
});
