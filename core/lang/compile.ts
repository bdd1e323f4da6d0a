/**
 * Turns a pack's plain data into lookup tables, once per pack on first use (PhraseTable:
 * phrases indexed by their first word), or restores the tables a build saved (SavedPack).
 */
import { institutionPhrases, searchingInstitutionPhrases } from '../institutions/phrases';
import { PhraseTable, type Contraction, type SavedPhraseTable } from './phrase-table';
import type { OutletContextData } from './outlet-types';
import type { LangData } from './types';

export { PhraseTable };

/**
 * Lists read as plain data by the outlet registry (wordsOfEveryPack), whose matcher splits
 * names its own way: never matched as the pack's tables, so none is built, saved or
 * restored for them (a saved pack parsed at every start stays as small as before).
 */
const DATA_ONLY_FIELDS: Record<keyof OutletContextData, true> = {
  broadcastCitingAfter: true,
  newsAgencyMarkers: true,
  outletAppositionNouns: true,
  outletAppositionOpeners: true,
  outletCitingAfter: true,
  outletClauseOpeners: true,
  outletCitingBefore: true,
  personInitialsAfter: true,
  personInitialsBefore: true,
  portalCitingBefore: true,
  stateBroadcastCitingBefore: true,
  viceOffices: true,
};

/** A list of the pack that is turned into a table. */
function isTable(key: string, value: unknown): boolean {
  return Array.isArray(value) && !Object.hasOwn(DATA_ONLY_FIELDS, key);
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
  [
    K in keyof LangData as LangData[K] extends readonly string[]
      ? K extends keyof OutletContextData
        ? never
        : K
      : never
  ]: PhraseTable;
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
  'outletLearning',
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
  // "The state-run SANA issued a report ...": a word saying the state runs the outlet after
  // it is part of the subject's phrase.
  'stateOutletModifiers',
] as const;

/** The fields of a compiled pack's data that the registry adds to (registered()). */
type RegisteredFields = Pick<LangData, 'bodies' | 'organizations' | 'searchingBodies'>;

/**
 * The registry's names of institutions (core/institutions) join the tables of the kind they
 * speak as: the pack lists the class words ("ministry"), the registry the names ("NATO").
 * Those marked as searching places join the pack's searching words ("police") too.
 */
function registered(data: LangData): RegisteredFields {
  return {
    bodies: [...data.bodies, ...institutionPhrases(data.code, 'official_body')],
    organizations: [...data.organizations, ...institutionPhrases(data.code, 'organization')],
    searchingBodies: [...data.searchingBodies, ...searchingInstitutionPhrases(data.code)],
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
  // Every order: "tidak mau disebutkan namanya", "namanya tidak mau disebutkan", "tidak mau
  // namanya disebutkan".
  const withheld = data.withholdingVerbs
    .flatMap((verb) =>
      data.withheldPassives.flatMap((passive) =>
        data.withheldNouns.flatMap((noun) => [
          `${verb} ${passive} ${noun}`,
          `${noun} ${verb} ${passive}`,
          `${verb} ${noun} ${passive}`,
        ]),
      ),
    )
    .concat(
      data.withholdingRequests.flatMap((ask) =>
        data.withheldNouns.flatMap((noun) => [
          ...data.withheldNegators.flatMap((not) =>
            data.withheldPassives.map((passive) => `${ask} ${noun} ${not} ${passive}`),
          ),
          ...data.keptPassives.map((kept) => `${ask} ${noun} ${kept}`),
        ]),
      ),
    );
  const derived: Partial<Record<keyof LangData, string[]>> = {
    unnamedOfficials: [...data.unnamedOfficials, ...plurals.officials],
    // Every phrase withholding a name marks an unnamed source ("a diplomat speaking
    // anonymously said"), whichever list it was written in.
    anonymous: [...new Set([...data.anonymous, ...data.withheldNames])].concat(
      plurals.people,
      withheld,
    ),
    withheldNames: [...data.withheldNames, ...withheld],
    stanceVerbs: [
      ...data.stanceVerbs,
      ...data.mindCopulas.flatMap((be) => data.mindAdjectives.map((adj) => `${be} ${adj}`)),
      ...data.disputeVerbs.flatMap((verb) => data.disputedNouns.map((noun) => `${verb} ${noun}`)),
    ],
    // "played down any chance of", "menepis kemungkinan": a likelihood judged is words said.
    speakerVerbs: [
      ...data.speakerVerbs,
      ...data.likelihoodVerbs.flatMap((verb) =>
        data.likelihoodNouns.flatMap((noun) =>
          data.likelihoodLinks.length
            ? data.likelihoodLinks.map((link) => `${verb} ${noun} ${link}`)
            : [`${verb} ${noun}`],
        ),
      ),
    ],
    // "Hal senada (juga) disampaikan X": a subject pointing back, then a passive of saying.
    passiveBy: [
      ...data.passiveBy,
      ...data.frontedObjects.flatMap((before) =>
        data.saidByPassives.flatMap((verb) => [
          `${before} ${verb}`,
          ...data.saidByInserts.map((insert) => `${before} ${insert} ${verb}`),
        ]),
      ),
    ].sort(),
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
    if (isTable(key, words)) tables[key] = new PhraseTable(words as string[], contraction);
  }
  return assemble(tables, data, indexTables(tables));
}

/**
 * A pack's own parts, all of them read off its tables: a compiled pack and a restored one
 * derive them alike, so a saved pack holds the tables only (about a fifth less JSON for the
 * English pack and a third less for the Indonesian one, parsed at every start).
 */
function indexTables(tables: Record<string, PhraseTable>): PackIndex {
  const table = (field: string) => tables[field] as PhraseTable;
  const sourceWords = new Set<string>();
  for (const field of SOURCE_FIELDS) for (const w of table(field).words) sourceWords.add(w);
  // The derived phrases too ("released photos"): the gate of a sentence's rules asks these.
  // Read off the cue tables' indexes: their phrases are not split again.
  const cuePhrases = PhraseTable.union(CUE_FIELDS.map(table));
  const cueWords = new Set(cuePhrases.firstWords());
  const tablesByFirstWord = new Map<string, number[]>();
  const scanned = [...new Set(SCANNED_FIELDS.map(table))];
  scanned.forEach((scannedTable, slot) => {
    scannedTable.slot = slot;
    for (const word of scannedTable.firstWords()) {
      const list = tablesByFirstWord.get(word);
      if (list) list.push(slot);
      else tablesByFirstWord.set(word, [slot]);
    }
  });
  return { tablesByFirstWord, scanned, sourceWords, cueWords, cuePhrases };
}

/** A compiled pack's own parts, beside its tables and data. */
interface PackIndex {
  tablesByFirstWord: Map<string, number[]>;
  scanned: PhraseTable[];
  sourceWords: Set<string>;
  cueWords: Set<string>;
  cuePhrases: PhraseTable;
}

/** The pack object, its fields in one order whether compiled here or restored. */
function assemble(
  tables: Record<string, PhraseTable>,
  data: LangData,
  index: PackIndex,
): CompiledPack {
  return {
    ...(tables as unknown as Tables),
    tablesByFirstWord: index.tablesByFirstWord,
    scannedTables: index.scanned,
    code: data.code,
    data,
    sourceWords: index.sourceWords,
    cueWords: index.cueWords,
    cuePhrases: index.cuePhrases,
  };
}

/**
 * A compiled pack as plain data (JSON): the `sumber` command's build saves each pack so, and
 * a run restores it (restorePack) instead of compiling it again: splitting, deriving and
 * sorting thousands of phrases in code not yet optimised was about a quarter of the work of a
 * one-file run, while JSON.parse and the Map and Set constructors do the same in native code.
 */
export interface SavedPack {
  /** The data's fields that the registry's names join. The rest of the data is the pack's
   * own, which the program holds already (restorePack takes it): saved, it was a sixth of the
   * English file and a quarter of the Indonesian one, parsed again at every start. */
  registered: RegisteredFields;
  /** Every table, keyed by its field, in the order of the data's fields (the pack's other
   * parts are read off them again, indexTables). */
  tables: [string, SavedPhraseTable][];
}

export function savePack(pack: CompiledPack): SavedPack {
  const tables = pack as unknown as Record<string, PhraseTable>;
  return {
    registered: {
      bodies: pack.data.bodies,
      organizations: pack.data.organizations,
      searchingBodies: pack.data.searchingBodies,
    },
    tables: Object.keys(pack.data)
      .filter((key) => isTable(key, pack.data[key as keyof LangData]))
      .map((key) => [key, (tables[key] as PhraseTable).save()]),
  };
}

/** The pack savePack() saved from this data, the same as compilePack(data) builds it. */
export function restorePack(saved: SavedPack, pack: LangData): CompiledPack {
  const tables: Record<string, PhraseTable> = {};
  for (const [key, table] of saved.tables) tables[key] = new PhraseTable(table);
  return assemble(tables, { ...pack, ...saved.registered }, indexTables(tables));
}
