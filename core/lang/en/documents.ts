/** Documents that can be a source ("a UN report found"). */
export const documents = [
  'advisory',
  'agreement',
  'alert',
  'analysis',
  'article',
  'assessment',
  'audit',
  'biography',
  'bulletin',
  'census',
  'changelog',
  'charge sheet',
  'column',
  'commentary',
  'commit message',
  'complaint',
  'court papers',
  'data',
  'database',
  'description',
  'dispatch',
  'document',
  'documentation',
  'documents',
  'e-mail',
  'e-mails',
  'editorial',
  'email',
  'emails',
  'estimate',
  'estimates',
  'evidence',
  'fact sheet',
  'faq',
  'figures',
  'filing',
  'filings',
  'finding',
  'findings',
  'footage',
  'forecast',
  'forecasts',
  'guidance',
  'guide',
  'guidelines',
  'handbook',
  'images',
  'indictment',
  'instructions',
  'intelligence assessment',
  'investigation',
  'key findings',
  'label',
  'lawsuit',
  'letter',
  'letters',
  'licence',
  'license',
  'man page',
  'manual',
  'memo',
  'memos',
  'message',
  'meta-analysis',
  'minutes',
  'note',
  'notice',
  'official data',
  'official figures',
  'official statistics',
  'paper',
  'photograph',
  'photographs',
  'photos',
  'pictures',
  'plan',
  'poll',
  'polls',
  'post',
  'posts',
  'preprint',
  'press release',
  'privacy policy',
  'projections',
  'proposal',
  'records',
  'regulation',
  'regulations',
  'release notes',
  'report',
  'research',
  'resolution',
  'results',
  'review',
  'rfc',
  'rules',
  'screenshots',
  'specification',
  'statement',
  'statements',
  'statistics',
  'studies',
  'study',
  'summary',
  'survey',
  'surveys',
  'tally',
  'terms of service',
  'terms of use',
  'transcript',
  'transcripts',
  'treaty',
  'tweet',
  'tweets',
  'verdict',
  'video',
  'videos',
  'warning',
  'warning label',
  'website',
] as const;

/** Documents that are a news outlet's own journalism: written before an outlet's name they
 * make the outlet the source. */
export const outletReports = [
  'article',
  'commentary',
  'dispatch',
  'editorial',
  'investigation',
  'report',
  'website',
] as const;

/** An outlet's pieces that are only ever its journalism: "the article said" after an outlet
 * spoke is that outlet again. */
export const outletPieces = ['article', 'commentary', 'dispatch', 'editorial'] as const;

/** "The report paraphrased him as saying" right after "..., Xinhua said": that outlet's
 * report, when the sentence before names no report of anyone else's. */
export const nearPieces = ['report'] as const;

/** Laws and regulations: English copy has needed none so far. */
export const regulations = [] as const;

/** Regulation numbers are not told apart in English yet ("Order No. 5" stays as it is read). */
export const regulationNumberWords = [] as const;
export const regulationYearWords = [] as const;
/** "the Harlow Institute World Water Report": a title's last word, never an institution's. */
export const titleDocuments = ['index', 'outlook', 'report', 'survey'] as const;
/** "Northwind Research said": a document word whose capitalised form closing a name names the
 * firm that does that work, not a document. */
export const firmDocuments = ['research'] as const;

/** "A report on the levee said", "a study into the outbreak found": the words opening what a
 * document is about, after its noun. */
export const documentTopics = ['about', 'into', 'on'] as const;
