/** Documents that can be a source ("a UN report found"). */
export const documents = [
  'analysis', 'article', 'assessment', 'audit', 'charge sheet', 'column', 'complaint',
  'court papers', 'data', 'database', 'document', 'documents', 'e-mail', 'email', 'evidence',
  'figures',
  'filing', 'finding', 'findings', 'footage', 'forecast', 'forecasts', 'images', 'indictment',
  'intelligence assessment', 'key findings', 'lawsuit', 'letter', 'memo', 'official data',
  'official figures', 'official statistics', 'paper', 'photographs', 'photos', 'pictures', 'plan',
  'poll', 'preprint', 'projections', 'records', 'report', 'research', 'resolution', 'results',
  'review',
  'statement',
  'statistics', 'studies', 'study', 'survey', 'transcript', 'video', 'videos', 'website',
] as const;
