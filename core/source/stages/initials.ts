/** "Kepala dinas berinisial AS membantah": a person known by initials is that person, even
 * where the initials spell a country. */
import { collectLeft } from '../collect';
import type { Analysis } from '../analysis';
import { ALL_CAPS, hasRole, spanText } from '../tokens';
import type { Stage } from './types';

export const initials: Stage = {
  id: 'initials',
  decide(a: Analysis) {
    if (a.words.length !== 1) return initialsClosing(a);
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
