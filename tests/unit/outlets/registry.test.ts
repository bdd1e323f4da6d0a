/** createRegistry: the user's own outlets merged into the bundled ones, validated, never crashing. */
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_OUTLETS,
  createRegistry,
  defaultRegistry,
  toOutlet,
  UserOutletSchema,
  USER_CITATION,
  type Outlet,
} from '@/core/outlets';

function outlet(over: Partial<Outlet> = {}): Outlet {
  return {
    id: 'user-harian-kita',
    name: 'Harian Kita',
    aliases: ['HK Daily'],
    domains: ['hariankita.example'],
    country: 'ID',
    category: 'private',
    citation: { title: 'Own site', url: 'https://hariankita.example/about' },
    reviewed: '2026-01-02',
    ...over,
  };
}

describe('defaultRegistry', () => {
  it('holds the bundled outlets and finds them by id', () => {
    expect(defaultRegistry.all()).toHaveLength(BUNDLED_OUTLETS.length);
    expect(defaultRegistry.get('kcna')?.name).toBe('Korean Central News Agency');
    expect(defaultRegistry.get('no-such-outlet')).toBeUndefined();
  });
});

describe('createRegistry(extra)', () => {
  it('adds a user outlet: found by domain and by name', () => {
    const registry = createRegistry([outlet()]);
    expect(registry.all()).toHaveLength(BUNDLED_OUTLETS.length + 1);
    expect(registry.byDomain('https://www.hariankita.example/x')?.id).toBe('user-harian-kita');
    expect(
      registry.findInText('Menurut Harian Kita dan KCNA, ...').map((m) => m.outlet.id),
    ).toEqual(['user-harian-kita', 'kcna']);
    // The default registry is not changed by it.
    expect(defaultRegistry.byDomain('hariankita.example')).toBeNull();
  });

  it('lets a user entry with a bundled id replace that entry', () => {
    const registry = createRegistry([
      outlet({
        id: 'antara',
        name: 'Antara',
        aliases: [],
        domains: ['antaranews.com'],
        category: 'public_independent',
      }),
    ]);
    expect(registry.all().filter((o) => o.id === 'antara')).toHaveLength(1);
    expect(registry.get('antara')?.category).toBe('public_independent');
    expect(registry.byDomain('www.antaranews.com')?.category).toBe('public_independent');
  });

  it('lets a user entry take over a bundled domain and win a name tie', () => {
    const registry = createRegistry([
      outlet({ id: 'my-xinhua', name: 'Xinhua', domains: ['news.cn'], category: 'private' }),
    ]);
    expect(registry.byDomain('english.news.cn')?.id).toBe('my-xinhua');
    expect(registry.findInText('Xinhua said')[0]?.outlet.id).toBe('my-xinhua');
    // The bundled entry keeps its other names and domains.
    expect(registry.byDomain('xinhuanet.com')?.id).toBe('xinhua');
    expect(registry.findInText('Xinhua News Agency said')[0]?.outlet.id).toBe('xinhua');
  });

  it('lets a user register a subdomain as its own outlet', () => {
    const registry = createRegistry([
      outlet({
        id: 'kompas-regional',
        name: 'Kompas Regional',
        aliases: [],
        domains: ['regional.kompas.com'],
      }),
    ]);
    expect(registry.byDomain('https://regional.kompas.com/read/1')?.id).toBe('kompas-regional');
    expect(registry.byDomain('https://nasional.kompas.com/read/1')?.id).toBe('kompas');
  });

  it('skips malformed extra entries instead of throwing', () => {
    const junk = [
      null,
      42,
      'kcna',
      {},
      { id: 'x' },
      { ...outlet({ id: 'bad-rules' }), aliasRules: { 'HK Daily': { notAfter: 'not a list' } } },
    ] as unknown as Outlet[];
    const registry = createRegistry(junk);
    expect(registry.all().length).toBe(BUNDLED_OUTLETS.length + 1);
    expect(registry.findInText('HK Daily reported').map((m) => m.outlet.id)).toEqual(['bad-rules']);
    expect(createRegistry('nope' as unknown as Outlet[]).all()).toHaveLength(
      BUNDLED_OUTLETS.length,
    );
  });

  it('can be built on other data than the bundled list', () => {
    const registry = createRegistry([], { base: [outlet()] });
    expect(registry.all()).toHaveLength(1);
    expect(registry.findInText('KCNA said')).toEqual([]);
  });
});

describe('UserOutletSchema and toOutlet', () => {
  it('accepts an entry without citation, country or review date, and fills them', () => {
    const parsed = UserOutletSchema.safeParse({
      id: 'user-x',
      name: 'Warta X',
      domains: ['wartax.example'],
      category: 'state_controlled',
    });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const o = toOutlet(parsed.data, '2026-11-25');
    expect(o).toMatchObject({
      aliases: [],
      country: 'ZZ',
      citation: USER_CITATION,
      reviewed: '2026-11-25',
    });
    expect(createRegistry([o]).byDomain('wartax.example')?.category).toBe('state_controlled');
  });

  it('treats an empty citation from the form as none, and keeps a given one', () => {
    const blank = UserOutletSchema.parse({
      id: 'user-y',
      name: 'Y',
      domains: ['y.example'],
      category: 'private',
      country: '',
      citation: { title: '', url: '' },
    });
    expect(toOutlet(blank, '2026-11-25').citation).toEqual(USER_CITATION);
    const given = UserOutletSchema.parse({
      id: 'user-z',
      name: 'Z',
      domains: ['z.example'],
      category: 'private',
      citation: { title: 'Annual report', url: 'https://z.example/about' },
    });
    expect(toOutlet(given, '2026-11-25').citation.title).toBe('Annual report');
  });

  it.each<[Record<string, unknown>, string]>([
    [{ id: 'user-x', name: 'X', category: 'private' }, 'neither domain nor alias'],
    [
      { id: 'User X', name: 'X', domains: ['x.example'], category: 'private' },
      'id not lower-case-hyphenated',
    ],
    [
      { id: 'user-x', name: 'X', domains: ['https://x.example/'], category: 'private' },
      'URL instead of a host',
    ],
    [
      { id: 'user-x', name: 'X', domains: ['x.example'], category: 'propaganda' },
      'unknown category',
    ],
    [
      {
        id: 'user-x',
        name: 'X',
        domains: ['x.example'],
        category: 'private',
        reviewed: '2026-13-01',
      },
      'bad date',
    ],
  ])('rejects %j (%s)', (value, _why) => {
    expect(UserOutletSchema.safeParse(value).success).toBe(false);
  });
});
