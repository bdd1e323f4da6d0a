/**
 * The page marks stay apart for readers with the common colour-vision deficiencies and on a
 * washed-out projector: pairwise CIEDE2000 between the tints (as painted over white), under
 * simulated protanopia and deuteranopia, and with a projector's raised black level; black
 * text keeps 7:1 on every tint; underlines read on their tint; the focus mark is unlike all.
 */
import { describe, expect, it } from 'vitest';
import { FOCUS_STYLE, KIND_STYLES, KINDS } from '@/utils/highlight-style';
import { contrast, deltaE2000, hex, over, simulate, type Rgb, type Vision } from './colour';

const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia'];
const tintOf = (kind: (typeof KINDS)[number]): Rgb =>
  over(hex(KIND_STYLES[kind].color), KIND_STYLES[kind].alpha);
/** A projector in a lit room: blacks lifted a quarter of the way to white. */
const projector = (c: Rgb): Rgb => over(c, 0.75);

function smallestDistance(map: (c: Rgb) => Rgb): { d: number; pair: string } {
  let best = { d: Infinity, pair: '' };
  for (let i = 0; i < KINDS.length; i++) {
    for (let j = i + 1; j < KINDS.length; j++) {
      const d = deltaE2000(map(tintOf(KINDS[i]!)), map(tintOf(KINDS[j]!)));
      if (d < best.d) best = { d, pair: `${KINDS[i]}/${KINDS[j]}` };
    }
  }
  return best;
}

describe('highlight palette', () => {
  it.each(VISIONS)('tints are at least 8 CIEDE2000 apart with %s vision', (vision) => {
    const { d, pair } = smallestDistance((c) => simulate(c, vision));
    expect(d, pair).toBeGreaterThanOrEqual(8);
  });

  it.each(VISIONS)('and still at least 6 apart on a projector (%s)', (vision) => {
    const { d, pair } = smallestDistance((c) => simulate(projector(c), vision));
    expect(d, pair).toBeGreaterThanOrEqual(6);
  });

  it('black text keeps 7:1 on every tint; each underline 3:1 against its tint', () => {
    for (const kind of KINDS) {
      expect(contrast(tintOf(kind), [0, 0, 0]), kind).toBeGreaterThanOrEqual(7);
      expect(contrast(hex(KIND_STYLES[kind].line), tintOf(kind)), kind).toBeGreaterThanOrEqual(3);
    }
  });

  it('the focus mark is unlike every tint and its text reads at 7:1', () => {
    const focus = hex(FOCUS_STYLE.background);
    expect(contrast(focus, hex(FOCUS_STYLE.color))).toBeGreaterThanOrEqual(7);
    for (const vision of VISIONS) {
      for (const kind of KINDS)
        expect(
          deltaE2000(simulate(focus, vision), simulate(tintOf(kind), vision)),
          kind,
        ).toBeGreaterThanOrEqual(30);
    }
  });

  it('the underline alone tells a flagged source from a named one', () => {
    const weak = new Set(['state_media', 'unnamed_official', 'anonymous', 'unattributed']);
    const weakStyles = new Set(KINDS.filter((k) => weak.has(k)).map((k) => KIND_STYLES[k].style));
    const namedStyles = new Set(KINDS.filter((k) => !weak.has(k)).map((k) => KIND_STYLES[k].style));
    expect([...weakStyles].filter((s) => namedStyles.has(s))).toEqual([]);
    // The pair a projector could not separate before: now another colour and another line.
    expect(KIND_STYLES.state_media.style).not.toBe(KIND_STYLES.unnamed_official.style);
  });

  it('kinds sharing an underline style are far apart unless they mean the same flag', () => {
    const flagOf = (k: string) =>
      k === 'unnamed_official' || k === 'anonymous' ? 'unnamed_source' : k;
    for (let i = 0; i < KINDS.length; i++) {
      for (let j = i + 1; j < KINDS.length; j++) {
        const [a, b] = [KINDS[i]!, KINDS[j]!];
        if (KIND_STYLES[a].style !== KIND_STYLES[b].style || flagOf(a) === flagOf(b)) continue;
        const d = Math.min(
          ...VISIONS.map((v) => deltaE2000(simulate(tintOf(a), v), simulate(tintOf(b), v))),
        );
        expect(d, `${a}/${b}`).toBeGreaterThanOrEqual(12);
      }
    }
  });
});
