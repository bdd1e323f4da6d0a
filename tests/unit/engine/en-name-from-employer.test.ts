/** "NAME from EMPLOYER said": "from" ties a full name to its employer as "of" and "at" do;
 * the person speaks, not the body named after "from". */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('"Jane Roe from the Harbour Trust said" (English)', () => {
  it.each([
    [
      'Lena Marsh from the Orchard Growers Council said the harvest was late.',
      'Lena Marsh from the Orchard Growers Council',
    ],
    [
      '"The harvest is late," Lena Marsh from the Orchard Growers Council, told the Daily Planet.',
      'Lena Marsh from the Orchard Growers Council',
    ],
    ['Ivo Brandt from Westshire said the harvest was late.', 'Ivo Brandt from Westshire'],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source).toMatchObject({ text: source, kind: 'named_person' });
  });

  it('unnamed people from a body stay unnamed', () => {
    const c = onlyClaim('Officials from the water board said the harvest was late.', 'en');
    expect(c?.source).toMatchObject({
      text: 'Officials from the water board',
      kind: 'unnamed_official',
    });
  });
});
