/** Two straight apostrophes typed for a double quote (''...''), as some papers' archives
 * print them: they open a quotation as well as close one, so a cue word inside is the quoted
 * person's. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { quotedTokens } from '@/core/context';
import { tokenize } from '@/core/text';
import { onlyClaim } from './helpers';

describe("''...'' quotations", () => {
  it('open and close a quotation', () => {
    const text = "Riders said: ''Fix the ferry,'' and left.";
    const tokens = tokenize(text);
    const quoted = quotedTokens(tokens, text);
    const fix = tokens.findIndex((t) => t.text === 'Fix');
    const left = tokens.findIndex((t) => t.text === 'left');
    expect(quoted[fix]).toBe(true);
    expect(quoted[left]).toBe(false);
  });

  it('a cue word inside the quotation is no cue of the article', () => {
    const c = onlyClaim(
      "The town is raising money for a new boat: ''Build the ferry the council does not want you to read about,'' the flyer says.",
      'en',
    );
    expect(c?.cue).toBe('says');
    expect(c?.source.text).toBe('the flyer');
  });
});
