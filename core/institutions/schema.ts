/**
 * The shape of an institution entry, as a zod/mini schema: the bundled data is checked
 * against `InstitutionSchema` by the tests (tests/unit/institutions/). The engine never
 * builds the schema: it reads the plain data (./phrases.ts).
 */
import * as z from 'zod/mini';
import { CitationSchema, DATE_RE, ID_RE } from '../outlets/schema';

/**
 * The source kind an institution speaks as, and so the lexicon table its names join:
 * - official_body: governments, their ministries, agencies, courts, legislatures and forces,
 *   and intergovernmental bodies (the UN, the IMF, NATO): the `bodies` table.
 * - organization: a non-governmental body (a business chamber): the `organizations` table.
 */
export const INSTITUTION_KINDS = ['official_body', 'organization'] as const;
export const InstitutionKindSchema = z.enum(INSTITUTION_KINDS);
export type InstitutionKind = z.infer<typeof InstitutionKindSchema>;

/** ISO 3166-1 alpha-2 of the state it belongs to, or `international` for a body of states. */
export const COUNTRY_RE = /^(?:[A-Z]{2}|international)$/;
/** A language pack's code ("en", "id"). */
export const LANG_RE = /^[a-z]{2}$/;

const spelling = z.string().check(z.minLength(2), z.maxLength(120));

export const InstitutionSchema = z.object({
  /** Stable, lower-case, hyphenated ("united-nations", "kpk"). */
  id: z.string().check(z.regex(ID_RE), z.maxLength(80)),
  /** Its own name in full, as the institution writes it. */
  name: z.string().check(z.minLength(2), z.maxLength(160)),
  /**
   * The spellings the engine matches, by the language of the copy they are written in
   * ("U.N." in English, "PBB" in Indonesian): added to that language's lexicon table of the
   * kind, so matched as its phrases are (whole words, any case). Adding one changes the
   * engine's output: check the corpus first.
   */
  names: z.record(z.string().check(z.regex(LANG_RE)), z.array(spelling)),
  /** Other spellings, kept out of the lexicon tables (an ordinary word in one of the
   * languages, or not checked over the corpus yet); the institution-registry stage reads
   * them as written, capitals as capitals, when one is a whole source. */
  aliases: z.optional(z.array(spelling)),
  country: z.string().check(z.regex(COUNTRY_RE)),
  kind: InstitutionKindSchema,
  /** Where the entry's facts come from (the body's own site or an encyclopedia article). */
  citation: CitationSchema,
  /** YYYY-MM-DD: when the entry was last checked against its citation. */
  reviewed: z.string().check(z.regex(DATE_RE)),
  /** A body whose work is searching places (search and rescue, a police force): what it
   * "finds" with no clause or quotation after the verb is a thing found, not a claim
   * ("<body> found the wreckage"), as for the pack's searching words
   * (core/rules/finding-verb.ts). Its names join the pack's `searchingBodies` table. */
  searches: z.optional(z.literal(true)),
  /** What is special about the entry (a former name, a metonym, a reorganisation). */
  note: z.optional(z.string().check(z.minLength(10), z.maxLength(1000))),
});
export type Institution = z.infer<typeof InstitutionSchema>;
