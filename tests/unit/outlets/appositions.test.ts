/**
 * A name that is also an ordinary word or a place ("Mehr", "Fars", "Tasnim") names its outlet
 * when an apposition right after it says it is one: "Mehr, a semi-official news agency, said",
 * "Mehr, kantor berita semi-resmi Iran, melaporkan". Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry as registry } from '@/core/outlets';

const ids = (text: string) => registry.findInText(text).map((m) => m.outlet.id);

describe('an apposition naming the kind of outlet', () => {
  it.each([
    ['Mehr, a semi-official news agency, said three people were arrested.', 'mehr-news-agency'],
    [
      'Tasnim, a news agency close to the Revolutionary Guards, said the ship was held.',
      'tasnim-news-agency',
    ],
    ['Fars, the hardline agency, reported that the talks had ended.', 'fars-news-agency'],
    // An owner's possessive opens the apposition: its apostrophe ends nothing.
    [
      "Fars, Iran's state-linked news agency, reported that the talks had ended.",
      'fars-news-agency',
    ],
    ["Mehr, the country's semi-official agency, said the ship was held.", 'mehr-news-agency'],
    ['Mehr, kantor berita semi-resmi Iran, melaporkan tiga orang ditangkap.', 'mehr-news-agency'],
    ['Tasnim, surat kabar daring, menulis bahwa kapal itu ditahan.', 'tasnim-news-agency'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });
});

describe('what is no such apposition', () => {
  it.each([
    ['Fars, the southern province, reported three new cases.'],
    ['Mehr, a teacher at the school, said the pupils were safe.'],
    ['Tasnim, who works for a news agency, said the ship was held.'],
    ['Mehr; a news agency said the ship was held.'],
    ["Fars, Iran's southern province, reported three new cases."],
  ])('%s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('a Russian channel spoken to or cited', () => {
  it.each([
    ['Deputy Prime Minister Pavel Orlov told Russia-24 that output would stay flat.', 'rossiya-24'],
    [
      'Wakil Perdana Menteri Pavel Orlov mengatakan kepada Russia-24 bahwa produksi stabil.',
      'rossiya-24',
    ],
    ['In an interview with Russia-1, the governor said the bridge was open.', 'rossiya-1'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('a count after the country is no channel', () => {
    expect(ids('Sanctions on Russia 24 hours later were tightened.')).toEqual([]);
  });
});
