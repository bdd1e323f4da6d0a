/**
 * An Indonesian second verb of the sentence's subject after a contrast ("tetapi", "namun",
 * "tapi"), as after "dan": "Statenews tidak memberi rincian, tetapi menyebut ...". English
 * reads "but said" the same way. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('a speaking verb after a contrast keeps the subject as the speaker', () => {
  it.each([
    [
      'Statenews tidak memberi rincian pertemuan, tetapi menyebut pertemuan itu berlangsung hangat.',
    ],
    ['Statenews tidak memberi rincian pertemuan, namun menyebut pertemuan itu berlangsung hangat.'],
    ['Statenews tidak memberi rincian pertemuan tapi menyebut pertemuan itu berlangsung hangat.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
    expect(c?.claim).toBe('pertemuan itu berlangsung hangat');
    expect(c?.flags).toContain('state_media');
  });

  it('a new speaker after the contrast is that speaker', () => {
    const c = id(
      'Statenews tidak memberi rincian, tetapi Menteri Arman Wiryo menyebut pertemuan itu berlangsung hangat.',
    );
    expect(c?.source.kind).toBe('named_person');
  });
});
