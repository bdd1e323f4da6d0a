/** Stage named-person: a name with the role written around it. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage named-person', () => {
  it.each([
    ['en', 'Prices will fall, said Harriet Vance, an economist at the bank.', 'Harriet Vance', 'economist at the bank'],
    ['en', 'Wirely correspondent Tom Hale said the harvest was a record.', 'Tom Hale', 'Wirely correspondent'],
    ['id', 'Salah seorang nelayan, Darto (41), mengatakan harga ikan turun.', 'Darto', 'Salah seorang nelayan'],
    ['id', 'Teten mengatakan harga ikan turun.', 'Teten', null],
  ] as const)('%s: %s', (lang, sentence, name, role) => {
    expect(lastSource(lang, sentence)).toMatchObject({ kind: 'named_person', name, role, basis: 'named-person' });
  });
});
