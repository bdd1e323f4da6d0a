/** The readable terminal report: summary first, then every claim; colour only on a TTY. */
import { readFileSync } from 'node:fs';
import type { Claim, Report } from '@/core/report';
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
export const PLAIN: Style = { bold: same, dim: same, red: same, yellow: same, green: same, cyan: same };

/** Colour when asked, or when stdout is a terminal and NO_COLOR is unset (no-color.org). */
export function pickStyle(mode: 'auto' | 'always' | 'never', isTty: boolean, env: NodeJS.ProcessEnv): Style {
  if (mode === 'always') return COLOR;
  if (mode === 'never') return PLAIN;
  return isTty && !env.NO_COLOR && env.TERM !== 'dumb' ? COLOR : PLAIN;
}

type Messages = Record<string, { message: string } | undefined>;
let messages: Messages | null = null;

/** The reason's sentence from the extension's own locale file, or its id. */
function reasonText(id: string): string {
  if (messages === null) {
    try {
      const url = new URL('../public/_locales/en/messages.json', import.meta.url);
      messages = JSON.parse(readFileSync(url, 'utf8')) as Messages;
    } catch {
      messages = {};
    }
  }
  return messages[`reason_${id}`]?.message ?? id;
}

function strengthLabel(claim: Claim, s: Style): string {
  const label = claim.strength.padEnd(8);
  return claim.strength === 'strong' ? s.green(label) : claim.strength === 'moderate' ? s.yellow(label) : s.red(label);
}

export function renderReport(report: Report, s: Style): string {
  const out: string[] = [];
  const { summary } = report;
  out.push(s.bold(report.title ?? report.file ?? 'Article'));
  const where = [report.file, report.url].filter((x): x is string => Boolean(x)).join(' · ');
  if (where) out.push(s.dim(where));
  out.push(s.dim(`language ${report.lang} · ${report.isArticle ? 'news article' : 'not a news article'}`));
  if (report.publisher.stateMedia) {
    const name = report.publisher.outlet?.name ?? report.publisher.domain ?? 'this site';
    out.push(s.red(`⚑ Published by state-controlled media (${name}): every claim inherits the flag.`));
  }
  out.push('');
  const score = summary.score >= 70 ? s.green(String(summary.score)) : summary.score >= 40 ? s.yellow(String(summary.score)) : s.red(String(summary.score));
  out.push(`${s.bold('Claims')} ${summary.claims}   ${s.bold('flagged')} ${summary.flagged}   ${s.bold('score')} ${score}/100`);
  const kinds = Object.entries(summary.byKind).filter(([, n]) => n > 0);
  if (kinds.length > 0) out.push(`${s.bold('By kind')}  ${kinds.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const flags = Object.entries(summary.byFlag ?? {}).filter(([, n]) => n > 0);
  if (flags.length > 0) out.push(`${s.bold('Flags')}    ${flags.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (report.credits && report.credits.length > 0) {
    out.push(`${s.bold('Credits')}  ${report.credits.map((c) => (c.stateMedia ? s.red(`${c.text} (state media)`) : c.text)).join(' | ')}`);
  }
  if (report.claims.length === 0) {
    out.push('', s.dim(report.isArticle ? 'No attributed statements found.' : 'Not a news article (--extract shows the signals behind that).'));
  }
  report.claims.forEach((claim, i) => {
    const flagged = claim.flags.length > 0;
    out.push('');
    const mark = flagged ? s.red('⚑') : ' ';
    out.push(`${mark} ${s.dim(`${String(i + 1).padStart(2)}.`)} ${strengthLabel(claim, s)} ${claim.sentence}`);
    const src = claim.source;
    const who = [src.name, src.role].filter(Boolean).join(', ');
    const parts = [`${s.cyan(src.text || '(none)')} ${s.dim(`[${src.kind}]`)}`];
    // Name and role only when they say more than the source as written.
    if (who && src.name && !src.text.includes(src.name)) parts.push(who);
    if (src.resolvesTo) parts.push(`→ ${src.resolvesTo}`);
    if (src.via) parts.push(`via ${src.via}`);
    out.push(`      source: ${parts.join(' · ')}   cue: “${claim.cue}”`);
    if (flagged) out.push(`      ${s.red(`flags: ${claim.flags.join(', ')}`)}`);
    if (claim.reasons.length > 0) out.push(s.dim(`      why: ${claim.reasons.map(reasonText).join('; ')}`));
  });
  return out.join('\n');
}

/** `--extract`: the blocks the engine would be given, and why the page is (not) an article. */
export function renderExtraction(page: PageInput, s: Style): string {
  const { input, signals } = page;
  const out: string[] = [s.bold(input.title ?? input.file ?? 'Page')];
  const where = [input.file, input.url].filter((x): x is string => Boolean(x)).join(' · ');
  if (where) out.push(s.dim(where));
  out.push(s.dim(`${input.isArticle === false ? 'not a news article' : 'news article'} · language hint ${input.langHint ?? 'none'}`));
  out.push(s.dim(`signals: ${signals.join(' ')}`));
  if (input.credits && input.credits.length > 0) out.push(`${s.bold('Credits')}  ${input.credits.join(' | ')}`);
  out.push('');
  input.blocks.forEach((b, i) => out.push(`${s.dim(`${String(i).padStart(3)} ${b.type.padEnd(7)}`)} ${b.text}`));
  if (input.blocks.length === 0) out.push(s.dim('No story text found.'));
  return out.join('\n');
}
