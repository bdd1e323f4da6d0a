/**
 * What follows a reporting verb says whether it reports words: a complaint to a body ("reported
 * the theft to police"), a thing as its object ("wrote a book"), a thing it names ("a database
 * called \"Tracker\""), or the words a framing verb introduces ("puts it more bluntly:").
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import { clauseAt } from './bare-stance';
import { chargeAfter, relativeSubject } from './charges';

/** How far before a naming verb a relative may open its subject's clause. */
const MAX_SUBJECT_REACH = 10;

/** Words between a complaint verb and the preposition of its addressee ("kejadian itu"). */
const MAX_COMPLAINT_OBJECT = 5;

/** "melaporkan kejadian itu ke Polsek Cibadak", "reported the theft to police": a complaint
 * verb whose object goes to a government body, before any comma or complementizer. */
export function isComplaint(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  if (!pack.complaintVerbs.has(tokens[at]?.lower ?? '')) return false;
  for (let i = at + len; i < tokens.length && i - at <= MAX_COMPLAINT_OBJECT + 1; i++) {
    const t = tokens[i] as Token;
    if (t.type !== 'word' || pack.complementizers.has(t.lower)) return false;
    if (pack.complaintTo.has(t.lower)) {
      let k = i + 1;
      while (k < tokens.length && pack.determiners.has(tokens[k]?.lower ?? '')) k++;
      return pack.bodies.matchAt(tokens, k) > 0;
    }
  }
  return false;
}

/**
 * "The researchers wrote a paper on ...", "They told of a city under the sea", "Patients told
 * their doctors about the rash": the cue verb
 * takes a thing as its object, and nothing after it (a quotation, a colon, a complementizer,
 * a saying participle) carries words of the source. "She wrote a post: ..." and "wrote a
 * letter saying ..." still attribute.
 */
export function thingObject(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  // "The court dismissed the appeal, saying ...": a label verb's bare object is an act even
  // when a participle or a quotation follows in the next clause (the participle is the cue).
  const label = pack.labelVerbs.matchAt(tokens, at) > 0;
  const thing =
    pack.thingObjects.matchAt(tokens, at) > 0 ||
    toldAbout(ctx, at) ||
    toldStory(ctx, at) ||
    wroteWork(ctx, at);
  if (!label && !thing) return false;
  // '"We won," she wrote a day later': the quotation opening the sentence is what was
  // written; the words after the verb say when (a label verb's object is still its own).
  const quoteFirst =
    tokens[0]?.type === 'quote' && tokens.slice(1, at).some((t) => t.type === 'quote');
  if (!label && quoteFirst) return false;
  for (let i = at + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (label && !ctx.quoted[i] && t.text === ',') return true;
    // "criticized the police and the zoo for ... and called for \"...\"": after a coordinator
    // a quotation is another verb's; the label verb's own object carries no words.
    if (label && !ctx.quoted[i] && pack.coordinators.has(t.lower) && verbAfter(ctx, i + 1))
      return true;
    // "wrote his first book: Cards for Fun, published in 1970": a colon after a work opens
    // its title, unless a quotation follows.
    if (t.text === ':' && !ctx.quoted[i] && titleAfter(ctx, at, i)) return true;
    if (ctx.quoted[i] || t.type === 'quote' || t.text === ':') return false;
    if (pack.complementizers.has(t.lower) && !resultClause(ctx, at, i)) return false;
    if (!label && pack.participleCues.matchAt(tokens, i) > 0) return false;
  }
  return true;
}

/** Token i is a lower-case word that opens no noun phrase ("and called ...", not "and the
 * zoo" or "and Jableh"). */
function verbAfter(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t?.type === 'word' && !t.cap && !ctx.quoted[i] && !ctx.pack.determiners.has(t.lower);
}

/** The colon at `i` closes an object naming a titled work ("his first book on cards") after
 * the verb at `at`, and a capitalised title follows it, not a quotation. */
function titleAfter(ctx: SentenceContext, at: number, i: number): boolean {
  const { tokens, pack } = ctx;
  const next = tokens[i + 1];
  if (next?.type !== 'word' || !next.cap || ctx.quoted[i + 1]) return false;
  for (let k = at + 1; k < i; k++) if (pack.titledWorks.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/** "told of a storm so fierce that it ...": "that" after a degree word ("so", "such") opens a
 * clause of result, no words reported. The degree word stands between the verb and "that". */
function resultClause(ctx: SentenceContext, at: number, that: number): boolean {
  for (let k = that - 1; k > at; k--) {
    const t = ctx.tokens[k] as Token;
    if (
      t.text === ',' &&
      k < that - 1 &&
      !ctx.pack.resultDegrees.has(ctx.tokens[k + 1]?.lower ?? '')
    )
      return false;
    if (ctx.pack.resultDegrees.has(t.lower) && !ctx.quoted[k]) return true;
  }
  return false;
}

/** Words before the work a verb of writing has as object ("several short"). */
const MAX_WORK_LEAD = 3;

/** "wrote several books about knots", "writes two novels a year": the object is a work. */
function wroteWork(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  if (!pack.writeVerbs.has(tokens[at]?.lower ?? '')) return false;
  for (let k = at + 1; k <= at + MAX_WORK_LEAD + 1 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type !== 'word' || ctx.quoted[k] || pack.complementizers.has(t.lower)) return false;
    if (pack.titledWorks.has(t.lower) && !t.cap) return true;
  }
  return false;
}

/** Words before the noun of a story told ("the old couple's"). */
const MAX_STORY_LEAD = 4;

/** "The film tells the couple's story", "told a tale of two cities": a verb of telling whose
 * object is a story; it narrates, it reports no words. */
function toldStory(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  if (!pack.tellVerbs.has(tokens[at]?.lower ?? '')) return false;
  for (let k = at + 1; k <= at + MAX_STORY_LEAD + 1 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (ctx.quoted[k] || pack.complementizers.has(t.lower)) return false;
    // "told a reporter the story was false": the story opens the clause told.
    if ((pack.storyNouns.has(t.lower) || pack.toldThings.has(t.lower)) && !t.cap)
      return !pack.finiteAuxiliaries.has(tokens[k + 1]?.lower ?? '');
    // Only the words of a noun phrase ("the", "couple", "'s") may come first.
    if (t.type !== 'word' && t.text !== "'" && t.text !== '’') return false;
  }
  return false;
}

/** Words of the addressee between a verb of telling and its topic ("their doctors"). */
const MAX_ADDRESSEE_WORDS = 3;

/** "Patients told their doctors about the rash": a verb of telling, a short lower-case
 * addressee, then the topic (not a number: "about 20" is "some 20"). */
function toldAbout(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  if (!pack.tellVerbs.has(tokens[at]?.lower ?? '')) return false;
  for (let k = at + 1; k <= at + MAX_ADDRESSEE_WORDS + 1; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || t.cap || ctx.quoted[k]) return false;
    // "told local television about 20 customers were inside": "about" before a number is
    // "some", inside the words told.
    if (pack.topicMarkers.has(t.lower))
      return k > at + 1 && !/^\p{N}/u.test(tokens[k + 1]?.text ?? '');
  }
  return false;
}

/** Lower-case words a framing verb may take before its words ("puts it more bluntly:"). */
const MAX_FRAMING_WORDS = 2;

/** Where the words framed start: after a few lower-case words closed by a colon or quote. */
export function framedAfter(ctx: SentenceContext, i: number): number {
  for (let k = i; k < i + MAX_FRAMING_WORDS; k++) {
    const t = ctx.tokens[k];
    if (!t || t.type !== 'word' || t.cap) break;
    const after = ctx.tokens[k + 1];
    if (after?.text === ':' || after?.type === 'quote') return k + 1;
  }
  return i;
}

/** "a database called \"Rap Back\"", "a tool called Pathfinder": a naming verb right before
 * a name, with no relative before its subject ("which the army called \"a blow\"" reports). */
export function namesThing(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  if (pack.namingVerbs.matchAt(tokens, at) !== len) return false;
  const next = tokens[at + len];
  if (!next || !(next.type === 'quote' || next.cap)) return false;
  for (let k = at - 1; k >= 0 && k >= at - MAX_SUBJECT_REACH; k--) {
    const t = tokens[k] as Token;
    if (pack.clauseRelatives.has(t.lower)) return false;
    if (t.type !== 'word') break;
  }
  return true;
}

/** Words of the object before its label ("President Putin's surprise move"). */
const MAX_LABELLED_OBJECT = 8;

/**
 * "called the plan a disaster", "called Putin's move a \"significant step\"", "dismissed the
 * claim as propaganda": a label verb at token `at` whose object is followed by its label (a
 * label marker or a quotation). An object must come first ("called an election" has none),
 * and it ends at a clause break, a coordinator or a preposition ("called the vote under
 * pressure from ... and an ...").
 */
export function labelAfter(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  if (pack.labelVerbs.matchAt(tokens, at) !== len) return false;
  const from = at + len;
  if (objectRelativeBefore(ctx, at) && relativeLabel(ctx, from)) return true;
  if (pack.bareLabelVerbs.matchAt(tokens, at) === len && bareLabel(ctx, from)) return true;
  if (!relativeSubject(ctx, at) && chargeAfter(ctx, at, len)) return true;
  for (let k = from; k < tokens.length && k - from <= MAX_LABELLED_OBJECT; k++) {
    const t = tokens[k] as Token;
    if (ctx.quoted[k] || t.type === 'quote') return k > from;
    if (t.type !== 'word') return false;
    if (k > from && pack.labelMarkers.has(t.lower) && labelFollows(ctx, k + 1)) return true;
    if (k === from && pack.labelMarkers.has(t.lower)) return false;
    if (pack.coordinators.has(t.lower) || pack.locatives.has(t.lower)) return false;
    if (pack.complementizers.has(t.lower)) return false;
  }
  return false;
}

/** Words of a subject between an object's relative and its verb ("what local officials"). */
const MAX_RELATIVE_SUBJECT = 4;

/** "the attack, which officials called the worst in years", "in what police called a
 * revenge killing": the object went to the relative before the subject, so the label comes
 * right after the verb. Not "who called" (the relative is the subject) nor "that" (also a
 * complementizer: "said that officials called the meeting"). */
function objectRelativeBefore(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  for (let k = at - 1; k >= 0 && at - k <= MAX_RELATIVE_SUBJECT + 1; k--) {
    const t = tokens[k] as Token;
    if (t.type !== 'word' || ctx.quoted[k]) return false;
    if (pack.thingRelatives.has(t.lower) || pack.freeRelatives.has(t.lower)) return k < at - 1;
  }
  return false;
}

/** The label right after the verb: a quotation or a noun phrase its article opens ("the
 * worst", "a revenge killing"); not a time or a preposition ("which the president called
 * last month", "called for Monday": an election or a meeting called). */
function relativeLabel(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (t.type === 'quote' || ctx.quoted[i]) return true;
  // "what he called her, but ...": an article with no noun after it is an object pronoun.
  const noun = ctx.tokens[i + 1]?.type === 'word';
  return t.type === 'word' && !t.cap && ctx.pack.nounMarkers.has(t.lower) && noun;
}

/** Words of an object and its label: "branded them traitors" has two. */
const MIN_BARE_LABEL_WORDS = 2;

/** "branded the rebels traitors": an object and its label, lower-case words up to the end of
 * the clause with no coordinator or complementizer (the object alone would be one noun). */
function bareLabel(ctx: SentenceContext, from: number): boolean {
  const { tokens, pack } = ctx;
  let k = from;
  for (; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type !== 'word' || ctx.quoted[k]) break;
    if (pack.coordinators.has(t.lower) || pack.complementizers.has(t.lower)) break;
    if (pack.locatives.has(t.lower) || pack.timeWords.has(t.lower)) break;
  }
  return k - from >= MIN_BARE_LABEL_WORDS;
}

/** A label starts with a word in lower case or a quotation ("as the Senate voted" and "as
 * he left" open a clause, not a label). */
function labelFollows(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (t.type === 'quote' || ctx.quoted[i]) return true;
  // "as Congress's answer": a name owning the label's noun opens the label, not a name.
  const owner = t.type === 'word' && t.base !== t.lower && ctx.tokens[i + 1]?.type === 'word';
  return (
    t.type === 'word' &&
    (!t.cap || owner) &&
    !ctx.pack.personPronouns.has(t.lower) &&
    !ctx.pack.groupPronouns.has(t.lower) &&
    !ctx.pack.nounMarkers.has(t.lower)
  );
}

/** '..., it continued its wait', 'X posted an image': a word after the verb that is no
 * preposition of where, to whom or through what ('"...," the firm posted to its site') is the
 * verb's object, a deed. */
export function objectAfter(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.type !== 'word' || ctx.quoted[i]) return false;
  const { pack } = ctx;
  return (
    !pack.locatives.has(t.lower) &&
    !pack.relayPrepositions.has(t.lower) &&
    !pack.addressees.has(t.lower)
  );
}

/**
 * "He testified against the banker", "She testified before the committee on Tuesday", "The
 * firm confirmed on Monday": the verb takes only a phrase opened by a preposition (adverbs
 * and its time aside: "said on Friday two men ..." goes on), and nothing after it carries
 * words: no complementizer, quotation, colon, saying participle, infinitive, subject
 * pronoun or clause ("said in Ankara the talks had failed" still reports). "About 40", "at
 * least one dead" are figures, inside the words.
 */
export function prepositionOnly(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  let i = at + len;
  while (isWordAt(ctx, i) && pack.adverbs.has((tokens[i] as Token).lower)) i++;
  for (;;) {
    if (!isWordAt(ctx, i) || !pack.complementPrepositions.has((tokens[i] as Token).lower))
      return false;
    if (
      pack.figureApproximators.matchAt(tokens, i) > 0 ||
      /^\p{N}/u.test(tokens[i + 1]?.text ?? '')
    )
      return false;
    if (!pack.timeWords.has(tokens[i + 1]?.lower ?? '')) break;
    // "confirmed on Monday": the time; the rest of the sentence decides.
    i += 2;
    if (tokens[i]?.type !== 'word') break;
  }
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (ctx.quoted[k] || t.type === 'quote' || t.text === ':') return false;
    if (
      pack.complementizers.has(t.lower) ||
      pack.infinitiveMarkers.has(t.lower) ||
      pack.personPronouns.has(t.lower) ||
      pack.groupPronouns.has(t.lower) ||
      pack.participleCues.matchAt(tokens, k) > 0 ||
      clauseAt(ctx, k)
    )
      return false;
  }
  return true;
}

const isWordAt = (ctx: SentenceContext, i: number) =>
  ctx.tokens[i]?.type === 'word' && !ctx.quoted[i];

/**
 * "Polisi melanjutkan penyelidikan kasus itu", "Iran siap melanjutkan perundingan": a verb of
 * going on with a bare noun after it carries on an activity. Words follow it only after a
 * comma, a quotation, a complementizer or as a clause ("Ia melanjutkan, ...", "melanjutkan
 * Dinas telah ...").
 */
export function continuedActivity(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  if (len !== 1 || !pack.continuingVerbs.has(tokens[at]?.lower ?? '')) return false;
  const next = tokens[at + len];
  if (!next || next.type !== 'word' || ctx.quoted[at + len]) return false;
  if (pack.complementizers.has(next.lower)) return false;
  return !next.cap && !clauseAt(ctx, at + len);
}
