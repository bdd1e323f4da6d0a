/**
 * Residences that copy names for a government's office (institution registry): "Downing
 * Street said", "the Elysee said", "the Vatican said", "Number 10 said" are official bodies,
 * not a person named Downing Street nor a firm by the lone-name default. Sentences are
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { lastSource } from './source/helpers';

describe('government residences named for their office', () => {
  it.each([
    'Downing Street said the prime minister would attend the summit.',
    'The Elysee said the president would not comment on the talks.',
    'The talks were useful, the Vatican said in a statement.',
    'The Holy See said the envoy would travel to Velby.',
    'Number 10 said the talks had gone well.',
  ])('%s', (sentence) => {
    expect(lastSource('en', sentence)?.kind).toBe('official_body');
  });
});
