/**
 * Text-direction controls made visible. An RTL override (U+202E) or isolate inside a name
 * can make "Reuters" display as something else while the text says another thing; the UI
 * shows each control as a visible token instead, and wraps names in `<bdi>` so one name
 * cannot reorder the text around it. Dependency-free: the content script imports it.
 */
const PATTERN = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function hasBidiControls(text: string): boolean {
  PATTERN.lastIndex = 0;
  return PATTERN.test(text);
}

/** Every direction control replaced by a visible token naming it, such as ⟪U+202E⟫. */
export function revealBidi(text: string): string {
  return text.replace(
    PATTERN,
    (ch) => `⟪U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟫`,
  );
}
