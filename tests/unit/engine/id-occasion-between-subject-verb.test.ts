/**
 * "Menteri X dalam rapat kerja dengan Komisi IV DPR mengatakan ...": the occasion between
 * the speaker and the verb, and whom it was with, belong to neither; the body the meeting
 * was with is no source. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const only = (text: string) => storyClaims(text, 'id')[0];

describe('an occasion with its companions between subject and verb', () => {
  it('a working meeting with a parliamentary commission', () => {
    const c = only(
      'Menteri Kelautan Bayu Pranata dalam rapat kerja dengan Komisi IV DPR mengatakan stok ikan aman.',
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe('Menteri Kelautan Bayu Pranata');
  });

  it('with the day after a comma', () => {
    const c = only(
      'Menteri Kelautan Bayu Pranata dalam rapat kerja dengan Komisi IV DPR, Selasa, mengatakan stok ikan aman.',
    );
    expect(c?.source.text).toBe('Menteri Kelautan Bayu Pranata');
  });

  it('a visit to a police station', () => {
    const c = only(
      'Gubernur Intan Lestari dalam kunjungan ke Polres Lembahsari mengatakan kasus itu diusut.',
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe('Gubernur Intan Lestari');
  });

  it('a meeting at a court, the defendant speaking', () => {
    const c = only('Terdakwa dalam sidang di Pengadilan Negeri Lembahsari mengaku menyesal.');
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.text).toBe('Terdakwa');
  });
});
