/**
 * Which run of name-like words in a source span is the person's name: after a role, before
 * "of" and an employer, after an institution's possessive, or alone when nothing marks the
 * words as an institution. Split from analysis.ts, which keeps what is worked out once.
 */
import type { Token } from '../text';
import type { Analysis } from './analysis';
import { nameHandedBefore } from './handed-name';
import { beforeClosingNickname } from './nickname-note';
import { personNounAt } from './person-noun';
import { singularRelationBeforeName, tradeName } from './names';
import { beforeClosingNote, lastWordIndex, noteOpenAt, wordCount } from './tokens';
import type { Span } from './types';

export function chooseNameRun(a: Analysis): Span | null {
  const { tokens, pack } = a.ctx;
  const runs = a.runs();
  const hits = a.hits();
  const roleHit = a.roleHit();
  const first = a.firstSegment() ?? a.described();
  if (first) return first;
  // "Jay Roe, who heads the Harbor Center at Nellis Air Base, said": a relative clause after
  // the name describes the person; capitals inside it are places and employers.
  const relative = a.relativeComma();
  // Only the phrase's first capitals ("Ali Sami of the Coastal Brigade, who ..." is Ali Sami).
  const opening = runs[0];
  if (
    relative > 0 &&
    opening &&
    opening.end === relative &&
    wordCount(tokens, opening) >= 2 &&
    runs.some((r) => r.start > relative)
  )
    return opening;
  // "Ratna Dewi selaku Wakil Bupati": the name before a word of capacity is the person's.
  const capacity = runs.find(
    (r) =>
      r.end < a.span.end - 1 &&
      pack.capacityLinks.has(tokens[r.end]?.lower ?? '') &&
      !a.ctx.quoted[r.end],
  );
  if (capacity) return capacity;
  // "warga bernama Sri Wahyuni": the name handed over after a description is the person's.
  const handed = runs.find(
    (r) => r.start > a.span.start && nameHandedBefore(a.ctx, r.start, a.span.start),
  );
  if (handed) return handed;
  if (roleHit) {
    // "dermatologist Jane Doe, MD": a role closing the phrase after a comma (a credential)
    // follows the name it belongs to; so does a role opening an appositive of its own
    // ("former PM Jan Doe, leader of the group in ...").
    const roleClose = roleHit.at + roleHit.len;
    if (
      !pack.data.adjectivesAfterNoun &&
      tokens[roleHit.at - 1]?.text === ',' &&
      (roleClose === a.span.end ||
        tokens[roleClose]?.text === ',' ||
        pack.locatives.has(tokens[roleClose]?.lower ?? ''))
    ) {
      const before = runs.find((r) => r.end === roleHit.at - 1 && wordCount(tokens, r) >= 2);
      if (before) return before;
    }
    // The name closes the phrase: "Direktur Utama PT Tani Makmur (Persero) Wulan Prasetya".
    // Capitals right after a role with something else last are the role's own words
    // ("Direktur Pendanaan Lahan LMAN").
    // "Senator Jane Roe (D-Ohio)": a note in parentheses closing the phrase is no part of it;
    // nor is the short name the person goes by ("Gubernur ... Basuki Tjahaja Purnama (Ahok)").
    const noteless = beforeClosingNickname(a.ctx, beforeClosingNote(tokens, a.span));
    const lastWordAt = lastWordIndex(tokens, noteless);
    // "An analyst at Granite": in English copy one capitalised word after a locative is the
    // role's employer, not a name.
    // "A spokesperson for Dunmore Water", "a lawyer for Jane Roe": capitals after an
    // indefinite role and its locative are who the role works for, whatever their length.
    const roleClose0 = roleHit.at + roleHit.len;
    const indefinite =
      pack.singularDeterminers.has(tokens[roleHit.at - 1]?.lower ?? '') &&
      roleHit.at - 1 === a.span.start;
    // "anggota Partai Demokrat", "kata Direktur Bank Mandiri": one capitalised word right
    // after a word written before an organization's own name is that name, no person's.
    const ownName = (r: Span) =>
      wordCount(tokens, r) === 1 && pack.namePrefixes.has(tokens[r.start - 1]?.lower ?? '');
    // "A spokesman for the Revolutionary Guards", "... for Velmar's Coast Guard": an article
    // or an owner's possessive between the locative and the capitals leaves them the employer.
    let lead = roleClose0 + 1;
    while (
      lead < a.span.end &&
      (pack.determiners.has(tokens[lead]?.lower ?? '') ||
        (tokens[lead]?.cap && tokens[lead]?.base !== tokens[lead]?.lower))
    )
      lead++;
    // "juru bicara kepolisian Riyadh": one capitalised word right after a body's word written
    // in lower case is that body's place, no person's name.
    const bodyPlace = (r: Span) =>
      wordCount(tokens, r) === 1 &&
      hits.some((h) => h.table === 'bodies' && h.at + h.len === r.start && !tokens[h.at]?.cap);
    const employer = (r: Span) =>
      ownName(r) ||
      bodyPlace(r) ||
      (pack.data.loneNameKind === 'organization' &&
        pack.locatives.has(tokens[r.start - 1]?.lower ?? '') &&
        (wordCount(tokens, r) === 1 || (indefinite && r.start === roleClose0 + 1))) ||
      (pack.data.loneNameKind === 'organization' &&
        indefinite &&
        pack.locatives.has(tokens[roleClose0]?.lower ?? '') &&
        r.start === lead &&
        lead > roleClose0 + 1) ||
      principalName(a, r);
    // "Hedge-fund manager Lars Ekdahl of Fjord Capital": a full name right after the role,
    // then "of" and the employer closing the phrase.
    const roleEnd0 = roleHit.at + roleHit.len;
    // So is the name set off by a comma after the role's phrase ("A co-author of the study,
    // Priya Nair of Leeds University").
    const beforeEmployer = runs.find(
      (r) =>
        (r.start === roleEnd0 || (r.start > roleEnd0 && tokens[r.start - 1]?.text === ',')) &&
        nameBeforeEmployer(a, r),
    );
    if (beforeEmployer) return beforeEmployer;
    const closing = [...runs]
      .reverse()
      .find((r) => r.start > roleHit.at && r.end - 1 === lastWordAt && !employer(r));
    // "Study author Jane Roe, of the University of Lakeside", "Senator Tom Price, on a visit
    // to Ohio": the name right after the role, closed by a comma and a lower-case
    // appositive about where the person is, not the capitals closing the phrase.
    const roleEnd = roleHit.at + roleHit.len;
    // (Where adjectives follow nouns, capitals after a role may be its jurisdiction:
    // "Sekretaris Daerah Halmahera Barat, yang ...".)
    // "Rep. Jane Roe (D-Vt.), a delegate for ...": a note may stand between name and comma.
    const named = runs.find(
      (r) =>
        !pack.data.adjectivesAfterNoun &&
        r.start >= roleEnd &&
        r.end < a.span.end &&
        tokens[afterNote(tokens, r.end)]?.text === ',' &&
        tokens.slice(roleEnd, r.start).every((t) => t.cap || t.text === '.') &&
        !employer(r),
    );
    const appositive = named ? tokens[afterNote(tokens, named.end) + 1] : undefined;
    const lower =
      appositive?.type === 'word' &&
      !appositive.cap &&
      !pack.relativePronouns.has(appositive.lower);
    if (named && (!closing || lower)) return named;
    if (closing) return closing;
    // "Florida Governor Rick Scott, who declared ...": the name closes the part before a
    // relative clause. Not where a role's place follows it ("Sekretaris Daerah Halmahera
    // Barat, yang ..."): there capitals after a role may be its jurisdiction.
    const relative = a.relativeComma();
    if (relative < 0 || pack.data.adjectivesAfterNoun) return null;
    const lastBefore = lastWordIndex(tokens, { start: a.span.start, end: relative });
    return (
      runs.find((r) => r.start > roleHit.at && r.end - 1 === lastBefore && !employer(r)) ?? null
    );
  }
  // "Jane Roe of Acme Capital", "Omar Haddad of the Fire Service in Velmar": a full name
  // opening the phrase, then "of" and where the person works.
  const leading = leadingName(a, runs);
  if (leading) return leading;
  // "The company's Jane Doe", "the Pentagon's John Kirby": a full name closing the phrase
  // after an institution's possessive is the person's.
  const owned = ownedName(a, runs);
  if (owned) return owned;
  const trade = tradeName(a.ctx, a.span, runs, hits);
  if (trade) return trade;
  // "software engineer Tom Vale", "one Harlow baker Tom Vale": a lower-case word for a
  // person right before a full name closing the phrase describes that person. Not where a
  // relative leads ("the wife of victim Tom Vale") nor where modifiers follow the noun
  // ("istri korban Budi": the name is the victim's). A singular relation noun right before
  // the name is its description ("local resident Ada Pell").
  const closing = runs[runs.length - 1];
  const apposedRelation = (h: { at: number; len: number }) =>
    closing !== undefined && singularRelationBeforeName(a.ctx, h, closing);
  const related = tokens
    .slice(a.span.start, a.span.end)
    .some(
      (t, k) =>
        pack.relationNouns.has(t.lower) && !apposedRelation({ at: a.span.start + k, len: 1 }),
    );
  if (
    closing &&
    !pack.data.adjectivesAfterNoun &&
    !related &&
    closing.end - 1 === lastWordIndex(tokens, a.span) &&
    wordCount(tokens, closing) >= 2 &&
    hits.some(
      (h) => h.table === 'anonymous' && h.at + h.len === closing.start && !tokens[h.at]?.cap,
    )
  )
    return closing;
  // "Relawan Partai Harapan Dimas Pratama": where modifiers follow the noun, a noun for a
  // person opening the phrase, an institution's name, then a full name closing it.
  if (closing && !related && institutionBetween(a, closing)) return closing;
  // "Analyst Lars Ekdahl of Fjord Capital": the same noun opening the phrase (capitalised
  // there), then the name, "of" and the employer.
  const described = runs.find(
    (r) =>
      !related &&
      nameBeforeEmployer(a, r) &&
      hits.some(
        (h) =>
          h.table === 'anonymous' &&
          h.at + h.len === r.start &&
          (!tokens[h.at]?.cap || h.at === a.span.start),
      ),
  );
  if (described) return described;
  const apposed = runs.find((r) => !related && nameBeforeAppositive(a, r));
  if (apposed) return apposed;
  const nonRoleHits = hits.filter(
    (h) =>
      h.table !== 'roles' &&
      h.table !== 'modifiers' &&
      h.table !== 'places' &&
      h.table !== 'portfolios',
  );
  // "Japan, which is in a dispute in the East China Sea, said": capitals inside a relative
  // clause name no speaker; only the words before the clause may.
  const clause = a.clauseComma();
  const own = clause >= 0 ? runs.filter((r) => r.end <= clause) : runs;
  if (
    own.length > 0 &&
    nonRoleHits.length === 0 &&
    !hits.some((h) => h.table === 'places' && own.every((r) => r.end <= h.at))
  ) {
    return own[own.length - 1] ?? null;
  }
  return null;
}

/** A name opening the span, right before a word of the pack that ties a person to an
 * employer ("of"); no word of it is a lexicon word ("Islamic State of Iraq", "Bank of
 * America" stay institutions). Two words at least ("Jane Roe of Lakeside"), or one after an
 * honorific ("Dr. Roe of Acme Group"), or one before a firm whose name closes with a firm's
 * word ("Tom of Brightwater Labs"). */
function leadingName(a: Analysis, runs: readonly Span[]): Span | null {
  const { tokens, pack } = a.ctx;
  const first = runs[0];
  if (!first || first.start !== a.span.start || first.end >= a.span.end) return null;
  if (!pack.employerLinks.has(tokens[first.end]?.lower ?? '')) return null;
  let from = first.start;
  const titled = pack.honorifics.has(tokens[from]?.lower ?? '');
  if (titled) from += tokens[from + 1]?.text === '.' ? 2 : 1;
  const words = tokens.slice(from, first.end);
  if (words.length === 0 || !words.every((t) => t.type === 'word' && t.cap)) return null;
  if (words.some((t) => pack.sourceWords.has(t.base) || pack.stopwords.has(t.lower))) return null;
  const last = a.hits().at(-1);
  const firm = last?.table === 'organizations' && last.at + last.len === a.span.end;
  return words.length >= 2 || titled || firm ? first : null;
}

/**
 * "Passenger Tom Vale, of Lakeside", "witness Jane Roe, a teacher": a word for an unnamed
 * person (capitalised only opening the phrase), a full name right after it, then a comma and
 * a lower-case appositive or a relative about the person ("who saw the crash"). The name is
 * the person's, not the end of a title-case name ("..., which" is about a thing).
 */
export function nameBeforeAppositive(a: Analysis, r: Span): boolean {
  const { tokens, pack } = a.ctx;
  if (pack.data.adjectivesAfterNoun || wordCount(tokens, r) < 2) return false;
  const comma = tokens[r.end];
  const next = tokens[r.end + 1];
  if (comma?.text !== ',' || r.end + 1 >= a.span.end || next?.type !== 'word') return false;
  if (next.cap || pack.thingRelatives.has(next.lower)) return false;
  return a
    .hits()
    .some(
      (h) =>
        h.table === 'anonymous' &&
        h.at + h.len === r.start &&
        (!tokens[h.at]?.cap || h.at === a.span.start),
    );
}

/** A name of two words or more closing the span, right after a possessive word. */
function ownedName(a: Analysis, runs: readonly Span[]): Span | null {
  const { tokens } = a.ctx;
  const last = runs[runs.length - 1];
  if (!last || last.end - 1 !== lastWordIndex(tokens, a.span)) return null;
  for (let k = Math.max(a.span.start, last.start - 1); k < last.end - 2; k++) {
    const t = tokens[k] as Token;
    if (t.type !== 'word' || t.base === t.lower) continue;
    const name = { start: k + 1, end: last.end };
    const plain = tokens.slice(name.start, name.end).every((w) => w.type === 'word' && w.cap);
    return plain && wordCount(tokens, name) >= 2 ? name : null;
  }
  return null;
}

/** A name of two words or more, then a word tying a person to an employer ("of") and the
 * employer's capitals closing the span (English order: adjectives before their noun). */
function nameBeforeEmployer(a: Analysis, r: Span): boolean {
  const { tokens, pack } = a.ctx;
  if (pack.data.adjectivesAfterNoun || wordCount(tokens, r) < 2) return false;
  if (!pack.employerLinks.has(tokens[r.end]?.lower ?? '')) return false;
  // "..., who has been shorting the stock": the employer ends before a relative clause.
  const relative = a.relativeComma();
  const rest = { start: r.end + 1, end: relative > r.end ? relative : a.span.end };
  return rest.end > rest.start && tokens[lastWordIndex(tokens, rest)]?.cap === true;
}

/**
 * "A spokeswoman for Governor Jane Roe", "a key economic adviser to Japanese Prime Minister
 * Tom Vale": a name after an indefinite role (its modifiers in lower case) and the word tying
 * the role to whom it serves, with only that principal's title between, is the principal's.
 * The speaker is the unnamed role. Not where a comma sets a name apart ("a spokesman for the
 * group, Tom Vale,"): the gap must be the title alone.
 */
function principalName(a: Analysis, r: Span): boolean {
  const { tokens, pack } = a.ctx;
  const start = a.span.start;
  if (pack.data.adjectivesAfterNoun) return false;
  // "Aides to Governor Jane Roe", "Two advisers to ...": unnamed people need no article.
  const article = pack.singularDeterminers.has(tokens[start]?.lower ?? '');
  for (let k = article ? start + 1 : start; k < r.start; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || (t.cap && k > 0)) return false;
    const people = Math.max(
      pack.unnamedOfficials.matchAt(tokens, k, r.start),
      pack.anonymous.matchAt(tokens, k, r.start),
    );
    // "Lawyer for the family Tom Hale": a role with no article is the name's own title.
    const title = !article && pack.roles.matchAt(tokens, k, r.start) >= people;
    const len = article
      ? Math.max(pack.roles.matchAt(tokens, k, r.start), people)
      : title
        ? 0
        : people;
    if (!len || !pack.principalLinks.has(tokens[k + len]?.lower ?? '')) continue;
    // "the late", "the former": an article and words saying what the principal was.
    let gap = k + len + 1;
    while (
      gap < r.start &&
      (pack.demonyms.has((tokens[gap] as Token).base) ||
        pack.nationalityAdjectives.has((tokens[gap] as Token).base) ||
        pack.determiners.has((tokens[gap] as Token).lower) ||
        pack.modifiers.has((tokens[gap] as Token).lower) ||
        pack.principalEpithets.has((tokens[gap] as Token).lower))
    )
      gap++;
    // "... for the late singer Tom Vale": a lower-case noun for a person says who they were.
    const person = r.start - gap === 1 && personNounAt(a.ctx, gap);
    // "for Sen. Jane Roe": an abbreviated title keeps its full stop.
    let titleEnd = gap + pack.roles.matchAt(tokens, gap, r.start);
    const abbreviated = pack.abbreviations.has(tokens[titleEnd - 1]?.lower ?? '');
    if (titleEnd > gap && abbreviated && tokens[titleEnd]?.text === '.') titleEnd++;
    return gap === r.start || person || titleEnd === r.start;
  }
  return false;
}

/** "Relawan Partai Harapan Dimas Pratama", "Kader PDIP Rina Wati": the phrase opens with a
 * noun for a person (where modifiers follow the noun), an institution's name follows it
 * directly, and a full name closes the phrase after that name. */
function institutionBetween(a: Analysis, closing: Span): boolean {
  const { tokens, pack } = a.ctx;
  if (!pack.data.adjectivesAfterNoun || wordCount(tokens, closing) < 2) return false;
  if (closing.end - 1 !== lastWordIndex(tokens, a.span)) return false;
  const hits = a.hits();
  const head = hits.find((h) => h.table === 'anonymous' && h.at === a.span.start);
  if (!head) return false;
  const body = hits.find(
    (h) =>
      (h.table === 'bodies' || h.table === 'organizations') &&
      h.at === head.at + head.len &&
      h.at + h.len <= closing.start,
  );
  if (!body) return false;
  // Only capitals of the institution's own name between it and the person's.
  for (let k = body.at + body.len; k < closing.start; k++) if (!tokens[k]?.cap) return false;
  return true;
}

/** The token after a short note in parentheses opening at `at` ("(D-Vt.)"), else `at`. */
function afterNote(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== '(') return at;
  for (let close = at + 2; close < tokens.length && close - at <= 6; close++)
    if (tokens[close]?.text === ')') return noteOpenAt(tokens, close) === at ? close + 1 : at;
  return at;
}
