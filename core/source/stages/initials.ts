/** "Kepala dinas berinisial AS membantah": a person known by initials is that person, even
 * where the initials spell a country. */
import { collectLeft } from '../collect';
import type { Analysis } from '../analysis';
import { ageBracketClose, ageBracketOpen, ALL_CAPS, hasRole, spanText } from '../tokens';
import type { Stage } from './types';

export const initials: Stage = {
  id: 'initials',
  decide(a: Analysis) {
    const aged = initialsAged(a);
    if (aged) return aged;
    if (a.words.length !== 1) return initialsClosing(a) ?? initialsAfterDescription(a);
    const { ctx, span, text } = a;
    // "AS membantah" after "Kepala Dinas berinisial AS": the person named so before.
    const earlier = ctx.referents.byInitials((a.words[0] as { text: string }).text);
    if (earlier)
      return a.found('named_person', 'initials/earlier', {
        name: earlier.name,
        role: earlier.role,
      });
    // The initials right after their marker.
    const marker = span.start - 1;
    if (!ctx.pack.initialsMarkers.has(ctx.tokens[marker]?.lower ?? '') || !ALL_CAPS.test(text))
      return null;
    const described = marker > 0 ? collectLeft(ctx, marker - 1) : marker;
    const roleSpan = { start: described, end: marker };
    const role = described < marker && hasRole(ctx, roleSpan) ? spanText(ctx, roleSpan) : null;
    return a.found('named_person', 'initials', { name: text, role });
  },
};

/** "petambak berinisial RN", "Kepala Desa X berinisial AS": a description, the marker, then
 * the initials closing the phrase name that person; the description is their role when a
 * role word says so. */
function initialsClosing(a: Analysis) {
  const { ctx, span } = a;
  const last = ctx.tokens[span.end - 1];
  const marker = span.end - 2;
  if (marker <= span.start || !last || !ALL_CAPS.test(last.text)) return null;
  if (!ctx.pack.initialsMarkers.has(ctx.tokens[marker]?.lower ?? '')) return null;
  const roleSpan = { start: span.start, end: marker };
  const role = hasRole(ctx, roleSpan) ? spanText(ctx, roleSpan) : null;
  return a.found('named_person', 'initials', { name: last.text, role });
}

/** Initials as Indonesian copy writes them for a person ("RN", "DS"). */
const INITIALS = /^\p{Lu}{2,4}$/u;
const AGE = /^[1-9]\d{0,2}$/u;

/** "Korban, DS (17), mengatakan", "Tersangka RN (25) mengaku": initials closing the phrase of
 * a person's description, set off by a comma or followed by the age, name that person, in a
 * pack whose copy writes people by their initials. An institution's short name ("petugas
 * BPBD") is no one's initials. */
function initialsAfterDescription(a: Analysis) {
  const { ctx, span } = a;
  const { tokens, pack } = ctx;
  if (pack.initialsMarkers.words.size === 0) return null;
  // The age in brackets, inside the phrase or right after it ("(34)", "(34 tahun)").
  const open = ageBracketOpen(ctx, span.end - 1);
  const inside = open !== null && AGE.test(tokens[open + 1]?.text ?? '');
  const aged = inside || ageBracketClose(ctx, span.end) !== null;
  const at = inside ? open - 1 : span.end - 1;
  const initials = tokens[at];
  if (!initials || initials.type !== 'word' || !INITIALS.test(initials.text)) return null;
  const comma = tokens[at - 1]?.text === ',';
  const end = comma ? at - 1 : at;
  if ((!comma && !aged) || end <= span.start) return null;
  const institution = [pack.bodies, pack.organizations, pack.media, pack.stateMedia];
  if (institution.some((table) => table.matchAt(tokens, at) > 0)) return null;
  const description = { start: span.start, end };
  const person =
    pack.anonymous.matchAt(tokens, span.start, end) > 0 ||
    pack.unnamedOfficials.matchAt(tokens, span.start, end) > 0 ||
    hasRole(ctx, description);
  if (!person) return null;
  const role = hasRole(ctx, description) ? spanText(ctx, description) : null;
  return a.found('named_person', 'initials', { name: initials.text, role });
}

/** An age in brackets is a person's age: a child's or a grown-up's, never three figures. */
const PERSON_AGE = /^[1-9]\d?$/u;

/** "AS (34) mengaku ...", "kata korban, RN (17)", "MR (45), ayah korban, mengatakan": initials
 * opening the phrase with an age in brackets right after them are a person's, in a pack
 * whose copy writes people by their initials, even initials that spell a country or a body
 * (no institution has an age). A description after a comma is their role when a role word
 * says so. */
function initialsAged(a: Analysis) {
  const { ctx, span } = a;
  const { tokens, pack } = ctx;
  if (pack.initialsMarkers.words.size === 0) return null;
  const first = tokens[span.start];
  if (first?.type !== 'word' || !INITIALS.test(first.text)) return null;
  const open = span.start + 1;
  const close = ageBracketClose(ctx, open);
  if (close === null || !PERSON_AGE.test(tokens[open + 1]?.text ?? '')) return null;
  const rest = tokens[close + 1]?.text === ',' ? close + 2 : close + 1;
  const description = { start: rest, end: span.end };
  const role = rest < span.end && hasRole(ctx, description) ? spanText(ctx, description) : null;
  return a.found('named_person', 'initials', { name: first.text, role });
}
