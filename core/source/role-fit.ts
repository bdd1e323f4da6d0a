/**
 * Does a role pointing back ("the defence minister", "the embattled president") fit the role
 * of the person named before? Sharing the head noun is not enough: a qualifier that names an
 * office - a portfolio ("defence", "foreign") or a rank ("deputy", "former") - must be in both
 * roles, and an earlier office longer than the later role ("Vice President", "Deputy Minister")
 * is another office than the bare role. A descriptive word ("embattled", a party) is no office
 * and is not compared.
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import { tokenize } from '../text';
import type { Span } from './types';

/** Earlier roles already split into words: a role pointing back is checked against every
 * earlier holder, so without this a long article would split the same roles again for each
 * mention (work growing with the square of its length). Kept small: cleared when full. */
const ROLE_WORDS = new Map<string, Token[]>();
const MAX_ROLES_KEPT = 512;

function roleWords(role: string): Token[] {
  let words = ROLE_WORDS.get(role);
  if (words) return words;
  if (ROLE_WORDS.size >= MAX_ROLES_KEPT) ROLE_WORDS.clear();
  words = tokenize(role).filter((t) => t.type === 'word');
  ROLE_WORDS.set(role, words);
  return words;
}

interface RoleHit {
  at: number;
  len: number;
}

export function roleFits(
  ctx: SentenceContext,
  span: Span,
  role: RoleHit,
  earlierRole: string | null,
  family = false,
): boolean {
  const { pack, tokens } = ctx;
  const earlier = unshortened(roleWords(earlierRole ?? ''), pack.data.roleShortForms);
  const head = tokens.slice(role.at, role.at + role.len).map((t) => t.base);
  const exact = runAt(earlier, head, 0);
  const at = exact >= 0 || !family ? exact : familyAt(earlier, head, pack.data.roleFamilies);
  if (at < 0) return false;
  const earlierWords = earlier.map((t) => t.base);
  // Later qualifiers naming an office must be in the earlier role.
  for (let i = span.start; i < span.end; i++) {
    if (i >= role.at && i < role.at + role.len) continue;
    const len =
      pack.portfolios.matchAt(tokens, i, span.end) ||
      pack.officeQualifiers.matchAt(tokens, i, span.end);
    if (!len) continue;
    const words = tokens.slice(i, i + len).map((t) => t.base);
    if (runAt(earlier, words, 0) < 0) return false;
    i += len - 1;
  }
  // An earlier rank before the role ("Deputy Foreign Minister") the later mention does not
  // repeat.
  const said = new Set(tokens.slice(span.start, span.end).map((t) => t.base));
  for (let j = 0; j < at; j++) {
    const len = pack.officeQualifiers.matchAt(earlier, j, at);
    if (len && !earlierWords.slice(j, j + len).every((w) => said.has(w))) return false;
    // "Vice President" holds "president" but is another office.
    const office = pack.roles.matchAt(earlier, j);
    if (office && j + office >= at + head.length) return false;
  }
  return true;
}

/** The words with a title's short form read as the role it stands for ("Sen." as "senator"). */
function unshortened(words: Token[], forms: Readonly<Record<string, string>>): Token[] {
  if (!words.some((t) => Object.hasOwn(forms, t.base))) return words;
  return words.map((t) => {
    const full = Object.hasOwn(forms, t.base) ? forms[t.base] : undefined;
    return full === undefined ? t : { ...t, base: full, lower: full };
  });
}

/** Where the run of words `words` (lexicon keys) starts in `tokens` at or after `from`, or -1. */
function runAt(tokens: readonly Token[], words: readonly string[], from: number): number {
  outer: for (let i = from; i + words.length <= tokens.length; i++) {
    for (let k = 0; k < words.length; k++)
      if ((tokens[i + k] as Token).base !== words[k]) continue outer;
    return i;
  }
  return -1;
}

/** Where the earlier role holds a rank of the general word `head` ("diplomat": "Ambassador"),
 * or -1. */
function familyAt(
  earlier: readonly Token[],
  head: readonly string[],
  families: Readonly<Record<string, readonly string[]>>,
): number {
  // A general phrase and its ranks may be words of their own ("bendahara negara":
  // "menteri keuangan").
  const general = head.join(' ');
  if (!Object.hasOwn(families, general)) return -1;
  const ranks = families[general] as readonly string[];
  for (let i = 0; i < earlier.length; i++)
    if (ranks.some((rank) => runAt(earlier, rank.split(' '), i) === i)) return i;
  return -1;
}
