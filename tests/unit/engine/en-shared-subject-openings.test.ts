/** "Last month, when I asked her about it, she looked up and said, '...'": a verb of saying
 * after a coordinator shares the subject of its clause, past every opening phrase and its
 * comma - not the first source-like phrase inside the opening clause. Sentences are written
 * for these tests. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('a coordinated verb of saying after opening phrases', () => {
  it.each([
    'Last month, when I asked Ann Lunde about the plan, she looked into my camera and said, "I am going to back you!"',
    'Last month, when I asked Ann Lunde if she would back the plan, she looked straight into my camera, furrowed her brow and said, "I am going to back you!"',
  ])('%s', (text) => {
    const claims = storyClaims(`Ann Lunde is the mayor of Kelbo. || ${text}`, 'en');
    const c = claims.find((x) => x.sentence.startsWith('Last month'));
    expect(c?.source.text).toBe('she');
    expect(c?.source.resolvesTo).toBe('Ann Lunde');
    expect(c?.claim).toMatch(/going to back you/);
  });

  it('a sentence opened by a condition keeps its verbs in the condition', () => {
    const claims = storyClaims(
      'Dana Lunde ran the Kelbo mill. || If, for the sake of his back, he leaned over the desk, and wrote there like a clerk, then he declared that it hurt his arms.',
      'en',
    );
    expect(claims.map((c) => c.cue)).not.toContain('wrote');
  });
});
