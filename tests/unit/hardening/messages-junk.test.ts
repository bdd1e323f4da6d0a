/**
 * Messages between the extension's contexts are validated on receipt: junk, forged or
 * half-right messages must be rejected by the schemas, never half-trusted. (The runtime
 * engineer tests the handlers; this is the schema layer under them.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackgroundRequest, ContentRequest, TabState, UiStrings } from '@/utils/messages';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const CONTENT_TYPES = ['get-state', 'analyze-now', 'set-highlight', 'scroll-to-claim'];
const BACKGROUND_TYPES = ['analyze', 'analyze-text', 'tab-state', 'ui-strings'];

/** Values a page or a buggy context could post: anything, including objects that name a real type. */
const junk = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
  }),
  fc
    .record(
      {
        type: fc.constantFrom(
          ...CONTENT_TYPES,
          ...BACKGROUND_TYPES,
          'GET-STATE',
          'get-state ',
          '',
          'constructor',
          '__proto__',
        ),
      },
      { requiredKeys: [] },
    )
    .chain((base) =>
      fc
        .dictionary(
          fc.constantFrom(
            'on',
            'id',
            'input',
            'text',
            'lang',
            'status',
            'flagged',
            'blocks',
            '__proto__',
            'constructor',
          ),
          fc.anything(),
        )
        .map((extra) => ({ ...extra, ...base })),
    ),
);

describe('message schemas reject junk', () => {
  it('ContentRequest: whatever parses is exactly one of the four requests with the right field types', () => {
    fc.assert(
      fc.property(junk, (value) => {
        const parsed = ContentRequest.safeParse(value);
        if (!parsed.success) return;
        const msg = parsed.data;
        expect(CONTENT_TYPES).toContain(msg.type);
        if (msg.type === 'set-highlight') expect(typeof msg.on).toBe('boolean');
        if (msg.type === 'scroll-to-claim') expect(typeof msg.id).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });

  it('BackgroundRequest: whatever parses has a known type and well-typed fields', () => {
    fc.assert(
      fc.property(junk, (value) => {
        const parsed = BackgroundRequest.safeParse(value);
        if (!parsed.success) return;
        const msg = parsed.data;
        expect(BACKGROUND_TYPES).toContain(msg.type);
        if (msg.type === 'analyze') expect(Array.isArray(msg.input.blocks)).toBe(true);
        if (msg.type === 'analyze-text') expect(typeof msg.text).toBe('string');
        if (msg.type === 'tab-state') expect(Number.isFinite(msg.flagged)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('TabState and UiStrings never accept random values', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(TabState.safeParse(value).success).toBe(false);
        // An empty-ish object cannot be a UiStrings reply either (lang and strings are required).
        if (typeof value !== 'object' || value === null || !('lang' in value))
          expect(UiStrings.safeParse(value).success).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['no type', {}],
    ['unknown type', { type: 'run-script', code: 'alert(1)' }],
    ['type in wrong case', { type: 'GET-STATE' }],
    ['type with padding', { type: ' get-state' }],
    ['type not a string', { type: ['get-state'] }],
    ['set-highlight without on', { type: 'set-highlight' }],
    ['set-highlight with a string', { type: 'set-highlight', on: 'true' }],
    ['scroll-to-claim with an object id', { type: 'scroll-to-claim', id: { toString: null } }],
    ['a string', '{"type":"get-state"}'],
    ['null', null],
    ['an array', [{ type: 'get-state' }]],
  ])('ContentRequest rejects %s', (_label, value) => {
    expect(ContentRequest.safeParse(value).success).toBe(false);
  });

  it.each([
    ['analyze with no input', { type: 'analyze' }],
    ['analyze with blocks not a list', { type: 'analyze', input: { blocks: 'text' } }],
    [
      'analyze with a script block',
      { type: 'analyze', input: { blocks: [{ type: 'script', text: 'alert(1)' }] } },
    ],
    [
      'analyze with a non-string block text',
      { type: 'analyze', input: { blocks: [{ type: 'p', text: 42 }] } },
    ],
    ['analyze-text with no text', { type: 'analyze-text' }],
    ['analyze-text in an unsupported language', { type: 'analyze-text', text: 'x', lang: 'fr' }],
    ['tab-state with an unknown status', { type: 'tab-state', status: 'pwned', flagged: 0 }],
    ['tab-state with NaN flagged', { type: 'tab-state', status: 'ready', flagged: Number.NaN }],
    [
      'tab-state with Infinity flagged',
      { type: 'tab-state', status: 'ready', flagged: Number.POSITIVE_INFINITY },
    ],
    ['tab-state with a numeric string', { type: 'tab-state', status: 'ready', flagged: '3' }],
  ])('BackgroundRequest rejects %s', (_label, value) => {
    expect(BackgroundRequest.safeParse(value).success).toBe(false);
  });

  it('drops unknown keys and cannot pollute prototypes', () => {
    const forged = JSON.parse(
      '{"type":"set-highlight","on":true,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"extra":"x"}',
    ) as unknown;
    const parsed = ContentRequest.safeParse(forged);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual({ type: 'set-highlight', on: true });
    expect(Object.keys(parsed.data ?? {})).toEqual(['type', 'on']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a huge junk message (20,000 blocks, the last one invalid)', () => {
    // A test checks the answer, never the clock (the cost of validation is a benchmark figure).
    const blocks = Array.from({ length: 20_000 }, (_, i) => ({
      type: i === 19_999 ? 'iframe' : 'p',
      text: 'x'.repeat(50),
    }));
    expect(BackgroundRequest.safeParse({ type: 'analyze', input: { blocks } }).success).toBe(false);
  });
});
