/** Indonesian reporting cues. Forms are listed as written (meN- prefixes included): lookups
 * are exact, so "dikatakan" never matches "kata" by accident.
 * One file per topic; the pack reads them as one table. */

export * from './speaking';
export * from './inverse';
export * from './verb-forms';
export * from './according-to';
export * from './stance';
export * from './findings';
export * from './relays';
export * from './passives';
export * from './exceptions';
export * from './objects';
