/** Government bodies and institutions that speak as such. */
export const bodies = [
  'badan', 'bank indonesia', 'bapanas', 'bappenas', 'bareskrim', 'basarnas', 'bawaslu', 'bi',
  'bkkbn', 'bkn', 'bmkg', 'bnn', 'bnpb', 'bpbd', 'bpk', 'bpkp', 'bpom', 'bps', 'bssn',
  'departemen', 'dewan', 'dinas', 'direktorat', 'dpr', 'dpr-ri', 'dprd', 'gedung putih', 'istana',
  'kantor staf presiden', 'kedutaan', 'kejagung', 'kejaksaan', 'kejari', 'kejati', 'kemenag',
  'kemenaker', 'kemendag', 'kemendagri', 'kemendikbud', 'kemenhan', 'kemenhub', 'kemenkes',
  'kemenkeu', 'kemenko', 'kemenkopolhukam', 'kemenkumham', 'kemenlu', 'kemenperin', 'kemensos',
  'kementan', 'kementerian', 'kementrian', 'kemhan', 'kemkominfo', 'kemlu', 'kemnaker',
  'kepolisian', 'kodam', 'kodim', 'kominfo', 'komisi', 'komnas ham', 'korem', 'kpai', 'kpk', 'kpu',
  'ksp', 'lpsk', 'mabes', 'mahkamah', 'majelis', 'militer', 'mk', 'mpr', 'ojk', 'ombudsman',
  'otoritas', 'pbb', 'pemda', 'pemerintah', 'pemkab', 'pemkot', 'pemprov', 'pengadilan',
  'pengadilan negeri', 'pentagon', 'polda', 'polisi', 'polres', 'polresta', 'polrestabes', 'polri',
  'polsek', 'ppatk', 'pusdalops', 'satgas', 'tni',
] as const;

/** Countries, capitals and regions that speak as governments ("Malaysia telah membantah"). */
export const places = [
  'afganistan', 'afrika selatan', 'amerika', 'amerika serikat', 'arab saudi', 'argentina', 'as',
  'australia', 'bangladesh', 'beijing', 'belanda', 'brasil', 'brunei', 'china', 'filipina', 'india',
  'indonesia', 'inggris', 'irak', 'iran', 'israel', 'italia', 'jakarta', 'jepang', 'jerman',
  'kamboja', 'kanada', 'korea selatan', 'korea utara', 'korsel', 'korut', 'kremlin', 'kuba', 'laos',
  'malaysia', 'meksiko', 'mesir', 'moskow', 'myanmar', 'pakistan', 'palestina', 'perancis',
  'prancis', 'pyongyang', 'qatar', 'ri', 'rusia', 'selandia baru', 'seoul', 'singapura', 'suriah',
  'taiwan', 'thailand', 'timor leste', 'tiongkok', 'turki', 'ukraina', 'uni eropa', 'venezuela',
  'vietnam', 'washington', 'yaman', 'yordania',
] as const;

/** Portfolio words inside a body's name ("kementerian pertahanan"). */
export const portfolios = [
  'agama', 'dalam negeri', 'hukum', 'kesehatan', 'ketenagakerjaan', 'keuangan', 'luar negeri',
  'maritim dan investasi', 'pangan', 'pendidikan', 'perdagangan', 'perekonomian', 'perhubungan',
  'perindustrian', 'pertahanan', 'pertanian', 'pmk', 'polhukam', 'sosial',
] as const;
