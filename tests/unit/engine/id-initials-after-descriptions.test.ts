/**
 * "Korban, DS (17), mengatakan", "Tersangka RN (25) mengaku": Indonesian copy names people
 * by their initials; initials closing a person's description after a comma, or with the age
 * after them, are a named person, as after "berinisial". Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const only = (text: string) => storyClaims(text, 'id')[0];

describe('initials after a description of a person', () => {
  it('set off by commas after a witness', () => {
    const c = only('Saksi mata, TW, mengatakan pengendara motor itu kabur ke arah pasar.');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe('TW');
  });

  it('with the age in brackets, after commas', () => {
    const c = only('Korban, FH (16), mengatakan ia dipukul berkali-kali.');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe('FH');
  });

  it('with the age in brackets and no comma', () => {
    const c = only('Tersangka MR (31) mengaku menjual pupuk palsu sejak tahun lalu.');
    expect(c?.source.kind).toBe('named_person');
  });

  it('a relative of the victim', () => {
    expect(only('Ibu korban, SL, mengatakan anaknya pamit ke sekolah.')?.source.kind).toBe(
      'named_person',
    );
  });

  it('an office by its short name is no initials', () => {
    expect(only('Petugas, BPBD, mengatakan air mulai surut.')?.source.kind).not.toBe(
      'named_person',
    );
  });

  it('an acronym after the noun with no comma nor age stays as it was', () => {
    expect(only('Seorang korban KDRT mengatakan ia sering dipukul.')?.source.kind).toBe(
      'anonymous',
    );
  });
});
