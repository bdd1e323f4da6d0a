/** Generic state-media phrases. Named outlets come from the outlet registry, never from here. */
export const stateMedia = [
  'government-controlled media',
  'military newspaper',
  'mouthpiece',
  'official media',
  'official news agency',
  'official newspaper',
  'state broadcaster',
  'state broadcasters',
  'state media',
  'state media outlets',
  'state news agencies',
  'state news agency',
  'state news channel',
  'state newspaper',
  'state newspapers',
  'state radio',
  'state television',
  'state television channels',
  'state tv',
  'state tv channels',
  'state-affiliated media',
  'state-controlled media',
  'state-owned media',
  'state-owned newspaper',
  'state-owned television',
  'state-run media',
  'state-run news agency',
  'state-run news channel',
  'state-run newspaper',
  'state-run radio',
  'state-run television',
  'state-run tv',
] as const;

/** Words before an outlet's name that say the state runs it: "the state-run Ikhbariya news
 * channel". The registry still decides for an outlet it knows. */
export const stateOutletModifiers = [
  'government-controlled',
  'government-owned',
  'government-run',
  'junta-controlled',
  'junta-run',
  'military-controlled',
  'military-owned',
  'military-run',
  'official',
  'regime-controlled',
  'regime-run',
  'state-affiliated',
  'state-backed',
  'state-controlled',
  'state-owned',
  'state-run',
] as const;

/** Owners whose outlet is the state's: "the government's news agency", "the military's
 * television channel". Only words for the state itself, never a party in general. */
export const stateOwners = [
  'army',
  'communist party',
  'government',
  'junta',
  'military',
  'regime',
  'ruling party',
] as const;
