/** Article detection and extraction, shared by the content script and the CLI. */
export {
  quickArticleCheck,
  readGateFacts,
  decideGate,
  type GateResult,
  type GateFacts,
} from './gate';
export {
  extractArticle,
  toArticleInput,
  type ExtractedArticle,
  type ExtractOptions,
} from './extract';
export { collapseWhitespace } from './text';
