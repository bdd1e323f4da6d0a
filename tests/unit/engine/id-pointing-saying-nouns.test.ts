/**
 * "Pengakuan itu disampaikan Wardana ...", "Hal itu dipaparkan Kepala Bappeda ...": a noun
 * pointing back to what was said, a passive verb of saying, then its agent. More nouns of
 * saying and more passive verbs than the common "Hal itu dikatakan"; a place after the verb
 * is no agent. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const last = (text: string) => storyClaims(text, 'id').at(-1);
const BEFORE =
  'Jembatan gantung di Desa Karangsari putus setelah diterjang arus sungai pada Jumat.';

describe('a pointing noun of saying with a passive verb and its agent', () => {
  it('"Pengakuan itu disampaikan" names the speaker after it', () => {
    const c = last(`${BEFORE} || Pengakuan itu disampaikan Wardana dalam rapat warga.`);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe('Wardana');
    expect(c?.claim).toContain('Karangsari');
  });

  it('"Penegasan tersebut" and "Komentar senada" point back too', () => {
    const a = last(`${BEFORE} || Penegasan tersebut disampaikan Lurah Karangsari, Sri Wahyuni.`);
    expect(a?.source.kind).toBe('named_person');
    expect(a?.source.text).toContain('Sri Wahyuni');
    const b = last(`${BEFORE} || Komentar senada dilontarkan anggota dewan, Markus Lede.`);
    expect(b?.source.kind).toBe('named_person');
    expect(b?.source.text).toContain('Markus Lede');
  });

  it('"Penuturan serupa" keeps the named resident after the comma', () => {
    const c = last(`${BEFORE} || Penuturan serupa disampaikan warga lainnya, Karyono.`);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toContain('Karyono');
  });

  it('"dipaparkan", "diterangkan", "dinyatakan" after "Hal itu"', () => {
    for (const verb of ['dipaparkan', 'diterangkan oleh', 'dinyatakan', 'ditekankan']) {
      const c = last(`${BEFORE} || Hal itu ${verb} Kepala Bappeda Gita Paramita dalam rapat.`);
      expect(c?.source.kind, verb).toBe('named_person');
      expect(c?.source.text, verb).toContain('Gita Paramita');
    }
  });

  it('"dituturkan oleh" keeps the name after a role with "setempat"', () => {
    const c = last(`${BEFORE} || Hal itu dituturkan oleh Ketua RT setempat, Sahlan Effendi.`);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toContain('Sahlan Effendi');
  });

  it('"diamini" (agreed) and "Hal yang sama" point back too', () => {
    const a = last(`${BEFORE} || Hal itu juga diamini oleh Ketua Karang Taruna, Dimas Aryo.`);
    expect(a?.source.kind).toBe('named_person');
    expect(a?.source.text).toContain('Dimas Aryo');
    const b = last(`${BEFORE} || Hal yang sama dikatakan oleh Ketua Karang Taruna, Dimas Aryo.`);
    expect(b?.source.text).toContain('Dimas Aryo');
  });

  it('"Seperti dipaparkan X, ..." opens the sentence', () => {
    const c = last(`Seperti dipaparkan Gita Paramita, jembatan itu dibangun pada 1998.`);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe('Gita Paramita');
  });

  it('a place after the verb is where it was said, not who said it', () => {
    expect(last(`${BEFORE} || Hal itu disampaikan di media sosial.`)).toBeUndefined();
    expect(last(`${BEFORE} || Komentar tersebut dilontarkan di media sosial.`)).toBeUndefined();
  });

  it('a denial of what came before names no speaker inside the pointer', () => {
    const c = last(
      `${BEFORE} || Pernyataan tersebut dibantah oleh kuasa hukum kontraktor, Yosef Bria.`,
    );
    expect(c?.source.text ?? '').not.toContain('tersebut');
  });
});
