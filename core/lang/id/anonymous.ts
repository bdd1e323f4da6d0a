/** Unnamed non-official sources, and the phrases that say a source is unnamed ("yang enggan
 * disebutkan namanya"): with an official's word the source stays an unnamed official. */
export const anonymous = [
  'ahli',
  'analis',
  'buruh',
  'demonstran',
  'ekonom',
  'enggan disebut namanya',
  'enggan disebutkan namanya',
  'guru',
  'karyawan',
  'keluarga',
  'keluarga korban',
  'konsumen',
  'korban',
  'mahasiswa',
  'nelayan',
  'orang tua',
  'orang tua murid',
  'orang yang mengetahui',
  'pakar',
  'para ahli',
  'para pakar',
  'pasien',
  'pedagang',
  'pekerja',
  'pelaku',
  'pembeli',
  'penduduk',
  'peneliti',
  'pengamat',
  'pengemudi',
  'pengendara',
  'pengungsi',
  'pengunjuk rasa',
  'penumpang',
  'petani',
  'saksi',
  'saksi mata',
  'salah seorang korban',
  'seorang korban',
  'seorang sumber',
  'seorang warga',
  'siswa',
  'sopir',
  'sumber',
  'sumber lain',
  'sumber yang dekat dengan',
  'sumber yang mengetahui',
  'tak mau disebut namanya',
  'tak mau disebutkan namanya',
  'tersangka',
  'tetangga',
  'tidak ingin disebutkan namanya',
  'tidak mau disebut namanya',
  'tidak mau disebutkan namanya',
  'warga',
] as const;

/** A source as such: placed in an institution it is an unnamed official. */
export const sourceNouns = ['sumber'] as const;

/** Indonesian names people by what they do with a prefix (pe-, pe-an), not a suffix; the
 * anonymous list carries those words. */
export const personSuffixes = [] as const;

/** Prepositions placing a source somewhere: the place is not the source. */
export const locatives = ['asal', 'dari', 'di'] as const;
