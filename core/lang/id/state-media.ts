/** "media yang dikelola pemerintah" (government-run media): the wires' "state-run" and
 * "government-controlled", written as a relative clause after the outlet's noun; "yang
 * berafiliasi dengan pemerintah" and "yang didukung pemerintah" are the English pack's
 * "state-affiliated" and "government-backed". */
const runByTheState = [
  'harian',
  'kantor berita',
  'koran',
  'media',
  'penyiar',
  'radio',
  'stasiun televisi',
  'stasiun tv',
  'surat kabar',
  'televisi',
  'tv',
].flatMap((outlet) =>
  [
    'berafiliasi dengan',
    'didukung',
    'dijalankan',
    'dikelola',
    'dikendalikan',
    'dikontrol',
    'dikuasai',
    'dimiliki',
  ].flatMap((verb) => ['negara', 'pemerintah'].map((owner) => `${outlet} yang ${verb} ${owner}`)),
);

/** Generic state-media phrases. Named outlets come from the outlet registry, never from here. */
const generic = [
  'corong junta',
  'corong partai',
  'corong pemerintah',
  'corong rezim',
  'harian milik negara',
  'harian milik pemerintah',
  'harian militer',
  'harian pemerintah',
  'harian resmi',
  'kantor berita milik negara',
  'kantor berita milik pemerintah',
  'kantor berita negara',
  'kantor berita pemerintah',
  'kantor berita resmi',
  'koran milik negara',
  'koran milik pemerintah',
  'koran militer',
  'koran pemerintah',
  'koran resmi',
  'lembaga penyiaran milik negara',
  'lembaga penyiaran negara',
  'lembaga penyiaran pemerintah',
  'media corong pemerintah',
  'media junta',
  'media milik junta',
  'media milik negara',
  'media milik pemerintah',
  'media negara',
  'media pemerintah',
  'media resmi',
  'media rezim',
  'penyiar milik negara',
  'penyiar negara',
  'penyiar pemerintah',
  'radio milik negara',
  'radio milik pemerintah',
  'radio negara',
  'radio pemerintah',
  'radio resmi',
  'stasiun radio negara',
  'stasiun radio pemerintah',
  'stasiun televisi negara',
  'stasiun televisi pemerintah',
  'stasiun televisi resmi',
  'stasiun tv negara',
  'stasiun tv pemerintah',
  'surat kabar milik negara',
  'surat kabar militer',
  'surat kabar pemerintah',
  'surat kabar resmi',
  'televisi junta',
  'televisi milik negara',
  'televisi milik pemerintah',
  'televisi negara',
  'televisi pemerintah',
  'televisi resmi',
  'tv milik negara',
  'tv milik pemerintah',
  'tv negara',
  'tv pemerintah',
  'tv resmi',
];

/** "Pyongyang melalui media pemerintahnya", "kantor berita resminya": the government's or the
 * official outlet, owned by the clitic. Not "negaranya" ("his country's media"). */
const ownedByClitic = generic
  .filter((p) => /\s(?:pemerintah|resmi)$/u.test(p))
  .map((p) => `${p}nya`);

export const stateMedia = [...runByTheState, ...generic, ...ownedByClitic].sort();

/** Indonesian describes the outlet after its noun ("kantor berita milik negara"): see above. */
export const stateOutletModifiers = [] as const;

/** Indonesian names the owner after the outlet ("kantor berita milik pemerintah"): see above. */
export const stateOwners = [] as const;
