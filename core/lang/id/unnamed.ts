/** Unnamed officials. */
export const unnamedOfficials = [
  'aparat', 'jubir', 'juru bicara', 'otoritas', 'para pejabat', 'pejabat', 'pihak berwenang',
  'pihak kepolisian', 'sumber dari kementerian', 'sumber di pemerintahan', 'sumber pemerintah',
] as const;
