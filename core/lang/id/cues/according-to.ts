/** Indonesian reporting cues. "According to" and its kin: cues that name a basis. */

/** "mengutip" is "citing": what it names carries the words of the sentence's speaker. */
export const accordingTo = ['mengutip', 'menurut'] as const;

/** Indonesian "sesuai" (not a cue) carries this sense. */
export const accordanceNouns = [] as const;

export const accordanceWords = [] as const;

export const accordanceSuffixes = [] as const;

/** Indonesian copy writes "menurut" in full. */
export const perCues = [] as const;

/** "Dari keterangan saksi, pelaku ...", "Dari informasi yang dihimpun, ...", "Sesuai data
 * BPS, ...": "dari" and "sesuai" opening the sentence read as "berdasarkan" before a comma
 * (rules/opening-basis.ts); elsewhere they are a plain "from" and "in line with". */
export const openingBases = ['dari', 'sesuai', 'sesuai dengan'] as const;

/** "Dari data BPS diketahui angka ...", "Dari laporan keuangan terungkap ...": a passive of
 * finding out closes the basis with no comma; the claim follows it. */
export const basisPassives = ['diketahui', 'tercatat', 'terlihat', 'terungkap'] as const;

/** "Bagi pengamat politik Budi Santoso, hasil itu menunjukkan ...": "bagi" opening the sentence
 * gives the view after the comma to the person before it, when that person's trade is to judge
 * (rules/opening-basis.ts); "Bagi warga, ..." is no one's view. */
export const opinionOpeners = ['bagi'] as const;

export const opinionTrades = [
  'akademisi',
  'analis',
  'ekonom',
  'pakar',
  'peneliti',
  'pengamat',
  'sejarawan',
] as const;

/** "Bagi Ahmad Fauzi, persoalan utama bukan harga tiket": after "bagi" and a person, a noun of
 * judging makes what follows the person's view (rules/opening-basis.ts). Indonesian needs no
 * copula after it ("jawabannya sederhana"), so no link words. */
export const opinionFrameNouns = [
  'intinya',
  'jawabannya',
  'kuncinya',
  // Bare "persoalan sampah" names a topic; the main problem is a judgement.
  'masalah terbesar',
  'masalah utama',
  'masalahnya',
  'pelajarannya',
  'persoalan terbesar',
  'persoalan utama',
  'persoalannya',
  'solusinya',
] as const;

export const opinionFrameLinks = [] as const;

/** "berdasarkan X", "merujuk data X", "mengacu pada X": X must be a document. ("sesuai
 * dengan ketentuan" is no source: it says what something conforms to.) */
export const basedOn = [
  'berdasarkan',
  'mengacu',
  'mengacu pada',
  'merujuk',
  'merujuk pada',
] as const;

/** "naik 5 persen berdasarkan data BPS": a basis right after a word still gives the claim its
 * source: none needs setting off. */
export const setOffBases = [] as const;

/** Indonesian puts the view before its holder ("menurut pandangan Budi"): 'menurut' is the
 * cue there, so no possessor's view is read on its own. */
export const viewNouns = [] as const;
