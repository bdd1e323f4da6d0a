/** Whitespace handling shared by the extraction: one rule, so the engine's offsets hold. */

// Soft hyphen and zero-width characters vanish; every run of whitespace (incl. NBSP) is one space.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Same result as /\s+/g -> ' ', but a single plain space (most of them) is not a match:
// several times faster on story text.
const SPACES = /\s{2,}|[^\S ]/g;

export function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}
