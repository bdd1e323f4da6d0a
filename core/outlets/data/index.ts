/**
 * All bundled outlets, one list sorted by id. Each category lives in its own file, itself
 * sorted by id; tests/unit/outlets/data.test.ts checks both, and every entry against the schema.
 */
import type { Outlet } from '../schema';
import { PRIVATE_INDONESIA } from './private-indonesia';
import { PRIVATE_INTERNATIONAL } from './private-international';
import { PRIVATE_JOURNALS } from './private-journals';
import { PRIVATE_PRESS } from './private-press';
import { PRIVATE_SPECIALIST } from './private-specialist';
import { PUBLIC_INDEPENDENT } from './public-independent';
import { STATE_CONTROLLED } from './state-controlled';
import { WIRE } from './wire';

/** The data files, by name, for the tests and the CLI. */
export const DATA_FILES: Readonly<Record<string, readonly Outlet[]>> = {
  'state-controlled': STATE_CONTROLLED,
  'public-independent': PUBLIC_INDEPENDENT,
  wire: WIRE,
  'private-international': PRIVATE_INTERNATIONAL,
  'private-indonesia': PRIVATE_INDONESIA,
  'private-specialist': PRIVATE_SPECIALIST,
  'private-journals': PRIVATE_JOURNALS,
  'private-press': PRIVATE_PRESS,
};

export const BUNDLED_OUTLETS: readonly Outlet[] = Object.values(DATA_FILES)
  .flat()
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
