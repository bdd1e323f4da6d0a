/** Indonesian reporting cues. What a cue verb takes that is no words reported: a thing, a
 * work, a story, a topic (split from exceptions.ts). */

/** Not needed yet for Indonesian: its cues take a claim or a "bahwa" clause. */
export const complementPrepositions = [] as const;

/** Verbs of delivering a speech, and the speeches delivered: "Bupati menyampaikan pidato
 * dalam upacara ...", "membacakan sambutan Menteri" is an occasion, not words reported. */
const deliveryVerbs = ['membacakan', 'menyampaikan'];
const speeches = ['amanat', 'ceramah', 'khotbah', 'orasi', 'pidato', 'sambutan', 'tausiah'];

/** Verbs of announcing, and what is announced as a list, not a statement: "Panitia
 * mengumumkan pemenang lomba", "Kemenkes mengumumkan daftar rumah sakit rujukan". */
const announcingVerbs = ['mengumumkan'];
const announcedLists = ['daftar', 'pemenang'];

const joined = (verbs: string[], nouns: string[]) =>
  verbs.flatMap((verb) => nouns.map((noun) => `${verb} ${noun}`));

/** A story told or a work written, no words reported ("Ia menceritakan kisah desa itu",
 * "menulis buku tentang ..."), a speech delivered or a list announced; a quotation or
 * "bahwa" after them still reports. */
export const thingObjects = [
  'menceritakan kisah',
  'menceritakan sejarah',
  'menulis buku',
  'menulis novel',
  'menuliskan buku',
  ...joined(deliveryVerbs, speeches),
  ...joined(announcingVerbs, announcedLists),
].sort();

/** "memberi tahu ... tentang" is no cue of the pack yet. */
export const topicMarkers = [] as const;

/** No English "tell" verbs here, so no stories they tell. */
export const storyNouns = [] as const;

export const titledWorks = [] as const;

export const writeVerbs = [] as const;

export const toldThings = [] as const;
