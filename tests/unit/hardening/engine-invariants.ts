/**
 * What must hold for ANY input the engine is given. Shared by the quick property tests and the
 * long fuzz run; returns the broken invariants (empty when all hold) so a failure says which.
 */
import { Report, type ArticleInput } from '@/core/report';

export function brokenInvariants(input: ArticleInput, report: unknown): string[] {
  const problems: string[] = [];
  const parsed = Report.safeParse(report);
  if (!parsed.success) {
    problems.push(
      `report does not match the schema: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
    return problems;
  }
  const r = parsed.data;
  const ids = new Set(r.claims.map((c) => c.id));
  if (ids.size !== r.claims.length) problems.push('claim ids are not unique');
  if (r.summary.claims !== r.claims.length)
    problems.push(`summary.claims ${r.summary.claims} != ${r.claims.length} claims`);
  if (r.summary.flagged > r.summary.claims || r.summary.flagged < 0)
    problems.push(`summary.flagged ${r.summary.flagged} out of range`);
  if (!(r.summary.score >= 0 && r.summary.score <= 100))
    problems.push(`score ${r.summary.score} outside 0-100`);
  for (const claim of r.claims) {
    const block = input.blocks[claim.block];
    if (!block) {
      problems.push(
        `${claim.id}: block ${claim.block} does not exist (${input.blocks.length} blocks)`,
      );
      continue;
    }
    // Offsets index the whitespace-collapsed block text, which is never longer than the raw text.
    if (!Number.isInteger(claim.offset) || claim.offset < 0 || claim.offset > block.text.length) {
      problems.push(
        `${claim.id}: offset ${claim.offset} outside block ${claim.block} (${block.text.length} chars)`,
      );
    }
    if (claim.sentence.length > block.text.length)
      problems.push(`${claim.id}: sentence longer than its block`);
  }
  return problems;
}
