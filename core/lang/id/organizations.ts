/** Words that mark a non-governmental organization ("Asosiasi Nelayan", "perusahaan"); names
 * of specific ones ("Kadin") live in the registry, core/institutions.
 * Company names in Indonesian copy are often English ("Nusantara Asset Management"). */
export const organizations = [
  'agen',
  'agen penjual',
  'aliansi',
  'asosiasi',
  'asset management',
  'band',
  'bank',
  // A travel or service bureau is a firm ("biro" alone is a government's: bodies).
  'biro jasa',
  'biro perjalanan',
  'capital',
  'company',
  'corp',
  'corporation',
  'emiten',
  'faksi',
  'fc',
  'firma',
  'foundation',
  'gabungan',
  // "Sejumlah gerai ritel melaporkan ...": shops and retailers speak as firms.
  'gerai',
  // A movement or an armed group speaks as an organization ("kelompok Houthi", "gerakan
  // Hamas"), as English "group", "movement", "militia".
  'gerakan',
  'group',
  'grup',
  'himpunan',
  'holdings',
  'ikatan',
  'inc',
  'institute',
  // English names of NGOs kept in Indonesian copy ("Human Rights Watch"); the Indonesian
  // "internasional" is an ordinary adjective, so not listed.
  'international',
  'investment',
  'kamar dagang',
  'kelompok',
  'kelompok bersenjata',
  'kelompok militan',
  'klub',
  'koalisi',
  'komunitas',
  'konsorsium',
  'koperasi',
  'lembaga',
  // "lembaga swadaya masyarakat" (NGO): whole, so its last word is not the public.
  'lembaga swadaya masyarakat',
  'ltd',
  'management',
  'manajemen',
  'maskapai',
  'milisi',
  'organisasi',
  'pabrikan',
  'panitia',
  'pengelola',
  'penyelenggara',
  'perhimpunan',
  'peritel',
  'persatuan',
  'perseroan',
  'perumda',
  'perusahaan',
  'perusahaan rintisan',
  'produsen',
  'pt',
  'raksasa',
  'research',
  'rumah sakit',
  'sekolah',
  'sekuritas',
  'serikat',
  'startup',
  'tbk',
  // "tim penyusun kurikulum itu": a team speaking together, as "team" in the English pack.
  'tim',
  'universitas',
  'university',
  'watch',
  'yayasan',
] as const;

/** Written before an organization's own name: "Bank Mandiri Royke Tumilaar" is Royke
 * Tumilaar of Bank Mandiri. */
export const namePrefixes = ['bank', 'fraksi', 'partai', 'pt', 'universitas', 'yayasan'] as const;

/** What a firm has, written before its name: "karyawan Lumina", "saham Lumina", "aplikasi
 * Lumina" make Lumina a firm. Only nouns a person is rarely said to own. */
export const firmPossessions = [
  'aplikasi',
  'gerai',
  'karyawan',
  'konsumen',
  'layanan',
  'nasabah',
  'operasional',
  'pelanggan',
  'pengguna',
  'penumpang',
  'platform',
  'ponsel',
  'produk',
  'saham',
] as const;

/** "Lumina merupakan perusahaan rintisan", "Lumina adalah bank", "penegasan Lumina sebagai
 * perusahaan lokal": what the name is, said before an organization's word. */
export const identityCopulas = ['adalah', 'ialah', 'merupakan', 'sebagai'] as const;

/** "Pihak PLN menyatakan": the side of an institution speaks. */
export const institutionMarkers = ['pihak'] as const;

/** Words joining the last item of a list inside one institution's name ("Badan Meteorologi,
 * Klimatologi, dan Geofisika (BMKG)"). */
export const nameListJoiners = ['&', 'dan'] as const;

/** "Lembaga itu menilai ..." after "Badan Pangan Nasional mencatat ...": a word a public body
 * and a firm both go by points back to the last institution of either kind. */
export const eitherInstitutionNouns = ['lembaga'] as const;

/** Names of organizations take the same prepositions as phrases; none marks a name. */
export const titleNameLinks = [] as const;

/** Last words of sports clubs' names: not studied for Indonesian (lone names are people's). */
export const clubNameEnds = [] as const;

/** No Indonesian function word is written like an institution's acronym. */
export const acronymsLikeWords = [] as const;

/** Indonesian institutions' names join no infinitive mark ("Komite ... untuk" is a connector). */
export const institutionNameInfinitives = [] as const;
