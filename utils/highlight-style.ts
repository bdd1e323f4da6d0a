/**
 * How the page marks look: one colour and one underline style per source kind, the focus
 * mark, the cue and source marks inside a sentence, and the CSS of the legend and card.
 * Types only from core: this module is part of the content script.
 */
import type { SourceKind } from '@/core/report';

export type LineStyle = 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';

export interface KindStyle {
  /** Base colour: the tint behind the sentence is this colour at `alpha` over the page. */
  color: string;
  alpha: number;
  /** Underline colour, dark enough to read on the tint and on a projector. */
  line: string;
  style: LineStyle;
}

/**
 * Chosen by a search over the Okabe-Ito and Paul Tol palettes for the largest smallest
 * CIEDE2000 distance between the tints, with normal vision, protanopia and deuteranopia,
 * on a screen and on a washed-out projector
 * (tests/unit/highlight/palette.test.ts holds the thresholds); tints stay light enough for
 * black text at 7:1. The underline alone tells a weak source from the others, as the legend
 * says: solid (people, organisations, documents) and double (official bodies, news media)
 * for sources that are named; wavy (state media), dashed (unnamed sources) and dotted (no
 * source) for the flagged ones.
 */
export const KIND_STYLES: Record<SourceKind, KindStyle> = {
  named_person: { color: '#6699cc', alpha: 0.65, line: '#1f3d66', style: 'solid' },
  official_body: { color: '#332288', alpha: 0.5, line: '#1d1450', style: 'double' },
  organization: { color: '#117733', alpha: 0.65, line: '#0a4a1f', style: 'solid' },
  state_media: { color: '#d55e00', alpha: 0.65, line: '#5c2800', style: 'wavy' },
  media: { color: '#44aa99', alpha: 0.5, line: '#1a4a42', style: 'double' },
  unnamed_official: { color: '#ee6677', alpha: 0.65, line: '#6b1f2a', style: 'dashed' },
  anonymous: { color: '#d55e00', alpha: 0.35, line: '#7a3500', style: 'dashed' },
  document: { color: '#999933', alpha: 0.22, line: '#55551a', style: 'solid' },
  unattributed: { color: '#882255', alpha: 0.5, line: '#4d1230', style: 'dotted' },
};

/** The claim being shown: inverse video, unlike any tint, on any screen. */
export const FOCUS_STYLE = { background: '#111827', color: '#ffffff' } as const;

/** Kinds in the report's order (the Record type above makes the list complete). */
export const KINDS = Object.keys(KIND_STYLES) as SourceKind[];

export const PREFIX = 'sumber-';
export const FOCUS = `${PREFIX}focus`;
/** The source's words and the cue's words inside a marked sentence. */
export const SOURCE_MARK = `${PREFIX}source-words`;
export const CUE_MARK = `${PREFIX}cue-words`;

/**
 * `#rrggbb` at `alpha` over white, as an opaque `rgb(r g b)`: the same tint on a white, a
 * beige or a dark page, so the black text on it keeps its contrast everywhere.
 */
export function tint(hex: string, alpha: number): string {
  const v = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c * alpha + 255 * (1 - alpha));
  return `rgb(${mix((v >> 16) & 255)} ${mix((v >> 8) & 255)} ${mix(v & 255)})`;
}

export function highlightCss(): string {
  const rules = KINDS.map((kind) => {
    const { color, alpha, line, style } = KIND_STYLES[kind];
    return `::highlight(${PREFIX}${kind}){background-color:${tint(color, alpha)};color:#000;text-decoration:underline ${style} ${line};text-decoration-thickness:3px}`;
  });
  // Source words: a bar above and a faux-bold shadow; cue words: a dotted bar above.
  rules.push(
    `::highlight(${SOURCE_MARK}){text-decoration:overline solid #000;text-decoration-thickness:3px;text-shadow:0 0 .6px #000}`,
  );
  rules.push(
    `::highlight(${CUE_MARK}){text-decoration:overline dotted #000;text-decoration-thickness:3px}`,
  );
  rules.push(
    `::highlight(${FOCUS}){background-color:${FOCUS_STYLE.background};color:${FOCUS_STYLE.color}}`,
  );
  return rules.join('\n');
}

/** The legend, numbers and card, in their shadow root (one line each: it ships on every page). */
export const UI_CSS =
  ':host{all:initial}' +
  '.legend,.card{position:fixed;z-index:2147483647;font:15px/1.45 system-ui,sans-serif;box-shadow:0 6px 24px #0004}' +
  '.legend{right:16px;bottom:16px;max-width:340px;background:#fff;color:#111827;border:1px solid #9ca3af;border-radius:10px;padding:10px 12px}' +
  '.left{right:auto;left:16px}' +
  '.head,.nav,li{display:flex;align-items:center;gap:8px}' +
  '.title{font-weight:700;flex:1}' +
  'button{font:inherit;font-size:14px;color:inherit;background:#f3f4f6;border:1px solid #9ca3af;border-radius:6px;padding:2px 8px;cursor:pointer}' +
  'button:focus-visible{outline:3px solid #1d4ed8}' +
  'ul{list-style:none;margin:6px 0;padding:0}' +
  '.sw{flex:none;width:36px;height:20px;box-sizing:border-box}' +
  '.count{margin-left:auto;font-weight:700}' +
  '.note{margin:6px 0 0;font-size:13px}' +
  '[hidden]{display:none!important}' +
  '.num{position:absolute;z-index:2147483646;pointer-events:none;transform:translate(-100%,-60%);padding:0 5px;border-radius:9px;background:#111827;color:#fff;border:1px solid #fff;font:700 12px/16px system-ui,sans-serif}' +
  '.card{max-width:320px;background:#111827;color:#f9fafb;border-radius:8px;padding:8px 10px;font-size:14px;pointer-events:none}' +
  '.kind{font-weight:700}' +
  '.flag{margin-left:6px;padding:0 6px;border-radius:9px;background:#fbbf24;color:#111827;font-size:12px}' +
  '.card ul{padding-left:16px;list-style:disc}' +
  '.card li{display:list-item}' +
  '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}' +
  '@media (prefers-color-scheme:dark){.legend{background:#1f2937;color:#f3f4f6}button{background:#374151}}';
