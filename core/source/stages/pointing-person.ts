/**
 * "ujar pria berusia 54 tahun itu", "kata perempuan yang akrab disapa Nana tersebut": a noun
 * for a person, a description of them, then a pointing word. Such a description points back
 * to the person the article has been quoting: a named speaker makes it a named person when
 * the description singles one person out (an age, a nickname); an unnamed one (a single
 * "seorang warga") keeps its kind. With nobody quoted before, or a phrase that counts its
 * person ("seorang ..."), the lexicon decides ("Warga itu", two words, is left to the
 * lexicon-head stage too).
 */
import type { Analysis } from '../analysis';
import { nameHandedBefore } from '../handed-name';
import { personNounEnd } from '../person-noun';
import { spanText } from '../tokens';
import type { Stage } from './types';

/** Words of the shortest described phrase: noun, one describing word, pointing word. */
const MIN_WORDS = 3;

/** The capitalised name a phrase of the pack hands over inside the span ("... disapa Pak
 * Udin itu"), or null. */
function handedNameIn(a: Analysis): string | null {
  const { ctx, span } = a;
  const { tokens } = ctx;
  for (let k = span.start + 1; k < span.end; k++) {
    if (!tokens[k]?.cap || ctx.quoted[k] || !nameHandedBefore(ctx, k, span.start)) continue;
    let end = k;
    while (end < span.end && tokens[end]?.cap && tokens[end]?.type === 'word') end++;
    return end > k ? spanText(ctx, { start: k, end }) : null;
  }
  return null;
}

export const pointingPerson: Stage = {
  id: 'pointing-person',
  decide(a: Analysis) {
    const { ctx, span, words } = a;
    const { pack } = ctx;
    if (!pack.data.adjectivesAfterNoun || words.length < MIN_WORDS) return null;
    if (!pack.anaphoricMarkers.has(a.lastWord)) return null;
    // "Seorang sumber yang mengetahui pembicaraan itu": a counted person is someone new; the
    // pointing word closes the clause's own noun.
    if (pack.personCounters.matchAt(ctx.tokens, span.start) > 0) return null;
    // "Sumber yang mengetahui rencana itu": an unnamed source's phrase that reaches into its
    // clause is how a new source is described; the pointing word closes the clause's noun.
    const nounEnd = personNounEnd(ctx, span.start);
    const described = Math.max(
      pack.anonymous.matchAt(ctx.tokens, span.start),
      pack.unnamedOfficials.matchAt(ctx.tokens, span.start),
    );
    // "Orang-orang yang mengetahui rencana itu": so does one whose listed phrase ends in its
    // clause's relative word, however far the person's noun reaches.
    const intoClause = ctx.tokens
      .slice(span.start, span.start + described)
      .some((t) => pack.relativePronouns.has(t.lower));
    if (nounEnd === span.start || span.start + described > nounEnd || intoClause) return null;
    const found = ctx.referents.lastPersonBy(ctx.index, true);
    // "pria yang akrab disapa Pak Udin itu": with no named person before it, the description
    // hands over the name itself (after one, it is that person's nickname).
    const handed = found?.referent.kind === 'named_person' ? null : handedNameIn(a);
    if (handed) return a.found('named_person', 'pointing-person/handed-name', { name: handed });
    if (!found) return null;
    const r = found.referent;
    // A named person only with a detail that singles one out: an age ("berusia 54 tahun") or
    // a name ("yang akrab disapa Bubu"); "warga yang rumahnya terendam itu" may be anyone.
    // A count singles one out too ("ayah dua anak itu").
    const singled = words
      .slice(1, -1)
      .some((w) => w.cap || /\d/.test(w.text) || pack.numberWords.has(w.text.toLowerCase()));
    if (r.kind === 'named_person' && !singled) return null;
    if (r.kind === 'named_person')
      return a.found('named_person', `pointing-person/${found.by}`, {
        name: r.name,
        role: r.role ?? null,
        resolvesTo: r.name,
      });
    return a.found(r.kind, `pointing-person/${found.by}`, { resolvesTo: r.text });
  },
};
