/**
 * The engine's entry point: article blocks in, report out. Pure: no browser or DOM globals.
 *
 * Per document: detect the language (page hint first, text second), pick its pack. Per
 * sentence (one linear pass): every rule in core/rules proposes candidates; the engine keeps
 * one per sentence, in this order:
 *   1. a speaker's own cue (rank 2), the leftmost outside quotations: "X said Y told Z" is X's;
 *   2. else an outlet, document or statement carrying the words (rank 1);
 *   3. else a hedge with no source (rank 0).
 * Refiners then record a relaying outlet (`via`) and anaphoric claims. Headings are skipped
 * (headlines are not attributions); so is everything when the input says it is no article.
 */
import { claimText, splitClaims } from './claim';
import { makeContext, type SentenceContext } from './context';
import { detectLanguage, type Detection } from './lang/detect';
import { getPack } from './lang';
import { defaultRegistry, isStateControlled, type Outlet, type OutletRegistry } from './outlets';
import { Referents } from './referents';
import type { ArticleInput, Block, Claim, Reason, Report } from './report';
import { REFINERS, RULES, type Candidate } from './rules';
import { isQuestion } from './rules/util';
import { judge, summarize } from './scoring';
import { splitSentences } from './sentences';
import { classify, collectSubject, describedMention, type Span } from './source';
import { nameEvidence } from './source/evidence';
import { collapseWhitespace } from './text';

export interface AnalyzeOptions {
  /** Overrides language detection. */
  lang?: 'en' | 'id';
  /** Registry to consult (the default one plus the user's own outlets). */
  registry?: OutletRegistry;
}

/** Text sampled for language detection: enough for a verdict, cheap on huge pages. */
const DETECT_SAMPLE_CHARS = 20_000;
/** Function words the chosen language needs, and its lead over the other, for a sure guess. */
const SURE_LANG_HITS = 8;
const SURE_LANG_LEAD = 2;

/**
 * How sure the language is: a page's hint or the caller's choice is; a guess from text is
 * sure when the text has enough of the language's function words and clearly more than of
 * the other's ("Kim said" alone has none).
 */
function languageConfidence(detection: Detection): 'high' | 'low' {
  if (detection.by === 'hint') return 'high';
  if (detection.by === 'default') return 'low';
  const [best = 0, second = 0] = Object.values(detection.scores).sort((a, b) => b - a);
  return best >= SURE_LANG_HITS && best >= SURE_LANG_LEAD * second ? 'high' : 'low';
}

function choose(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (
      !best ||
      c.rank > best.rank ||
      (c.rank === best.rank && c.cueSpan.start < best.cueSpan.start)
    )
      best = c;
  }
  return best;
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.startsWith('www.') ? host.slice(4) : host || null;
  } catch {
    return null;
  }
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    // A user's registry entry must never break the analysis of the page.
    return fallback;
  }
}

/** People and organizations named in passing ("Wade Bassi, a fisherman, ..."), so that a
 * later "he said" or "the company said" can point back to them. */
function noteMentions(ctx: SentenceContext, referents: Referents, claimed: boolean): void {
  const { tokens, pack } = ctx;
  // A sentence with a claim has its speaker as its referent already. Found only when a body
  // is named (a sentence of a million dots has no subject worth a pass over it).
  let subject: number | undefined;
  const opensSentence = (i: number): boolean => {
    if (claimed) return false;
    subject ??= safe(() => collectSubject(ctx)?.start ?? -1, -1);
    return subject === i;
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // Names inside a quotation are the speaker's topic, not the article's next referent.
    // An opener is no part of a name: "Baik Google, Microsoft, maupun ...", "Namun Budi ...".
    if (!t || t.type !== 'word' || !t.cap || ctx.quoted[i] || pack.openers.has(t.lower)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const u = tokens[j];
      if (!u || ctx.quoted[j]) break;
      if (u.cap || (u.text === '.' && /^\p{Lu}$/u.test(tokens[j - 1]?.text ?? ''))) j++;
      // "Menteri Badan Usaha Milik Negara (BUMN) Erick Thohir": an acronym in parentheses.
      else if (u.text === '(' && tokens[j + 1]?.cap && tokens[j + 2]?.text === ')') j += 3;
      else break;
    }
    const after = tokens[j];
    if (j - i >= 2 && !(after && pack.anaphoricMarkers.has(after.lower))) {
      const span: Span = { start: i, end: j };
      // "Ketua komunitas ojol, Agus Santoso, meminta": with the description before the commas.
      const found = safe(() => describedMention(ctx, i, j) ?? classify(ctx, span), null);
      // A person counts with a role ("Menteri Luar Negeri Rina Wulandari") or an appositive
      // after the name ("Wade Bassi, a fisherman"); "Pelabuhan Benoa" is no one.
      const next = tokens[j + 1];
      // A name between commas after a description is one too: "Ketua komunitas ojol, Agus
      // Santoso, meminta ...".
      // So is one followed by an age: "Mohammed Said, 42, was told to leave".
      const aged =
        after?.text === ',' && /^\d{1,3}$/u.test(next?.text ?? '') && tokens[j + 2]?.text === ',';
      const between =
        aged ||
        (tokens[i - 1]?.text === ',' &&
          after?.text === ',' &&
          i >= 2 &&
          tokens[i - 2]?.type === 'word');
      const appositive =
        between ||
        (after?.text === ',' &&
          next !== undefined &&
          (pack.determiners.has(next.lower) || pack.roles.matchAt(tokens, j + 1) > 0));
      const named = found?.kind === 'named_person' && found.name?.includes(' ');
      const person = named && (found?.role !== null || appositive);
      // An organization only when a word says so ("Revamped UX" is a heading, not a firm).
      const firm = found?.kind === 'organization' && pack.organizations.find(tokens, i, j) !== null;
      // "Islamic State declared war on ... It has claimed ...": an institution opening the
      // sentence as its subject is what a later "it" points back to, claim or not.
      const body = found?.kind === 'official_body' && opensSentence(i);
      if (found && (named || firm || body)) {
        referents.add({
          text: found.text,
          kind: found.kind,
          name: found.name,
          role: found.role,
          outlet: found.outlet,
          sentence: ctx.index,
          weak: found.kind === 'named_person' && !person,
        });
      }
    }
    // "Kepala Dinas Sosial berinisial AS": initials stand for a person's name.
    if (
      j - i === 1 &&
      pack.initialsMarkers.has(tokens[i - 1]?.lower ?? '') &&
      /^\p{Lu}{1,4}$/u.test(t.text)
    ) {
      const role = safe(() => classify(ctx, { start: i, end: j }), null)?.role ?? null;
      referents.add({
        text: t.text,
        kind: 'named_person',
        name: t.text,
        role,
        outlet: null,
        sentence: ctx.index,
        initials: true,
      });
    }
    // "Direktur Utama Bank Mandiri Royke Tumilaar": Bank Mandiri is an organization a later
    // "Mandiri menyatakan" points back to.
    for (let k = i; k < j - 1; k++) {
      const prefix = tokens[k];
      const nameWord = tokens[k + 1];
      if (prefix?.cap && nameWord?.type === 'word' && pack.namePrefixes.has(prefix.lower)) {
        const text = `${prefix.text} ${nameWord.text}`;
        referents.add({
          text,
          kind: 'organization',
          name: text,
          role: null,
          outlet: null,
          sentence: ctx.index,
          weak: true,
        });
      }
    }
    i = j;
  }
}

/** Words a document's subject may take between its determiner and its noun ("A new study");
 * more is more often a clause ("The agency published draft rules"). */
const MAX_DOCUMENT_MODIFIERS = 1;

/**
 * "A new study by the Harbor Trust came out on Tuesday. It found that ...": a sentence that
 * reports nothing but opens with a document as its subject makes the document the thing a
 * later "it" points back to.
 */
function noteDocument(ctx: SentenceContext, referents: Referents): void {
  const { tokens, pack } = ctx;
  if (!pack.determiners.has(tokens[0]?.lower ?? '') || ctx.quoted[0]) return;
  for (let i = 1; i <= MAX_DOCUMENT_MODIFIERS + 1; i++) {
    const t = tokens[i];
    if (!t || t.type !== 'word' || ctx.quoted[i]) return;
    const len = pack.documents.matchAt(tokens, i);
    if (!len || t.cap) continue;
    // Without the determiner: "Some" opening a sentence names nothing a later one repeats.
    const text = ctx.text.slice(tokens[1]?.start ?? 0, tokens[i + len - 1]?.end ?? 0);
    referents.add({
      text,
      kind: 'document',
      name: null,
      role: null,
      outlet: null,
      sentence: ctx.index,
    });
    return;
  }
}

/** An unnamed source that is one person: "a senior official", "Seorang warga", and in a
 * language with no plural mark any source not quantified ("Sumber ... menyebutkan"). A
 * resolved pronoun is no new antecedent. */
function isSingle(ctx: SentenceContext, text: string): boolean {
  const { pack } = ctx;
  const first = text.split(' ')[0]?.toLowerCase() ?? '';
  const two = text.split(' ').slice(0, 2).join(' ').toLowerCase();
  if (pack.singularDeterminers.has(first) || pack.singularDeterminers.has(two)) return true;
  return (
    pack.data.numberless &&
    !pack.determiners.has(first) &&
    !pack.personPronouns.has(first) &&
    !pack.groupPronouns.has(first)
  );
}

/** A whole cue phrase starts at some token of the sentence (quoted or not). */
function hasCuePhrase(ctx: SentenceContext): boolean {
  const { tokens, pack } = ctx;
  for (let i = 0; i < tokens.length; i++) if (pack.cuePhrases.matchAt(tokens, i) > 0) return true;
  return false;
}

/** The texts joined by spaces, cut at DETECT_SAMPLE_CHARS: only the blocks that reach into
 * the sample are joined (a long page's other 100,000 characters are not copied). */
function detectionSample(texts: readonly string[]): string {
  let chars = 0;
  let n = 0;
  while (n < texts.length && chars <= DETECT_SAMPLE_CHARS) chars += (texts[n++] ?? '').length + 1;
  return texts.slice(0, n).join(' ').slice(0, DETECT_SAMPLE_CHARS);
}

function blockText(block: Block | undefined): string {
  return collapseWhitespace(typeof block?.text === 'string' ? block.text : '');
}

export function analyze(input: ArticleInput, options: AnalyzeOptions = {}): Report {
  const registry = options.registry ?? defaultRegistry;
  const blocks: Block[] = Array.isArray(input?.blocks) ? input.blocks : [];
  const texts = blocks.map(blockText);
  const detection = options.lang ? null : detectLanguage(detectionSample(texts), input?.langHint);
  const lang = options.lang ?? detection?.lang ?? 'en';
  const pack = getPack(lang);
  const url = typeof input?.url === 'string' ? input.url : null;
  const publisherOutlet: Outlet | null = url ? safe(() => registry.byDomain(url), null) : null;
  const publisherState = isStateControlled(publisherOutlet);
  const isArticle = input?.isArticle ?? true;
  const requested = !isArticle && input?.requested === true;

  const claims: Claim[] = [];
  if (isArticle || requested) {
    const referents = new Referents();
    referents.evidence = nameEvidence(pack, [input?.title ?? '', ...texts]);
    const abbreviations = pack.abbreviations.words;
    let previous: string | null = null;
    let index = 0;
    blocks.forEach((block, bi) => {
      if (block?.type === 'heading') return;
      const text = texts[bi] ?? '';
      if (!text) return;
      for (const s of splitSentences(text, { abbreviations, locale: pack.code })) {
        const ctx = makeContext(s.text, pack, registry, referents, previous, index++);
        // Most sentences carry no cue word at all: they cost one pass over their tokens. Of
        // those that do, most hold only a first word ("in", "as", "dalam") and no whole cue
        // phrase, from which every rule starts: the rules are not asked either.
        // The article's own questions attribute nothing ("Why do doctors say so?").
        const candidates =
          ctx.tokens.some((t) => pack.cueWords.has(t.lower)) &&
          hasCuePhrase(ctx) &&
          !isQuestion(ctx)
            ? RULES.flatMap((rule) => rule.find(ctx))
            : [];
        const chosen = choose(candidates);
        // "X said A, while Y said B": two claims, each looked for in its own clause.
        const split = chosen ? splitClaims(ctx, chosen, candidates) : null;
        const picks: Array<[Candidate, Span | undefined]> = chosen
          ? split
            ? [
                [chosen, split.first],
                [split.second, split.rest],
              ]
            : [[chosen, undefined]]
          : [];
        for (const [pick, clause] of picks) {
          let kept = pick;
          const inClause = clause
            ? candidates.filter(
                (c) => c.cueSpan.start >= clause.start && c.cueSpan.end <= clause.end,
              )
            : candidates;
          for (const refiner of REFINERS) kept = refiner.refine(ctx, kept, inClause);
          const { source } = kept;
          const judgement = judge(
            source,
            publisherState,
            kept.reasons?.includes('relayed_via_state_media') ?? false,
          );
          const reasons: Reason[] = [
            ...new Set([...judgement.reasons, ...source.reasons, ...(kept.reasons ?? [])]),
          ];
          claims.push({
            id: `c${claims.length + 1}`,
            sentence: s.text,
            claim: claimText(ctx, kept, clause),
            cue: kept.cue,
            rule: kept.rule,
            source: {
              text: source.text,
              kind: source.kind,
              name: source.name,
              role: source.role,
              outlet: source.outlet ?? kept.viaOutlet ?? null,
              via: kept.via ?? null,
              resolvesTo: source.resolvesTo,
              basis: source.basis ?? `rule:${kept.rule}`,
            },
            flags: judgement.flags,
            strength: judgement.strength,
            reasons,
            block: bi,
            offset: s.start,
          });
          if (source.kind !== 'unattributed') {
            // A resolved pronoun stands for its antecedent: "katanya" again is the same person.
            const text =
              source.reasons.includes('pronoun_resolved') && source.resolvesTo
                ? source.resolvesTo
                : source.text;
            referents.add({
              text,
              kind: source.kind,
              name: source.name,
              role: source.role,
              outlet: source.outlet,
              speaker: true,
              sentence: ctx.index,
              single: isSingle(ctx, text),
            });
          }
          // "Xinhua, citing an official, said ...": a later "the agency said" is the outlet's.
          const carrier = kept.viaSource;
          if (carrier)
            referents.add({
              text: carrier.text,
              kind: carrier.kind,
              name: carrier.name,
              role: carrier.role,
              outlet: carrier.outlet,
              sentence: ctx.index,
            });
        }
        noteMentions(ctx, referents, chosen !== null);
        if (picks.length === 0) noteDocument(ctx, referents);
        previous = s.text;
      }
    });
  }

  const credits = (Array.isArray(input?.credits) ? input.credits : [])
    .filter((c): c is string => typeof c === 'string' && c.trim() !== '')
    .map((raw) => {
      const text = collapseWhitespace(raw);
      const mention = safe(() => registry.findInText(text), [])[0] ?? null;
      return {
        text,
        outlet: mention?.outlet.id ?? null,
        stateMedia: isStateControlled(mention?.outlet),
      };
    });

  return {
    file: input?.file ?? null,
    url,
    title: input?.title ?? null,
    lang: pack.code,
    langConfidence: detection ? languageConfidence(detection) : 'high',
    isArticle,
    ...(requested ? { requested: true as const } : {}),
    publisher: {
      domain: hostOf(url),
      stateMedia: publisherState,
      outlet: publisherOutlet
        ? { id: publisherOutlet.id, name: publisherOutlet.name, category: publisherOutlet.category }
        : null,
    },
    claims,
    ...(input?.credits ? { credits } : {}),
    summary: summarize(claims),
  };
}
