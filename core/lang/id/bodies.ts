/** Government bodies and institutions that speak as such. */
export const bodies = [
  'badan', 'bank indonesia', 'bareskrim', 'bi', 'bpk', 'bps', 'dewan', 'dpr', 'dpr-ri', 'istana',
  'kedutaan', 'kejaksaan', 'kemenkeu', 'kemenko', 'kementerian', 'kepolisian', 'kpk', 'mahkamah',
  'majelis', 'militer', 'mk', 'ojk', 'otoritas', 'pbb', 'pemda', 'pemerintah', 'pemkot', 'pemprov',
  'pengadilan', 'pentagon', 'polda', 'polisi', 'polri', 'tni',
] as const;

/** Countries, capitals and regions that speak as governments ("Korea Utara telah membantah"). */
export const places = [
  'afrika selatan', 'amerika', 'amerika serikat', 'arab saudi', 'as', 'australia', 'beijing',
  'china', 'india', 'indonesia', 'inggris', 'iran', 'israel', 'italia', 'jakarta', 'jepang',
  'jerman', 'kanada', 'korea selatan', 'korea utara', 'korut', 'kremlin', 'malaysia', 'moskow',
  'pakistan', 'prancis', 'pyongyang', 'rusia', 'seoul', 'singapura', 'suriah', 'taiwan',
  'tiongkok', 'turki', 'ukraina', 'washington',
] as const;

/** Portfolio words inside a body's name ("kementerian pertahanan"). */
export const portfolios = [
  'agama', 'dalam negeri', 'hukum', 'kesehatan', 'ketenagakerjaan', 'keuangan', 'luar negeri',
  'pendidikan', 'perdagangan', 'perhubungan', 'perindustrian', 'pertahanan', 'pertanian', 'sosial',
] as const;
