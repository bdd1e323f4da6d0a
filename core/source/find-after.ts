/**
 * The source phrase after a cue ("said Jane Doe, who follows ...", "kata Ketua Umum Apindo,
 * Rina S Wulandari"), and the other places a rule looks for one: a sentence's subject, a
 * name described before a comma, the first lexicon phrase of a clause.
 */
import type { SentenceContext } from '../context';
import { SpanMemo } from '../span-memo';
import { bodysPersonAfter, servedOfficeAfter } from './body-person-after';
import type { OutletMention } from '../outlets';
import { classify } from './classify';
import { collectLeft, collectRight, trimLeft } from './collect';
import { appositiveAfterComma } from './comma-appositive';
import { plainWord } from './source-word';
import { countBoundAt } from './counted-people';
import { degreesRight } from './degrees';
import { describedNameAfterComma, describedPointing } from './described-name';
import { gluedCompoundRight } from './glued-compound';
import { officeAndPlace, personAfterComma, placeAsName } from './jurisdiction-place';
import { originNameAfter } from './origin-name';
import { ownerAfterOutlet } from './outlet-owner';
import { withheldNameAfter } from './withheld-after';
import { partitiveAt } from './partitive';
import { pronounAfterRelative } from './relative-pronoun';
import { qualifiedHeadLeft } from './qualified-head';
import { servedThenName } from './served-name';
import { fieldWord, MAX_FIELD_WORDS, personOfInstitution } from './role-field';
import { ALL_CAPS, firstMentionFrom, hasRole, isWord } from './tokens';
import type { FoundSource, Span } from './types';

/** Lower-case words saying what a person is, before the name: "said striker Tom Jones". */
const MAX_DESCRIPTION_WORDS = 2;

/** Tokens [start, end) are a role, then only words of its field ("pakar hukum"); or a trade
 * of the unnamed sources' words, not a tie to someone ("dokter hewan", not "istri"). */
function roleThenField(ctx: SentenceContext, start: number, end: number): boolean {
  const { pack, tokens } = ctx;
  const trade = () =>
    pack.relationNouns.matchAt(tokens, start, end) > 0
      ? 0
      : pack.anonymous.matchAt(tokens, start, end);
  const len = pack.roles.matchAt(tokens, start, end) || trade();
  if (len === 0) return false;
  for (let i = start + len; i < end; i++) if (!fieldWord(ctx, i)) return false;
  return true;
}

/** "pengamat transportasi Djoko Setijowarno": after the role ending at `from`, its field in
 * lower-case words, then a person's name of two words or more. The name's end, or `from`. */
function fieldThenName(ctx: SentenceContext, role: number, from: number): number {
  let i = from;
  while (i - from < MAX_FIELD_WORDS && fieldWord(ctx, i)) {
    if (ctx.pack.locatives.has(ctx.tokens[i]?.lower ?? '')) return from;
    i++;
  }
  if (i === from || !ctx.tokens[i]?.cap || ctx.quoted[i]) return from;
  const end = collectRight(ctx, i);
  if (end - i < 2) return from;
  if (classify(ctx, { start: i, end })?.kind === 'named_person') return end;
  // "kata pengamat ekonomi Universitas Tegal Budi Santoso": the name after an institution's
  // is read with the role before it, as the person of that institution.
  return personOfInstitution(ctx, { start: role, end }) ? end : from;
}

/**
 * "ujar aktris Dian Sastro", "said striker Tom Jones": a word or two in no lexicon, then a
 * person's name. The end of the name, or `from` when the words lead to no person.
 */
function describedName(ctx: SentenceContext, from: number): number {
  let i = from;
  while (i - from < MAX_DESCRIPTION_WORDS && plainWord(ctx, i)) {
    // "kata pemudik asal Klaten": after a preposition of place comes a place, not a name.
    if (ctx.pack.locatives.has(ctx.tokens[i]?.lower ?? '')) return from;
    i++;
  }
  if (i === from || !ctx.tokens[i]?.cap || ctx.quoted[i]) return from;
  const end = collectRight(ctx, i);
  if (end <= i) return from;
  return classify(ctx, { start: i, end })?.kind === 'named_person' ? end : from;
}

/**
 * "kata petambak berinisial RN", "menurut warga bernama Sri Wahyuni": the initials, or the
 * name handed over, after the description ending at `end` (and a word or two no lexicon
 * knows after it: "seorang petambak") close the phrase. Their end, or `end`.
 */
function handedNameAfter(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  const from = Math.max(start, end);
  let k = from;
  while (
    k - from < MAX_DESCRIPTION_WORDS &&
    pack.givenNameMarkers.matchAt(tokens, k) === 0 &&
    plainWord(ctx, k)
  )
    k++;
  if (!isWord(tokens[k]) || ctx.quoted[k]) return end;
  const given = pack.givenNameMarkers.matchAt(tokens, k);
  if (given > 0 && tokens[k + given]?.cap && !ctx.quoted[k + given]) {
    // The whole phrase must read as that person ("an investor at Acme surnamed Liu" may not).
    const nameEnd = collectRight(ctx, k + given);
    const name = classify(ctx, { start: k + given, end: nameEnd });
    const whole = name?.kind === 'named_person' ? classify(ctx, { start, end: nameEnd }) : null;
    return nameEnd > k + given && whole?.kind === 'named_person' ? nameEnd : end;
  }
  const initials = tokens[k + 1];
  if (!pack.initialsMarkers.has(tokens[k]?.lower ?? '')) return end;
  if (!isWord(initials) || ctx.quoted[k + 1] || !ALL_CAPS.test(initials.text)) return end;
  return k + 2;
}

/**
 * The source phrase starting at token `from` ("Jane Doe, who follows the retailer ..." after
 * "said"; "Ketua Umum Apindo, Rina S Wulandari" after "kata").
 */
export function sourceAfter(ctx: SentenceContext, from: number): Span | null {
  return sourceAfterKept.get(ctx, from, () => sourceAfterAnew(ctx, from));
}

/** Phrases found per sentence and start: the rules ask for the same one several times. */
const sourceAfterKept = new SpanMemo<Span | null>();

function sourceAfterAnew(ctx: SentenceContext, from: number): Span | null {
  const { tokens } = ctx;
  let i = from;
  while (tokens[i]?.text === ',' && tokens[i + 1]?.text === ',') i += 2;
  // "according to the state-run Saba news agency", "told state-run Rossiya 24": the words
  // saying the state runs the outlet stand before its name (stage state-described).
  // "told state-run TV the ...": a generic state-media phrase is no name after its modifier.
  const mod = ctx.pack.determiners.has(tokens[i]?.lower ?? '') ? i + 1 : i;
  if (
    ctx.pack.stateOutletModifiers.has(tokens[mod]?.lower ?? '') &&
    tokens[mod + 1]?.cap &&
    ctx.pack.stateMedia.matchAt(tokens, mod) === 0
  )
    i = mod + 1;
  const start = pronounAfterRelative(ctx, i);
  // "said one of them": a count of a group, its pronoun last, is the whole source.
  const part = partitiveAt(ctx, start);
  if (part > 0) return { start, end: start + part };
  // "said at least two witnesses": the bound opens the phrase; its words are no source words.
  const bound = countBoundAt(ctx, start);
  let end = gluedCompoundRight(ctx, collectRight(ctx, start + bound));
  if (end > start + bound) end = servedOfficeAfter(ctx, start, bodysPersonAfter(ctx, start, end));
  if (end <= start + bound) end = describedName(ctx, start);
  // "kata pengamat transportasi Djoko Setijowarno", "ujar peneliti pasar modal Rina Lestari":
  // a role, the field it is of in plain words, then the person's name of two words or more.
  else if (roleThenField(ctx, start, end)) end = fieldThenName(ctx, start, end);
  // "ujar aktivis lingkungan hidup, Yohanes Purba": a description, a comma, the name; the
  // description may place the person ("kata seorang pedagang di pasar, Rina").
  // A named person's locative places the speaking instead ("kata Budi di kantornya, Jakarta").
  const placed =
    ctx.pack.locatives.has(tokens[end]?.lower ?? '') &&
    classify(ctx, { start, end })?.kind !== 'named_person';
  if (end <= start || plainWord(ctx, end) || placed)
    end = Math.max(end, describedNameAfterComma(ctx, start));
  // "ujar seorang petambak berinisial RN", "menurut warga bernama Sri": the person's initials
  // or name after their description.
  end = withheldNameAfter(ctx, start, handedNameAfter(ctx, start, end));
  if (end <= start) return null;
  end = originNameAfter(ctx, start, end);
  // "tutur pria berusia 54 tahun itu": a person described, closed by a pointing word.
  end = describedPointing(ctx, start, end);
  end = stopAtOutlet(ctx, start, end);
  end = stopAtLocative(ctx, start, end);
  // "kata Kepala Dinas Pekerjaan Umum kota, Siti Rahmawati": a word qualifying the office
  // after it, then the comma and the name.
  if (
    ctx.pack.data.adjectivesAfterNoun &&
    plainWord(ctx, end) &&
    tokens[end + 1]?.text === ',' &&
    tokens[end + 2]?.cap &&
    hasRole(ctx, { start, end })
  )
    end++;
  // "menurut kantor berita Rusia, TASS, ...": a generic outlet phrase, then the outlet's name.
  const named = outletAfterComma(ctx, start, end);
  if (named > end) return { start, end: named };
  end = servedThenName(ctx, start, end);
  // "Menurut Suparman, S.H., M.H., korban ...": the degrees after the name are the source's.
  end = degreesRight(ctx, end);
  end = appositiveAfterComma(ctx, start, end);
  return { start, end: ownerAfterOutlet(ctx, start, end) };
}

/**
 * "kepada kantor berita Rusia, TASS", "according to the Iranian news agency, IRNA,": a phrase
 * of the generic outlet words (no outlet the registry knows in it), a comma, then a name the
 * registry knows as an outlet. The end of that name, or `end`.
 */
function outletAfterComma(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  if (tokens[end]?.text !== ',' || ctx.quoted[end] || !isWord(tokens[end + 1])) return end;
  let generic = false;
  for (let i = start; i < end && !generic; i++)
    generic = pack.media.matchAt(tokens, i, end) > 0 || pack.stateMedia.matchAt(tokens, i, end) > 0;
  if (!generic) return end;
  const from = tokens[start]?.start ?? 0;
  const at = tokens[end + 1]?.start ?? 0;
  const n = firstMentionFrom(ctx.outlets, from);
  const mention = ctx.outlets[n];
  // The head names no outlet itself ("Reuters, ..."): the first mention is the appositive.
  if (!mention || mention.start !== at) return end;
  let last = end + 1;
  while (last < tokens.length && (tokens[last]?.end ?? 0) < mention.end) last++;
  return tokens[last]?.end === mention.end ? last + 1 : end;
}

/** Does an institution's name of the lexicon start in [start, k) and run past token k? */
function institutionAcross(ctx: SentenceContext, start: number, k: number): boolean {
  const { tokens, pack } = ctx;
  for (let i = start; i < k; i++) {
    if (i + pack.bodies.matchAt(tokens, i) > k + 1) return true;
    if (i + pack.organizations.matchAt(tokens, i) > k + 1) return true;
  }
  return false;
}

/**
 * "kata Lisbon di Jakarta", "kata Kepala Badan X Budi dari laman resmi badan itu": after a
 * person's name, a locative places the speaking, not the speaker. Cut only where the whole phrase would read as something else
 * (the place as a government): a person named in passing keeps their kind.
 */
function stopAtLocative(ctx: SentenceContext, start: number, end: number): number {
  for (let k = start + 1; k < end - 1; k++) {
    const t = ctx.tokens[k];
    if (!isWord(t) || !ctx.pack.locatives.has(t.lower)) continue;
    const before = classify(ctx, { start, end: k });
    // "kata Ketua DPRD Sukamaju di Jakarta": an office and its place, then where it spoke.
    if (officeAndPlace(ctx, start, k)) {
      const named = classify(ctx, { start, end })?.kind === 'named_person';
      return named || personAfterComma(ctx, end) ? end : k;
    }
    if (before?.kind !== 'named_person') return end;
    // "the National Institutes of Health": an institution's name in the lexicon runs on.
    if (institutionAcross(ctx, start, k)) return end;
    const whole = classify(ctx, { start, end });
    // "kata Ketua DPRD Sukamaju dari Fraksi X Joko Susilo": the "name" before was the place.
    const place = placeAsName(ctx, start, k, before.name);
    // "oleh Kepala Dinas X Andi Firmansyah di Makassar": the place must not become the name.
    if (whole?.kind === 'named_person') return whole.name === before.name || place ? end : k;
    // "..., Joko Susilo": the name after the comma is the person's (sourceAfter reads it).
    return place && personAfterComma(ctx, end) ? end : k;
  }
  return end;
}

/** Tables whose words go on describing an outlet named before them ("Xinhua News Agency",
 * "Wirely correspondent John Smith", "laporan"). */
const OUTLET_TAILS = ['roles', 'media', 'stateMedia', 'organizations', 'documents'] as const;

/**
 * "Menurut KCNA Kim Jong Un mengunjungi ...", "menurut KCNA Pyongyang akan ...": with no comma
 * closing it, a source phrase that names an outlet ends with the outlet; a capitalised word
 * after it (a name, a place) starts the claim. A comma after the phrase, a possessive
 * ("the Daily Planet's Jane Smith") or a word describing the outlet keep it going.
 */
function stopAtOutlet(ctx: SentenceContext, start: number, end: number): number {
  const { tokens } = ctx;
  if (tokens[end]?.text === ',') return end;
  const from = tokens[start]?.start ?? 0;
  const to = tokens[end - 1]?.end ?? 0;
  const { outlets } = ctx;
  for (let n = firstMentionFrom(outlets, from); n < outlets.length; n++) {
    const m = outlets[n] as OutletMention;
    if (m.start >= to) break;
    if (m.end > to) continue;
    let last = start;
    while (last < end && (tokens[last]?.end ?? 0) < m.end) last++;
    const lastToken = tokens[last];
    const next = tokens[last + 1];
    if (!lastToken || lastToken.end !== m.end || last + 1 >= end || !isWord(next) || !next.cap)
      continue;
    if (
      lastToken.base !== lastToken.lower ||
      OUTLET_TAILS.some((t) => ctx.pack[t].matchAt(tokens, last + 1) > 0)
    )
      continue;
    return last + 1;
  }
  return end;
}

/**
 * "Ketua komunitas ojol Bekasi Bersatu, Agus Santoso, meminta ...": a name between commas
 * (tokens [start, end)) with the description before it, classified as one source phrase, so
 * a person named in passing keeps the role given with them.
 */
export function describedMention(
  ctx: SentenceContext,
  start: number,
  end: number,
): FoundSource | null {
  if (start < 2 || ctx.tokens[start - 1]?.text !== ',') return null;
  const from = collectLeft(ctx, start - 2);
  if (from > start - 2) return null;
  const found = classify(ctx, trimLeft(ctx, { start: from, end }));
  return found?.kind === 'named_person' && found.role ? found : null;
}

/** The sentence's subject: the source-ish words it opens with, after any opener. */
export function collectSubject(ctx: SentenceContext, from = 0): Span | null {
  const first = trimLeft(ctx, { start: from, end: ctx.tokens.length });
  const end = collectRight(ctx, first.start);
  return end > first.start ? { start: first.start, end } : null;
}

/** "Senator Ann Lee on Tuesday detailed ...": a date closing the subject ("on Tuesday", "last
 * week"), opened by a word in lower case, is no part of it; the end without it. */
export function timeTrimmed(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  let k = end;
  while (k > start + 1 && pack.timeWords.has(tokens[k - 1]?.lower ?? '')) k--;
  while (k < end && tokens[k]?.cap) k++;
  return k < end ? k : end;
}

/** The first phrase in tokens[from, before) that a lexicon marks as a source ("an
 * unidentified poster ... and wrote"): the subject of a coordinated verb. */
export function firstSourcePhrase(ctx: SentenceContext, before: number, from = 0): Span | null {
  const { pack, tokens } = ctx;
  const tables = [
    pack.anonymous,
    pack.unnamedOfficials,
    pack.stateMedia,
    pack.documents,
    pack.organizations,
    pack.bodies,
  ];
  for (let i = Math.max(0, from); i < before; i++) {
    if (ctx.quoted[i] || tokens[i]?.type !== 'word') continue;
    const len = Math.max(...tables.map((t) => t.matchAt(tokens, i, before)));
    if (len === 0) continue;
    let start = qualifiedHeadLeft(ctx, i, len, from);
    while (start > 0 && pack.determiners.has(tokens[start - 1]?.lower ?? '')) start--;
    // The whole lexicon phrase, also where it runs past small words ("sumber yang mengetahui").
    const end = Math.min(Math.max(collectRight(ctx, start), i + len), before);
    return end > start ? { start, end } : null;
  }
  return null;
}

/** "According to her, ...": a pronoun alone as the source, resolved like "she said" (the
 * phrase finder takes no function word). */
export function pronounAfter(ctx: SentenceContext, at: number): Span | null {
  const { tokens, pack } = ctx;
  const w = tokens[at]?.lower ?? '';
  if (!pack.objectPronouns.has(w) && !pack.personPronouns.has(w)) return null;
  return tokens[at + 1]?.text === ',' ? { start: at, end: at + 1 } : null;
}
