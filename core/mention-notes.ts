/**
 * Mentions a sentence leaves behind for later ones to point back to, claim or not: people and
 * organizations named in passing ("Wade Olsen, a fisherman, ..."), a body opening its
 * sentence, initials, acronyms. The engine calls these after the sentence's claims are
 * recorded; a document or an outlet opening a sentence: document-notes.ts, outlet-notes.ts.
 */
import type { SentenceContext } from './context';
import type { Token } from './text';
import { ALL_CAPS } from './source/tokens';
import type { Referents } from './referents';
import { classify, collectSubject, describedMention, type Span } from './source';
import { ageBetweenCommas, ageBracketClose, isWord, spanText } from './source/tokens';
import { roleStartBefore, roleTitled, titled } from './source/role-before-name';

/** f(), or the fallback when it throws. */
export function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    // A user's registry entry must never break the analysis of the page.
    return fallback;
  }
}

/** Longest portfolio phrase, in words ("pendayagunaan aparatur negara"). */
const MAX_PORTFOLIO_WORDS = 3;
/** An initial before its stop ("J."), asked at each word of a name. */
const ONE_CAPITAL = /^\p{Lu}$/u;

/** A portfolio phrase ends right before token `at`. */
function portfolioEnds(ctx: SentenceContext, at: number): boolean {
  for (let len = 1; len <= MAX_PORTFOLIO_WORDS && at - len >= 0; len++)
    if (ctx.pack.portfolios.matchAt(ctx.tokens, at - len, at) === len) return true;
  return false;
}

/** Words of an appositive read for a role ("the African-American sheriff of Lune County"). */
const MAX_APPOSITIVE_WORDS = 10;

/** The role an appositive after the name in tokens [i, j) gives, closed by a comma. */
function appositiveRole(ctx: SentenceContext, i: number, j: number): string | null {
  const { tokens } = ctx;
  let k = j + 1;
  while (k < tokens.length && k - j <= MAX_APPOSITIVE_WORDS && tokens[k]?.text !== ',') k++;
  if (tokens[k]?.text !== ',' || ctx.quoted[k]) return null;
  const found = safe(() => classify(ctx, { start: i, end: k }), null);
  return found?.kind === 'named_person' ? found.role : null;
}

/**
 * The capitalised run ending right before token `at` follows a preposition of place after a
 * plain word ("kantor di Balai Kota Solo"): a place. After a capitalised word the preposition
 * may belong to a title ("Commissioner for Human Rights Zeid ...").
 */
function placeBefore(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  let k = at - 1;
  while (k > 0 && tokens[k - 1]?.cap && !ctx.quoted[k - 1]) k--;
  const prep = tokens[k - 1];
  const word = tokens[k - 2];
  return (
    prep !== undefined &&
    pack.locatives.has(prep.lower) &&
    word?.type === 'word' &&
    !word.cap &&
    !ctx.quoted[k - 2]
  );
}

/** The capitalised run ending right before token `at` has a word for a place ("Kota"). */
function placeNounBefore(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  for (let k = at - 1; k >= 0 && tokens[k]?.cap && !ctx.quoted[k]; k--)
    if (pack.placeNouns.has(tokens[k]?.lower ?? '')) return true;
  return false;
}

/**
 * Where a company's name after its prefix ends inside the capitalised run [from, end): at a
 * bracketed word or a word of the organizations' lexicon closing it ("PT Hutama Karya
 * (Persero)", "PT Sinar Laut Tbk"), or after one word when nothing closes it ("Bank Mandiri
 * Royke Tumilaar": the rest may be a person's name).
 */
function companyNameEnd(ctx: SentenceContext, from: number, end: number): number {
  const { tokens, pack } = ctx;
  for (let m = from + 1; m < end; m++) {
    const t = tokens[m];
    if (t?.text === '(' || (isWord(t) && pack.organizations.matchAt(tokens, m, m + 1) === 1))
      return m;
    if (!isWord(t) || !t.cap) break;
  }
  return from + 1;
}

/** A lower-case word of the organizations' lexicon stands right before token `i` ("klub"). */
function firmWordBefore(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i - 1];
  return (
    isWord(t) &&
    !t.cap &&
    !ctx.quoted[i - 1] &&
    ctx.pack.organizations.matchAt(ctx.tokens, i - 1, i) === 1
  );
}

/** People and organizations named in passing ("Wade Olsen, a fisherman, ..."), so that a
 * later "he said" or "the company said" can point back to them. */
export function noteMentions(ctx: SentenceContext, referents: Referents, claimed: boolean): void {
  const { tokens, pack } = ctx;
  // A sentence with a claim has its speaker as its referent already. Found only when a body
  // is named (a sentence of a million dots has no subject worth a pass over it).
  let subject: number | undefined;
  const opensSentence = (i: number): boolean => {
    if (claimed) return false;
    subject ??= safe(() => collectSubject(ctx)?.start ?? -1, -1);
    return subject === i;
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // Names inside a quotation are the speaker's topic, not the article's next referent.
    // An opener is no part of a name: "Baik Google, Microsoft, maupun ...", "Namun Budi ...".
    if (!t || t.type !== 'word' || !t.cap || ctx.quoted[i] || pack.openers.has(t.lower)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const u = tokens[j];
      if (!u || ctx.quoted[j]) break;
      if (u.cap || (u.text === '.' && ONE_CAPITAL.test(tokens[j - 1]?.text ?? ''))) j++;
      else if (u.text === '.' && j === i + 1 && titled(ctx, i) && tokens[j + 1]?.cap) j++;
      // "Menteri Badan Usaha Milik Negara (BUMN) Erick Thohir": an acronym in parentheses.
      else if (u.text === '(' && tokens[j + 1]?.cap && tokens[j + 2]?.text === ')') j += 3;
      // "Menteri Kelautan dan Perikanan Sakti Trenggono": a connector inside a ministry's
      // name, right after one of its portfolios.
      else if (pack.connectors.has(u.lower) && tokens[j + 1]?.cap && portfolioEnds(ctx, j)) j += 2;
      else break;
    }
    const after = tokens[j];
    // "Nurhayati (45), penjual gorengan, ...", "Lopez, 42, ...": one name with an age is a
    // person the story introduces, whom a later "perempuan berusia 45 tahun itu" points to.
    const agedOne =
      j - i === 1 && (ageBracketClose(ctx, j) !== null || ageBetweenCommas(tokens, j));
    if ((j - i >= 2 || agedOne) && !(after && pack.anaphoricMarkers.has(after.lower))) {
      // With a description before commas ("Ketua komunitas ojol, Agus Santoso,") or a role
      // before the capitals ("Juru bicara Kemlu Andi Saputra").
      const span: Span = { start: roleStartBefore(ctx, i), end: j };
      const found = safe(() => describedMention(ctx, i, j) ?? classify(ctx, span), null);
      // A person counts with a role ("Menteri Luar Negeri Rina Wulandari") or an appositive
      // after the name ("Wade Olsen, a fisherman"); "Pelabuhan Benoa" is no one.
      const next = tokens[j + 1];
      // A name between commas after a description is one too: "Ketua komunitas ojol, Agus
      // Santoso, meminta ...".
      // So is one followed by an age: "Mohammed Said, 42, was told to leave".
      const aged =
        after?.text === ',' && /^\d{1,3}$/u.test(next?.text ?? '') && tokens[j + 2]?.text === ',';
      // Not after another name ("di Kota Solo, Jawa Tengah, pada ...", "Liga Champions, Copa
      // America, dan ..."): a place after a place, or an item of a list.
      const between =
        aged ||
        (tokens[i - 1]?.text === ',' &&
          after?.text === ',' &&
          i >= 2 &&
          tokens[i - 2]?.type === 'word' &&
          !placeBefore(ctx, i - 1) &&
          !pack.coordinators.has(next?.lower ?? ''));
      const appositive =
        between ||
        (after?.text === ',' &&
          next !== undefined &&
          (pack.determiners.has(next.lower) || pack.roles.matchAt(tokens, j + 1) > 0));
      // "kantor di Balai Kota Solo": a place's name after a preposition of place is no one.
      const placed =
        placeBefore(ctx, i + 1) &&
        found?.role === null &&
        tokens.slice(i, j).some((u) => pack.placeNouns.has(u.lower));
      // "di Kota Maju, Jawa Barat": a name with no role right after such a place is its region.
      const region =
        tokens[i - 1]?.text === ',' &&
        placeBefore(ctx, i - 1) &&
        placeNounBefore(ctx, i - 1) &&
        pack.roles.find(tokens, i, j) === null;
      // "RSJD dr. Arif Zainuddin Kota Solo": a hospital named after someone, in its town.
      const townName = (found?.name ?? '')
        .split(' ')
        .some((w) => pack.placeNouns.has(w.toLowerCase()));
      const honored = (titled(ctx, i) || roleTitled(ctx, i, j)) && found?.kind === 'named_person';
      const named =
        found?.kind === 'named_person' &&
        (found.name?.includes(' ') || honored || agedOne) &&
        !placed &&
        !region &&
        !townName;
      // "Warga bernama Siti Aisyah": a name handed over introduces the person as a role does.
      const given = pack.givenNameMarkers.has(tokens[i - 1]?.lower ?? '');
      // "Mr. Smith arrived": a title of address (no "BU GDP Center") makes a person too.
      const person = named && (found?.role !== null || appositive || given || honored || agedOne);
      // An organization only when a word says so ("Revamped UX" is a heading, not a firm).
      const firm = found?.kind === 'organization' && pack.organizations.find(tokens, i, j) !== null;
      // "Islamic State declared war on ... It has claimed ...": an institution opening the
      // sentence as its subject is what a later "it" points back to, claim or not.
      const body = found?.kind === 'official_body' && opensSentence(i);
      // "klub Real Madrid", "maskapai Garuda Nusantara": a name right after an organization's
      // word is the organization's own; a later bare "Real Madrid" is it, not a person.
      if (found && named && !person && firmWordBefore(ctx, i)) {
        referents.add({
          text: found.text,
          kind: 'organization',
          name: found.text,
          role: null,
          outlet: null,
          sentence: ctx.index,
          weak: true,
        });
      } else if (found && (named || firm || body)) {
        // "Wade Olsen, the harbour master of Lune, ...": the appositive gives the role, so a
        // later "the harbour master said" points back to him.
        const role = found.role ?? (person && appositive ? appositiveRole(ctx, i, j) : null);
        // "Hamid Karouni's government": the person is "Hamid Karouni", so that a later
        // "Karouni said" finds the name without its possessive.
        const owned =
          tokens[j - 1] !== undefined && (tokens[j - 1] as Token).base !== tokens[j - 1]?.lower;
        // (Only the mark: a name found earlier in full has none: "Astor's" is John Jacob Astor.)
        const bare = (s: string): string => (owned ? s.replace(/['’]s?$/u, '') : s);
        referents.add({
          text: bare(found.text),
          kind: found.kind,
          name: found.name === null ? null : bare(found.name),
          role,
          outlet: found.outlet,
          sentence: ctx.index,
          weak: found.kind === 'named_person' && !person,
          // "Menteri X menerima Duta Besar Y. Ia mengatakan": the subject before the object.
          ...(person && opensSentence(span.start) ? { subject: true } : {}),
        });
      }
    }
    // "Kepala Dinas Sosial berinisial AS": initials stand for a person's name.
    if (
      j - i === 1 &&
      pack.initialsMarkers.has(tokens[i - 1]?.lower ?? '') &&
      /^\p{Lu}{1,4}$/u.test(t.text)
    ) {
      const role = safe(() => classify(ctx, { start: i, end: j }), null)?.role ?? null;
      referents.add({
        text: t.text,
        kind: 'named_person',
        name: t.text,
        role,
        outlet: null,
        sentence: ctx.index,
        initials: true,
      });
    }
    // "Direktur Utama Bank Mandiri Royke Tumilaar": Bank Mandiri is an organization a later
    // "Mandiri menyatakan" points back to.
    for (let k = i; k < j - 1; k++) {
      const prefix = tokens[k];
      const nameWord = tokens[k + 1];
      if (prefix?.cap && nameWord?.type === 'word' && pack.namePrefixes.has(prefix.lower)) {
        const text = spanText(ctx, { start: k, end: companyNameEnd(ctx, k + 1, j) });
        referents.add({
          text,
          kind: 'organization',
          name: text,
          role: null,
          outlet: null,
          sentence: ctx.index,
          weak: true,
        });
      }
    }
    i = j;
  }
  noteAcronyms(ctx, referents);
}

/** Longest institution's name before its acronym, in tokens ("State Bureau for Roads and
 * Bridges"). */
const MAX_EXPANSION_TOKENS = 10;

/** "U.N." or a lone capital ("Q" of "Jane Q. Roe"). */
function initialOrDotted(text: string | undefined): boolean {
  return text !== undefined && (text.includes('.') || text.length === 1);
}

/**
 * "The Federal Bureau for Roads and Bridges (FBRB) raided ...": a name with small words in it,
 * closed by its acronym in parentheses, is what a later "FBRB said" points back to, with the
 * kind its words give (a bureau is an official body); so is a person's name with initials.
 */
function noteAcronyms(ctx: SentenceContext, referents: Referents): void {
  const { tokens, pack } = ctx;
  // Most sentences have no bracket: not walked token by token.
  if (!ctx.text.includes('(')) return;
  for (let p = 2; p + 2 < tokens.length; p++) {
    const acronym = tokens[p + 1] as Token;
    if (tokens[p]?.text !== '(' || tokens[p + 2]?.text !== ')' || ctx.quoted[p]) continue;
    if (acronym.type !== 'word' || !ALL_CAPS.test(acronym.text)) continue;
    let start = p;
    let caps = 0;
    let small = 0;
    for (let k = p - 1; k >= 0 && p - k <= MAX_EXPANSION_TOKENS; k--) {
      const t = tokens[k] as Token;
      if (t.type === 'word' && t.cap) caps++;
      else if (t.type === 'word' && pack.connectors.has(t.lower) && tokens[k - 1]?.cap) small++;
      // "the U.N. Food and Agriculture Organization", "Jane Q. Roe": an abbreviation's or an
      // initial's stop.
      else if (t.text === '.' && tokens[k - 1]?.cap && initialOrDotted(tokens[k - 1]?.text))
        continue;
      else break;
      start = k;
    }
    if (caps < 2) continue;
    const found = safe(() => classify(ctx, { start, end: p }), null);
    if (!found || found.kind === 'document') continue;
    // Institutions' names without small words are noted with their acronym already; a
    // person's never is ("Jane Q. Roe (JQR)": a later "JQR said" is hers, no institution's).
    if (found.kind === 'named_person' ? small > 0 : small === 0) continue;
    const text = `${found.text} (${acronym.text})`;
    // A person noted so is named in passing: a later "he" or "-nya" points to someone
    // introduced as a speaker or with a role first ("program Kredit Tani (KT)" is no one).
    referents.add({
      text,
      kind: found.kind,
      name: text,
      role: null,
      outlet: found.outlet,
      sentence: ctx.index,
      ...(found.kind === 'named_person' ? { weak: true } : {}),
    });
  }
}
