/** Stage earlier-surname: a surname that is also a word for unnamed people or an office is the
 * person named with it before. Every sentence is the team's own. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

const named = (name: string) => ({
  kind: 'named_person',
  name,
  resolvesTo: name,
  basis: 'earlier-surname',
});

describe('stage earlier-surname (English)', () => {
  it('a sheriff named before, then his surname opening a sentence', () => {
    expect(
      lastSource(
        'en',
        'Two farm workers were hurt in the blast, county sheriff Thomas Reader said.',
        'Reader said the barn had been empty for a week.',
      ),
    ).toMatchObject(named('Thomas Reader'));
  });

  it('the surname a second time, after its first resolution', () => {
    expect(
      lastSource(
        'en',
        'The road will stay shut until Friday, county sheriff Thomas Reader said.',
        'Reader added that detours were signposted.',
        'Reader said crews would work overnight.',
      ),
    ).toMatchObject(named('Thomas Reader'));
  });

  it('a surname that is a word for clergy', () => {
    expect(
      lastSource(
        'en',
        'The council approved the budget, chairwoman Helen Bishop said.',
        'Bishop said the vote had been close.',
      ),
    ).toMatchObject(named('Helen Bishop'));
  });

  it('a surname that is a word for a trade', () => {
    expect(
      lastSource(
        'en',
        'Orders fell in March, said Ruth Dealer, who runs the family garage.',
        'Dealer said customers were waiting for lower interest rates.',
      ),
    ).toMatchObject(named('Ruth Dealer'));
  });

  it('a surname that is a word for an office holder', () => {
    expect(
      lastSource(
        'en',
        'The harbour will reopen on Monday, port director Simon Guard said.',
        'Guard told reporters the cranes were undamaged.',
      ),
    ).toMatchObject(named('Simon Guard'));
  });

  it('with no one of that name before, the word is an unnamed source', () => {
    expect(
      lastSource(
        'en',
        'The club lost its third match in a row on Saturday.',
        'Critics said the coach had run out of ideas.',
      ),
    ).toMatchObject({ kind: 'anonymous' });
  });

  it('a lower-case word for people is never the surname', () => {
    const source = lastSource(
      'en',
      'The paper will close its print edition, editor Anna Reader said.',
      'One reader said she would miss the crossword.',
    );
    expect(source?.basis).not.toBe('earlier-surname');
  });

  it('a title before the word, not a first name, gives no surname', () => {
    const source = lastSource(
      'en',
      'Bishop Kellam said the church would stay open.',
      'Bishop said the roof would be repaired.',
    );
    expect(source?.basis).not.toBe('earlier-surname');
  });
});

describe('stage earlier-surname (Indonesian)', () => {
  it('a researcher whose surname is a word for clergy', () => {
    expect(
      lastSource(
        'id',
        'Peneliti Maria Pastor mengatakan sampel air sungai itu tercemar.',
        'Pastor menambahkan bahwa hasil uji lengkap diumumkan pekan depan.',
      ),
    ).toMatchObject(named('Maria Pastor'));
  });

  it('the same surname in a second sentence after it', () => {
    expect(
      lastSource(
        'id',
        'Pelatih tim muda, Rudi Pastor, mengatakan timnya siap bertanding.',
        'Pastor mengatakan dua pemain masih cedera.',
        'Pastor juga menyebutkan latihan ditambah menjadi dua kali sehari.',
      ),
    ).toMatchObject(named('Rudi Pastor'));
  });

  it('with no one of that name before, the word stays an unnamed source', () => {
    expect(
      lastSource('id', 'Pastor mengatakan gereja akan dibuka kembali pekan depan.'),
    ).not.toMatchObject({ basis: 'earlier-surname' });
  });
});
