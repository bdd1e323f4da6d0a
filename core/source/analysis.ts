/**
 * What the classification stages read about one source span, each part worked out once and
 * only when a stage first asks for it: the lexicon phrases, the runs of name-like words,
 * the name a role or description goes with, the outlet named.
 */
import type { SentenceContext } from '../context';
import type { OutletMention } from '../outlets';
import type { Referent } from '../referents';
import type { SourceKind } from '../report';
import type { Token } from '../text';
import { commonNameWord } from './common-name-word';
import { placeAlone } from './jurisdiction-place';
import { keptHits } from './kept-hits';
import { orgWordBefore } from './org-word-before';
import { chooseNameRun, nameBeforeAppositive } from './name-run';
import type { Hit } from './lexicon';
import { roleAsLastName } from './last-name-role';
import {
  afterHonorifics,
  describedName,
  isNationWord,
  MAX_NAME_WORDS,
  nameRuns,
  roleText,
  trimLongName,
} from './names';
import { isPersonNoun } from './stages/common-noun';
import { spanHead } from './span-head';
import {
  ageBracketOpen,
  INITIAL,
  outletIn,
  participleForm,
  partitiveRelative,
  relativeClauseAt,
  spanText,
  wordCount,
} from './tokens';
import { plainSource, type FoundSource, type Span } from './types';

/** The name found in a span, trimmed to the person's own words, and the role around it. */
export interface PersonName {
  run: Span;
  text: string;
  words: string[];
  /** The role given with the name, before any earlier mention is consulted. */
  role: string | null;
  /** A bare name ("Doe") the article introduced before (named people first). */
  earlier: Referent | null;
}

export class Analysis {
  readonly text: string;
  readonly words: Token[];
  readonly lowers: string[];
  readonly lastWord: string;

  constructor(
    readonly ctx: SentenceContext,
    readonly span: Span,
  ) {
    this.text = spanText(ctx, span);
    this.words = ctx.tokens.slice(span.start, span.end).filter((t) => t.type === 'word');
    this.lowers = this.words.map((w) => w.lower);
    this.lastWord = this.lowers[this.lowers.length - 1] ?? '';
  }

  /** A decision of the stage `basis`: the span's own text, nothing named unless given. */
  found(kind: SourceKind, basis: string, more: Partial<FoundSource> = {}): FoundSource {
    return plainSource(this.text, kind, { basis, ...more });
  }

  /** Lexicon phrases, less a capitalised people word inside a name ("The United Food and
   * Commercial Workers union" is no group of workers speaking) or before a document. */
  private hitsMemo: Hit[] | undefined;
  hits(): Hit[] {
    if (this.hitsMemo === undefined) this.hitsMemo = keptHits(this.ctx, this.span);
    return this.hitsMemo;
  }

  /** A role anywhere, even where a longer phrase of another table won ("analis" is a role and
   * an anonymous source: "analis IBPA Lili Indarli" is a named analyst). */
  private roleHitMemo: Hit | undefined | null = null;
  roleHit(): Hit | undefined {
    if (this.roleHitMemo === null) this.roleHitMemo = this.roleHitOf();
    return this.roleHitMemo;
  }
  private roleHitOf(): Hit | undefined {
    // '..., who was once called "the queen of flax", said': a role inside a quotation is
    // someone's words about the person, not the person's title.
    const found = this.hits().find((h) => h.table === 'roles' && !this.ctx.quoted[h.at]);
    if (found) return found;
    for (let i = this.span.start; i < this.span.end; i++) {
      if (this.ctx.quoted[i]) continue;
      const len = this.ctx.pack.roles.matchAt(this.ctx.tokens, i, this.span.end);
      const hit: Hit = { table: 'roles', at: i, len };
      if (len && !roleAsLastName(this.ctx, hit, this.span.end)) return hit;
    }
    return undefined;
  }

  /** Runs of name-like words no lexicon phrase covers. */
  private runsMemo: Span[] | undefined;
  runs(): Span[] {
    if (this.runsMemo === undefined) this.runsMemo = this.runsOf();
    return this.runsMemo;
  }
  private runsOf(): Span[] {
    const covered = new Array<boolean>(this.span.end - this.span.start).fill(false);
    for (const h of this.hits())
      for (let k = 0; k < h.len; k++) covered[h.at - this.span.start + k] = true;
    return nameRuns(this.ctx, this.span, covered);
  }

  /** "Jones, whose husband is ... in the Navy": a name, then an appositive about the person. */
  private firstSegmentMemo: Span | null | undefined;
  firstSegment(): Span | null {
    if (this.firstSegmentMemo === undefined) this.firstSegmentMemo = this.firstSegmentOf();
    return this.firstSegmentMemo;
  }
  private firstSegmentOf(): Span | null {
    const { tokens } = this.ctx;
    const firstComma = tokens
      .slice(this.span.start, this.span.end)
      .findIndex((t) => t.text === ',');
    if (firstComma <= 0) return null;
    const comma = this.span.start + firstComma;
    // "... of Texas, Greg Hollis": a full name closing the span after the comma is the person;
    // the words before it only say where they are from.
    if (
      this.runs().some(
        (r) =>
          r.start === comma + 1 && r.end === this.span.end && wordCount(this.ctx.tokens, r) >= 2,
      )
    )
      return null;
    // "Budi Santoso (45), pedagang sayur, ...": the age in brackets after the name.
    const nameEnd = ageBracketOpen(this.ctx, comma - 1) ?? comma;
    const start = afterHonorifics(this.ctx, this.span.start, comma);
    return this.runs().find((r) => r.start === start && r.end === nameEnd) ?? null;
  }

  /** The comma opening a clause about the person just named: "Florida Governor Rick Scott,
   * who declared ...", "Senator Jane Doe, whose ...", "the party's leader, Jane Doe, angered
   * by ...". -1 when there is none. */
  private relativeCommaMemo: number | undefined;
  relativeComma(): number {
    if (this.relativeCommaMemo === undefined) this.relativeCommaMemo = this.relativeCommaOf();
    return this.relativeCommaMemo;
  }
  private relativeCommaOf(): number {
    const { tokens, pack } = this.ctx;
    const participle = (t: Token | undefined) => participleForm(pack, t);
    for (let i = this.span.start + 1; i < this.span.end - 1; i++) {
      const next = tokens[i + 1];
      if (tokens[i]?.text !== ',' || this.ctx.quoted[i + 1]) continue;
      if (pack.relativePronouns.has(next?.lower ?? '') || participle(next)) return i;
      if (partitiveRelative(this.ctx, i)) return i;
    }
    return -1;
  }

  /** The comma opening a relative clause of any kind ("X, which ...", "X, who ..."): -1 when
   * there is none. */
  private clauseCommaMemo: number | undefined;
  clauseComma(): number {
    if (this.clauseCommaMemo === undefined) this.clauseCommaMemo = this.clauseCommaOf();
    return this.clauseCommaMemo;
  }
  private clauseCommaOf(): number {
    for (let i = this.span.start + 1; i < this.span.end - 1; i++) {
      if (relativeClauseAt(this.ctx, i)) return i;
    }
    return -1;
  }

  /** "Warga Jailolo, Fitriani (29)": a description, a comma, then the name. */
  private describedMemo: Span | null | undefined;
  described(): Span | null {
    if (this.describedMemo === undefined)
      this.describedMemo = this.firstSegment()
        ? null
        : describedName(this.ctx, this.span, this.runs(), this.hits());
    return this.describedMemo;
  }

  private mentionMemo: OutletMention | null | undefined;
  mention(): OutletMention | null {
    if (this.mentionMemo === undefined) this.mentionMemo = outletIn(this.ctx, this.span);
    return this.mentionMemo;
  }

  /**
   * A person's name: with a role ("CEO Nusantara Air Rina Wulandari", "Jones, a Navy veteran"), or
   * alone when nothing marks the words as an institution. A name after an outlet's
   * possessive is the person's alone ("the Daily Planet's Jane Smith").
   */
  private nameRunMemo: Span | null | undefined;
  nameRun(): Span | null {
    if (this.nameRunMemo === undefined) this.nameRunMemo = this.nameRunOf();
    return this.nameRunMemo;
  }
  private nameRunOf(): Span | null {
    const run = chooseNameRun(this);
    const mention = this.mention();
    if (!mention || !run) return run;
    const { tokens } = this.ctx;
    const possessive = tokens.findIndex(
      (t, k) =>
        k >= run.start &&
        k < run.end - 1 &&
        t.start < mention.end &&
        t.end > mention.end &&
        t.lower.endsWith("'s"),
    );
    return possessive >= 0 ? { start: possessive + 1, end: run.end } : run;
  }

  /** The person's name as kept: prefixes and places trimmed off, with its role. */
  private personMemo: PersonName | null | undefined;
  person(): PersonName | null {
    if (this.personMemo === undefined) this.personMemo = this.personOf();
    return this.personMemo;
  }
  private personOf(): PersonName | null {
    let run = this.nameRun();
    if (!run) return null;
    const { tokens, pack, referents } = this.ctx;
    const roleHit = this.roleHit();
    // "Bank Mandiri Royke Tumilaar": the word after "Bank" is the bank's.
    const before = tokens[run.start - 1];
    // "Rumah Sakit Harapan Sari Wulandari": so is the word after an organization's noun.
    const orgName =
      (before && pack.namePrefixes.has(before.lower)) || orgWordBefore(this.ctx, run.start);
    if (orgName && wordCount(tokens, run) >= 3) run = { start: run.start + 1, end: run.end };
    // "CEO Microsoft Satya Nadella": a role's run of three opening with a word the article
    // calls an institution elsewhere is the employer, then the person.
    const employer = tokens[run.start];
    if (
      roleHit &&
      roleHit.at < run.start &&
      wordCount(tokens, run) === MAX_NAME_WORDS &&
      employer &&
      referents.evidence.institutions.has(employer.lower) &&
      !referents.evidence.people.has(employer.lower)
    )
      run = { start: run.start + 1, end: run.end };
    const untrimmed = wordCount(tokens, run);
    run = trimLongName(this.ctx, run);
    // "Bupati Garut Rudy Gunawan", "Ketua DPRD Depok Ade Supriyatna": the word after a
    // jurisdiction role, or after a regional body in a role's phrase, is its place.
    const jurisdiction = (at: number, len: number) =>
      pack.jurisdictionRoles.matchAt(tokens, at, at + len) === len;
    const runStart = run.start;
    const regionalBody = [1, 2].some((len) => jurisdiction(runStart - len, len));
    if (
      roleHit &&
      ((jurisdiction(roleHit.at, roleHit.len) && run.start === roleHit.at + roleHit.len) ||
        (regionalBody && untrimmed === MAX_NAME_WORDS && run.start > roleHit.at + roleHit.len)) &&
      wordCount(tokens, run) === MAX_NAME_WORDS &&
      !INITIAL.test(tokens[run.start + 1]?.text ?? '')
    ) {
      run = { start: run.start + 1, end: run.end };
    }
    if (roleHit && placeAlone(this.ctx, roleHit, run)) return null;
    // "An Iraqi farmer said", "a Chinese tourist told ...": a nation's word alone before a
    // lower-case noun for people by its form qualifies the noun; it names no one.
    const last = tokens[this.span.end - 1];
    if (
      run.end - run.start === 1 &&
      run.end < this.span.end &&
      isNationWord(this.ctx, tokens[run.start]) &&
      last?.type === 'word' &&
      !last.cap &&
      isPersonNoun(pack.data, last.lower)
    )
      return null;
    // "Pegiat lingkungan menilai": where the noun opens its phrase, a noun for people by its
    // form opening the sentence, lower-case words after it, is capitalised only for that.
    const next = tokens[run.end];
    if (
      pack.data.adjectivesAfterNoun &&
      run.end - run.start === 1 &&
      tokens.slice(0, run.start).every((t) => t.type !== 'word') &&
      isPersonNoun(pack.data, tokens[run.start]?.lower ?? '') &&
      run.end < this.span.end &&
      next?.type === 'word' &&
      !next.cap
    )
      return null;
    const words = tokens
      .slice(run.start, run.end)
      .filter((t) => t.type === 'word')
      .map((t) => t.text);
    // Words around a name are a role only when a role word or an appositive says so
    // ("By Jane Reporter" has no role).
    // A relative clause after a role and name says what the person did, not who they are.
    const relative = this.relativeComma();
    const roleSpan =
      roleHit && relative > run.end - 1 && roleHit.at < run.start
        ? { start: this.span.start, end: relative }
        : this.span;
    // "Passenger Tom Vale, of Lakeside": the person's word and the appositive are the role.
    const apposed = nameBeforeAppositive(this, run);
    const role =
      roleHit || this.firstSegment() || this.described() || apposed
        ? roleText(this.ctx, roleSpan, run)
        : null;
    let earlier: Referent | null = null;
    if (!roleHit && !this.described()) {
      // "Mr. Austin", "Pak Tjahjo": the honorific is no part of the name matched.
      // "Doe's" is Doe: a possessive mark is no part of the name matched either.
      const unmarked = tokens
        .slice(run.start, run.end)
        .filter((t) => t.type === 'word')
        .map((t) => (/['’]s?$/u.test(t.text) ? t.text.replace(/['’]s?$/u, '') : t.text));
      const bare = unmarked.filter((w) => !pack.honorifics.has(w.toLowerCase()));
      earlier = referents.byWords(bare.length > 0 ? bare : unmarked);
      // "Amtrak said" after "Amtrak Train 89", "the Rodeo said" after "the Cowtown Rodeo".
      if (commonNameWord(this.ctx, earlier, words, run)) earlier = null;
    }
    return { run, text: spanText(this.ctx, run), words, role, earlier };
  }

  /** "the company", "the minister", "sumber di Kementerian": the lexicon phrase heading a span
   * with no name, by table priority then position. */
  private headMemo: Hit | null | undefined;
  head(): Hit | null {
    if (this.headMemo === undefined) this.headMemo = spanHead(this);
    return this.headMemo;
  }

  /** A word pointing back ("the", "itu") anywhere in the span. */
  private pointingMemo: boolean | undefined;
  pointing(): boolean {
    if (this.pointingMemo === undefined)
      this.pointingMemo = this.lowers.some((w) => this.ctx.pack.anaphoricMarkers.has(w));
    return this.pointingMemo;
  }
}
