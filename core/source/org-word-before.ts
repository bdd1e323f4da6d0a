/**
 * "Direktur Rumah Sakit Harapan Sari Wulandari": where modifiers follow their noun, a
 * capitalised organization's word ("Rumah Sakit", "Yayasan") right before three name-like
 * words opens the organization's own name, so the first of them is that name's, not the
 * person's.
 */
import type { SentenceContext } from '../context';

/** Longest organization's word, in words. */
const MAX_ORG_WORDS = 2;

/** An organization's word, written with a capital after a role or a lower-case word, ends
 * right before token `at`. */
export function orgWordBefore(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  if (!pack.data.adjectivesAfterNoun) return false;
  for (let len = 1; len <= MAX_ORG_WORDS; len++) {
    const from = at - len;
    if (from < 0 || !tokens[from]?.cap) continue;
    // "PT Pelita Logistik Tbk Desi Safitri": a word closing a firm's name after its own
    // capitals opens nothing.
    const prev = tokens[from - 1];
    if (prev?.type === 'word' && prev.cap && !pack.sourceWords.has(prev.base)) continue;
    if (pack.organizations.matchAt(tokens, from, at) === len) return true;
  }
  return false;
}
