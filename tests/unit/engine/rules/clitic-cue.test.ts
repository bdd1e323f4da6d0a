import { describe, expect, it } from 'vitest';
import { cliticCue } from '@/core/rules/clitic-cue';
import { ctx, person, run } from '../helpers';

describe('clitic-cue', () => {
  it.each(['ujarnya', 'katanya', 'jelasnya', 'tegasnya', 'imbuhnya', 'tuturnya', 'pungkasnya'])(
    '"...," %s resolves to the last person',
    (cue) => {
      const [c] = cliticCue.find(
        ctx(`"Kebijakan itu bisa memulihkan ekonomi," ${cue}.`, 'id', {
          referents: [person('Hendra Wijaya', 'Gubernur BI')],
        }),
      );
      expect(c?.cue).toBe(cue);
      expect(c?.source).toMatchObject({
        text: '-nya',
        kind: 'named_person',
        name: 'Hendra Wijaya',
        resolvesTo: 'Hendra Wijaya',
        reasons: ['pronoun_resolved'],
      });
    },
  );

  it('Menurutnya at the start of a sentence', () => {
    expect(
      run(cliticCue, 'Menurutnya, tidak ada kepastian kapan pandemi berakhir.', 'id')[0]?.[0],
    ).toBe('Menurutnya');
  });

  it('says so when there is no one to point back to', () => {
    const [c] = cliticCue.find(ctx('"Itu saja," ujarnya.', 'id'));
    expect(c?.source.reasons).toEqual(['pronoun_unresolved']);
  });

  it.each([
    'Kim dan delegasinya bertemu dengan Petrov.',
    'Perusahaan itu menaikkan harga jualnya.',
    '"Dia bilang katanya harga naik," kata Budi.', // inside a quotation: the quoted person's cue
  ])('no clitic cue: %s', (text) => {
    expect(run(cliticCue, text, 'id')).toEqual([]);
  });
});
