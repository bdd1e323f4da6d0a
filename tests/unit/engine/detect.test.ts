import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@/core/lang/detect';

const ID =
  'Menteri mengatakan bahwa kerja sama itu akan dilanjutkan dan tidak ada yang berubah karena pemerintah sudah setuju dengan rencana tersebut untuk tahun ini.';
const EN =
  'The minister said that the cooperation will continue and that nothing has changed because the government has agreed with the plan for this year.';

describe('detectLanguage', () => {
  it('trusts the hint when the text agrees or says little', () => {
    expect(detectLanguage(EN, 'en-US')).toMatchObject({ lang: 'en', by: 'hint' });
    expect(detectLanguage('Jakarta', 'id')).toMatchObject({ lang: 'id', by: 'hint' });
    expect(detectLanguage(ID, 'in')).toMatchObject({ lang: 'id' }); // old ISO code
  });

  it('the text overrules a wrong hint', () => {
    expect(detectLanguage(ID, 'en')).toMatchObject({ lang: 'id', by: 'text' });
    expect(detectLanguage(EN, 'id')).toMatchObject({ lang: 'en', by: 'text' });
  });

  it('text alone, and nothing at all', () => {
    expect(detectLanguage(ID).lang).toBe('id');
    expect(detectLanguage(EN, 'fr').lang).toBe('en');
    expect(detectLanguage('', null)).toMatchObject({ lang: 'en', by: 'default' });
  });
});
