/** Stage common-knowledge: what everyone knows, spoken of as if it spoke, names no source. */
import { describe, expect, it } from 'vitest';
import { NOT_A_SOURCE } from '@/core/source/stages';
import { commonKnowledge } from '@/core/source/stages/common-knowledge';
import { decide, lastSource } from './helpers';

describe('stage common-knowledge', () => {
  it.each([
    ['Experience shows that small crews in Lowick work faster.', 'Experience'],
    ['History tells us that such booms always end.', 'History'],
    ['Common sense suggests that the old bridge will not last.', 'Common sense'],
  ])('%s', (text, phrase) => {
    expect(decide(commonKnowledge, text, phrase, 'en')).toBe(NOT_A_SOURCE);
    expect(lastSource('en', text)).toBeUndefined();
  });
  it('Indonesian too', () => {
    expect(lastSource('id', 'Pengalaman menunjukkan bahwa tim kecil bekerja lebih cepat.')).toBe(
      undefined,
    );
  });
  it('a longer phrase is left to the other stages', () => {
    const text = 'A History Channel documentary said the fort in Lowick was built in 1790.';
    expect(decide(commonKnowledge, text, 'A History Channel documentary', 'en')).toBeNull();
    expect(lastSource('en', text)?.kind).toBe('media');
  });
});
