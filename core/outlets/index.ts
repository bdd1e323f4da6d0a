/**
 * Outlet registry API (stub: issue #4 fills the data and the matching).
 * The engine only talks to this interface.
 */
export type OutletCategory = 'state_controlled' | 'public_independent' | 'private' | 'wire';

export interface Outlet {
  id: string;
  name: string;
  aliases: string[];
  domains: string[];
  country: string;
  category: OutletCategory;
  citation: { title: string; url: string };
  reviewed: string;
  note?: string;
}

export interface OutletMention {
  outlet: Outlet;
  /** Offsets into the text that was searched. */
  start: number;
  end: number;
  text: string;
}

export interface OutletRegistry {
  all(): readonly Outlet[];
  get(id: string): Outlet | undefined;
  /** The outlet publishing on this host name or URL, if any. */
  byDomain(hostOrUrl: string): Outlet | null;
  /** Outlet names mentioned in a sentence, left to right, without overlaps. */
  findInText(text: string): OutletMention[];
}

export function isStateControlled(outlet: Outlet | null | undefined): boolean {
  return outlet?.category === 'state_controlled';
}

export function createRegistry(extra: readonly Outlet[] = []): OutletRegistry {
  const outlets = [...extra];
  return {
    all: () => outlets,
    get: (id) => outlets.find((o) => o.id === id),
    byDomain: () => null,
    findInText: () => [],
  };
}

export const defaultRegistry: OutletRegistry = createRegistry();
