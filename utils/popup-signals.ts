/**
 * The page gate's signals ("og:website", "p:12", "gate:none") turned into sentences for the
 * declined-page panel. Codes this file does not know are left out rather than shown raw: a
 * reader cannot act on "dom-error:TypeError".
 */
import type { Translator } from '@/utils/i18n';

/** One sentence per signal worth telling a reader, in the gate's order, without repeats. */
export function describeSignals(signals: readonly string[], t: Translator): string[] {
  const out: string[] = [];
  for (const signal of signals) {
    const line = describe(signal, t);
    if (line && !out.includes(line)) out.push(line);
  }
  return out;
}

function describe(signal: string, t: Translator): string | null {
  const [code = '', detail = ''] = splitOnce(signal);
  switch (code) {
    case 'og':
      return detail && detail !== 'empty' ? t('signal_og', [detail]) : null;
    case 'ld':
    case 'microdata':
      return detail ? t('signal_type', [detail]) : null;
    case 'published_time':
      return t('signal_published');
    case 'article-element':
    case 'articleBody':
      return t('signal_article_element');
    case 'p': {
      const count = Number(detail);
      return Number.isFinite(count) ? t.plural('signal_paragraphs', count) : null;
    }
    case 'gate':
      return verdict(detail, t);
    case 'not-article':
      // The extraction's own verdict: its named reasons, or the text reads as another kind of page.
      return verdict(detail, t) ?? t('signal_not_news');
    default:
      return null;
  }
}

function verdict(detail: string, t: Translator): string | null {
  switch (detail) {
    case 'none':
      return t('signal_gate_none');
    case 'other-type':
      return t('signal_gate_other');
    case 'too-little-story':
      return t('signal_too_little_story');
    case 'language':
      return t('signal_language');
    default:
      return null;
  }
}

function splitOnce(signal: string): [string, string] {
  const at = signal.indexOf(':');
  return at < 0 ? [signal, ''] : [signal.slice(0, at), signal.slice(at + 1)];
}
