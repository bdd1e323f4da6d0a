/** Documents that can be a source ("a UN report found"). */
export const documents = [
  'alert', 'analysis', 'article', 'assessment', 'audit', 'bulletin', 'census', 'charge sheet',
  'column', 'complaint', 'court papers', 'data', 'database', 'document', 'documents', 'e-mail',
  'email', 'evidence', 'figures', 'filing', 'filings', 'finding', 'findings', 'footage', 'forecast',
  'forecasts', 'images', 'indictment', 'intelligence assessment', 'key findings', 'lawsuit',
  'letter', 'memo', 'note', 'notice', 'official data', 'official figures', 'official statistics',
  'paper', 'photographs', 'photos', 'pictures', 'plan', 'poll', 'post', 'posts', 'preprint',
  'projections', 'records', 'report', 'research', 'resolution', 'results', 'review', 'screenshots',
  'statement', 'statistics', 'studies', 'study', 'summary', 'survey', 'transcript', 'tweet',
  'tweets', 'verdict', 'video', 'videos', 'website',
] as const;
