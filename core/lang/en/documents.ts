/** Documents that can be a source ("a UN report found"). */
export const documents = [
  'analysis', 'assessment', 'audit', 'data', 'document', 'documents', 'e-mail', 'email', 'filing',
  'finding', 'findings', 'forecast', 'forecasts', 'intelligence assessment', 'key findings',
  'letter', 'memo', 'official data', 'official figures', 'official statistics', 'paper', 'plan',
  'poll', 'projections', 'report', 'research', 'review', 'statement', 'statistics', 'studies',
  'study', 'survey', 'transcript', 'video',
] as const;
