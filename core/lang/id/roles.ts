/** Titles and roles of people (see the English file for how they are used). */
export const roles = [
  'ahli', 'aiptu', 'akbp', 'akp', 'analis', 'analyst', 'anggota', 'asisten', 'brigadir jenderal',
  'brigjen', 'bupati', 'camat', 'ceo', 'chairman', 'chief', 'chief economist', 'co-founder',
  'corporate secretary', 'dandim', 'danrem', 'dekan', 'director', 'direktur', 'direktur eksekutif',
  'direktur jenderal', 'direktur utama', 'dirjen', 'dirut', 'dosen', 'dubes', 'duta besar',
  'economist', 'ekonom', 'founder', 'general manager', 'gubernur', 'guru besar', 'head', 'ipda',
  'iptu', 'irjen', 'jaksa', 'jenderal', 'jubir', 'juru bicara', 'kabid', 'kabid humas', 'kades',
  'kadis', 'kajari', 'kajati', 'kapolda', 'kapolres', 'kapolresta', 'kapolrestabes', 'kapolri',
  'kapolsek', 'kapuspen', 'kasat', 'kasat reskrim', 'kasi', 'kasubag', 'kepala', 'kepala desa',
  'kepala dinas', 'kepala ekonom', 'ketua', 'ketua rt', 'ketua rw', 'ketua umum', 'kolonel',
  'kombes', 'komisaris', 'komisaris utama', 'komisioner', 'komjen', 'kompol', 'koresponden',
  'kuasa hukum', 'laksamana', 'laksamana madya', 'laksamana muda', 'laksamana pertama', 'laksda',
  'laksdya', 'letjen', 'letkol', 'letnan jenderal', 'lurah', 'managing director', 'manajer',
  'mantan', 'marsda', 'marsdya', 'marsekal', 'marsekal madya', 'marsekal muda', 'marsekal pertama',
  'mayjen', 'mayor jenderal', 'menko', 'menteri', 'pakar', 'pangdam', 'panglima', 'pelatih',
  'penasihat', 'pendiri', 'peneliti', 'pengacara', 'pengamat', 'perencana keuangan', 'perwakilan',
  'plh', 'plt', 'presdir', 'presiden', 'president director', 'profesor', 'rektor', 'sekda',
  'sekjen', 'sekretaris', 'sekretaris daerah', 'sekretaris perusahaan', 'staf', 'staf khusus',
  'vice president', 'wakil', 'wakil bupati', 'wakil gubernur', 'wakil ketua', 'wakil presiden',
  'wakil wali kota', 'wali kota', 'walikota', 'wamen', 'wamenag', 'wamenaker', 'wamendag',
  'wamendagri', 'wamenhan', 'wamenkes', 'wamenkeu', 'wamenko', 'wamenkumham', 'wamenlu', 'wamensos',
  'wapres', 'wartawan',
] as const;

/** Words that qualify a role or an official. */
export const modifiers = [
  'pol', 'senior', 'setempat', 'tinggi', 'utama',
] as const;

/** Honorifics before a name: kept in the name as written, left out when a later mention is
 * matched to the person named earlier. */
export const honorifics = [
  'bapak', 'bu', 'bung', 'dr', 'drs', 'h', 'hj', 'ibu', 'ir', 'kh', 'pak', 'prof',
] as const;

/** A lone capitalised source nobody introduced: see LangData.loneNameKind. */
export const loneNameKind = 'named_person' as const;

/** Lower-case particles inside a person's name ("von der Leyen", "bin Salem", "al-Hamdan"). */
export const nameParticles = [
  'al', 'bin', 'binti', 'de', 'el', 'ibn', 'van', 'von',
] as const;

/** Words introducing a person by initials: the initials then name that person. */
export const initialsMarkers = [
  'berinisial', 'inisial',
] as const;

/** Roles written with their jurisdiction before the name: the first of three capitalised
 * words after one is the place, not the person. */
export const jurisdictionRoles = [
  'bupati', 'camat', 'dandim', 'danrem', 'direktur jenderal', 'dirjen', 'gubernur', 'kajari',
  'kajati', 'kapolda', 'kapolres', 'kapolresta', 'kapolsek', 'lurah', 'pangdam', 'sekda',
  'wakil bupati', 'wakil gubernur', 'wakil wali kota', 'wali kota', 'walikota',
] as const;

/** Articles dropped from the front of a role ("para peneliti" -> "peneliti"). */
export const roleArticles = [
  'para', 'sang',
] as const;

/** Words opening an appositive about the person just named; Indonesian copy names the role
 * before the person (roles.ts), so none are needed yet. */
export const appositiveOpeners = [] as const;
