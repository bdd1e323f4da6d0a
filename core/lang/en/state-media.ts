/** Generic state-media phrases. Named outlets come from the outlet registry, never from here. */
export const stateMedia = [
  'government-controlled media', 'official media', 'official news agency', 'state broadcaster',
  'state media', 'state news agency', 'state television', 'state tv', 'state-controlled media',
  'state-owned media', 'state-run media', 'state-run news agency', 'state-run television',
] as const;
