import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FLAGS, REASONS, SOURCE_KINDS, STRENGTHS } from '@/core/report';
import { createT, format, MESSAGES, resolveLang } from '@/utils/i18n';
import { OUTLET_CATEGORIES, UI_LANGUAGES } from '@/utils/settings';
import { EXPORT_FORMATS } from '@/utils/export';
import { scoreBand } from '@/utils/popup-claims';

const root = join(import.meta.dirname, '..', '..');

describe('locales', () => {
  it('English and Indonesian have exactly the same keys', () => {
    expect(Object.keys(MESSAGES.id).sort()).toEqual(Object.keys(MESSAGES.en).sort());
  });

  it('every reason, kind, flag, strength and outlet category has a message in both', () => {
    const keys = [
      ...REASONS.map((r) => `reason_${r}`),
      ...SOURCE_KINDS.map((k) => `kind_${k}`),
      ...FLAGS.map((f) => `flag_${f}`),
      ...STRENGTHS.map((s) => `strength_${s}`),
      ...OUTLET_CATEGORIES.map((c) => `category_${c}`),
      ...FLAGS.map((f) => `opt_badge_${f}_help`),
      ...UI_LANGUAGES.filter((l) => l !== 'auto').map((l) => `lang_${l}`),
      ...EXPORT_FORMATS.map((f) => `format_${f}`),
      ...new Set(Array.from({ length: 101 }, (_, score) => `score_band_${scoreBand(score)}`)),
    ];
    for (const lang of ['en', 'id'] as const) {
      for (const key of keys) expect(MESSAGES[lang][key]?.message, `${lang} ${key}`).toMatch(/\S/);
    }
  });

  it('is the browser format: valid key names, a message each, every $NAME$ declared', () => {
    for (const lang of ['en', 'id'] as const) {
      for (const [key, entry] of Object.entries(MESSAGES[lang])) {
        expect(key).toMatch(/^\w+$/);
        expect(typeof entry?.message).toBe('string');
        const used = [...(entry?.message ?? '').matchAll(/\$(\w+)\$/g)].map((m) =>
          m[1]!.toLowerCase(),
        );
        for (const name of used)
          expect(entry?.placeholders?.[name]?.content, `${lang} ${key} $${name}$`).toMatch(
            /^\$\d$/,
          );
      }
    }
  });

  it('both locales use the same placeholders for each key', () => {
    for (const [key, entry] of Object.entries(MESSAGES.en)) {
      expect(Object.keys(MESSAGES.id[key]?.placeholders ?? {}).sort(), key).toEqual(
        Object.keys(entry?.placeholders ?? {}).sort(),
      );
    }
  });

  it('the Indonesian strings are translated, not copied (apart from names and formats)', () => {
    const same = Object.keys(MESSAGES.en).filter(
      (k) =>
        MESSAGES.en[k]?.message === MESSAGES.id[k]?.message &&
        MESSAGES.en[k]!.message.split(' ').length > 2,
    );
    expect(same).toEqual([]);
  });
});

/** Every .ts/.tsx file under `dir` (relative to the repo root). */
function sourceFiles(dir: string, ext = /\.tsx?$/): string[] {
  const out: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else if (ext.test(child)) out.push(child);
    }
  };
  walk(join(root, dir));
  return out;
}

/**
 * Message keys the code names literally: `t('key')`, `t.dyn('key')`, `t.plural('key')`
 * (its `_one` and `_other`), `getMessage('key')`, `__MSG_key__` in the manifest, and every
 * key-shaped string in the background's own strings module (menu title, page_* keys).
 */
function keysUsedInCode(): Map<string, string> {
  const used = new Map<string, string>();
  const files = [
    ...['utils', 'entrypoints', 'components', 'cli'].flatMap((dir) => sourceFiles(dir)),
    join(root, 'wxt.config.ts'),
  ];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const where = file.slice(root.length + 1);
    for (const m of source.matchAll(/(?<![\w$.])(?:t|t\.dyn|getMessage)\(\s*['"](\w+)['"]/g))
      used.set(m[1]!, where);
    for (const m of source.matchAll(/\.plural\(\s*['"](\w+)['"]/g)) {
      used.set(`${m[1]}_one`, where);
      used.set(`${m[1]}_other`, where);
    }
    for (const m of source.matchAll(/__MSG_(\w+)__/g)) used.set(m[1]!, where);
    if (where === join('utils', 'background-strings.ts')) {
      for (const m of source.matchAll(/'([a-z]+(?:_[a-z\d]+)+)'/g)) used.set(m[1]!, where);
    }
  }
  return used;
}

describe('keys used in code', () => {
  const used = keysUsedInCode();

  it('finds the keys (the scan itself works)', () => {
    expect(used.size).toBeGreaterThan(100);
    for (const key of [
      'menu_check_selection',
      'page_close',
      'extName',
      'live_ready_one',
      'opt_outlet_add',
    ])
      expect(used.has(key), key).toBe(true);
  });

  it.each(['en', 'id'] as const)('every one is in the %s locale', (lang) => {
    const missing = [...used]
      .filter(([key]) => !MESSAGES[lang][key]?.message.trim())
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});

describe('utils/i18n.ts', () => {
  it('imports no Preact: the background service worker imports it', () => {
    const source = readFileSync(join(root, 'utils', 'i18n.ts'), 'utf8');
    const imports = [...source.matchAll(/^import [^;]*from '([^']+)';/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((from) => from === 'preact' || from!.startsWith('preact/'))).toEqual([]);
  });
});

describe('createT', () => {
  it('substitutes named placeholders by position', () => {
    const t = createT('en');
    expect(t('filter_showing', [2, 5])).toBe('Showing 2 of 5 claims.');
    expect(createT('id')('filter_showing', [2, 5])).toBe('Menampilkan 2 dari 5 klaim.');
  });

  it('substitutes by name too', () => {
    expect(createT('en')('filter_showing', { shown: 1, total: 3 })).toBe('Showing 1 of 3 claims.');
  });

  it('handles $1 directly, $$ and missing values', () => {
    expect(format({ message: 'a $1 b $2 c $$' }, ['x'])).toBe('a x b  c $');
    expect(format({ message: '$UNKNOWN$ stays' }, [])).toBe('$UNKNOWN$ stays');
  });

  it('does not re-substitute inside substituted values', () => {
    expect(createT('en')('claim_via', ['$1 $OUTLET$'])).toBe('via $1 $OUTLET$');
  });

  it('picks plural forms', () => {
    const t = createT('en');
    expect(t.plural('live_ready', 1)).toBe('Analysis done: 1 claim found.');
    expect(t.plural('live_ready', 4)).toBe('Analysis done: 4 claims found.');
  });

  it("plural forms follow each language's rules (Indonesian has no singular form) and lists read naturally", () => {
    expect(createT('en').plural('flag_count_unattributed', 1)).toBe('1 claim with no source');
    expect(createT('en').plural('flag_count_unattributed', 0)).toBe('0 claims with no source');
    const saved = MESSAGES.id.flag_count_unattributed_one;
    MESSAGES.id.flag_count_unattributed_one = { message: 'SINGULAR' };
    try {
      expect(createT('id').plural('flag_count_unattributed', 1)).toBe('1 klaim tanpa sumber');
    } finally {
      MESSAGES.id.flag_count_unattributed_one = saved;
    }
    expect(createT('en').list(['a', 'b', 'c'])).toBe('a, b, and c');
    expect(createT('id').list(['a', 'b', 'c'])).toBe('a, b, dan c');
  });

  it('falls back to English, then to the key', () => {
    const id = createT('id');
    const saved = MESSAGES.id.kind_document;
    delete MESSAGES.id.kind_document;
    try {
      expect(id.dyn('kind_document')).toBe('Document');
    } finally {
      MESSAGES.id.kind_document = saved;
    }
    expect(id.dyn('no_such_key')).toBe('no_such_key');
  });

  it('resolves the UI language', () => {
    expect(resolveLang('auto', 'id-ID')).toBe('id');
    expect(resolveLang('auto', 'in')).toBe('id');
    expect(resolveLang('auto', 'fr-FR')).toBe('en');
    expect(resolveLang('id', 'en-US')).toBe('id');
    expect(resolveLang('en', 'id-ID')).toBe('en');
    expect(resolveLang(undefined, '')).toBe('en');
  });
});

/** Every .tsx under the UI folders. */
function uiFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.tsx')) out.push(path);
    }
  };
  for (const dir of ['components', 'entrypoints/popup', 'entrypoints/options'])
    walk(join(root, dir));
  return out;
}

describe('no hard-coded UI text', () => {
  it('finds the UI files', () => {
    expect(uiFiles().length).toBeGreaterThan(5);
  });

  it.each(uiFiles().map((f) => [f.slice(root.length + 1), f]))(
    '%s has no English words in JSX text or labels',
    (_name, path) => {
      const source = readFileSync(path, 'utf8');
      const problems: string[] = [];
      // Text between tags: ">Some words<" (JSX expressions start with "{" and are skipped).
      for (const m of source.matchAll(/>([^<>{}]+)</g)) {
        const text = m[1]!.trim();
        // Arrow functions and generics in code look like tags to this scan: only flag words.
        if (text && !/[=;()]|&&|\|\|/.test(m[1]!) && /[a-z]{3}/i.test(text)) problems.push(text);
      }
      // Literal attributes people read.
      for (const m of source.matchAll(/\b(aria-label|title|placeholder|alt|label)="([^"]*)"/g)) {
        if (/[a-z]{3}/i.test(m[2]!.replace(/^https?:\/\/$/, '')))
          problems.push(`${m[1]}="${m[2]}"`);
      }
      expect(problems).toEqual([]);
    },
  );
});
