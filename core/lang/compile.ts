/**
 * Turns a pack's plain data into lookup tables, once per pack at module load: phrases are
 * indexed by their first word, so matching at a token costs one Map lookup plus a compare
 * of the (few) phrases starting with that word, longest first.
 */
import { institutionPhrases } from '../institutions/phrases';
import type { Token } from '../text';
import type { LangData } from './types';

/** A pack's contracted verb after a pronoun ("it's" for "it is" and "it has"): its words. */
export interface Contraction {
  hosts: ReadonlySet<string>;
  verbs: ReadonlySet<string>;
  clitic: string;
}

/**
 * The phrase with one pronoun and verb written as its contraction ("it has been reported" ->
 * "it's been reported"), or null. The contracted word is never a possessive, so it is
 * compared as written (a token's `lower`), its `base` being the bare pronoun.
 */
function contracted(parts: string[], c: Contraction): string[] | null {
  for (let k = 0; k + 1 < parts.length; k++) {
    if (c.hosts.has(parts[k] as string) && c.verbs.has(parts[k + 1] as string))
      return [...parts.slice(0, k), `${parts[k]}${c.clitic}`, ...parts.slice(k + 2)];
  }
  return null;
}

export class PhraseTable {
  private readonly byFirst = new Map<string, string[][]>();
  /** The one-word phrases (multi-word ones are matched as wholes). */
  readonly words = new Set<string>();
  /** Words in the longest phrase. */
  readonly longest: number = 0;
  /** Its place among the pack's tables indexed by first word (rules/table-matches.ts), or
   * -1 for a table the rules do not scan. */
  slot = -1;

  constructor(phrases: readonly string[], contraction?: Contraction) {
    for (const phrase of phrases) {
      const parts = phrase.split(' ');
      const first = parts[0] as string;
      this.add(first, parts);
      if (parts.length === 1) this.words.add(first);
      this.longest = Math.max(this.longest, parts.length);
      const short = contraction && contracted(parts, contraction);
      // Filed under the same first word: a contracted one's `base` is the bare pronoun.
      if (short) this.add(first, short);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  private add(first: string, parts: string[]): void {
    const list = this.byFirst.get(first);
    if (list) list.push(parts);
    else this.byFirst.set(first, [parts]);
  }

  /** The words phrases start with. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** Does a phrase of the table start with this token? (One lookup.) */
  opens(token: Token): boolean {
    return this.byFirst.has(token.base);
  }

  /** Is this single word a phrase of the table? (The one-word phrases' set: one lookup,
   * no closure; asked for most tokens of every sentence.) */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Length in tokens of the longest phrase starting at tokens[i] (0: none). Matching
   * uses each token's `base` (lower case, possessive "'s" removed); a contracted pronoun
   * ("it's") its `lower`. */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): number {
    const first = tokens[i];
    if (!first) return 0;
    const list = this.byFirst.get(first.base);
    if (!list) return 0;
    // An index loop: an iterator's results are allocations in unoptimized code (core/text.ts).
    outer: for (let p = 0; p < list.length; p++) {
      const parts = list[p] as string[];
      if (i + parts.length > limit) continue;
      for (let k = 1; k < parts.length; k++) {
        const t = tokens[i + k] as Token;
        if (t.base !== parts[k] && t.lower !== parts[k]) continue outer;
      }
      // The first word is the key, but a contracted one must be written so.
      if (parts[0] !== first.base && parts[0] !== first.lower) continue;
      return parts.length;
    }
    return 0;
  }

  /**
   * The longest phrase starting at tokens[i] read through words `skippable` says may stand
   * inside it ("it has been widely reported"): the index after its last word, or -1. A word
   * the phrase has next is read as the phrase's, so a skippable auxiliary ("has") still
   * matches where the phrase needs it.
   */
  matchThrough(tokens: readonly Token[], i: number, skippable: (t: Token) => boolean): number {
    const first = tokens[i];
    const list = first ? this.byFirst.get(first.base) : undefined;
    if (!first || !list) return -1;
    outer: for (let p = 0; p < list.length; p++) {
      const parts = list[p] as string[];
      if (parts[0] !== first.base && parts[0] !== first.lower) continue;
      let at = i + 1;
      for (let k = 1; k < parts.length; k++) {
        for (;;) {
          const t = tokens[at];
          if (!t) continue outer;
          if (t.base === parts[k] || t.lower === parts[k]) break;
          if (!skippable(t)) continue outer;
          at++;
        }
        at++;
      }
      return at;
    }
    return -1;
  }

  /** First match in tokens[from, to): its start and length. A word no phrase starts with
   * (most words) is passed over with one lookup, not a call of matchAt. */
  find(tokens: readonly Token[], from = 0, to = tokens.length): { at: number; len: number } | null {
    for (let i = from; i < to; i++) {
      if (!this.byFirst.has(tokens[i]?.base ?? '')) continue;
      const len = this.matchAt(tokens, i, to);
      if (len) return { at: i, len };
    }
    return null;
  }
}

/**
 * For a list of the pack's tables: each word, the tables of the list (in its order) with a
 * phrase starting with it. Code that asks a dozen tables at a token asks only these (most
 * words open none); built once per pack and list.
 */
const openersIn = new WeakMap<object, Map<readonly string[], Map<string, string[]>>>();
export function tablesOpenedBy<F extends keyof Tables>(
  pack: CompiledPack,
  fields: readonly F[],
): Map<string, F[]> {
  let lists = openersIn.get(pack);
  if (!lists) openersIn.set(pack, (lists = new Map()));
  let byWord = lists.get(fields) as Map<string, F[]> | undefined;
  if (!byWord) {
    byWord = new Map();
    for (const field of fields)
      for (const word of pack[field].firstWords()) {
        const list = byWord.get(word);
        if (list) list.push(field);
        else byWord.set(word, [field]);
      }
    lists.set(fields, byWord);
  }
  return byWord;
}

type Tables = {
  [K in keyof LangData as LangData[K] extends readonly string[] ? K : never]: PhraseTable;
};

export interface CompiledPack extends Tables {
  code: string;
  data: LangData;
  /** One-word source phrases and the small words around them (roles, bodies, documents...). */
  sourceWords: Set<string>;
  /** For each word, the slots of the scanned tables (SCANNED_FIELDS) with a phrase starting
   * with it: one lookup per token tells which of them a sentence can match at all
   * (rules/table-matches.ts). */
  tablesByFirstWord: Map<string, number[]>;
  /** The scanned tables, by slot. */
  scannedTables: PhraseTable[];
  /** First words of every cue phrase: a sentence with none of them has no attribution. */
  cueWords: Set<string>;
  /** Every cue phrase in one table: a sentence where none matches has no attribution
   * either (every rule starts from a match of one of these tables). */
  cuePhrases: PhraseTable;
}

export const CUE_FIELDS = [
  'speakerVerbs',
  'denialVerbs',
  'restatingVerbs',
  'inverseVerbs',
  'inverseVerbsAfterQuote',
  'inverseVerbsAfterQuoteMark',
  'inverseVerbsOpening',
  'cliticCues',
  'cliticCuesAfterQuoteMark',
  'accordingTo',
  'basedOn',
  'perCues',
  'findingVerbs',
  'stanceVerbs',
  'questioningVerbs',
  'expectationVerbs',
  'bareStanceVerbs',
  'claimNouns',
  'passiveBy',
  'pointedPassives',
  'evaluativePassives',
  'frontedAgentVerbs',
  'statementFrames',
  'relays',
  'publicationOpenings',
  'unnamedCues',
  'hedges',
  'findingNouns',
  'quoteVerbs',
  'quotedPassive',
  'participleCues',
  'statementIssued',
  'claimFirstVerbs',
  'mannerVerbs',
  'viewOpeners',
  'writtenPassives',
  'framingVerbs',
  'findingParticiples',
  'figureVerbs',
  'viewNouns',
] as const;

/**
 * The tables the rules scan a whole sentence for (rules/table-matches.ts): the cue tables and
 * the two relayed ones. Only these are indexed by first word: indexing every table (stop
 * words, determiners, places...) filed a common word such as "the" under dozens of tables no
 * rule scans, for every sentence the rules read. A table left out is still scanned, token by
 * token.
 */
const SCANNED_FIELDS = [...CUE_FIELDS, 'relayedSpeechActs', 'reportedAsVerbs'] as const;

/** Tables whose phrases make up a source ("the Kenyan health ministry", "salah seorang warga"). */
export const SOURCE_PHRASE_TABLES = [
  'roles',
  'modifiers',
  'officialDomains',
  'bodies',
  'portfolios',
  'places',
  'organizations',
  'unnamedOfficials',
  'anonymous',
  'stateMedia',
  'media',
  'documents',
  'determiners',
] as const;

const SOURCE_FIELDS = [
  ...SOURCE_PHRASE_TABLES,
  'connectors',
  'anaphoricMarkers',
  'personPronouns',
  'groupPronouns',
  'honorifics',
  // "menurut pihak kepolisian", "kata pihak sekolah": the side of an institution, in lower
  // case after the cue, opens the source phrase as it does a sentence.
  'institutionMarkers',
] as const;

/**
 * The registry's names of institutions (core/institutions) join the tables of the kind they
 * speak as: the pack lists the class words ("ministry"), the registry the names ("NATO").
 */
function registered(data: LangData): Pick<LangData, 'bodies' | 'organizations'> {
  return {
    bodies: [...data.bodies, ...institutionPhrases(data.code, 'official_body')],
    organizations: [...data.organizations, ...institutionPhrases(data.code, 'organization')],
  };
}

/**
 * "generals", "envoys": the plurals of the pack's one-word roles that no source table lists,
 * as unnamed officials, or as unnamed people where the singular is listed as one ("authors").
 */
function rolePlurals(data: LangData): { officials: string[]; people: string[] } {
  const listed = new Set(SOURCE_PHRASE_TABLES.flatMap((t) => data[t] as readonly string[]));
  const civilian = new Set(data.anonymous);
  const officials: string[] = [];
  const people: string[] = [];
  for (const role of data.roles) {
    if (role.includes(' ')) continue;
    for (const ending of data.rolePluralEndings) {
      const plural = role + ending;
      if (!listed.has(plural)) (civilian.has(role) ? people : officials).push(plural);
    }
  }
  // "sumber-sumber", "pejabat-pejabat": a language that marks no plural on the noun doubles
  // it; the doubled word speaks as the single one's kind.
  if (data.numberless) {
    const doubled = (word: string) => `${word}-${word}`;
    const single = (word: string) => !/[\s-]/u.test(word) && !listed.has(doubled(word));
    officials.push(
      ...[...data.unnamedOfficials, ...data.roles]
        .filter((w) => single(w) && !civilian.has(w))
        .map(doubled),
    );
    people.push(...data.anonymous.filter(single).map(doubled));
  }
  return { officials, people };
}

export function compilePack(pack: LangData): CompiledPack {
  const data: LangData = { ...pack, ...registered(pack) };
  const tables: Record<string, PhraseTable> = {};
  // "it's believed", "that's the view": every phrase with "it is" or "it has" matches so too.
  const contraction: Contraction | undefined = data.contractedClitics[0]
    ? {
        hosts: new Set(data.contractedHosts),
        verbs: new Set(data.contractedVerbs),
        clitic: data.contractedClitics[0],
      }
    : undefined;
  const plurals = rolePlurals(data);
  const withheld = data.withholdingVerbs.flatMap((verb) =>
    data.withheldPassives.flatMap((passive) =>
      data.withheldNouns.map((noun) => `${verb} ${passive} ${noun}`),
    ),
  );
  const derived: Partial<Record<keyof LangData, string[]>> = {
    unnamedOfficials: [...data.unnamedOfficials, ...plurals.officials],
    anonymous: [...data.anonymous, ...plurals.people, ...withheld],
    withheldNames: [...data.withheldNames, ...withheld],
    stanceVerbs: [
      ...data.stanceVerbs,
      ...data.mindCopulas.flatMap((be) => data.mindAdjectives.map((adj) => `${be} ${adj}`)),
      ...data.disputeVerbs.flatMap((verb) => data.disputedNouns.map((noun) => `${verb} ${noun}`)),
    ],
    // "aired live by", "disiarkan langsung": how a broadcast went out, after its verb.
    relays: [
      ...data.relays,
      ...data.broadcastRelays.flatMap((phrase) => {
        const [verb, ...rest] = phrase.split(' ');
        return data.broadcastManners.map((how) => [verb, how, ...rest].join(' '));
      }),
    ],
    findingVerbs: [
      ...data.findingVerbs,
      ...data.pictureVerbs.flatMap((verb) =>
        data.pictureNouns.flatMap((noun) => [
          `${verb} ${noun}`,
          ...data.pictureLinks.map((link) => `${verb} ${noun} ${link}`),
        ]),
      ),
    ],
  };
  for (const [key, value] of Object.entries(data)) {
    const words = derived[key as keyof LangData] ?? value;
    if (Array.isArray(words)) tables[key] = new PhraseTable(words as string[], contraction);
  }
  const sourceWords = new Set<string>();
  for (const field of SOURCE_FIELDS)
    for (const w of (tables[field] as PhraseTable).words) sourceWords.add(w);
  const cueWords = new Set<string>();
  // The derived phrases too ("released photos"): the gate of a sentence's rules asks these.
  const cueLists = CUE_FIELDS.map((field) => derived[field] ?? data[field]);
  for (const list of cueLists)
    for (const phrase of list) cueWords.add(phrase.split(' ')[0] as string);
  const cuePhrases = new PhraseTable(cueLists.flat(), contraction);
  const tablesByFirstWord = new Map<string, number[]>();
  const scanned = [...new Set(SCANNED_FIELDS.map((field) => tables[field] as PhraseTable))];
  scanned.forEach((table, slot) => {
    table.slot = slot;
    for (const word of table.firstWords()) {
      const list = tablesByFirstWord.get(word);
      if (list) list.push(slot);
      else tablesByFirstWord.set(word, [slot]);
    }
  });
  return {
    ...(tables as unknown as Tables),
    tablesByFirstWord,
    scannedTables: scanned,
    code: data.code,
    data,
    sourceWords,
    cueWords,
    cuePhrases,
  };
}
