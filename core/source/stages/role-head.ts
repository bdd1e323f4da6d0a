/** "a spokesman", "the minister", "Kepala Dinas": a role with no name. Pointing back ("the
 * minister", "the professor") it is the person given that role before; otherwise an unnamed
 * official, or an unnamed source when the role is no office ("the lead author", left to
 * lexicon-head, whose unnamed-source table lists it too). */
import type { Analysis } from '../analysis';
import { roleFits } from '../role-fit';
import type { Referent } from '../../referents';
import type { FoundSource } from '../types';
import type { Stage } from './types';

interface Hit {
  at: number;
  len: number;
}

/** The capitalised words of the span besides the role: its place or owner ("Kelbo"). */
function ownersOf(a: Analysis, role: Hit): string[] {
  const { ctx, span } = a;
  const owners: string[] = [];
  for (let k = span.start; k < span.end; k++) {
    const t = ctx.tokens[k];
    if (k >= role.at && k < role.at + role.len) continue;
    if (t?.type === 'word' && t.cap && !ctx.pack.stopwords.has(t.lower)) owners.push(t.base);
  }
  return owners;
}

/** The place right after the role and its link ("the mayor of Kelbo"): not "the Republican
 * governor", nor "leader of the group in the European Parliament". */
function placeAfter(a: Analysis, role: Hit): string[] {
  const { tokens, pack } = a.ctx;
  let k = role.at + role.len;
  if (!pack.employerLinks.has(tokens[k]?.lower ?? '')) return [];
  const place: string[] = [];
  for (k++; k < a.span.end && tokens[k]?.type === 'word' && tokens[k]?.cap; k++)
    place.push((tokens[k] as { base: string }).base);
  return place;
}

/** Each place or owner word is in the role the person was given, or in how they were named. */
function heldThere(owners: readonly string[], role: string, text: string): boolean {
  return owners.every((o) => role.includes(o) || text.includes(o));
}

/**
 * "The mayor of Kelbo said", "Varnia's finance minister added": a role that one person holds
 * - pointing back, or tied to its place or owner by capitals in the phrase - is the person
 * the article named with that role before, not only the last person named. Per
 * attribution.md the kind is named_person only when the text names the holder; a holder
 * never named stays an unnamed official.
 */
function namedHolder(a: Analysis, role: Hit): FoundSource | null {
  const owners = ownersOf(a, role);
  if (owners.length === 0 && !pointsAt(a, role.at) && !wholeOffice(a, role)) return null;
  const r = a.ctx.referents.lastHolder(
    (held, text) => roleFits(a.ctx, a.span, role, held) && heldThere(owners, held, text),
  );
  if (!r) return null;
  return a.found('named_person', 'role-head/holder', {
    name: r.name,
    role: r.role ?? a.text,
    resolvesTo: r.name,
  });
}

/** "The diplomat" right after "Ambassador Jane Roe": a general word for the last person's
 * office (the pack's roleFamilies) points to them, unless one unnamed by that word ("a
 * Western diplomat") was spoken of since. Only the last person: a general word reaches no
 * further back. */
function ofFamily(a: Analysis, role: Hit, r: Referent): boolean {
  const { ctx, span } = a;
  if (!roleFits(ctx, span, role, r.role ?? null, true)) return false;
  const word = ctx.tokens.slice(role.at, role.at + role.len).map((t) => t.text);
  const since = ctx.referents.byWords(word);
  return !(
    since &&
    (since.kind === 'unnamed_official' || since.kind === 'anonymous') &&
    (since.sentence ?? -1) >= (r.sentence ?? -1)
  );
}

/** "Talal Nouri said ... The minister added": the person quoted lately, whose office the
 * copy never gave, is who the definite role means - wire copy names a speaker first and
 * calls them by office after - unless one unnamed by that word was spoken of (before or
 * since: "a minister said ... Nouri said ... the minister added" is the unnamed one). */
function roleless(
  a: Analysis,
  role: Hit,
  r: Referent | undefined,
  by: string | undefined,
): { referent: Referent; by: string } | null {
  if (!r || r.role !== null || by !== 'recent-speaker' || !roleCloses(a, role)) return null;
  const word = a.ctx.tokens.slice(role.at, role.at + role.len).map((t) => t.text);
  const other = a.ctx.referents.byWords(word);
  const unnamed = other?.kind === 'unnamed_official' || other?.kind === 'anonymous';
  return unnamed ? null : { referent: r, by: 'roleless-speaker' };
}

/** The role closes the phrase, and an owner before it is an office ("the President's press
 * secretary"), not a person ("the defendant's attorney", "Roe's lawyer"), whose role-holder
 * is someone else. */
function roleCloses(a: Analysis, role: Hit): boolean {
  const { tokens, pack } = a.ctx;
  if (role.at + role.len !== a.span.end) return false;
  for (let k = a.span.start; k < role.at; k++) {
    const t = tokens[k];
    if (t?.type !== 'word' || t.base === t.lower) continue;
    let office = false;
    for (let j = a.span.start; j <= k && !office; j++)
      office = j + pack.roles.matchAt(tokens, j) > k;
    if (!office) return false;
  }
  return true;
}

/** "Velmar's Foreign Ministry Spokesman": a role closing the phrase after the body's
 * words, capitalised as a title is, is that body's person - the role heads, not the body. */
function bodyRole(a: Analysis, head: ReturnType<Analysis['head']>, role: Hit | undefined): boolean {
  if (!head || !role || (head.table !== 'bodies' && head.table !== 'portfolios')) return false;
  if (a.ctx.pack.data.adjectivesAfterNoun) return false;
  return role.at >= head.at + head.len && role.at + role.len === a.span.end;
}

export const roleHead: Stage = {
  id: 'role-head',
  decide(a: Analysis) {
    const head = a.head();
    const roleHit = a.roleHit();
    // A role that is also a word for an unnamed source ("author", "professor") heads as one.
    const civilian = head?.table === 'anonymous' && roleHit !== undefined && roleHit.at === head.at;
    const bodys = bodyRole(a, head, roleHit);
    if (head?.table !== 'roles' && !civilian && !bodys) return null;
    const role = civilian || bodys ? roleHit : head;
    if (!role) return null;
    const { ctx, text } = a;
    // "kata Kapolsek": in a language with no article, the role alone points back.
    const bare =
      ctx.pack.data.bareRolesPointBack &&
      role.at === a.span.start &&
      role.at + role.len === a.span.end;
    if (pointsAt(a, role.at) || bare) {
      const fits = (earlier: string | null) => roleFits(ctx, a.span, role, earlier);
      const last = ctx.referents.lastPersonBy(ctx.index);
      // The last person holds another office: an earlier one may hold this one.
      const found =
        last && fits(last.referent.role)
          ? last
          : last && ofFamily(a, role, last.referent)
            ? last
            : (ctx.referents.lastPersonWithRole(ctx.index, fits) ??
              (civilian ? null : roleless(a, role, last?.referent, last?.by)));
      const r = found?.referent;
      // "The mayor of Ostrava" is not the mayor of Kelbo named last.
      const held = (r?.role ?? '').toLowerCase();
      const there = r !== undefined && heldThere(placeAfter(a, role), held, r.text.toLowerCase());
      if (found && r && there) {
        return a.found('named_person', `role-head/${found.by}`, {
          name: r.name,
          role: r.role ?? text,
          resolvesTo: r.name,
        });
      }
    }
    if (civilian) return null;
    const holder = namedHolder(a, role);
    if (holder) return holder;
    // "Menteri Perikanan, , mengatakan": an office title whose holder's name is missing from
    // the copy (a scraper dropped the linked name) still stands for that one person.
    if (nameGapAfter(a, role.at))
      return a.found('named_person', 'role-head/name-gap', { role: text });
    return a.found('unnamed_official', 'role-head', { role: text });
  },
};

/** The span is an office title and nothing else ("Menteri Keuangan", "Kalapas"): in a language
 * with no article it points back to the person given that office before. */
function wholeOffice(a: Analysis, role: Hit): boolean {
  const { ctx, span } = a;
  if (!ctx.pack.data.bareRolesPointBack || role.at !== span.start || a.pointing()) return false;
  if (!ctx.tokens[role.at]?.cap) return false;
  return ctx.tokens.slice(span.start, span.end).every((t) => t.type === 'word');
}

/**
 * The span opens with a capitalised office title (token `roleAt`) and is followed by an empty
 * name slot: a comma, then another comma or straight away a verb of saying. No writer puts a
 * comma between an office and its verb; one stands where the name was lost.
 */
function nameGapAfter(a: Analysis, roleAt: number): boolean {
  const { ctx, span } = a;
  const { tokens, pack } = ctx;
  if (roleAt !== span.start || !tokens[roleAt]?.cap || a.pointing()) return false;
  const comma = tokens[span.end];
  const next = tokens[span.end + 1];
  if (comma?.text !== ',' || ctx.quoted[span.end] || !next || ctx.quoted[span.end + 1])
    return false;
  if (next.text === ',') return true;
  // "Kapolres Bogor, dalam konferensi pers, mengatakan": an occasion's aside, no gap.
  if (next.type === 'word' && pack.interposers.has(next.lower)) return false;
  return next.type === 'word' && !next.cap && pack.cueWords.has(next.lower);
}

/**
 * A pointing word of the role's own phrase: before the role where adjectives go before the
 * noun ("the defence minister"), anywhere where they follow it ("Menteri itu"). "The" inside
 * an appositive after the role ("leader of the group") points at the group, not back.
 */
function pointsAt(a: Analysis, roleAt: number): boolean {
  const { ctx, span } = a;
  if (!ctx.pack.data.adjectivesAfterNoun) {
    for (let i = span.start; i < roleAt; i++)
      if (ctx.pack.anaphoricMarkers.has(ctx.tokens[i]?.lower ?? '')) return true;
    return false;
  }
  return a.pointing();
}
