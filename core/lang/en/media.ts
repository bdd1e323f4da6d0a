/** Generic words for news media ("local news reports", "the newspaper"). */
export const media = [
  'broadcaster', 'channel', 'local media', 'magazine', 'media', 'media reports', 'news',
  'news agencies', 'news agency', 'news channel', 'news reports', 'news site', 'news website',
  'newspaper', 'outlet', 'press', 'reports', 'tabloid', 'television', 'wire service',
] as const;
