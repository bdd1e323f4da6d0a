/** Unnamed officials. */
export const unnamedOfficials = [
  'aparat',
  'diplomat',
  'jubir',
  'juru bicara',
  'otoritas',
  'para diplomat',
  'para pejabat',
  'pejabat',
  'perwira',
  'petinggi',
  'petugas',
  'pihak berwenang',
  'sumber dari kementerian',
  'sumber di pemerintahan',
  'sumber pemerintah',
  'tentara',
] as const;

/** Indonesian puts the principal right after the role with no link word ("ajudan Presiden"),
 * where a name may as well be the aide's own: none are listed. */
export const principalLinks = [] as const;
