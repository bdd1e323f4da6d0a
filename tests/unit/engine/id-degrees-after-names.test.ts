/**
 * "Budi Santoso, SH, MH, mengatakan", "Kuasa hukum warga, Budi Santoso SH MH, mengatakan":
 * academic and professional degrees after a name, with or without their dots and commas,
 * are no organization, no appositive and no part of the name. Every sentence is the team's
 * own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const only = (text: string) => storyClaims(text, 'id')[0];

describe('degrees after a name', () => {
  it('undotted degrees between commas are no organization', () => {
    const c = only('Hasan Basri, SH, MH, mengatakan gugatan itu sudah didaftarkan.');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe('Hasan Basri');
  });

  it('undotted degrees with no commas after a role and a name', () => {
    const c = only(
      'Kuasa hukum warga, Hasan Basri SH MH, mengatakan gugatan itu sudah didaftarkan.',
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe('Kuasa hukum warga, Hasan Basri');
  });

  it('a single degree after a role and a name, with or without its dots', () => {
    for (const degree of ['SH', 'S.H.', ', SH']) {
      const c = only(
        `Kuasa hukum warga, Hasan Basri${degree.startsWith(',') ? '' : ' '}${degree}, mengatakan gugatan itu sudah didaftarkan.`,
      );
      expect(c?.source.kind, degree).toBe('named_person');
      expect(c?.source.text, degree).toContain('Hasan Basri');
    }
  });

  it('degrees mixing small letters ("MSi", "SPd", "PhD")', () => {
    const a = only('Dr. Laksmi Wardhani, MSi, menilai kebijakan itu terlambat.');
    expect(a?.source.text).toBe('Dr. Laksmi Wardhani');
    const b = only('Prof. Dr. Gatot Subiyanto, MSc, PhD, menilai aturan itu tidak tepat.');
    expect(b?.source.kind).toBe('named_person');
    expect(b?.source.text).toBe('Prof. Dr. Gatot Subiyanto');
  });

  it('dotted degrees before an appositive with "selaku"', () => {
    const c = only(
      'Hasan Basri, S.H., M.H., selaku kuasa hukum korban, menyatakan kliennya mengalami kerugian.',
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toMatch(/^Hasan Basri/);
  });

  it('after "menurut" and after a quote', () => {
    const a = only('Menurut Yohanes Liku ST MT, jembatan itu perlu segera diperbaiki.');
    expect(a?.source.text).toBe('Yohanes Liku');
    const b = only('"Proses ini masih panjang," kata Hasan Basri SH MH.');
    expect(b?.source.text).toBe('Hasan Basri');
  });

  it('degrees between commas after "menurut" are no part of the claim', () => {
    const a = only('Menurut Hasan Basri, S.H., M.H., gugatan itu sudah didaftarkan.');
    expect(a?.source.text).toBe('Hasan Basri');
    expect(a?.claim).toBe('gugatan itu sudah didaftarkan');
    const b = only('Menurut Ir. Yohanes Liku, MT, jembatan itu perlu segera diperbaiki.');
    expect(b?.source.text).toBe('Ir. Yohanes Liku');
    expect(b?.claim).toBe('jembatan itu perlu segera diperbaiki');
  });

  it('an appositive after closing degrees still describes the person', () => {
    const c = only('Gugatan itu sudah didaftarkan, ujar Hasan Basri, S.H., kuasa hukum warga.');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.role).toBe('kuasa hukum warga');
  });

  it('capitals after an acronym are left alone', () => {
    const c = only('Kepala BPBD SH mengatakan air mulai surut.');
    expect(c?.source.text ?? '').not.toBe('Kepala BPBD');
  });
});
