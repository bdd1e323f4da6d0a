/** Titles and roles of people (see the English file for how they are used). */
export const roles = [
  'analis', 'anggota', 'asisten', 'bupati', 'ceo', 'dirut', 'direktur', 'direktur utama',
  'dosen', 'duta besar', 'dubes', 'ekonom', 'gubernur', 'guru besar', 'jaksa', 'juru bicara',
  'jubir', 'kapolda', 'kapolri', 'kapolres', 'kepala', 'ketua', 'ketua umum', 'komisaris',
  'komisioner', 'kuasa hukum', 'mantan', 'manajer', 'menteri', 'menko', 'panglima',
  'pendiri', 'pengacara', 'pengamat', 'peneliti', 'penasihat', 'presiden', 'presdir',
  'profesor', 'sekjen', 'sekretaris', 'staf', 'staf khusus', 'wakil', 'wali kota',
  'walikota', 'wapres', 'wakil presiden',
] as const;

/** Words that qualify a role or an official. */
export const modifiers = ['senior', 'setempat', 'tinggi', 'utama'] as const;
