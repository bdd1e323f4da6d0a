/**
 * The outlet registry: which outlet publishes on a domain, which outlets a sentence names,
 * and whether each is state-controlled, from curated data with a citation per entry
 * (core/outlets/data/). The engine only talks to this interface.
 *
 * Compiled lazily: the domain table and the name matcher are built on first use, once per
 * registry, so a page that is not an article never pays for them.
 */
import { BUNDLED_OUTLETS } from './data';
import { domainCandidates, hostOf } from './domain';
import { compileMatcher, type Matcher, type OutletMention } from './match';
import type { Outlet } from './schema';

export type { Outlet, OutletCategory, AliasRule, Citation, UserOutlet } from './schema';
export {
  OUTLET_CATEGORIES,
  OutletSchema,
  UserOutletSchema,
  AliasRuleSchema,
  CitationSchema,
  USER_CITATION,
  toOutlet,
} from './schema';
export type { OutletMention } from './match';
export { hostOf, registrableDomain } from './domain';
export { BUNDLED_OUTLETS } from './data';

export interface OutletRegistry {
  all(): readonly Outlet[];
  get(id: string): Outlet | undefined;
  /** The outlet publishing on this host name or URL, if any. Never throws. */
  byDomain(hostOrUrl: string): Outlet | null;
  /** Outlet names mentioned in a sentence, left to right, without overlaps. */
  findInText(text: string): OutletMention[];
}

export function isStateControlled(outlet: Outlet | null | undefined): boolean {
  return outlet?.category === 'state_controlled';
}

export interface RegistryOptions {
  /** The entries the user's are merged into; the bundled data unless given. */
  base?: readonly Outlet[];
}

/** A user entry is trusted only as far as the fields the registry reads. */
function usable(o: unknown): o is Outlet {
  if (!o || typeof o !== 'object') return false;
  const e = o as Partial<Outlet>;
  return (
    typeof e.id === 'string' &&
    e.id.length > 0 &&
    typeof e.name === 'string' &&
    Array.isArray(e.aliases) &&
    e.aliases.every((a) => typeof a === 'string') &&
    Array.isArray(e.domains) &&
    e.domains.every((d) => typeof d === 'string') &&
    typeof e.category === 'string'
  );
}

/**
 * The bundled registry plus the user's own entries (from the options page, validated there
 * with `UserOutletSchema`). A user entry replaces the bundled entry with the same id, takes
 * over its domains from any bundled entry that had them, and its names win a tie with a
 * bundled name. Malformed extra entries are skipped, never thrown on.
 */
export function createRegistry(
  extra: readonly Outlet[] = [],
  options: RegistryOptions = {},
): OutletRegistry {
  const base = options.base ?? BUNDLED_OUTLETS;
  const users = (Array.isArray(extra) ? extra : []).filter(usable);
  const userIds = new Set(users.map((o) => o.id));
  // User entries first: they win domain and name ties.
  const ordered: Outlet[] = [...users, ...base.filter((o) => !userIds.has(o.id))];
  const byId = new Map<string, Outlet>();
  for (const o of ordered) if (!byId.has(o.id)) byId.set(o.id, o);
  const outlets = [...byId.values()];

  let domains: Map<string, Outlet> | null = null;
  let matcher: Matcher | null = null;

  function domainTable(): Map<string, Outlet> {
    if (!domains) {
      domains = new Map();
      for (const o of outlets) {
        for (const d of o.domains) {
          const host = hostOf(d);
          if (host && !domains.has(host)) domains.set(host, o);
        }
      }
    }
    return domains;
  }

  return {
    all: () => outlets,
    get: (id) => byId.get(id),
    byDomain(hostOrUrl) {
      const table = domainTable();
      for (const candidate of domainCandidates(hostOrUrl)) {
        const hit = table.get(candidate);
        if (hit) return hit;
      }
      return null;
    },
    findInText(text) {
      if (typeof text !== 'string' || !text) return [];
      matcher ??= compileMatcher(outlets);
      return matcher.find(text);
    },
  };
}

export const defaultRegistry: OutletRegistry = createRegistry();
