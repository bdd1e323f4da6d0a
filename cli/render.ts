/**
 * The readable terminal report, in the popup's words: summary first (score explained, kinds as
 * people name them, a legend for the flag mark), then every claim. Colour only on a TTY. Page
 * text never reaches the terminal raw: control characters and bidi overrides are removed.
 */
import { SCORE_FORMULA } from '@/core/scoring';
import type { Claim, Report } from '@/core/report';
import messagesEn from '@/public/_locales/en/messages.json';
import type { PageInput } from './article-input';

export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
export const COLOR: Style = {
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  green: wrap(32, 39),
  cyan: wrap(36, 39),
};
const same = (s: string) => s;
export const PLAIN: Style = {
  bold: same,
  dim: same,
  red: same,
  yellow: same,
  green: same,
  cyan: same,
};

/** Colour when asked, or when stdout is a terminal and NO_COLOR is unset (no-color.org). */
export function pickStyle(
  mode: 'auto' | 'always' | 'never',
  isTty: boolean,
  env: NodeJS.ProcessEnv,
): Style {
  if (mode === 'always') return COLOR;
  if (mode === 'never') return PLAIN;
  return isTty && !env.NO_COLOR && env.TERM !== 'dumb' ? COLOR : PLAIN;
}

type Messages = Record<string, { message: string } | undefined>;
const messages = messagesEn as Messages;

/** A UI string of the extension (public/_locales/en), or the fallback when it is missing. */
function ui(key: string, fallback: string): string {
  return messages[key]?.message ?? fallback;
}

/** "1 independent source" / "4 independent sources", in the popup's words. */
function independentSources(count: number): string {
  const key = count === 1 ? 'summary_sources_one' : 'summary_sources_other';
  return ui(key, `$COUNT$ independent sources`).replace('$COUNT$', String(count));
}

const kindName = (kind: string): string => ui(`kind_${kind}`, kind.replace(/_/g, ' '));
const flagName = (flag: string): string => ui(`flag_${flag}`, flag.replace(/_/g, ' '));

/**
 * C0 and C1 controls (ESC, BEL, CSI... which can retitle a window, clear the scrollback or write
 * the clipboard through OSC 52) and bidi overrides/isolates (which can disguise a source's name)
 * are dropped; a tab or newline inside page text becomes a space.
 */
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n]/g;
export function sanitizeForTerminal(text: string): string {
  return text.replace(TERMINAL_UNSAFE, '').replace(LINE_BREAKS, ' ');
}

/** A copy of a value with every string made safe for a terminal. */
function sanitizeDeep<T>(value: T): T {
  if (typeof value === 'string') return sanitizeForTerminal(value) as T;
  if (Array.isArray(value)) return value.map(sanitizeDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = sanitizeDeep(v);
    return out as T;
  }
  return value;
}

/** The reason in words; the hedge reason quotes the cue the sentence actually uses. */
function reasonText(id: string, claim: Claim): string {
  const text = ui(`reason_${id}`, id.replace(/_/g, ' '));
  if (text.includes('$CUE$')) return text.replace('$CUE$', claim.cue);
  if (id === 'hedged_no_source') {
    // The stock sentence quotes "reportedly"; quote the word this sentence uses instead.
    const open = text.indexOf('“');
    const close = text.indexOf('”', open + 1);
    if (open >= 0 && close > open)
      return `${text.slice(0, open + 1)}${claim.cue}${text.slice(close)}`;
  }
  if (id === 'pronoun_resolved' && claim.source.resolvesTo) {
    return `${text} (“${claim.source.text}” is ${claim.source.resolvesTo})`;
  }
  return text;
}

function scoreBand(score: number): string {
  if (score >= 70) return ui('score_band_good', 'Well sourced');
  if (score >= 40) return ui('score_band_mixed', 'Mixed sourcing');
  return ui('score_band_poor', 'Weakly sourced');
}

function strengthLabel(claim: Claim, s: Style): string {
  const label = ui(`strength_${claim.strength}`, claim.strength).padEnd(8);
  return claim.strength === 'strong'
    ? s.green(label)
    : claim.strength === 'moderate'
      ? s.yellow(label)
      : s.red(label);
}

export function renderReport(raw: Report, s: Style): string {
  const report = sanitizeDeep(raw);
  const out: string[] = [];
  const { summary } = report;
  out.push(s.bold(report.title ?? report.file ?? 'Article'));
  const where = [report.file, report.url].filter((x): x is string => Boolean(x)).join(' · ');
  if (where) out.push(s.dim(where));
  const kindOfPage = report.isArticle
    ? 'news article'
    : 'not recognised as a news article (analysed as asked; --gate skips such pages)';
  out.push(s.dim(`language ${report.lang} · ${kindOfPage}`));
  if ((raw as { langConfidence?: string }).langConfidence === 'low') {
    out.push(s.yellow('Note: language guessed from little text; use --lang en|id'));
  }
  if (report.publisher.stateMedia) {
    const name = report.publisher.outlet?.name ?? report.publisher.domain ?? 'this site';
    out.push(
      s.red(`⚑ Published by state-controlled media (${name}): every claim inherits the flag.`),
    );
  }
  out.push('');
  const n = summary.score;
  const scoreText = `${n}/100 ${scoreBand(n)}`;
  const score = n >= 70 ? s.green(scoreText) : n >= 40 ? s.yellow(scoreText) : s.red(scoreText);
  const claimWord = summary.claims === 1 ? 'claim' : 'claims';
  if (summary.claims > 0) {
    const flagged =
      summary.flagged > 0 ? `${summary.flagged} flagged ${s.red('⚑')}` : 'none flagged';
    out.push(`${s.bold('Sourcing score')} ${score}   ${summary.claims} ${claimWord}, ${flagged}`);
    if (summary.sources !== undefined) out.push(`  ${independentSources(summary.sources)}`);
    out.push(s.dim(`  ${SCORE_FORMULA.en}`));
    out.push(
      s.dim(
        `  ${ui('score_bands', '70 and above: well sourced · 40 to 69: mixed · below 40: weakly sourced.')}`,
      ),
    );
  } else {
    out.push(`${s.bold('Sourcing score')} ${ui('score_none', 'No claims to score')}`);
  }
  const kinds = Object.entries(summary.byKind).filter(([, k]) => k > 0);
  if (kinds.length > 0)
    out.push(`${s.bold('Sources')}  ${kinds.map(([k, c]) => `${kindName(k)} ${c}`).join(', ')}`);
  const flags = Object.entries(summary.byFlag ?? {}).filter(([, k]) => k > 0);
  if (flags.length > 0) {
    out.push(`${s.bold('Warnings')} ${flags.map(([k, c]) => `${flagName(k)} ${c}`).join(', ')}`);
  }
  if (report.credits && report.credits.length > 0) {
    out.push(
      `${s.bold('Credits')}  ${report.credits.map((c) => (c.stateMedia ? s.red(`${c.text} (state media)`) : c.text)).join(' | ')}`,
    );
  }
  if (summary.flagged > 0) {
    out.push(
      s.dim(
        `${s.red('⚑')} marks a claim resting on state media, an unnamed source or no source at all.`,
      ),
    );
  }
  if (report.claims.length === 0) out.push('', s.dim('No attributed statements found.'));
  report.claims.forEach((claim, i) => {
    const flagged = claim.flags.length > 0;
    out.push('');
    const mark = flagged ? s.red('⚑') : ' ';
    out.push(
      `${mark} ${s.dim(`${String(i + 1).padStart(2)}.`)} ${strengthLabel(claim, s)} ${claim.sentence}`,
    );
    const src = claim.source;
    const who = [src.name, src.role].filter(Boolean).join(', ');
    const parts = [`${s.cyan(src.text || '(none)')} ${s.dim(`(${kindName(src.kind)})`)}`];
    // Name and role only when they say more than the source as written.
    if (who && src.name && !src.text.includes(src.name)) parts.push(who);
    if (src.resolvesTo) parts.push(`→ ${src.resolvesTo}`);
    if (src.via) parts.push(`via ${src.via}`);
    out.push(`      source: ${parts.join(' · ')}   cue: “${claim.cue}”`);
    if (flagged) out.push(`      ${s.red(`⚑ ${claim.flags.map(flagName).join(', ')}`)}`);
    if (claim.reasons.length > 0) {
      out.push(s.dim(`      why: ${claim.reasons.map((r) => reasonText(r, claim)).join(' ')}`));
    }
  });
  return out.join('\n');
}

/** `--extract`: the blocks the engine would be given, and why the page is (not) an article. */
export function renderExtraction(page: PageInput, s: Style): string {
  const { input, signals } = sanitizeDeep(page);
  const out: string[] = [s.bold(input.title ?? input.file ?? 'Page')];
  const where = [input.file, input.url].filter((x): x is string => Boolean(x)).join(' · ');
  if (where) out.push(s.dim(where));
  out.push(
    s.dim(
      `${input.isArticle === false ? 'not a news article' : 'news article'} · language hint ${input.langHint ?? 'none'}`,
    ),
  );
  out.push(s.dim(`signals: ${signals.join(' ')}`));
  if (input.credits && input.credits.length > 0)
    out.push(`${s.bold('Credits')}  ${input.credits.join(' | ')}`);
  out.push('');
  input.blocks.forEach((b, i) =>
    out.push(`${s.dim(`${String(i).padStart(3)} ${b.type.padEnd(7)}`)} ${b.text}`),
  );
  if (input.blocks.length === 0) out.push(s.dim('No story text found.'));
  return out.join('\n');
}
