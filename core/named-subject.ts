/**
 * "Ellison paused. 'Every day,' she said": a person named earlier who opens a sentence with
 * no claim as its subject, by the bare surname, is the newest person a later pronoun may be
 * (Referents.lastPersonBy reads a named person noted after the last speaker first). Longer
 * names are noted by noteMentions; a possessive ("Ellison's team") is no subject.
 * The engine calls this after the sentence's claims are recorded, when it has none.
 */
import type { SentenceContext } from './context';
import type { Referents } from './referents';
import { classify, collectSubject, type Span } from './source';
import { earlierName } from './source/stages/earlier-name';
import { earlierSurname } from './source/stages/earlier-surname';

/** The stages that find a re-mention of a person the article named before. */
const REMENTION_STAGES = new Set([earlierName.id, earlierSurname.id]);

/** One-word subjects: the sentence's, and its main clause's after an opening phrase
 * ("Asked about it, Ellison paused"), each followed by its verb in lower case. */
function oneWordSubjects(ctx: SentenceContext): Span[] {
  const { tokens } = ctx;
  const comma = tokens.findIndex((u, k) => u.text === ',' && !ctx.quoted[k]);
  const out: Span[] = [];
  for (const from of comma > 0 ? [0, comma + 1] : [0]) {
    const span = collectSubject(ctx, from);
    if (!span || span.end - span.start !== 1) continue;
    const t = tokens[span.start];
    const verb = tokens[span.end];
    if (!t?.cap || ctx.quoted[span.start] || t.base !== t.lower) continue;
    if (verb?.type === 'word' && !verb.cap && !ctx.quoted[span.end]) out.push(span);
  }
  return out;
}

export function noteNamedSubject(ctx: SentenceContext, referents: Referents): void {
  for (const subject of oneWordSubjects(ctx)) {
    const found = classify(ctx, subject);
    // Only a re-mention of a person the article named before: a capital no one introduced
    // may be anything.
    const stage = found?.basis?.split('/')[0] ?? '';
    if (found?.kind !== 'named_person' || !REMENTION_STAGES.has(stage)) continue;
    // The surname of a full name ("Mara Ellison"), not a word that opens a longer name.
    const words = (found.name ?? '').split(' ');
    if (words.length < 2 || words.at(-1) !== ctx.tokens[subject.start]?.text) continue;
    referents.add({
      text: found.text,
      kind: 'named_person',
      name: found.name,
      role: found.role,
      outlet: null,
      sentence: ctx.index,
      subject: true,
    });
    return;
  }
}
