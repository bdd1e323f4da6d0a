/**
 * "Hal itu dilaporkan oleh kantor berita ...", "Hal itu disebutkan oleh Camat ...": a passive
 * verb of saying after a pointing subject, the agent marker "oleh" straight after it, then
 * the source. The claim is the sentence before. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const last = (text: string) => storyClaims(text, 'id').at(-1);
const BEFORE = 'Sebuah kapal patroli menabrak karang di perairan Tanjung Ular pada Sabtu.';

describe('a pointing passive with "oleh" before its agent', () => {
  it('a state outlet reported it', () => {
    const c = last(`${BEFORE} || Hal itu dilaporkan oleh kantor berita Statenews pada Minggu.`);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
    expect(c?.claim).toContain('Tanjung Ular');
  });

  it('state media carried it', () => {
    const c = last(`${BEFORE} || Hal tersebut diberitakan oleh media pemerintah.`);
    expect(c?.source.kind).toBe('state_media');
  });

  it('a wire reported it', () => {
    const c = last(`${BEFORE} || Hal ini dilaporkan oleh Wirely.`);
    expect(c?.source.kind).toBe('media');
  });

  it('"disebutkan" names its speaker the same way', () => {
    const c = last(
      `${BEFORE} || Hal itu disebutkan oleh Kepala Dinas Perhubungan, Wirasena Adiputra, pada Minggu.`,
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toContain('Wirasena Adiputra');
  });

  it('a complaint to the police is still no claim', () => {
    const c = last(`${BEFORE} || Kejadian itu dilaporkan oleh nakhoda ke Polair Tanjung Ular.`);
    expect(c).toBeUndefined();
  });
});
