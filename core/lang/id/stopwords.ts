/** Function words of Indonesian: detection, and the small words around a source. */
export const stopwords = [
  'ada', 'adalah', 'akan', 'atau', 'bahwa', 'belum', 'bisa', 'dalam', 'dan', 'dari', 'dengan',
  'di', 'ini', 'itu', 'juga', 'kami', 'ke', 'kepada', 'karena', 'lebih', 'mereka', 'oleh',
  'pada', 'saat', 'sebagai', 'sudah', 'tersebut', 'tidak', 'untuk', 'yang', 'saya', 'aku', 'kita', 'anda',
] as const;

/** Sentence openers that come before a source and are not part of it. */
export const openers = [
  'adapun', 'akan tetapi', 'bahkan', 'dalam kesempatan itu', 'di sisi lain', 'kemudian',
  'lalu', 'meski begitu', 'namun', 'sebelumnya', 'selain itu', 'sementara', 'sementara itu',
  'sedangkan', 'sisi lain', 'tetapi',
] as const;

/** Small words that may sit inside a source phrase ("Menteri Koperasi dan UKM"). */
export const connectors = ['dan', 'dari', 'di', 'untuk'] as const;

/** Determiners and quantifiers that may open a source phrase. */
export const determiners = ['beberapa', 'para', 'sang', 'seorang', 'sejumlah', 'salah satu'] as const;

/** Words between a source and its verb that belong to neither. */
export const adverbs = [
  'akhirnya', 'bahkan', 'belum', 'hanya', 'juga', 'kembali', 'kemudian', 'lantas', 'lalu',
  'pernah', 'pun', 'sebelumnya', 'secara terbuka', 'sempat', 'sudah', 'telah', 'tidak',
  'tak', 'turut',
] as const;

/** Time words: never a source. */
export const timeWords = [
  'jumat', 'kamis', 'minggu', 'rabu', 'sabtu', 'selasa', 'senin',
] as const;
