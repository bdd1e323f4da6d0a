/** What the article named before: a later bare name carries the role given at first mention,
 * and a person pronoun points back only to a person. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { testRegistry } from './helpers';

function claims(lang: 'en' | 'id', ...sentences: string[]) {
  return analyze({ blocks: sentences.map((text) => ({ type: 'p' as const, text })) }, { lang, registry: testRegistry }).claims;
}

describe('a role given at first mention carries to a later bare name', () => {
  it.each([
    ['id', ['Menteri Dalam Negeri Tjahjo Kumolo mengatakan pemilu akan berjalan lancar.', '"Kami sudah siap," kata Tjahjo.'], 'Tjahjo Kumolo', 'Menteri Dalam Negeri'],
    ['id', ['Menteri Dalam Negeri Tjahjo Kumolo menghadiri rapat di Jakarta.', 'Tjahjo menambahkan, pengamanan sudah disiapkan.'], 'Tjahjo Kumolo', 'Menteri Dalam Negeri'],
    ['id', ['Menteri Dalam Negeri Tjahjo Kumolo menghadiri rapat di Jakarta.', '"Kami sudah siap," kata Pak Tjahjo.'], 'Tjahjo Kumolo', 'Menteri Dalam Negeri'],
    ['en', ['Defense Secretary Lloyd Austin said the alliance was strong.', 'Austin said the troops would stay.'], 'Lloyd Austin', 'Defense Secretary'],
    ['en', ['Defense Secretary Lloyd Austin met his counterpart on Monday.', '"We are staying," Austin said.'], 'Lloyd Austin', 'Defense Secretary'],
    ['en', ['Lloyd Austin, the defense secretary, said the alliance was strong.', 'Mr. Austin said the troops would stay.'], 'Lloyd Austin', 'defense secretary'],
  ] as const)('%s: %s', (lang, sentences, name, role) => {
    const found = claims(lang, ...sentences);
    const later = found.find((c) => c.sentence === sentences[1]);
    expect(later?.source).toMatchObject({ kind: 'named_person', name, role, resolvesTo: name });
    expect(later?.strength).toBe('strong');
    expect(later?.reasons).toContain('named_with_role');
  });

  it('a capitalised small word inside a portfolio stays in the role', () => {
    const [c] = claims('id', 'Menteri Dalam Negeri Tjahjo Kumolo mengatakan pemilu akan berjalan lancar.');
    expect(c?.source).toMatchObject({ text: 'Menteri Dalam Negeri Tjahjo Kumolo', name: 'Tjahjo Kumolo', role: 'Menteri Dalam Negeri' });
    expect(c?.strength).toBe('strong');
  });

  it('a bare name nobody introduced keeps no role', () => {
    const [c] = claims('en', 'Mr. Austin said the troops would stay.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Mr. Austin', role: null });
    expect(c?.strength).toBe('moderate');
  });
});
