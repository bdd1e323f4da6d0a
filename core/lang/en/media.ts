/** Generic words for news media ("local news reports", "the newspaper"). */
export const media = [
  'broadcaster', 'local media', 'magazine', 'media', 'media reports', 'news', 'news agency',
  'news reports', 'news site', 'news website', 'newspaper', 'outlet', 'press', 'reports',
  'tabloid', 'television', 'wire service',
] as const;
