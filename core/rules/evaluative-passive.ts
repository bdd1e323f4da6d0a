/**
 * "Kebijakan itu dinilai sejumlah pihak sebagai langkah mundur", "Proyek itu diklaim
 * pemerintah akan selesai tahun depan": a passive verb of assessing or charging with its
 * agent right after it (or after the agent marker). The agent is the source; the subject
 * and the complement after the agent are the claim. Without an agent ("dinilai tidak
 * efektif") there is no attribution.
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import { classify, sourceAfter } from '../source';
import { isWord } from '../source/tokens';
import type { Candidate, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';

/** Readings of a bare noun no lexicon lists: after these verbs such a noun is the
 * complement ("dianggap pahlawan"), not who judged. */
const GUESSED = ['common-noun', 'lone-name/group'];

/** Agents that judge as such, read after a hedge word with no label marker. */
const INSTITUTIONS: ReadonlySet<SourceKind> = new Set(['official_body', 'state_media', 'media']);

export const evaluativePassive: Rule = {
  id: 'evaluative-passive',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { tokens, pack } = ctx;
    for (const [at, len] of matchesOutsideQuotes(ctx, pack.evaluativePassives)) {
      // The thing judged stands before the verb.
      if (!tokens.slice(0, at).some(isWord)) continue;
      const from = pack.agentMarkers.has(tokens[at + len]?.lower ?? '') ? at + len + 1 : at + len;
      const found = sourceAfter(ctx, from);
      if (!found || found.start !== from) continue;
      // "Documents seen by Reuters show that ...": a verb of finding right after the agent
      // (one the phrase finder read as a programme's noun) is the documents' verb.
      const shows = (k: number) =>
        k > found.start && pack.findingVerbs.matchAt(tokens, k) > 0 && !tokens[k]?.cap;
      let end = found.end;
      while (shows(end - 1)) end--;
      const span = { start: found.start, end };
      // What the agent judged it to be follows the agent. A verb that is also a hedge and a
      // naming verb ("disebut") needs its label marker or complementizer there: "disebut
      // polisi sebagai otak pelaku", not "program yang disebut Kartu Prakerja".
      const next = tokens[span.end];
      if (!isWord(next) || ctx.quoted[span.end]) continue;
      const marked = pack.labelMarkers.has(next.lower) || pack.complementizers.has(next.lower);
      // A cue that ends in its agent marker ("seen by"): without the label it reports sight
      // ("a letter seen by reporters", "a plane seen by witnesses flying low"). With the
      // agent marker after a hedge ("diduga oleh polisi") the agent is written as one.
      const byInCue = pack.agentMarkers.has(tokens[at + len - 1]?.lower ?? '');
      const byAgent = from !== at + len;
      const hedged = pack.hedges.matchAt(tokens, at) > 0 && !byAgent;
      if (byInCue && !marked) continue;
      const source = classify(ctx, span);
      if (!source || source.kind === 'unattributed') continue;
      // "Jembatan itu diklaim pemerintah akan rampung": a government or the press after a
      // hedge word needs no label to be its agent (a name after one may be what is named).
      // The agent opens with the body's or the outlet's own word, not "namanya di lingkungan
      // Pemkab" ("enggan disebut namanya": a name withheld, no agent).
      const opener = tokens[span.start];
      const own =
        !!opener && (opener.cap || pack.bodies.has(opener.lower) || pack.media.has(opener.lower));
      if (hedged && !marked && !(INSTITUTIONS.has(source.kind) && own)) continue;
      if (GUESSED.some((b) => (source.basis ?? '').startsWith(b))) continue;
      // "Citilink disebut menunjuk Veronica Tan sebagai komisaris": a person's name after a
      // small word no role is ("menunjuk") is the object of the subject's deed, no agent.
      if (source.kind === 'named_person' && !source.role && !tokens[span.start]?.cap) continue;
      // The claim: what was judged, then what it was judged to be ("Kebijakan itu ... tidak
      // efektif"), without the verb and its agent.
      let last = tokens.length;
      while (last > span.end && tokens[last - 1]?.type === 'punct') last--;
      // "The sale is widely seen by ...": the copula and adverbs go with the verb.
      let head = at;
      const verbal = (t: string) => pack.adverbs.has(t) || pack.passiveAuxiliaries.has(t);
      while (head > 1 && verbal(tokens[head - 1]?.lower ?? '')) head--;
      const claim = `${tokensText(ctx, 0, head)} ${tokensText(ctx, span.end, last)}`;
      out.push({
        rule: this.id,
        cue: tokensText(ctx, at, from),
        cueSpan: { start: at, end: from },
        source,
        sourceSpan: span,
        rank: 2,
        claim,
      });
    }
    return out;
  },
};
