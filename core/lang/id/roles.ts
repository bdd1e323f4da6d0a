/** Titles and roles of people (see the English file for how they are used). */
export const roles = [
  'analis', 'anggota', 'asisten', 'bupati', 'ceo', 'direktur', 'direktur utama', 'dirut', 'dosen',
  'dubes', 'duta besar', 'ekonom', 'gubernur', 'guru besar', 'jaksa', 'jubir', 'juru bicara',
  'kapolda', 'kapolres', 'kapolri', 'kepala', 'ketua', 'ketua umum', 'komisaris', 'komisioner',
  'kuasa hukum', 'manajer', 'mantan', 'menko', 'menteri', 'panglima', 'penasihat', 'pendiri',
  'peneliti', 'pengacara', 'pengamat', 'presdir', 'presiden', 'profesor', 'sekjen', 'sekretaris',
  'staf', 'staf khusus', 'wakil', 'wakil presiden', 'wali kota', 'walikota', 'wapres',
] as const;

/** Words that qualify a role or an official. */
export const modifiers = [
  'senior', 'setempat', 'tinggi', 'utama',
] as const;
