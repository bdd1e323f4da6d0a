/** Unnamed non-official sources. */
export const anonymous = [
  'analis', 'ekonom', 'enggan disebutkan namanya', 'pengamat', 'saksi', 'saksi mata',
  'seorang sumber', 'seorang warga', 'sumber', 'sumber lain', 'tidak mau disebutkan namanya',
  'warga',
] as const;
