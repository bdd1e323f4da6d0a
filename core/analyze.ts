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
import { CarriedBack } from './carried-back';
import { chooseCandidate } from './choose';
import { claimText } from './claim';
import { splitClaims } from './split-claims';
import { splitClosingPronoun } from './closing-pronoun';
import { datelineLength } from './dateline';
import { nameLaterHolders } from './named-later';
import { colonBeforeQuote } from './rules/colon-quote';
import { hedgeEnd } from './rules/hedge';
import { namesSurvey } from './rules/survey-figure';
import { heldPositionAt } from './rules/held-position';
import { makeContext, type SentenceContext } from './context';
import { noteDocument } from './document-notes';
import { noteMentions, safe } from './mention-notes';
import { noteOutlet } from './outlet-notes';
import { noteNamedSubject } from './named-subject';
import { notePeople } from './people-notes';
import { noteBody } from './body-notes';
import { detectLanguage, type Detection } from './lang/detect';
import { getPack } from './lang';
import { defaultRegistry, isStateControlled, type Outlet, type OutletRegistry } from './outlets';
import { Referents } from './referents';
import { RelayContinuation } from './relay-continuation';
import type { ArticleInput, Block, Claim, Reason, Report } from './report';
import { FALLBACK_RULES, REFINERS, RULES, type Candidate, type Rule } from './rules';
import { splitQuotedAct } from './rules/act-relayed';
import { splitSecondCharge } from './second-charge';
import { isQuestion } from './rules/util';
import { judge, summarize } from './scoring';
import { splitSentences } from './sentences';
import { insideOpenQuote, quoteLeftOpen } from './open-quote';
import { pronounOfFirst, pronounOfSubject } from './split-pronoun';
import type { Span } from './source';
import { definiteOnePerson, markedSingle, singleUnnamed } from './source/one-person';
import { nameEvidence } from './source/evidence';
import { collapseWhitespace, tokenize, type Token } from './text';

export interface AnalyzeOptions {
  /** Overrides language detection. */
  lang?: 'en' | 'id';
  /** Registry to consult (the default one plus the user's own outlets). */
  registry?: OutletRegistry;
}

/** Characters read for a body's name crossing a dateline. */
const DATELINE_LOOK = 160;

/** The dateline's length (datelineLength), cut where an outlet's name starts inside it and
 * runs past it: "RIA Novosti melaporkan ..." opens with the outlet, not a place, and "OSLO
 * RIA Novosti reported" has only "OSLO" for its place. */
function storyDateline(
  text: string,
  isSourceWord: (word: string) => boolean,
  sourcePhraseEnd: (text: string) => number,
  registry: OutletRegistry,
): number {
  const skip = datelineLength(text, isSourceWord);
  if (!skip) return 0;
  // "PDI Perjuangan menyatakan ...": a body's name of several words opens the story, its first
  // word in capitals; no place stands before it.
  if (sourcePhraseEnd(text) > skip) return 0;
  const across = registry
    .findInText(text.slice(0, skip + 40))
    .find((m) => m.start < skip && m.end > skip);
  return across ? across.start : skip;
}

/** The story's dateline opens its first block; a later block (a page listing several stories:
 * "DETROIT (AP) — Local governments sued ...") has one only when it is marked by an agency's
 * name in brackets or a dash, so that capitals opening a paragraph ("FBI Director ...") stay;
 * a web address in brackets is a site's own credit line, left as it was. */
function blockDateline(
  text: string,
  first: boolean,
  isSourceWord: (word: string) => boolean,
  sourcePhraseEnd: (text: string) => number,
  registry: OutletRegistry,
): number {
  const skip = storyDateline(text, isSourceWord, sourcePhraseEnd, registry);
  if (first) return skip;
  const head = text.slice(0, skip);
  return /[()–—-]/.test(head) && !/\([^().]*\.[^()]*\)/.test(head) ? skip : 0;
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

/** Every rule's candidates, in rule order, into `out` (index loops: flatMap's array per rule
 * and its flattening, or a for-of loop's iterator results, cost more than most rules' own look
 * at a sentence in the unoptimized code a fresh page runs). */
function findAll(ctx: SentenceContext, rules: readonly Rule[], out: Candidate[]): Candidate[] {
  for (let r = 0; r < rules.length; r++) {
    const found = (rules[r] as Rule).find(ctx);
    for (let k = 0; k < found.length; k++) out.push(found[k] as Candidate);
  }
  return out;
}

/** The fallback rules' candidates when no rule found one the sentence can keep. */
function withFallback(ctx: SentenceContext, found: Candidate[]): Candidate[] {
  if (found.some((c) => !c.carrierOnly)) return found;
  return findAll(ctx, FALLBACK_RULES, found);
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

/** Some token of the sentence (quoted or not) is a cue word, and a whole cue phrase starts at
 * one of them, or a hedge read through its adverbs does. A cue phrase starts only at a cue
 * word (its first word): the others are not asked. */
function hasCuePhrase(ctx: SentenceContext): boolean {
  const { tokens, pack } = ctx;
  let cueWord = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!pack.cueWords.has((tokens[i] as Token).base)) {
      // "The union's position is that ...": a held position's noun and its copula. No cue
      // word: the noun is a common one inside sources ("the defence minister").
      if (heldPositionAt(pack, tokens, i)) return true;
      continue;
    }
    cueWord = true;
    if (pack.cuePhrases.matchAt(tokens, i) > 0) return true;
  }
  if (!cueWord) return false;
  // "It is widely believed": a hedge read through its adverbs (rules/hedge.ts) opens too.
  for (let i = 0; i < tokens.length; i++) if (hedgeEnd(ctx, i) > 0) return true;
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
    const relays = new RelayContinuation();
    const carriedBack = new CarriedBack();
    // The evidence pass tokenizes its rough sentences; most are the engine's sentences too,
    // which take those tokens (once: a sentence's context may replace some) rather than
    // tokenizing them again.
    const tokensOf = new Map<string, Token[]>();
    referents.evidence = nameEvidence(pack, [input?.title ?? '', ...texts], tokensOf);
    const abbreviations = pack.abbreviations.words;
    let previous: string | null = null;
    let index = 0;
    const isSourceWord = (w: string) => pack.bodies.has(w) || pack.organizations.has(w);
    // Where a body's or organization's phrase opening the text ends (0: none opens it).
    const sourcePhraseEnd = (text: string): number => {
      const tokens = tokenize(text.slice(0, DATELINE_LOOK));
      const len = Math.max(pack.bodies.matchAt(tokens, 0), pack.organizations.matchAt(tokens, 0));
      return len > 0 ? (tokens[len - 1]?.end ?? 0) : 0;
    };
    const firstStory = blocks.findIndex((b, i) => b?.type !== 'heading' && texts[i]);
    blocks.forEach((block, bi) => {
      if (block?.type === 'heading') return;
      const text = texts[bi] ?? '';
      if (!text) return;
      // The story's dateline ("SEOUL", "JAKARTA, KOMPAS.com -") is no part of a source or a
      // claim: the first sentence is read without it.
      const skip = blockDateline(text, bi === firstStory, isSourceWord, sourcePhraseEnd, registry);
      const sentences = splitSentences(skip ? text.slice(skip) : text, {
        abbreviations,
        numberAbbreviations: pack.numberAbbreviations.words,
        locale: pack.code,
      });
      let quoteOpen = false;
      for (const found of sentences) {
        const s = skip ? { ...found, start: found.start + skip, end: found.end + skip } : found;
        // The report's sentence is the page's, dateline and all (what a reader finds there).
        const shown = skip && found.start === 0 ? { text: text.slice(0, s.end), start: 0 } : s;
        const tokens = tokensOf.get(s.text);
        if (tokens) tokensOf.delete(s.text);
        const ctx = makeContext(s.text, pack, registry, referents, previous, index++, tokens);
        // Most sentences carry no cue word at all: they cost one pass over their tokens. Of
        // those that do, most hold only a first word ("in", "as", "dalam") and no whole cue
        // phrase, from which every rule starts: the rules are not asked either.
        // The article's own questions attribute nothing ("Why do doctors say so?").
        // A word's `base`, as the tables match it: a contracted pronoun opens a phrase ("that's").
        // A quotation after a colon may carry no cue word at all (rules/colon-quote.ts), nor
        // may a sentence opened by a hedge or a basis of its own ("Kabar beredar, ...", "Dari
        // keterangan saksi, ...": rules/hedge.ts, rules/opening-basis.ts), nor a figure placed
        // in a poll ("... 11 points ahead in the latest poll": rules/survey-figure.ts).
        const inQuote = insideOpenQuote(ctx, quoteOpen);
        quoteOpen = quoteLeftOpen(ctx, quoteOpen);
        const candidates =
          !inQuote &&
          (hasCuePhrase(ctx) ||
            colonBeforeQuote(ctx) >= 0 ||
            pack.openingHedges.matchAt(ctx.tokens, 0) > 0 ||
            pack.openingBases.matchAt(ctx.tokens, 0) > 0 ||
            pack.opinionOpeners.matchAt(ctx.tokens, 0) > 0 ||
            namesSurvey(ctx)) &&
          !isQuestion(ctx)
            ? withFallback(ctx, findAll(ctx, RULES, []))
            : [];
        const picked = chooseCandidate(ctx, candidates);
        const chosen = picked ? pronounOfSubject(ctx, picked) : null;
        // "X said A, while Y said B": two claims, each looked for in its own clause.
        const split = chosen
          ? (splitClaims(ctx, chosen, candidates) ??
            splitQuotedAct(ctx, chosen, candidates) ??
            splitClosingPronoun(ctx, chosen, candidates) ??
            splitSecondCharge(ctx, chosen))
          : null;
        const picks: Array<[Candidate, Span | undefined]> = chosen
          ? split
            ? [
                [chosen, split.first],
                [pronounOfFirst(ctx, chosen, split.second), split.rest],
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
          kept = relays.carry(ctx, kept);
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
            sentence: shown.text,
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
            offset: shown.start,
          });
          // "Xinhua, citing an official, said ...": a later "the agency said" is the outlet's,
          // and so is "it said" when the outlet spoke a cue of its own ("..., Xinhua
          // reported"). An outlet that only carried the words ("in a statement carried by
          // state media, the office said") is noted first: a later "it said" is the speaker's.
          const carrier = kept.viaSource;
          const spoke = inClause.some((c) => c.rank === 2 && c.source.text === carrier?.text);
          // One that spoke is a speaker too: "It said" next is the outlet's, not the firm's its
          // words reported ("Orvel Mining has found copper, Statenews said. It said ...").
          const noteCarrier = () => {
            if (carrier)
              referents.add({
                text: carrier.text,
                kind: carrier.kind,
                name: carrier.name,
                role: carrier.role,
                outlet: carrier.outlet,
                sentence: ctx.index,
                ...(spoke ? { speaker: true } : {}),
              });
          };
          if (!spoke) noteCarrier();
          // "Keduanya" stands for several people: no one person a later name or "dia" is.
          const several = ctx.pack.pairPronouns.has(source.text.toLowerCase());
          if (source.kind !== 'unattributed' && !several) {
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
              // "One said", "Another said": one person of the group it resolves to.
              single: singleUnnamed(ctx.pack, text) || markedSingle(ctx.pack, source.text),
              definite: definiteOnePerson(ctx.pack, text),
            });
          }
          if (spoke) noteCarrier();
          relays.note(ctx, kept);
        }
        noteMentions(ctx, referents, chosen !== null);
        if (picks.length === 0) {
          noteDocument(ctx, referents);
          noteOutlet(ctx, referents);
          noteBody(ctx, referents);
          notePeople(ctx, referents);
          safe(() => noteNamedSubject(ctx, referents), undefined);
          relays.pass(ctx);
        }
        carriedBack.after(ctx, claims);
        previous = s.text;
      }
    });
    nameLaterHolders(claims, pack, publisherState);
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
