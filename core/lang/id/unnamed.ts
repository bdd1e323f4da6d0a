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
  'petugas',
  'pihak berwenang',
  'pihak kepolisian',
  'sumber dari kementerian',
  'sumber di pemerintahan',
  'sumber intelijen',
  'sumber keamanan',
  'sumber pemerintah',
] as const;
