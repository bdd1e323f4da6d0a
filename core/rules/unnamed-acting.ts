/**
 * An unnamed group described by what it does ("rebels fighting the army say", "lawyers
 * representing Kovac said", "protesters marching on the palace said"): shared by
 * speaker-verb's subject finding.
 */
import type { SentenceContext } from '../context';
import {
  classify,
  firstSourcePhrase,
  participleForm,
  type FoundSource,
  type Span,
} from '../source';
import type { Token } from '../text';
import { clauseHeadStart } from './unnamed-placed';
import { tokensText } from './util';
import { UNNAMED_KINDS } from '../source-kind-groups';

/** A lower-case participle of the pack ("fighting", "opposed"), unquoted, at token `i`. */
function participleAt(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !participleForm(ctx.pack, t) || ctx.quoted[i]) return false;
  return !ctx.pack.cueWords.has(t.lower) && !ctx.pack.stopwords.has(t.lower);
}

/** A small word after the participle that takes its object ("on", "to", "with"). */
function linkAt(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i] as Token | undefined;
  return (
    t?.type === 'word' &&
    !t.cap &&
    !ctx.quoted[i] &&
    ctx.pack.stopwords.has(t.lower) &&
    !ctx.pack.determiners.has(t.lower) &&
    !ctx.pack.relativePronouns.has(t.lower)
  );
}

/**
 * The phrase found before the verb at `at` may be only the object of a participle that
 * describes an unnamed group or person opening the clause: the source is that group with its
 * description, up to the phrase's end ("lawyers representing the families said": the
 * families are unnamed too, but they are not the ones speaking).
 */
export function unnamedActing(
  ctx: SentenceContext,
  at: number,
  span: Span | null,
  source: FoundSource | null,
): { span: Span; source: FoundSource } | null {
  // "Investors contacted by Wirely said": an outlet after the participle relays the words
  // (the relay rules name it as such).
  if (!span || !source || source.kind === 'media' || source.kind === 'state_media') return null;
  const start = clauseHeadStart(ctx, at);
  // The participle and its linking word stand right before the object.
  let verb = span.start - 1;
  if (linkAt(ctx, verb)) verb--;
  if (verb <= start || !participleAt(ctx, verb)) return null;
  const near = firstSourcePhrase(ctx, verb, start);
  if (!near || near.end !== verb) return null;
  const head = classify(ctx, { start, end: verb });
  // "Companies supplying the army said": a firm or group described by what it does, too.
  if (!head || !(UNNAMED_KINDS.has(head.kind) || head.kind === 'organization')) return null;
  const whole = { start, end: span.end };
  return { span: whole, source: { ...head, text: tokensText(ctx, start, span.end) } };
}
