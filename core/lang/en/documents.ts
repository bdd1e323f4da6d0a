/** Documents that can be a source ("a UN report found"). */
export const documents = [
  'analysis', 'audit', 'data', 'document', 'documents', 'email', 'e-mail', 'filing',
  'findings', 'finding', 'key findings', 'letter', 'memo', 'paper', 'plan', 'poll', 'report',
  'review', 'statement', 'statistics', 'studies', 'study', 'survey', 'transcript', 'video',
] as const;
