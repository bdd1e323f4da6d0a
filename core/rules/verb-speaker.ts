/**
 * '"...," said Jane Doe, who ...', '"...," kata Rina', 'ujar Wulandari kepada ...',
 * 'kata dia': a reporting verb with its source written after it.
 */
import type { SentenceContext } from '../context';
import {
  classify,
  classifyNounPhrase,
  collectSubject,
  nounPhraseAfter,
  sourceAfter,
  sourceBefore,
  type FoundSource,
  type Span,
} from '../source';
import { collectRight } from '../source/collect';
import { degreeWordAt } from '../source/degrees';
import { placePartAfterComma } from '../source/place-parts';
import { roleText } from '../source/names';
import { closesAt, describedPointing } from '../source/described-name';
import { isWord } from '../source/tokens';
import { verbAt as finiteVerbAt } from './first-verb-subject';
import { inException } from './speaker-verb';
import { prepositionObject } from './preposition-object';
import { acquaintedAfter, describedUnnamed, linkedDescription } from './unnamed-tail';
import type { Candidate, Rule } from './types';
import { afterQuoteOrComma, matchesOutsideQuotes, tokensText } from './util';
import { documentSource } from './document-subject';
import { UNNAMED_KINDS } from '../source-kind-groups';

/** Token i opens a phrase for people: a pronoun, a determiner, a role or an unnamed source. */
function startsPeople(ctx: SentenceContext, i: number): boolean {
  const { pack, tokens } = ctx;
  const word = tokens[i]?.lower ?? '';
  if (pack.personPronouns.has(word) || pack.groupPronouns.has(word) || pack.determiners.has(word))
    return true;
  return [pack.roles, pack.anonymous, pack.unnamedOfficials].some(
    (table) => table.matchAt(tokens, i) > 0,
  );
}

/** "Ada Lund, a local activist, asked the mayor ...": the comma before the verb closes an
 * appositive of the subject opening the sentence, so the verb's speaker is that subject and
 * the words after it are its object (the rule for a speaker before the verb finds it). */
function subjectOpensBefore(ctx: SentenceContext, at: number): boolean {
  if (ctx.tokens[at - 1]?.text !== ',' || ctx.quoted[at - 1]) return false;
  const span = sourceBefore(ctx, at);
  if (!span || span.start !== 0 || span.end !== at - 1) return false;
  for (let k = 0; k < at; k++) {
    if (ctx.quoted[k] || ctx.tokens[k]?.type === 'quote') return false;
    // "Polisi memeriksa warga, yang diduga ikut, kata ...": a relative clause between the
    // commas may close a claim, not a subject's appositive.
    const after = ctx.tokens[k - 1]?.text === ',' ? (ctx.tokens[k]?.lower ?? '') : '';
    if (ctx.pack.relativePronouns.has(after)) return false;
  }
  return classify(ctx, span) !== null;
}

/** The sentence closes with a quotation: its last word is quoted. */
function endsQuoted(ctx: SentenceContext): boolean {
  for (let i = ctx.tokens.length - 1; i > 0; i--)
    if (ctx.tokens[i]?.type === 'word') return ctx.quoted[i] === true;
  return false;
}

/**
 * '"...," said one of the neighbours, Mei Lan.': the description, then the person's name
 * between a comma and the clause's end. The person is the source.
 */
function namedAfter(ctx: SentenceContext, plain: Span): [Span, FoundSource] | null {
  const { tokens } = ctx;
  if (tokens[plain.end]?.text !== ',' || !tokens[plain.end + 1]?.cap) return null;
  // "dr. Rina Kartika, Sp.A": a degree after the name's comma is no name.
  if (degreeWordAt(ctx, plain.end + 1)) return null;
  const nameEnd = collectRight(ctx, plain.end + 1);
  // "kata seorang pedagang di Pasar Baru, Jakarta Timur": the place's next part, no name.
  if (placePartAfterComma(ctx, { start: plain.end + 1, end: nameEnd })) return null;
  const closes = !tokens[nameEnd] || /^[,.!?;]$/.test(tokens[nameEnd]?.text ?? '');
  const name =
    nameEnd > plain.end + 1 && closes
      ? classify(ctx, { start: plain.end + 1, end: nameEnd })
      : null;
  if (name?.kind !== 'named_person') return null;
  const span = { start: plain.start, end: nameEnd };
  // "kata seorang warga Sukamaju, Ujang": the description is the person's role.
  const role = name.role ?? roleText(ctx, span, { start: plain.end + 1, end: nameEnd });
  return [span, { ...name, role, text: tokensText(ctx, span.start, span.end) }];
}

/** '"...," said the other.': one more of the people just quoted, its head left out (the
 * pronoun stage resolves it); the phrase finders stop at its function words. */
function elidedAfter(ctx: SentenceContext, from: number): [Span, FoundSource] | null {
  const len = ctx.pack.elidedHeads.matchAt(ctx.tokens, from);
  const span = { start: from, end: from + len };
  const source = len > 0 ? classify(ctx, span) : null;
  return source ? [span, source] : null;
}

/**
 * '"Mohon maaf, gedung ditutup," tulis dalam poster itu': no writer, a small word, then the
 * document the words are written in. The document is the source.
 */
function writtenIn(ctx: SentenceContext, from: number): [Span, FoundSource] | null {
  const { tokens, pack } = ctx;
  const prep = tokens[from];
  if (!isWord(prep) || prep.cap || !pack.stopwords.has(prep.lower)) return null;
  const len = Math.max(
    pack.documents.matchAt(tokens, from + 1),
    pack.writingSurfaces.matchAt(tokens, from + 1),
  );
  if (len === 0) return null;
  let end = from + 1 + len;
  if (pack.anaphoricMarkers.has(tokens[end]?.lower ?? '')) end++;
  // '"...," tulis pada kertas itu yang dikutip Daily Planet': a relative naming who carried it.
  const carried =
    pack.relativePronouns.has(tokens[end]?.lower ?? '') && pack.relays.matchAt(tokens, end + 1) > 0;
  if (!closesAt(ctx, end) && !carried) return null;
  const span = { start: from + 1, end };
  return [span, documentSource(tokensText(ctx, span.start, span.end))];
}

/** Words a description may run on for after the phrase found, before the person's name
 * ("forum sekaligus mantan anggota Gym Sehat" before "Evi Karlina"). */
const MAX_RUN_ON_TOKENS = 8;

/**
 * '"...," ujar perwakilan forum sekaligus mantan anggota Gym Sehat Evi Karlina saat
 * dihubungi': a description the phrase finder stopped inside, running on without a comma to
 * a person's full name that closes the speaker's phrase. The person is the source; a
 * relative ("istri korban Budi") or a relative clause ("yang ...") stops the search.
 */
function namedFurther(ctx: SentenceContext, plain: Span): [Span, FoundSource] | null {
  const { tokens, pack } = ctx;
  if (!pack.data.adjectivesAfterNoun) return null;
  for (let k = plain.start; k < plain.end; k++)
    if (pack.relationNouns.has(tokens[k]?.lower ?? '')) return null;
  for (let k = plain.end; k < tokens.length && k - plain.end < MAX_RUN_ON_TOKENS; k++) {
    const t = tokens[k];
    if (!isWord(t) || ctx.quoted[k]) return null;
    if (
      pack.relationNouns.has(t.lower) ||
      pack.relativePronouns.has(t.lower) ||
      pack.cueWords.has(t.lower) ||
      (!t.cap && closesAt(ctx, k))
    )
      return null;
    if (!t.cap || !tokens[k + 1]?.cap) continue;
    const end = collectRight(ctx, k);
    if (end - k < 2 || !closesAt(ctx, end)) continue;
    const name = classify(ctx, { start: k, end });
    if (name?.kind !== 'named_person' || name.name !== tokensText(ctx, k, end)) continue;
    const span = { start: plain.start, end };
    const whole = classify(ctx, span);
    return whole?.kind === 'named_person'
      ? [span, { ...whole, text: tokensText(ctx, span.start, end) }]
      : null;
  }
  return null;
}

/** Words between a description and the phrase handing over its name ("who gave his"). */
const MAX_HANDING_WORDS = 6;

/**
 * '"...," said a neighbour who gave her name as Mei.': the description, then a clause handing
 * over the person's name (the pack's givenNameMarkers). The person is the source.
 */
function handedName(ctx: SentenceContext, plain: Span): [Span, FoundSource] | null {
  const { tokens, pack } = ctx;
  for (let k = plain.end; k < tokens.length && k - plain.end <= MAX_HANDING_WORDS; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return null;
    const len = pack.givenNameMarkers.matchAt(tokens, k);
    if (len === 0) continue;
    const start = tokens[k + len]?.text === ',' ? k + len + 1 : k + len;
    if (!tokens[start]?.cap) return null;
    const end = collectRight(ctx, start);
    const name = end > start ? classify(ctx, { start, end }) : null;
    if (name?.kind !== 'named_person') return null;
    const span = { start: plain.start, end };
    return [span, { ...name, text: tokensText(ctx, span.start, span.end) }];
  }
  return null;
}

/**
 * "Cameron, who resigned after ..., says he will leave", "State media and channels broadcasting
 * from the hills, ..., said troops had entered": the verb's subject opens the sentence, cut
 * off from it by an aside no other reading crosses. Only when nothing stands right before the
 * verb as its source.
 */
function interruptedSubject(
  ctx: SentenceContext,
  verb: number,
  len: number,
): Pick<Candidate, 'cueSpan' | 'source' | 'sourceSpan' | 'rank'> | null {
  const near = sourceBefore(ctx, verb);
  if (near && !prepositionObject(ctx, near)) return null;
  const span = collectSubject(ctx);
  if (!span || span.end >= verb) return null;
  const aside = ctx.tokens.slice(span.end, verb).some((t) => t.text === ',');
  const source = aside ? classify(ctx, span) : null;
  if (!source || source.kind === 'unattributed') return null;
  return { cueSpan: { start: verb, end: verb + len }, source, sourceSpan: span, rank: 2 };
}

export const verbSpeaker: Rule = {
  id: 'verb-speaker',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const tryAt = (at: number, len: number, plainOk = false, closer: string | null = null) => {
      const next = ctx.tokens[at + len];
      // The source follows right away and looks like one: "kata Rina", "said the ambassador".
      if (!next || next.type !== 'word') return;
      // '..., who was called "the richest man in town", said on state television that ...':
      // the verb's subject came before the quote; after it stands the carrier, no speaker.
      const then = ctx.tokens[at + len + 1]?.lower ?? '';
      if (ctx.pack.relayPrepositions.has(next.lower) && !ctx.pack.timeWords.has(then)) return;
      // "The loan, disclosed in a filing, was repaid": a place or thing a preposition and its
      // determiner open is no speaker ("said at least two witnesses" counts people).
      const { locatives, determiners, possessives } = ctx.pack;
      if (locatives.has(next.lower) && (determiners.has(then) || possessives.has(then))) return;
      let span = sourceAfter(ctx, at + len);
      let source = span ? classify(ctx, span) : null;
      // '"...," wrote 13 federal prosecutors': a plain noun phrase after a quote's verb.
      const plain = source || !plainOk ? null : nounPhraseAfter(ctx, at + len);
      if (plain) [span, source] = [plain, classifyNounPhrase(ctx, plain)];
      // '"...," ujar pembalap asal Spanyol itu': the described person, closed by a pointer.
      const pointed = plain ? describedPointing(ctx, plain.start, plain.end) : 0;
      if (plain && pointed > plain.end) {
        const whole = { start: plain.start, end: pointed };
        const found = classify(ctx, whole);
        if (found) [span, source] = [whole, found];
      }
      // '"...," said a banker close to the deal': the phrase stopped inside the tie.
      const tied = span ? acquaintedAfter(ctx, span) : null;
      if (tied) [span, source] = [tied.span, tied.source];
      if (!span || !source) [span, source] = elidedAfter(ctx, at + len) ?? [span, source];
      if (!span || !source) [span, source] = writtenIn(ctx, at + len) ?? [span, source];
      if (!span || !source) return;
      if (closer && ctx.tokens[span.end]?.text !== closer) return;
      // "The agency hid facts, admitted it withheld emails": a pronoun with a finite verb of
      // its own opens the clause the verb reports; the speaker is the sentence's subject.
      const pronounWord = ctx.tokens[span.start]?.lower ?? '';
      if (
        span.end === span.start + 1 &&
        (ctx.pack.personPronouns.has(pronounWord) || ctx.pack.groupPronouns.has(pronounWord)) &&
        !ctx.quoted[span.end] &&
        ctx.tokens[span.end] !== undefined &&
        finiteVerbAt(ctx, span.end)
      ) {
        const subject = interruptedSubject(ctx, at, len);
        if (subject) out.push({ ...subject, rule: this.id, cue: tokensText(ctx, at, at + len) });
        return;
      }
      // "..., said troops had entered the town": the words after the verb open its clause
      // (a finite auxiliary follows them); the speaker stands before the verb.
      // Not inside a clause ("Jembatan itu kata Rina akan dibuka": the speaker set within it).
      const follows = ctx.tokens[span.end];
      const within = ctx.tokens[at - 1]?.type === 'word' && !ctx.quoted[at - 1];
      if (
        follows &&
        !within &&
        !ctx.quoted[span.end] &&
        ctx.pack.finiteAuxiliaries.has(follows.lower)
      ) {
        const subject = interruptedSubject(ctx, at, len);
        if (subject) out.push({ ...subject, rule: this.id, cue: tokensText(ctx, at, at + len) });
        return;
      }
      if (source.kind === 'anonymous' || source.kind === 'unnamed_official')
        [span, source] = namedAfter(ctx, span) ??
          handedName(ctx, span) ??
          namedFurther(ctx, span) ?? [span, source];
      // "..., said a source familiar with Velmar's thinking": its description is no claim.
      const linked = UNNAMED_KINDS.has(source.kind) ? linkedDescription(ctx, span) : null;
      if (linked)
        [span, source] = [linked, { ...source, text: tokensText(ctx, linked.start, linked.end) }];
      const described = UNNAMED_KINDS.has(source.kind) ? describedUnnamed(ctx, at, span) : null;
      if (described)
        [span, source] = [
          described,
          { ...source, text: tokensText(ctx, described.start, described.end) },
        ];
      out.push({
        rule: this.id,
        cue: tokensText(ctx, at, at + len),
        cueSpan: { start: at, end: at + len },
        source,
        sourceSpan: span,
        rank: 2,
      });
    };
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.inverseVerbs, { lowerOnly: true })) {
      const next = ctx.tokens[at + len];
      // "kata" is also a noun ("kata kunci"): a source starts with a capital, is a pronoun
      // ("kata mereka"), or opens with a determiner or a word for people ("kata para
      // peneliti", "ujar warga", "kata juru bicara kepolisian Budi Santoso").
      // Right after a quote or comma it is the verb: "..., ujar aktris Dian Sastro".
      // Opening the sentence, any source closed by a comma: "Kata pihak kepolisian, ...".
      const opening = at === 0 && !ctx.quoted[0];
      if (!next) continue;
      const marked = next.cap || startsPeople(ctx, at + len) || afterQuoteOrComma(ctx, at);
      if (!marked && !opening) continue;
      if (subjectOpensBefore(ctx, at)) continue;
      // "berasal dari kata Yunani": the noun again.
      if (inException(ctx, at)) continue;
      // After a quote or comma a plain noun phrase is the speaker too: '..., kata seorang
      // pengunjung'.
      tryAt(at, len, afterQuoteOrComma(ctx, at), marked ? null : ',');
    }
    // 'Says Jane Roe: "..."': opening the sentence, capitalised, its speaker closed by a colon.
    const first = ctx.tokens[0];
    const { inverseVerbs, inverseVerbsAfterQuote } = ctx.pack;
    const opening = first?.cap
      ? Math.max(inverseVerbs.matchAt(ctx.tokens, 0), inverseVerbsAfterQuote.matchAt(ctx.tokens, 0))
      : 0;
    if (opening > 0 && !ctx.quoted[0]) {
      const found = out.length;
      tryAt(0, opening, false, ':');
      // 'Said Jane Roe, who grew up nearby, "..."': or closed by a comma, when the sentence
      // ends in the quotation it introduces.
      if (out.length === found && endsQuoted(ctx)) tryAt(0, opening, false, ',');
    }
    // '"...." So says Jane Roe, ...': a pointing word, then the verb and its speaker (the
    // anaphora refiner takes the previous sentence as the claim).
    const pointed = ctx.pack.anaphoricOpeners.has(first?.lower ?? '') && !ctx.quoted[0];
    const after = pointed ? inverseVerbsAfterQuote.matchAt(ctx.tokens, 1) : 0;
    if (after > 0 && ctx.tokens[1 + after]?.cap) tryAt(1, after, true);
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.inverseVerbsAfterQuote, {
      lowerOnly: true,
    })) {
      // "Seorang warga, sebut saja Mawar, ...": a phrase where the verb is no cue.
      if (inException(ctx, at)) continue;
      if (afterQuoteOrComma(ctx, at)) {
        if (!subjectOpensBefore(ctx, at)) tryAt(at, len, true);
      }
      // "Lanjut Budi, ...", "Tambah dia, ...": opening the sentence, its speaker set off by a
      // comma ("Jelas, ..." and "Lanjut ke ..." name no one); only where verbs may come first.
      else if (at === 0 && !ctx.quoted[0] && inverseVerbs.longest > 0) tryAt(at, len, false, ',');
    }
    // "Disampaikan Budi, ...": a verb that may also hand something over, a cue only here.
    const opens = ctx.pack.inverseVerbsOpening.matchAt(ctx.tokens, 0);
    if (opens > 0 && first?.cap && !ctx.quoted[0]) tryAt(0, opens, false, ',');
    // '"...," cerita Hendra': a noun too, so a verb only right after the quotation mark (or
    // its comma, set after the mark: '"...", posted Roe').
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.inverseVerbsAfterQuoteMark, {
      lowerOnly: true,
    })) {
      const mark = ctx.tokens[at - 1]?.text === ',' ? at - 2 : at - 1;
      if (ctx.tokens[mark]?.type !== 'quote') continue;
      const found = out.length;
      tryAt(at, len, true);
      // '"...," reads one': a sign or a slogan is no source; a statement is.
      const written = ctx.pack.documentInverseVerbs.matchAt(ctx.tokens, at) === len;
      if (written && out.length > found && out.at(-1)?.source.kind !== 'document') out.pop();
    }
    return out;
  },
};
