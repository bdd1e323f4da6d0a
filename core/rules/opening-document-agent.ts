/**
 * "A survey of travellers in Lowick, Dunmore and Harlow, done by the travel site Tripvale
 * showed that ...": a document opening the sentence, a list in what it is about, and its
 * participle with an agent closing right before the verb. The agent found right before the
 * verb made the document; the document is the subject.
 */
import type { SentenceContext } from '../context';
import { pastParticiple, type FoundSource, type Span } from '../source';
import { tokensText } from './util';
import { documentSource } from './document-subject';

/** Words of the agent's phrase before the head the verb found ("online travel site"). */
const MAX_AGENT_WORDS = 6;

/** Words before the document's noun at the sentence's start ("A new survey"). */
const MAX_LEAD_WORDS = 3;

export function openingDocumentBeforeAgent(
  ctx: SentenceContext,
  verb: number,
  agent: Span,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  // "..., done by <agent> showed": the agent marker a few words before the agent's head
  // ("by online travel site Tripvale"), its participle, and a comma before.
  let by = agent.start - 1;
  while (
    by > agent.start - MAX_AGENT_WORDS &&
    tokens[by]?.type === 'word' &&
    !pack.agentMarkers.has(tokens[by]?.lower ?? '')
  )
    by--;
  if (!pack.agentMarkers.has(tokens[by]?.lower ?? '') || ctx.quoted[by]) return null;
  let participle = by - 1;
  while (participle > 0 && pack.adverbs.has(tokens[participle]?.lower ?? '')) participle--;
  if (!pastParticiple(pack, tokens[participle]) || tokens[participle - 1]?.text !== ',')
    return null;
  // The document opens the sentence, after at most a determiner and describing words.
  const hit = pack.documents.find(tokens, 0, Math.min(MAX_LEAD_WORDS + 1, participle));
  if (!hit || tokens[0]?.type !== 'word') return null;
  for (let k = 0; k < hit.at; k++) if (tokens[k]?.type !== 'word' || ctx.quoted[k]) return null;
  const span = { start: 0, end: verb };
  return { span, source: documentSource(tokensText(ctx, 0, verb)) };
}
