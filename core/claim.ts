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

/** How far after the verb a complementizer may come ("said on Monday that ..."). */
const MAX_LEAD_WORDS = 4;

/** "said on Monday that <claim>": the claim is what a complementizer a few words after the
 * verb introduces; null when none does. */
function afterComplementizer(ctx: SentenceContext, from: number): string | null {
  for (let i = from; i < ctx.tokens.length && i - from <= MAX_LEAD_WORDS; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.type !== 'word' || ctx.quoted[i]) return null;
    if (i > from && ctx.pack.complementizers.has(t.lower)) {
      const first = ctx.tokens[i + 1];
      const text = first ? trimSet(ctx.text.slice(first.start), FINAL_STOPS, false).trim() : '';
      return text || null;
    }
  }
  return null;
}

/** A side this short may be a description of the source rather than a claim. */
const MAX_TAIL_WORDS = 8;

/** The rest of the sentence from token `from` is a short tail naming an unnamed source's
 * anonymity (", speaking on condition of anonymity"), a phrase of the anonymous lexicon. */
function describesSource(ctx: SentenceContext, from: number): boolean {
  let words = 0;
  let found = false;
  for (let i = from; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.type !== 'word') continue;
    if (++words > MAX_TAIL_WORDS) return false;
    const len = ctx.pack.anonymous.matchAt(ctx.tokens, i);
    if (len > 1) found = true;
  }
  return found;
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
  // "X said <claim>": with the source before the verb and words right after it, the claim
  // follows the verb, whatever stands before the source ("The company declined to comment,
  // but people familiar with the matter said ..."). "<claim>, X said, speaking ..." keeps
  // the claim before: a comma right after the verb.
  const next = ctx.tokens[c.cueSpan.end];
  if (c.sourceSpan && c.sourceSpan.end <= c.cueSpan.start && next?.type === 'word' && after) return afterComplementizer(ctx, c.cueSpan.end) ?? after;
  // ", speaking on condition of anonymity", ", who asked not to be named": a short side that
  // says who the source is is no claim.
  if (before && describesSource(ctx, spanEnd)) return before;
  if (after.length >= before.length) return after || ctx.text;
  return before || ctx.text;
}
