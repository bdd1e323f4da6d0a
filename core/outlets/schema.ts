/**
 * The shape of an outlet entry, as zod/mini schemas: the bundled data is checked against
 * `OutletSchema` by the tests, the options page checks the user's own entries against
 * `UserOutletSchema` (same fields, but a citation is optional: it is the user's judgement).
 */
import * as z from 'zod/mini';

/**
 * - state_controlled: the state controls the editorial line (KCNA, TASS, Xinhua). The only
 *   category the engine treats as state media.
 * - public_independent: publicly funded, editorially independent by law or charter (BBC, NHK).
 * - private: privately owned outlets.
 * - wire: news agencies whose copy other outlets carry (Reuters, AP, AFP, dpa, ...).
 */
export const OUTLET_CATEGORIES = [
  'state_controlled',
  'public_independent',
  'private',
  'wire',
] as const;
export const OutletCategorySchema = z.enum(OUTLET_CATEGORIES);
export type OutletCategory = z.infer<typeof OutletCategorySchema>;

/** A host name as the registry keys it: lower case, at least two labels, no "www.". */
export const DOMAIN_RE = /^(?!www\.)(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z\d-]{2,63}$/;
export const DATE_RE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/** ISO 3166-1 alpha-2, upper case ("KP", "RU", "ID"). */
export const COUNTRY_RE = /^[A-Z]{2}$/;
export const ID_RE = /^[a-z\d]+(?:-[a-z\d]+)*$/;

const phrases = z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(60))));

/**
 * How one alias may match in running text. Without a rule an alias matches wherever it
 * stands as whole words, with the case rule every alias follows: an upper-case letter in
 * the alias must be upper case in the text, a lower-case one may be either ("KCNA" never
 * matches "kcna", "Antara" never matches "antara", "Xinhua" matches "XINHUA").
 *
 * Phrases are compared word by word, case-insensitively, punctuation between words ignored;
 * "#" stands for any number ("RT 05").
 */
export const AliasRuleSchema = z.object({
  /** Never matched in text (kept for display and review): "CNA" is two outlets, "MENA" a region. */
  ambiguous: z.optional(z.boolean()),
  /** The text must have exactly the alias's case: "dpa" but not "DPA" (an Indonesian budget document). */
  exactCase: z.optional(z.boolean()),
  /** Matches only right after one of these phrases or right before one of `after`. */
  needsBefore: phrases,
  needsAfter: phrases,
  /** Matches also when written in parentheses: "(Antara)". Only meaningful with needs*. */
  inParens: z.optional(z.boolean()),
  /** Does not match right after one of these phrases ("Ketua" RT, "di" antara). */
  notBefore: phrases,
  /** Does not match right before one of these phrases (Sputnik "V", RT "/RW", RT "#"). */
  notAfter: phrases,
});
export type AliasRule = z.infer<typeof AliasRuleSchema>;

export const CitationSchema = z.object({
  title: z.string().check(z.minLength(3), z.maxLength(300)),
  url: z.string().check(z.regex(/^https:\/\/[^\s/.]+(?:\.[^\s/.]+)+\/\S*$/), z.maxLength(2000)),
});
export type Citation = z.infer<typeof CitationSchema>;

const fields = {
  /** Stable, lower-case, hyphenated ("kcna", "voice-of-america"). */
  id: z.string().check(z.regex(ID_RE), z.maxLength(80)),
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  /** Other names as written: abbreviations, English, Indonesian and native forms. */
  aliases: z.array(z.string().check(z.minLength(2), z.maxLength(120))),
  /** Per-alias matching rules, keyed by the alias (or the name) exactly as written. */
  aliasRules: z.optional(z.record(z.string(), AliasRuleSchema)),
  /** Host names it publishes on; the registrable domain unless a subdomain is a different outlet. */
  domains: z.array(z.string().check(z.regex(DOMAIN_RE), z.maxLength(253))),
  country: z.string().check(z.regex(COUNTRY_RE)),
  category: OutletCategorySchema,
  /** Where the category comes from. */
  citation: CitationSchema,
  /** YYYY-MM-DD: when the entry was last checked against its citation. */
  reviewed: z.string().check(z.regex(DATE_RE)),
  /** Why the classification is contested, or what is special about it. */
  note: z.optional(z.string().check(z.minLength(10), z.maxLength(1000))),
};

export const OutletSchema = z.object(fields);
export type Outlet = z.infer<typeof OutletSchema>;

/**
 * A user's own entry from the options page: citation, country and review date are
 * optional (the user vouches for it), and at least one domain or alias is needed for the
 * entry to do anything. `toOutlet` fills the gaps.
 */
export const UserOutletSchema = z
  .object({
    ...fields,
    aliases: z.optional(fields.aliases),
    domains: z.optional(fields.domains),
    country: z.optional(z.string().check(z.regex(/^(?:[A-Z]{2})?$/))),
    // Empty strings are "not given": the options form may send them.
    citation: z.optional(
      z.nullable(
        z.object({
          title: z.string().check(z.maxLength(300)),
          url: z.string().check(z.regex(/^(?:https?:\/\/\S+)?$/), z.maxLength(2000)),
        }),
      ),
    ),
    reviewed: z.optional(fields.reviewed),
  })
  .check(
    z.refine((o) => (o.domains?.length ?? 0) + (o.aliases?.length ?? 0) > 0, {
      message: 'an outlet needs at least one domain or alias',
    }),
  );
export type UserOutlet = z.infer<typeof UserOutletSchema>;

/** The citation of a user's entry that gives none: says so rather than pointing anywhere. */
export const USER_CITATION: Citation = { title: 'Added by the user', url: '' };

/** A validated user entry as a registry entry. */
export function toOutlet(user: UserOutlet, today: string): Outlet {
  const outlet: Outlet = {
    id: user.id,
    name: user.name,
    aliases: user.aliases ?? [],
    domains: user.domains ?? [],
    country: user.country || 'ZZ',
    category: user.category,
    citation: user.citation?.title.trim() ? user.citation : USER_CITATION,
    reviewed: user.reviewed ?? today,
  };
  if (user.aliasRules) outlet.aliasRules = user.aliasRules;
  if (user.note !== undefined) outlet.note = user.note;
  return outlet;
}
