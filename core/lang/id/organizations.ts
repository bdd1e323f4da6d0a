/** Words that mark a non-governmental organization ("Asosiasi Satpam", "perusahaan"). */
export const organizations = [
  'agen', 'agen penjual', 'aliansi', 'asosiasi', 'bank', 'emiten', 'firma', 'gabungan',
  'grup', 'himpunan', 'ikatan', 'kadin', 'kamar dagang', 'koalisi', 'komunitas', 'konsorsium',
  'koperasi', 'lembaga', 'manajemen', 'organisasi', 'pabrikan', 'perhimpunan', 'persatuan',
  'perseroan', 'perusahaan', 'pt', 'raksasa', 'serikat', 'tbk', 'universitas', 'yayasan',
  // Company names in Indonesian copy are often English.
  'asset management', 'capital', 'company', 'corp', 'corporation', 'foundation', 'group',
  'holdings', 'inc', 'institute', 'investment', 'ltd', 'management', 'research', 'sekuritas',
  'university',
] as const;
