/**
 * The claim part of an attributed sentence: the quotation when the cue stands outside one,
 * else the side of the sentence away from the source and cue ("Menurut X, <claim>",
 * "<claim>, according to X", "X said <claim>").
 */
import type { SentenceContext } from './context';
import type { Candidate } from './rules';
import type { Token } from './text';

const EDGE_PUNCT = new Set([',', ':', ';', '-', '–', '—', ' ']);
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', '«', '»', '„']);
const FINAL_STOPS = new Set(['.', '!', '?', '…']);

/** Trims characters of a set from both ends (by hand: an end-anchored regex rescans). */
function trimSet(s: string, set: ReadonlySet<string>, left = true): string {
  let a = 0;
  let b = s.length;
  while (left && a < b && set.has(s[a] as string)) a++;
  while (b > a && set.has(s[b - 1] as string)) b--;
  return s.slice(a, b);
}

function trimEdges(s: string, pack: SentenceContext['pack']): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_PUNCT.has(s[a] as string)) a++;
  while (b > a && EDGE_PUNCT.has(s[b - 1] as string)) b--;
  let out = s.slice(a, b);
  // "said that ...", "mengatakan bahwa ...": the complementizer is not the claim.
  const first = out.split(' ', 1)[0]?.toLowerCase() ?? '';
  if (pack.complementizers.has(first)) out = out.slice(first.length).trimStart();
  return out;
}

function quoted(ctx: SentenceContext): string | null {
  let best: [number, number] | null = null;
  let runStart = -1;
  for (let i = 0; i <= ctx.tokens.length; i++) {
    const inside = i < ctx.tokens.length && ctx.quoted[i];
    if (inside && runStart < 0) runStart = i;
    if (!inside && runStart >= 0) {
      if (!best || i - runStart > best[1] - best[0]) best = [runStart, i];
      runStart = -1;
    }
  }
  if (!best) return null;
  const first = ctx.tokens[best[0]] as Token;
  const last = ctx.tokens[best[1] - 1] as Token;
  const text = trimSet(ctx.text.slice(first.start, last.end), QUOTE_MARKS);
  return text.trim() || null;
}

export function claimText(ctx: SentenceContext, c: Candidate): string {
  if (c.claim) return c.claim;
  const q = quoted(ctx);
  if (q) return trimEdges(q, ctx.pack);
  const spanStart = Math.min(c.cueSpan.start, c.sourceSpan?.start ?? c.cueSpan.start);
  const spanEnd = Math.max(c.cueSpan.end, c.sourceSpan?.end ?? c.cueSpan.end);
  const startChar = ctx.tokens[spanStart]?.start ?? 0;
  const endChar = ctx.tokens[spanEnd - 1]?.end ?? ctx.text.length;
  const before = trimEdges(ctx.text.slice(0, startChar), ctx.pack);
  const after = trimEdges(trimSet(ctx.text.slice(endChar), FINAL_STOPS, false), ctx.pack);
  // Hedges sit inside their claim: the whole sentence is the claim.
  if (c.rank === 0) return ctx.text;
  if (after.length >= before.length) return after || ctx.text;
  return before || ctx.text;
}
