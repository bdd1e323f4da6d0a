/** `npm run outlets`: the registry printed for review, as JSON and as a readable summary. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BUNDLED_OUTLETS, OutletSchema } from '@/core/outlets';
import { main } from '@/cli/outlets';

describe('outlets CLI', () => {
  it('--json prints every entry with names, domains, category and citation', () => {
    const { code, out, err } = main(['--json']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const entries = JSON.parse(out) as unknown[];
    expect(entries).toHaveLength(BUNDLED_OUTLETS.length);
    for (const entry of entries) expect(OutletSchema.safeParse(entry).success).toBe(true);
    expect(entries.map((e) => (e as { id: string }).id)).toEqual(BUNDLED_OUTLETS.map((o) => o.id));
  });

  it('filters by category and country', () => {
    const entries = JSON.parse(
      main(['--json', '--category', 'state_controlled', '--country', 'kp']).out,
    ) as { id: string; country: string }[];
    expect(entries.map((e) => e.id)).toContain('kcna');
    expect(entries.every((e) => e.country === 'KP')).toBe(true);
  });

  it('prints counts per category and country, then one line per outlet with its source', () => {
    const { code, out } = main([]);
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^${BUNDLED_OUTLETS.length} outlets`));
    const stateCount = BUNDLED_OUTLETS.filter((o) => o.category === 'state_controlled').length;
    expect(out).toMatch(new RegExp(`state_controlled +${stateCount} +\\(\\d+ countries\\)`));
    expect(out).toContain('By country:');
    expect(out).toMatch(/^kcna +state_controlled +KP +Korean Central News Agency \| kcna\.kp$/m);
    expect(out).toContain(
      'source: Wikipedia: Korean Central News Agency <https://en.wikipedia.org/wiki/Korean_Central_News_Agency>',
    );
  });

  it('looks up a domain and finds names in a text', () => {
    expect(main(['--domain', 'https://english.news.cn/x']).out).toContain('xinhua');
    expect(main(['--domain', 'example.com']).code).toBe(1);
    const mentions = JSON.parse(main(['--json', '--find', 'Menurut KCNA dan Ketua RT 05']).out) as {
      id: string;
    }[];
    expect(mentions.map((m) => m.id)).toEqual(['kcna']);
  });

  it('rejects unknown options and bad values with exit code 2 and the usage', () => {
    for (const argv of [
      ['--bogus'],
      ['--category', 'propaganda'],
      ['--country', 'Korea'],
      ['--find'],
    ]) {
      const { code, err } = main(argv);
      expect(code).toBe(2);
      expect(err).toContain('Usage:');
    }
  });

  it('runs as `tsx cli/outlets.ts --json`, the npm script', () => {
    const run = spawnSync('npx', ['tsx', 'cli/outlets.ts', '--json'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(BUNDLED_OUTLETS.length);
  }, 60_000);
});
