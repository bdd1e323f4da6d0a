/** Generic words for news media ("local news reports", "the newspaper"). */
export const media = [
  'blog',
  'broadcaster',
  'broadcasters',
  'business daily',
  'channel',
  'daily',
  'documentary',
  'editorial board',
  'international media',
  'journal',
  'local media',
  'magazine',
  'media',
  'media outlets',
  'media reports',
  'news',
  'news agencies',
  'news agency',
  'news channel',
  'news outlets',
  'news reports',
  'news site',
  'news web site',
  'news website',
  'newspaper',
  'newspapers',
  'outlet',
  'press',
  'programme',
  'public broadcaster',
  'public radio',
  'public television',
  'publication',
  // "Harlow NBC television affiliate KHAR quoted ...": a network's local station.
  'radio affiliate',
  'radio station',
  'radio stations',
  'reports',
  'show',
  'station',
  'stations',
  'tabloid',
  'tech site',
  'television',
  'television affiliate',
  'television channels',
  'television station',
  'television stations',
  'tv',
  'tv affiliate',
  'tv channels',
  'tv station',
  'tv stations',
  'wire service',
] as const;

/** One outlet, pointed back to with "the": "the paper said" after "the Daily Courier said",
 * "told the agency" after "Xinhua reported". Not plural or collective words ("the media"). */
export const outletNouns = [
  'agency',
  'broadcaster',
  'channel',
  'daily',
  'magazine',
  'network',
  'newspaper',
  'outlet',
  'paper',
  'publication',
  'tabloid',
  'television',
] as const;

/** A site on the web before its own name: "technology website Harlow Now reported". */
export const webOutletNouns = ['site', 'website'] as const;

/** A broadcaster's programmes, its own journalism: "The show accused ...", "a documentary
 * aired by state television". Not "program" (as often a government's). */
export const programmes = ['documentary', 'programme', 'show'] as const;

/** Last words of newspapers' and broadcasters' names: "the Times", "the Daily Courier". Not
 * words that end other names as often ("Examiner", "Express", "Star", "Sun"). */
export const mastheads = [
  'advertiser',
  'bee',
  'chronicle',
  'courier',
  'dispatch',
  'enquirer',
  'gazette',
  'globe',
  'herald',
  'inquirer',
  'journal',
  'ledger',
  'mirror',
  'observer',
  'post',
  'radio',
  'register',
  'sentinel',
  'standard',
  'telegraph',
  'times',
  'tribune',
] as const;

/** Of those, the words that end a news outlet's name even with no "the" before it ("Harlow
 * Gazette reported"): not words that are also surnames or other names' ends ("Post",
 * "Herald", "Journal", "Observer", "Globe", "Mirror", "Radio"). And a station's call words,
 * which end its name only with no "the" ("Harlow TV said"; "the TV said" points back). */
export const bareMastheads = [
  'chronicle',
  'courier',
  'dispatch',
  'enquirer',
  'fm',
  'gazette',
  'inquirer',
  'sentinel',
  'telegraph',
  'times',
  'tribune',
  'tv',
] as const;
