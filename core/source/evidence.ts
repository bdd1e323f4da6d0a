/**
 * What a whole article says about its capitalised words, read once before its sentences: a
 * word written after a role or honorific ("Senator Wyden", "Mr. Zuckerberg", "Prime Minister
 * Haider al-Abadi") or speaking of itself as "he"/"she" ("Wyden said he would") names a
 * person; one written after or before an organization's word ("PT Pertamina", "Pertamina
 * Corp") an institution. A lone name elsewhere in the article ("Abadi said") is then read by
 * it rather than by the language's default. One linear pass over the tokens.
 */
import type { CompiledPack } from '../lang/compile';
import { endsWithAbbreviation } from '../sentences';
import { tokenize, type Token } from '../text';
import { bodyAcronyms } from './body-acronyms';
import { firmDescribedAfter, firmNamedAfter, firmPossessionAround } from './firm-evidence';
import { roleDescribedAfter } from './person-evidence';
import { nameWord, pointedBackSpeakers, pronounAfterCue, type Carried } from './speaker-evidence';
import { tickerAt } from './ticker';
import { ageBetweenCommas } from './tokens';

export interface NameEvidence {
  people: Set<string>;
  institutions: Set<string>;
  /** Words the article writes in lower case: a common noun ("an Amtrak train"), so its
   * capitalised form in a name run ("Amtrak Train 89") is no surname. */
  common: Set<string>;
  /** Short names spelt out after a public body's word ("Bank sentral (BoK)"). */
  bodies: Set<string>;
}

/** Longest name kept after a role: "Prime Minister Haider al-Abadi". */
const MAX_NAME_WORDS = 3;
const UPPER_FIRST = /^\p{Lu}/u;

/** The forms a later lone mention may take: "al-abadi" and "abadi"; a name first written
 * in the possessive ("President Tayyip Erdogan's call") without it. */
function forms(t: Token): string[] {
  const word = t.base;
  const dash = word.lastIndexOf('-');
  return dash > 0 ? [word, word.slice(dash + 1)] : [word];
}

/** "al-Abadi": a lower-case particle joined by a hyphen to a capitalised name. */
function joinedParticle(t: Token | undefined): boolean {
  const dash = t?.text.lastIndexOf('-') ?? -1;
  return (
    t !== undefined && t.type === 'word' && dash > 0 && UPPER_FIRST.test(t.text.slice(dash + 1))
  );
}

/** What ends right before token i: an honorific ("Mr.", "Pak"), a role ("Prime Minister",
 * "Senator"), or neither. */
function titledAt(
  pack: CompiledPack,
  tokens: readonly Token[],
  i: number,
): 'honorific' | 'role' | null {
  let j = i - 1;
  if (tokens[j]?.text === '.') j--;
  if (j < 0) return null;
  if (pack.honorifics.matchAt(tokens, j) === 1) return 'honorific';
  for (let k = Math.max(0, j - 3); k <= j; k++)
    if (pack.roles.matchAt(tokens, k, j + 1) === j + 1 - k) return 'role';
  return null;
}

/** Tokens ending a sentence, for this pass's rough sentences. */
const SENTENCE_END = new Set(['.', '!', '?']);

/** Words of the description before a firm's name set off by commas ("Klub Liga Inggris"). */
const MAX_DESCRIPTION_TOKENS = 6;

/**
 * "Perusahaan teknologi asal Korea, Lumina, merilis ...", "Klub Liga Inggris, Westbury,
 * ...": a name set off by commas right after a description that opens, at the sentence's or
 * clause's start, with an organization's word is that organization. The end of the name, or -1.
 */
function firmAppositive(pack: CompiledPack, tokens: readonly Token[], i: number): number {
  if (tokens[i - 1]?.text !== ',') return -1;
  let end = i;
  while (end + 1 < tokens.length && end - i + 1 < MAX_NAME_WORDS && nameWord(pack, tokens[end + 1]))
    end++;
  if (tokens[end + 1]?.text !== ',') return -1;
  let k = i - 2;
  while (k > i - 2 - MAX_DESCRIPTION_TOKENS && tokens[k]?.type === 'word') k--;
  const first = tokens[k + 1];
  const opens = k < 0 || SENTENCE_END.has(tokens[k]?.text ?? '');
  return opens && k + 1 < i - 1 && first && pack.organizations.has(first.base) ? end : -1;
}

/** "CEO Nalaria, Sam Wirawan": one name between a role and a comma, then a person's name of
 * two words, is whom the person works for, not the person. */
function employerBeforeName(pack: CompiledPack, tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i + 1]?.text === ',' &&
    nameWord(pack, tokens[i + 2]) &&
    nameWord(pack, tokens[i + 3]) &&
    !pack.places.has(tokens[i]?.lower ?? '')
  );
}

/** Lower-case words naming a firm's trade between its word and its name. */
const MAX_TRADE_WORDS = 2;

/** Token i follows an organization's word and one or two plain lower-case words of its trade. */
function tradeBefore(pack: CompiledPack, tokens: readonly Token[], i: number): boolean {
  for (let n = 1; n <= MAX_TRADE_WORDS; n++) {
    const w = tokens[i - n];
    // "perusahaan milik keluarga Wiranata": a person's kin own it; the name is theirs.
    if (w?.type !== 'word' || w.cap || pack.stopwords.has(w.lower)) return false;
    if (pack.relationNouns.has(w.lower)) return false;
    const before = tokens[i - n - 1];
    if (before?.type === 'word' && pack.organizations.has(before.base)) return true;
  }
  return false;
}

/** Words of the longest unnamed official's phrase ("juru bicara"). */
const MAX_SPOKES_WORDS = 3;

/** An unnamed official's word ("juru bicara", "spokesman") ends right before token i. */
function spokesBefore(pack: CompiledPack, tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - MAX_SPOKES_WORDS); k < i; k++)
    if (pack.unnamedOfficials.matchAt(tokens, k, i) === i - k) return true;
  return false;
}

/** Characters a piece of a long block holds before it is cut at a sentence's end. */
const PIECE_CHARS = 2000;
/** Characters before a cut that hold the word an abbreviation's dot ends ("Prof.", "U.S."). */
const ABBREVIATION_REACH = 24;

/**
 * A block in pieces cut after a sentence's end (". "), each about PIECE_CHARS long. Every
 * look of the pass stops at a sentence's end, so the pieces give what the whole would, while a
 * page that is one huge paragraph never holds all its tokens at once (they outlive the young
 * generation and cost the collector more than the pass itself).
 */
function pieces(text: string, abbreviations: ReadonlySet<string>, out: string[]): string[] {
  let from = 0;
  const endsSentence = (cut: number): boolean =>
    SENTENCE_END.has(text[cut - 1] as string) &&
    text[cut] === ' ' &&
    !endsWithAbbreviation(text.slice(Math.max(from, cut - ABBREVIATION_REACH), cut), abbreviations);
  while (text.length - from > PIECE_CHARS) {
    let cut = from + PIECE_CHARS;
    while (cut < text.length && !endsSentence(cut)) cut++;
    out.push(text.slice(from, cut));
    from = cut + 1;
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}

/** `tokensOf`, when given, gets each piece's tokens by its text: a sentence the engine reads
 * later with the same text takes them instead of tokenizing it again (analyze.ts). */
export function nameEvidence(
  pack: CompiledPack,
  texts: readonly string[],
  tokensOf?: Map<string, Token[]>,
): NameEvidence {
  const people = new Set<string>();
  const institutions = new Set<string>();
  const common = new Set<string>();
  const bodies = new Set<string>();
  let carried: Carried = { speaker: null, alone: false };
  // "Tirtamas said ... . He added ...": a pronoun pointing back is weaker than an
  // organization's word written with the name ("PT Tirtamas"), so it counts only without one.
  const pointedPeople = new Set<string>();
  // Plain loops, no generator spread into flatMap: cheaper in the unoptimized code of a fresh page.
  const all: string[] = [];
  for (let b = 0; b < texts.length; b++) pieces(texts[b] as string, pack.abbreviations.words, all);
  for (let p = 0; p < all.length; p++) {
    const tokens = tokenize(all[p] as string);
    tokensOf?.set(all[p] as string, tokens);
    carried = pointedBackSpeakers(pack, tokens, carried, pointedPeople, institutions);
    bodyAcronyms(pack, tokens, bodies);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t?.type === 'word' && !t.cap) common.add(t.lower);
      if (!t || !nameWord(pack, t)) continue;
      const firm = firmAppositive(pack, tokens, i);
      if (firm >= 0) {
        for (let k = i; k <= firm; k++) institutions.add((tokens[k] as Token).lower);
        i = firm;
        continue;
      }
      const title = titledAt(pack, tokens, i);
      if (title === 'role' && employerBeforeName(pack, tokens, i)) {
        institutions.add(t.lower);
        continue;
      }
      if (title) {
        // The name after the title, up to its surname.
        let end = i;
        while (
          end + 1 < tokens.length &&
          end - i + 1 < MAX_NAME_WORDS &&
          (nameWord(pack, tokens[end + 1]) ||
            joinedParticle(tokens[end + 1]) ||
            // "Staffan de Mistura": a particle inside the name, before its last word.
            (pack.nameParticles.has(tokens[end + 1]?.lower ?? '') &&
              nameWord(pack, tokens[end + 2])))
        )
          end++;
        // "Chief Corporate Affairs Lumina Rina Wati": names running on past the longest mix
        // the title, the employer and the person; which is which is unknown.
        // "Vice President Corporate Communications Lumina, Rina Wati": so do names between a
        // role and a comma before the person's name.
        if (
          title === 'role' &&
          ((end - i + 1 === MAX_NAME_WORDS && nameWord(pack, tokens[end + 1])) ||
            (end > i && employerBeforeName(pack, tokens, end)))
        )
          continue;
        // "Direktur Utama Pertamina Nicke Widyawati", "CEO Microsoft Satya Nadella": a role's
        // longest run may open with the employer's name, so its first word proves nothing.
        const from = title === 'role' && end - i + 1 === MAX_NAME_WORDS ? i + 1 : i;
        // "kata juru bicara Lumina": one word after a spokesman's word may be whom the holder
        // speaks for, so it counts only where nothing in the article makes it an institution
        // ("Senator Pryce" stays a person's title).
        const into =
          title === 'role' && end === i && spokesBefore(pack, tokens, i) ? pointedPeople : people;
        for (let k = from; k <= end; k++) {
          const w = tokens[k] as Token;
          if (w.cap || w.text.includes('-')) for (const f of forms(w)) into.add(f);
        }
        continue;
      }
      const prev = tokens[i - 1];
      // "Lopez, 42, says ...": a name with an age between commas is a person's.
      if (ageBetweenCommas(tokens, i + 1) && !nameWord(pack, prev)) {
        for (const f of forms(t)) people.add(f);
        continue;
      }
      // "PT Pertamina", "perusahaan Microsoft"; not a name after the word closing a firm's
      // name ("PT Logam Jaya Tbk Desi Safitri": Desi is the person after the firm).
      // "raksasa teknologi Microsoft", "startup kecerdasan buatan Nalaria": the firm's word,
      // then one or two lower-case words of its trade.
      const trade = tradeBefore(pack, tokens, i);
      if (
        trade ||
        (prev?.type === 'word' &&
          (pack.namePrefixes.has(prev.lower) ||
            (pack.data.adjectivesAfterNoun && pack.firmPossessions.has(prev.lower)) ||
            (pack.organizations.has(prev.base) && !nameWord(pack, tokens[i - 2]))))
      ) {
        institutions.add(t.lower);
        continue;
      }
      // "Goldman Sachs Group Inc": every name word before an organization's word is the firm's.
      let end = i;
      while (
        end + 1 < tokens.length &&
        end - i + 1 < MAX_NAME_WORDS &&
        nameWord(pack, tokens[end + 1])
      )
        end++;
      const after = tokens[end + 1];
      // "Goldman Sachs (GS.N)": a listed company's ticker after the name; "Baxter Dunmore,
      // the investment bank,": a firm's description after it.
      const listed =
        tickerAt(tokens, end + 1) ||
        firmDescribedAfter(pack, tokens, end) ||
        firmNamedAfter(pack, tokens, end) ||
        firmPossessionAround(pack, tokens, i, end);
      // "the Black Lives Matter movement": after "the", a lower-case organization's word too.
      const orgAfter = after?.type === 'word' && pack.organizations.has(after.base);
      const the = pack.definiteDeterminers.has(prev?.lower ?? '');
      if (listed || (orgAfter && (after.cap || the))) {
        for (let k = i; k <= end; k++) {
          institutions.add((tokens[k] as Token).lower);
          institutions.add((tokens[k] as Token).base);
        }
        i = end;
        continue;
      }
      // "Erdogan, the Turkish president,": a role set off after the name is a person's.
      if (roleDescribedAfter(pack, tokens, end)) {
        for (let k = i; k <= end; k++) for (const f of forms(tokens[k] as Token)) people.add(f);
        i = end;
        continue;
      }
      // "Wyden said he would revive ...", "Vale said his ...": a person speaking of themself;
      // "Lumina said its ...": a firm.
      const cue = after?.type === 'word' && pack.cueWords.has(after.lower) ? end + 1 : -1;
      const pronoun = cue >= 0 && !nameWord(pack, prev) ? pronounAfterCue(pack, tokens, cue) : null;
      const into = pronoun === 'person' ? people : pronoun === 'institution' ? institutions : null;
      if (into) for (let k = i; k <= end; k++) into.add((tokens[k] as Token).lower);
    }
  }
  for (const w of pointedPeople) if (!institutions.has(w)) people.add(w);
  return { people, institutions, common, bodies };
}
