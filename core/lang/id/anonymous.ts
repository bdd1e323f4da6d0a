/** Unnamed non-official sources, and the phrases that say a source is unnamed ("yang enggan
 * disebutkan namanya"): with an official's word the source stays an unnamed official. */
export const anonymous = [
  'adik',
  'adiknya',
  'ahli',
  'akademisi',
  'aktivis',
  'aktor',
  'aktris',
  'anaknya',
  'analis',
  'anggota keluarga',
  'artis',
  'atlet',
  'ayah',
  'ayahnya',
  'banyak pihak',
  'bapak',
  'beberapa pihak',
  'bek',
  'berbagai pihak',
  'bidan',
  'bocah',
  'buruh',
  'demonstran',
  'dokter',
  'ekonom',
  'enggan disebut identitasnya',
  'enggan disebut namanya',
  'enggan disebutkan identitasnya',
  'enggan disebutkan namanya',
  'enggan namanya disebut',
  'gelandang',
  'guru',
  'ibu',
  'ibu rumah tangga',
  'ibunya',
  'influencer',
  'informan',
  // "Informasi yang dihimpun menyebutkan ...", "menurut informasi yang diperoleh": what the
  // reporter gathered from people the story does not name.
  'informasi yang didapat',
  'informasi yang dihimpun',
  'informasi yang diperoleh',
  'investor',
  'istri',
  'istrinya',
  'jemaah',
  'juru taktik',
  'kader',
  'kakak',
  'kakaknya',
  'kakek',
  'karyawan',
  'keluarga',
  'keluarga korban',
  'keluarganya',
  'kerabat',
  'keterangan yang dihimpun',
  'keterangan yang diperoleh',
  'kiper',
  'kolega',
  'komedian',
  'komika',
  'konsumen',
  'korban',
  'laki-laki',
  'lelaki',
  'mahasiswa',
  'meminta identitasnya dirahasiakan',
  'meminta namanya tidak disebut',
  'meminta namanya tidak disebutkan',
  'menolak disebut namanya',
  'menolak disebutkan namanya',
  'minta identitasnya dirahasiakan',
  'minta namanya tidak disebut',
  'minta namanya tidak disebutkan',
  'musisi',
  'nakes',
  'narasumber',
  'nasabah',
  'nelayan',
  'nenek',
  'netizen',
  'orang dalam',
  'orang dekat',
  'orang tua',
  'orang tua murid',
  'orang yang mengetahui',
  'orang-orang dekat',
  'orang-orang yang mengetahui',
  'pakar',
  'para ahli',
  'para pakar',
  'pasangan',
  'pasien',
  'pedagang',
  'pedangdut',
  'pegawai',
  'pekerja',
  'pelaku',
  'pelanggan',
  'pelapor',
  'pemain',
  'pembeli',
  'pemuda',
  'pemuka adat',
  'pemuka agama',
  'penduduk',
  'peneliti',
  'pengamat',
  'pengemudi',
  'pengendara',
  'penggugat',
  'pengungsi',
  'pengunjuk rasa',
  'penumpang',
  'penyanyi',
  'perempuan',
  'pesepak bola',
  'petani',
  'pihak lain',
  'pihak terkait',
  'praktisi',
  'presenter',
  'pria',
  'rekan',
  'rekan kerja',
  'remaja',
  'sahabat',
  'saksi',
  'saksi mata',
  'salah seorang korban',
  'santri',
  'satpam',
  'sebagian pihak',
  'sejumlah pihak',
  'selebgram',
  'selebritas',
  'seniman',
  'seorang korban',
  'seorang sumber',
  'seorang warga',
  'simpatisan',
  'siswa',
  'sopir',
  'sosok',
  'striker',
  'suami',
  'suaminya',
  'sumber',
  'sumber dekat',
  'sumber lain',
  'sumber yang dekat dengan',
  'sumber yang mengetahui',
  'suporter',
  'tak ingin disebut namanya',
  'tak mau disebut namanya',
  'tak mau disebutkan namanya',
  'teman',
  'tenaga honorer',
  'tenaga kesehatan',
  'tenaga medis',
  'terdakwa',
  'tergugat',
  'terlapor',
  'tersangka',
  'tetangga',
  'tetangganya',
  'tetua adat',
  // "Seorang diplomat yang tidak berwenang berbicara kepada media": why the name is withheld.
  'tidak berwenang berbicara kepada media',
  'tidak berwenang berbicara kepada pers',
  'tidak ingin disebut namanya',
  'tidak ingin disebutkan namanya',
  'tidak mau disebut namanya',
  'tidak mau disebutkan namanya',
  'tokoh adat',
  'tokoh agama',
  'tokoh masyarakat',
  'tokoh pemuda',
  'tukang',
  'vokalis',
  'wali murid',
  'wanita',
  'warga',
  'warganet',
  'wisatawan',
  'youtuber',
] as const;

/** A source as such: placed in an institution it is an unnamed official. */
export const sourceNouns = ['sumber', 'sumber-sumber'] as const;

/** Not yet studied for Indonesian ("pakar PBB"): none. */
export const bodyPeople = [] as const;

/** Fields of state power: "sumber intelijen", "sumber diplomatik" are unnamed officials. */
export const officialDomains = ['diplomatik', 'intelijen', 'keamanan', 'pertahanan'] as const;

/** Nouns for people by what they do: "relawan", "wisatawan", "karyawati". */
export const personSuffixes = ['wan', 'wati'] as const;

/** Indonesian nouns do not mark the plural with an ending ("para pelayat", "warga"). */
export const pluralPersonSuffixes = [] as const;
/** Not told apart in Indonesian copy yet ("pengguna" stays a source word). */
export const genericPersonNouns = [] as const;

/** Indonesian ties them by a relative clause ("sumber yang mengetahui ..."), read there. */
export const acquaintanceLinks = [] as const;

/** Indonesian names people by what they do with the prefix pe- (pe-, pem-, pen-, peng-,
 * peny-, per-, pel-: "pengunjung", "pemilik", "penjaga"); with -an too the word is a thing
 * or an act ("perusahaan", "penelitian"). */
export const personPrefixes = ['pe'] as const;
export const thingSuffixes = ['an'] as const;

/** Events and outcomes heading a subject ("Kekalahan X memastikan ...", "Gol X memastikan
 * kemenangan"): what happened to or was done by someone, not a source; with them "memastikan"
 * means "ensure", not "confirm". */
export const eventNouns = [
  'gol',
  'keberhasilan',
  'kedatangan',
  'kegagalan',
  'kehadiran',
  'kekalahan',
  'kematian',
  'kemenangan',
  'kepergian',
] as const;

/** Words that look like pe- nouns for people but name a thing. */
export const notPersonNouns = [
  'pedang',
  'pelita',
  'peluru',
  'pemerintah',
  'pemilu',
  'pena',
  'pendapat',
  'penjara',
  'penyakit',
  'perahu',
  'perintah',
  'peristiwa',
  'perkara',
  'persen',
  'perut',
  'pesawat',
  'pesta',
  'peta',
  'petunjuk',
] as const;

/** Prepositions placing a source somewhere: the place is not the source. */
export const locatives = ['asal', 'dari', 'di'] as const;

/** Indonesian mostly writes the role first ("Ekonom ZAP Finance Rina ..."), but a full name
 * may also come first, tied to where the person works: "Rina Wulandari dari Universitas X". */
export const employerLinks = ['dari'] as const;

/** Generic sayings of people in general ("orang bilang") are not listed yet. */
export const vagueGroups = [] as const;

/** Not yet studied for Indonesian ("mereka yang hadir"): none. */
export const relativeGroupHeads = [] as const;
/** "X dan timnya" is not treated apart yet. */
export const companionNouns = [] as const;
export const vagueQuantifiers = [] as const;

/** A name after these is someone else or a place: "istri Budi", "warga Tanjung Priok". */
export const relationNouns = [
  'adik',
  'anak',
  'anggota keluarga',
  'ayah',
  'cucu',
  'ibu',
  'istri',
  'kakak',
  'keluarga',
  'keluarga korban',
  'kerabat',
  'kolega',
  'masyarakat',
  'nelayan',
  'orang dekat',
  'orang tua',
  'orang tua murid',
  'penduduk',
  'pengungsi',
  'rekan',
  'sahabat',
  'seorang warga',
  'suami',
  'sumber',
  'teman',
  'tetangga',
  'warga',
] as const;

/** Nouns a site handle follows: Indonesian copy names an account ("akun"), not a handle. */
export const handleNouns = [] as const;
