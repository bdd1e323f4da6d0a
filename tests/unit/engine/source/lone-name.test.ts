/** Stage lone-name: a lone unknown capitalised word, by the pack's rule, and acronyms. */
import { describe, expect, it } from 'vitest';
import { NOT_A_SOURCE } from '@/core/source/stages';
import { loneName } from '@/core/source/stages/lone-name';
import { decide, lastSource, sourceIn } from './helpers';

describe('stage lone-name', () => {
  it('English copy: a lone unknown name is an organization', () => {
    expect(lastSource('en', 'Lionfield said prices would fall.')).toMatchObject({
      kind: 'organization',
      basis: 'lone-name',
    });
  });

  it.each([
    ['A porter who gave his name as Idris said the lift had failed.', 'Idris'],
    ['A nurse identified only as Marisol said the ward was full.', 'Marisol'],
    ['A farmer who gave only her surname, Okoye, said the crop had failed.', 'Okoye'],
    // Set off by commas, the phrase and the name stay inside the speaker's span.
    ['The man, who gave his name only as Idris, said the lift had failed.', 'Idris'],
  ])("a name handed over is a person's: %s", (text, name) => {
    expect(lastSource('en', text)).toMatchObject({
      kind: 'named_person',
      name,
      basis: 'lone-name/given-name',
    });
  });

  it('a quotation in which the speaker says "I" is a person\'s', () => {
    expect(lastSource('en', '"I lost my boat," Kerrigan said.')).toMatchObject({
      kind: 'named_person',
      basis: 'lone-name/self',
    });
  });

  it.each([
    ['Ferrymen said the crossing was closed at dawn.', 'lone-name/group'],
    ['Beekeepers said the hives had emptied.', 'lone-name/group'],
    ['Archivists said the letters were forged.', 'lone-name/group'],
    ['Pharmacists told the inquiry that stocks ran out.', 'lone-name/group'],
    ['Coastguard navigators said the channel was blocked.', 'lone-name/group'],
  ])('a plural noun for people opening the sentence is unnamed people: %s', (text, basis) => {
    const source = lastSource('en', text);
    expect(source?.basis).toBe(basis);
    if (basis !== 'lone-name') expect(source?.kind).toBe('anonymous');
  });

  it.each([
    ['Later, Lumbers said prices would fall.', 'not at the sentence start'],
    ['"We waited all night," Stallholders said.', 'capitalised mid-sentence'],
    ['Helvers Ltd. said prices would fall. Helvers said more.', 'named before'],
  ])('a word ending like a plural stays a name %s: %s', (text) => {
    expect(lastSource('en', text)?.kind).not.toBe('anonymous');
  });

  it('a group known by a name is no person', () => {
    expect(lastSource('en', 'A group known as Vantor said it planted the bomb.')?.kind).toBe(
      'organization',
    );
  });

  it.each(['Figure 2 shows the rise in cases.', 'Table 1 lists the average prices.'])(
    'a numbered part of the page is no source: %s',
    (text) => {
      expect(decide(loneName, text, text.split(' ')[0] as string, 'en')).toBe(NOT_A_SOURCE);
    },
  );

  it("passes on two names, a person's in any copy", () => {
    expect(
      decide(loneName, 'Harriet Vance said prices would fall.', 'Harriet Vance', 'en'),
    ).toBeNull();
  });

  it('Indonesian copy: a lone unknown name is a person', () => {
    expect(lastSource('id', 'Wirawan mengatakan harga ikan turun.')).toMatchObject({
      kind: 'named_person',
      name: 'Wirawan',
      basis: 'named-person',
    });
  });

  it.each([
    [['Senator Oyelaran spoke at the hearing.', 'Oyelaran said the bill would pass.'], 1],
    [['Oyelaran said he would vote for the bill.'], 0],
    [
      ['Prime Minister Tarek al-Mansour visited the port.', 'Mansour said the port would reopen.'],
      1,
    ],
    [['Oyelaran said the bill would pass.', 'Later, Mr. Oyelaran left the chamber.'], 0],
    // A particle inside the name: "Staffan de Mistura", later "de Mistura".
    [['Envoy Lars de Wenner arrived.', 'Opening the talks, de Wenner said it was hard.'], 1],
  ] as const)(
    "English copy: a lone name the article shows is a person's: %j",
    (sentences, which) => {
      const found = sourceIn('en', sentences, which);
      expect(found?.kind).toBe('named_person');
      // A title and one word ("Senator Oyelaran") note the person in passing, so the name
      // may be known as a person's before the evidence is asked.
      expect(['lone-name/person-evidence', 'named-person']).toContain(found?.basis);
    },
  );

  it('Indonesian copy: a lone name written elsewhere after an organization word is an institution', () => {
    const sentences = [
      'Tirtamas menyatakan stok air aman.',
      'Dia mengatakan distribusi lancar.',
      'Pameran itu dibuka PT Tirtamas.',
    ];
    expect(sourceIn('id', sentences, 0)).toMatchObject({
      kind: 'organization',
      basis: 'lone-name/institution-evidence',
    });
    // So "Dia" is nobody named before, not the company.
    expect(sourceIn('id', sentences, 1)).toMatchObject({ kind: 'named_person', resolvesTo: null });
  });

  it("a short name spelt out after a public body's word is that body", () => {
    const sentences = [
      'The Bureau of Tides (BoT) issued a flood warning for the valley.',
      'Rivers would peak on Friday, the BoT said.',
    ];
    expect(sourceIn('en', sentences, 1)).toMatchObject({
      kind: 'official_body',
      basis: 'lone-name/body-short-name',
    });
  });

  it('English copy: a lone name followed by an age is a person', () => {
    expect(lastSource('en', '"We are losing," said Karim, 21, a rebel fighter.')).toMatchObject({
      kind: 'named_person',
      basis: 'lone-name/aged',
    });
  });

  it.each([
    'Plumbers said the pipes had burst in the night.',
    'Florists said roses had doubled in price.',
    'Machinists said the plant would close in May.',
  ])('English copy: a plural noun for people opening the sentence is a group: %s', (sentence) => {
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'anonymous',
      basis: 'lone-name/group',
    });
  });

  it('English copy: such a word inside the sentence is still a name', () => {
    expect(
      lastSource('en', 'The ferry was late again on Monday, Plumbers said in a statement.'),
    ).toMatchObject({ kind: 'organization', basis: 'lone-name' });
  });

  it('Indonesian copy: a noun for people by its prefix opening the sentence is a group', () => {
    expect(lastSource('id', 'Pengunjung mengatakan antrean sangat panjang.')).toMatchObject({
      kind: 'anonymous',
      basis: 'lone-name/group',
    });
  });

  it('Indonesian copy: a name with that prefix introduced before stays a person', () => {
    expect(
      lastSource(
        'id',
        'Kepala Desa Sukamaju, Pepen Supendi, meninjau jalan itu.',
        'Pepen mengatakan jalan itu rusak.',
      ),
    ).toMatchObject({ kind: 'named_person' });
  });

  it("a sentence's opening word is no one's name", () => {
    expect(lastSource('en', 'Still added costs went up.')).toBeUndefined();
    expect(lastSource('en', 'Stills added costs went up.')).toMatchObject({ kind: 'organization' });
  });
});
