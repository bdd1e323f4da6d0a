/**
 * All bundled institutions, one list sorted by id. Each group lives in its own file, itself
 * sorted by id; tests/unit/institutions/data.test.ts checks both, and every entry against the
 * schema.
 */
import type { Institution } from '../schema';
import { CENTRAL_BANKS } from './central-banks';
import { INDONESIA_AGENCIES } from './indonesia-agencies';
import { INDONESIA_MINISTRIES } from './indonesia-ministries';
import { INDONESIA_ORGANIZATIONS } from './indonesia-organizations';
import { INDONESIA_PARTIES } from './indonesia-parties';
import { INTERNATIONAL } from './international';
import { MOVEMENTS } from './movements';
import { OTHER_COUNTRIES } from './other-countries';
import { UNITED_STATES } from './united-states';

/** The data files, by name, for the tests. */
export const DATA_FILES: Readonly<Record<string, readonly Institution[]>> = {
  international: INTERNATIONAL,
  'united-states': UNITED_STATES,
  'other-countries': OTHER_COUNTRIES,
  'central-banks': CENTRAL_BANKS,
  'indonesia-agencies': INDONESIA_AGENCIES,
  'indonesia-ministries': INDONESIA_MINISTRIES,
  'indonesia-organizations': INDONESIA_ORGANIZATIONS,
  'indonesia-parties': INDONESIA_PARTIES,
  movements: MOVEMENTS,
};

export const BUNDLED_INSTITUTIONS: readonly Institution[] = Object.values(DATA_FILES)
  .flat()
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
