/**
 * "tanya Sari, di ruang rapat, Gedung Sate, Kompleks Perkantoran Gubernur,
 * Kamis": a building ("Gedung") and a compound ("Kompleks") where someone spoke were taken
 * for a person's name, and a later "tegasnya" pointed back to the building. Every sentence
 * is the team's own. Paragraphs: " || ".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('a building named where someone spoke', () => {
  it.each([
    'Politikus Partai Harapan Sari Lestari menagih janji itu. || "Apa harus menunggu musim hujan?" tanya Sari, di ruang rapat, Gedung Sate, Kompleks Perkantoran Gubernur, Kamis (12/10). || "Kami tetap menagih janji itu," tegasnya.',
    'Politikus Partai Harapan Sari Lestari menagih janji itu. || Ia berbicara di Gedung Juang, Kompleks Kantor Bupati, Kamis. || "Kami tetap menagih janji itu," tegasnya.',
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.resolvesTo).toBe('Sari Lestari');
  });
});
