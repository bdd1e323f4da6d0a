import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { stanceVerb } from '@/core/rules/stance-verb';
import { ctx, person, run, testRegistry } from '../helpers';

describe('stance-verb', () => {
  it.each([
    [
      'Para pejabat AS khawatir bahwa Rusia akan mengirim teknologi rudal.',
      'id',
      'khawatir',
      'unnamed_official',
      'Para pejabat AS',
    ],
    [
      'Polisi menduga bahwa pelaku sudah meninggalkan kota.',
      'id',
      'menduga',
      'official_body',
      'Polisi',
    ],
    [
      'U.S. officials fear that Russia will send missile technology.',
      'en',
      'fear',
      'unnamed_official',
      'U.S. officials',
    ],
    [
      'Officials worry that the ceasefire will collapse.',
      'en',
      'worry',
      'unnamed_official',
      'Officials',
    ],
    [
      'Many analysts are concerned that the bank raised rates too fast.',
      'en',
      'are concerned',
      'anonymous',
      'Many analysts',
    ],
  ] as const)('%s', (text, lang, cue, kind, source) => {
    expect(run(stanceVerb, text, lang)).toEqual([[cue, kind, source]]);
  });

  it('the claim is what the complementizer introduces, the source is flagged unnamed', () => {
    const report = analyze(
      {
        blocks: [
          {
            type: 'p',
            text: 'Para pejabat AS khawatir bahwa Rusia akan mengirim teknologi rudal.',
          },
        ],
      },
      { lang: 'id', registry: testRegistry },
    );
    expect(report.claims).toHaveLength(1);
    expect(report.claims[0]).toMatchObject({
      claim: 'Rusia akan mengirim teknologi rudal',
      flags: ['unnamed_source'],
      strength: 'weak',
    });
  });

  it('a surname named before and an acronym are sources', () => {
    expect(
      run(stanceVerb, 'Smith fears that rates will rise.', 'en', {
        referents: [person('Tom Smith', 'economist')],
      }),
    ).toEqual([['fears', 'named_person', 'Smith']]);
    expect(run(stanceVerb, 'OJK khawatir bahwa kredit macet naik.', 'id')).toEqual([
      ['khawatir', 'official_body', 'OJK'],
    ]);
  });

  it('a stance needs a source written before it', () => {
    expect(stanceVerb.find(ctx('Khawatir bahwa harga naik, warga menimbun beras.', 'id'))).toEqual(
      [],
    );
  });

  it.each([
    ['Pejabat AS khawatir harga minyak naik.', 'id'], // a bare mental state: no "bahwa"
    ['Officials are worried about the economy.', 'en'],
    ['Many fear that prices will rise.', 'en'], // no source: "many" is a quantifier
    ['Markets fear that rates will rise.', 'en'], // a common noun opening the sentence
    ['Masyarakat khawatir bahwa harga akan naik.', 'id'],
    ['"We fear that the worst is coming," she said.', 'en'], // inside a quotation
  ] as const)('no attribution: %s', (text, lang) => {
    expect(run(stanceVerb, text, lang)).toEqual([]);
  });
});

describe('stance-verb: a state of mind with its clause', () => {
  it.each([
    ['Harbour officials are confident that the sea wall will hold.', 'Harbour officials'],
    ['The mayor remains hopeful that the ferry will return in May.', 'The mayor'],
    ['Vera Lind is adamant that the vote was fair.', 'Vera Lind'],
    ['The council was sceptical that the depot could reopen.', 'The council'],
  ])('%s', (text, source) => {
    expect(run(stanceVerb, text, 'en')[0]?.[2]).toBe(source);
  });

  it('with no clause it is no claim', () => {
    expect(run(stanceVerb, 'The mayor remains hopeful about the ferry.', 'en')).toEqual([]);
  });
});

describe('stance-verb: a comma inside a number ends no clause', () => {
  it('counts the clause past a decimal comma ("tumbuh 12,75 persen")', () => {
    expect(
      run(
        stanceVerb,
        'Direktur Andi Wijaya menggarisbawahi, tumbuh 12,75 persen dari tahun lalu.',
        'id',
      ),
    ).toEqual([['menggarisbawahi', 'named_person', 'Direktur Andi Wijaya']]);
  });

  it('still ends the clause at a comma between words', () => {
    expect(run(stanceVerb, 'Direktur Andi Wijaya yakin, naik, lalu turun lagi.', 'id')).toEqual([]);
  });
});

describe('stance-verb: a day before the clause', () => {
  it.each([
    [
      'Harbour officials expressed optimism on Thursday that the strike would end.',
      'Harbour officials',
    ],
    ['The ferry union voiced concern on Monday that the talks would stall.', 'The ferry union'],
  ])('%s', (text, source) => {
    expect(run(stanceVerb, text, 'en')[0]?.[2]).toBe(source);
  });

  it('a day and no clause is no claim', () => {
    expect(run(stanceVerb, 'Harbour officials expressed optimism on Thursday.', 'en')).toEqual([]);
  });
});

describe('stance-verb: a hope, an assurance or a warning with its clause', () => {
  it.each([
    ['The ferry union expressed hope that the talks would resume.', 'expressed hope'],
    ['The harbour master gave assurances that the quay was safe.', 'gave assurances'],
    ['The water board issued a warning that the dam could burst.', 'issued a warning'],
    ['The coach left no doubt that the team would appeal.', 'left no doubt'],
  ])('%s', (text, cue) => {
    expect(run(stanceVerb, text, 'en')[0]?.[0]).toBe(cue);
  });

  it('without the clause it is a deed', () => {
    expect(run(stanceVerb, 'The water board issued a warning to residents.', 'en')).toEqual([]);
  });
});
