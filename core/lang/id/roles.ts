/** Titles and roles of people (see the English file for how they are used). */
export const roles = [
  'ahli', 'analis', 'analyst', 'anggota', 'asisten', 'bupati', 'ceo', 'chairman', 'chief',
  'chief economist', 'co-founder', 'corporate secretary', 'director', 'direktur',
  'direktur eksekutif', 'direktur utama', 'dirut', 'dosen', 'dubes', 'duta besar', 'economist',
  'ekonom', 'founder', 'general manager', 'gubernur', 'guru besar', 'head', 'jaksa', 'jubir',
  'juru bicara', 'kapolda', 'kapolres', 'kapolri', 'kepala', 'kepala ekonom', 'ketua', 'ketua umum',
  'komisaris', 'komisaris utama', 'komisioner', 'koresponden', 'kuasa hukum', 'managing director',
  'manajer', 'mantan', 'menko', 'menteri', 'pakar', 'panglima', 'penasihat', 'pendiri', 'peneliti',
  'pengacara', 'pengamat', 'perencana keuangan', 'presdir', 'presiden', 'president director',
  'profesor', 'sekjen', 'sekretaris', 'sekretaris perusahaan', 'staf', 'staf khusus',
  'vice president', 'wakil', 'wakil presiden', 'wali kota', 'walikota', 'wapres', 'wartawan',
] as const;

/** Words that qualify a role or an official. */
export const modifiers = [
  'senior', 'setempat', 'tinggi', 'utama',
] as const;

/** Honorifics before a name: kept in the name as written, left out when a later mention is
 * matched to the person named earlier. */
export const honorifics = [
  'bapak', 'bu', 'bung', 'ibu', 'pak',
] as const;

/** A lone capitalised source nobody introduced: see LangData.loneNameKind. */
export const loneNameKind = 'named_person' as const;
