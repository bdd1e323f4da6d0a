/** English reporting cues. Inflected forms are listed: lookups are exact, so no stemming
 * surprises ("states" the verb is listed; "United States" never reaches the cue table
 * because a cue needs a source next to it).
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
