/** Government bodies and institutions that speak as such. */
export const bodies = [
  'badan', 'bank indonesia', 'bareskrim', 'bi', 'bpk', 'bps', 'departemen', 'dewan', 'dinas',
  'direktorat', 'dpr', 'dpr-ri', 'gedung putih', 'istana', 'kedutaan', 'kejagung', 'kejaksaan',
  'kemenag', 'kemenaker', 'kemendag', 'kemendagri', 'kemendikbud', 'kemenhan', 'kemenhub',
  'kemenkes', 'kemenkeu', 'kemenko', 'kemenkumham', 'kemenlu', 'kemenperin', 'kemensos', 'kementan',
  'kementerian', 'kementrian', 'kemhan', 'kemkominfo', 'kemlu', 'kemnaker', 'kepolisian', 'kominfo',
  'komisi', 'kpk', 'mabes', 'mahkamah', 'majelis', 'militer', 'mk', 'ojk', 'otoritas', 'pbb',
  'pemda', 'pemerintah', 'pemkab', 'pemkot', 'pemprov', 'pengadilan', 'pentagon', 'polda', 'polisi', 'polri',
  'satgas', 'tni',
] as const;

/** Countries, capitals and regions that speak as governments ("Korea Utara telah membantah"). */
export const places = [
  'afganistan', 'afrika selatan', 'amerika', 'amerika serikat', 'arab saudi', 'argentina', 'as',
  'australia', 'bangladesh', 'beijing', 'belanda', 'brasil', 'brunei', 'china', 'filipina', 'india',
  'indonesia', 'inggris', 'irak', 'iran', 'israel', 'italia', 'jakarta', 'jepang', 'jerman',
  'kamboja', 'kanada', 'korea selatan', 'korea utara', 'korut', 'kremlin', 'kuba', 'laos',
  'malaysia', 'meksiko', 'mesir', 'moskow', 'myanmar', 'pakistan', 'palestina', 'prancis',
  'pyongyang', 'qatar', 'ri', 'rusia', 'selandia baru', 'seoul', 'singapura', 'suriah', 'taiwan',
  'thailand', 'timor leste', 'tiongkok', 'turki', 'ukraina', 'uni eropa', 'venezuela', 'vietnam',
  'washington', 'yaman', 'yordania',
] as const;

/** Portfolio words inside a body's name ("kementerian pertahanan"). */
export const portfolios = [
  'agama', 'dalam negeri', 'hukum', 'kesehatan', 'ketenagakerjaan', 'keuangan', 'luar negeri',
  'pendidikan', 'perdagangan', 'perhubungan', 'perindustrian', 'pertahanan', 'pertanian', 'sosial',
] as const;
