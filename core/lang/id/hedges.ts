/** Hedges that present a claim with no source. */
export const hedges = [
  'ada laporan bahwa',
  'diduga',
  'diisukan',
  'dikabarkan',
  'dikabarkan akan',
  'dilaporkan',
  'dirumorkan',
  'disebut',
  'disebut-sebut',
  'disinyalir',
  'ditengarai',
  'diyakini',
  'isu bahwa',
  'kabar bahwa',
  'kabarnya',
  'konon',
  'santer terdengar',
] as const;

/** Indonesian writes an unconfirmed report as a hedge of its own ("kabarnya", "dikabarkan"). */
export const unconfirmedMarkers = [] as const;

/** Phrases where a hedge word is not a hedge: reported to the police, named as a suspect. */
export const hedgeExceptions = [
  'diduga kuat',
  'dilaporkan ke',
  'dilaporkan kepada',
  'dilaporkan oleh',
  'disebut dengan',
  'disebut juga',
  'disebut sebagai',
] as const;
