import { anaphoricMarkers } from './pronouns';

/** "Beredar kabar pelatih itu dipecat", "sempat tersiar isu ...": hearsay said to go around,
 * the claim right after it, wherever the phrase stands. */
const spreadingVerbs = ['beredar', 'tersebar', 'tersiar'];
const hearsayNouns = ['desas-desus', 'gosip', 'informasi', 'isu', 'kabar', 'rumor'];
const spreadingHearsay = spreadingVerbs.flatMap((v) => hearsayNouns.map((n) => `${v} ${n}`));

/** Hedges that present a claim with no source. */
export const hedges = [
  ...spreadingHearsay,
  'ada laporan bahwa',
  'desas-desus bahwa',
  'diduga',
  'digosipkan',
  'diisukan',
  'dikabarkan',
  'dikabarkan akan',
  // "Rudal itu diklaim mampu ...": claimed, no one saying by whom.
  'diklaim',
  'dikatakan',
  'dilaporkan',
  'dirumorkan',
  'disebut',
  'disebut-sebut',
  'disinyalir',
  'dispekulasikan',
  'ditengarai',
  'diyakini',
  'dugaan bahwa',
  'isu bahwa',
  'kabar bahwa',
  'kabarnya',
  'konon',
  'konon katanya',
  'kuat dugaan',
  'rumor bahwa',
  'rumornya',
  'santer terdengar',
].sort();

/** "Disebutkan, korban ...", "Kabar yang beredar menyebutkan ...": a claim hedged as said or
 * going around, with no one saying it; only opening the sentence ("Dalam surat itu
 * disebutkan" has its document, "mempercayai isu yang beredar" names a rumour). */
export const openingHedges = [
  'dengar-dengar',
  'desas-desus',
  'desas-desus yang beredar',
  'disebutkan',
  'gosip yang beredar',
  'infonya',
  'informasi',
  'informasi yang beredar',
  'informasinya',
  'isu yang beredar',
  'isu yang berkembang',
  'kabar',
  'kabar angin',
  'kabar beredar',
  'kabar burung',
  'kabar yang beredar',
  'kabar yang berkembang',
  'rumor yang beredar',
  'rumor yang berkembang',
] as const;

/** Indonesian writes an unconfirmed report as a hedge of its own ("kabarnya", "dikabarkan"). */
export const unconfirmedMarkers = [] as const;

/** Phrases where a hedge word is not a hedge: reported to the police, named ("disebut juga",
 * "yang disebut zonasi": the so-called), a discourse marker ("dapat dikatakan", so to speak),
 * words said before ("seperti dikatakan sebelumnya"). "Disebut sebagai sosok yang ..."
 * describes with no one describing, as "was described as" does: a hedge. */
export const hedgeExceptions = [
  // "Setelah beredar kabar itu, ...": the rumour pointed back to, no claim after it.
  ...spreadingHearsay.flatMap((h) => anaphoricMarkers.map((m) => `${h} ${m}`)),
  'bisa dikatakan',
  'boleh dikatakan',
  'dapat dikatakan',
  // The charge an article of law names ("diduga melanggar Pasal 378 KUHP"): a legal
  // presumption, as "dijerat pasal" is, no hedge on a claim.
  'diduga dilanggar',
  'diduga kuat melanggar pasal',
  'diduga melanggar pasal',
  'diduga melanggar undang-undang',
  'diduga melanggar uu',
  // "serangan yang diklaim oleh Houthi": the agent claims it, no hedge.
  'diklaim oleh',
  'dilaporkan ke',
  'dilaporkan kepada',
  'dilaporkan oleh',
  'disebut dengan',
  'disebut juga',
  'sebagaimana dikatakan',
  'seperti dikatakan',
  'yang disebut',
].sort();

/** Indonesian "dilaporkan" is a hedge wherever it stands (the hedges above). */
export const eventHedges = [] as const;

export const knownSubjectOpeners = [] as const;

/** "Kasus itu dilaporkan pada Senin", "Pencurian tersebut sudah dilaporkan.": the complaint
 * filed about a thing already named, no hedge ("Kapal itu dilaporkan hilang" still is one). */
export const reportingHedges = ['dilaporkan'] as const;

/** When, where or to whom it was reported: "pada Senin", "sekitar pukul 10.00", "keesokan
 * harinya", "setelah kejadian". */
export const reportCircumstances = [
  'keesokan',
  'pukul',
  'sejak',
  'sekitar',
  'selang',
  'setelah',
  'usai',
] as const;

/** "program yang disebut Kartu Prakerja", 'disebut "raja"', "dilaporkan Reuters": a capital
 * or a quotation right after a hedge word may be the name it gives or its agent. */
export const hedgeNamesAfter = true;
