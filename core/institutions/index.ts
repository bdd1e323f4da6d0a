/**
 * The institution registry: proper names of specific governments' bodies, intergovernmental
 * bodies and a few institutions set up by law, with a citation per entry (./data/). The
 * language packs hold the class words ("ministry", "kementerian"); the names live here, and
 * core/lang/compile.ts adds them to each pack's tables (./phrases.ts).
 */
export type { Institution, InstitutionKind } from './schema';
export { INSTITUTION_KINDS, InstitutionSchema } from './schema';
export { BUNDLED_INSTITUTIONS, DATA_FILES } from './data';
export { institutionPhrases, phraseOf, searchingInstitutionPhrases } from './phrases';
export { institutionAt, spellingTable, writtenAs } from './match';
