/**
 * Anaphoric claims: "Lee Min-ho menyampaikan hal ini", "the minister said this",
 * "Usulan tersebut disampaikan oleh ...", "Kabar ini diketahui dari ...", "Hal itu ia
 * sampaikan ...". The claim is the previous sentence.
 */
import type { SentenceContext } from '../context';
import type { Candidate, Refiner } from './types';

/** What may follow the anaphor: the end, or a prepositional tail ("hal ini dalam pertemuan"). */
const MAX_SUBJECT_WORDS = 3;

function pointsBack(ctx: SentenceContext, kept: Candidate): boolean {
  const { tokens, pack } = ctx;
  // Object right after the cue: "menyampaikan hal ini", "said this."
  const len = pack.anaphors.matchAt(tokens, kept.cueSpan.end);
  if (len) {
    const next = tokens[kept.cueSpan.end + len];
    // "said this week" is a time: only a clause end or a small word may follow.
    if (!next || next.type !== 'word' || pack.stopwords.has(next.lower)) return true;
  }
  // '"...." So says Jane Roe': a pointing word opens the sentence right before the cue.
  // "Demikian disampaikan Budi ...": or the pointing word opens the cue itself.
  const opener = !ctx.quoted[0] && pack.anaphoricOpeners.has(tokens[0]?.lower ?? '');
  if (opener && kept.cueSpan.start <= 1) return true;
  // "Hal itu ia sampaikan": the fronted object always points back ...
  if (kept.rule === 'fronted-agent') return true;
  // ... and so does a passive cue whose phrase opens with a pointing noun ("Pernyataan
  // tersebut disampaikan X", "Aturan itu tertuang dalam Y").
  const pointer = tokens[kept.cueSpan.start + 1]?.lower ?? '';
  if (kept.rule === 'passive-by' && pack.anaphoricMarkers.has(pointer)) return true;
  // Subject before a passive cue: "Rencana tersebut disampaikan oleh ...", "Hal itu
  // diungkapkannya saat rapat" (the agent fused in as a clitic); an adverb may stand
  // between ("Kabar itu juga dibenarkan oleh ...").
  if (kept.rule === 'passive-by' || kept.rule === 'clitic-cue') {
    let m = kept.cueSpan.start - 1;
    while (m > 0 && pack.adverbs.has(tokens[m]?.lower ?? '')) m--;
    const marker = tokens[m];
    if (m <= MAX_SUBJECT_WORDS && marker && pack.anaphoricMarkers.has(marker.lower)) return true;
  }
  return false;
}

export const anaphora: Refiner = {
  id: 'anaphora',
  refine(ctx: SentenceContext, kept: Candidate): Candidate {
    if (!ctx.previous || !pointsBack(ctx, kept)) return kept;
    return { ...kept, claim: ctx.previous, reasons: [...(kept.reasons ?? []), 'anaphoric_claim'] };
  },
};
