/** "Komisi Pemilihan Umum (KPU)": a name closed by an acronym in parentheses is an
 * institution's; people are not abbreviated so. */
import type { Analysis } from '../analysis';
import { endsWithAcronym } from '../tokens';
import type { Stage } from './types';

export const acronymInstitution: Stage = {
  id: 'acronym-institution',
  decide(a: Analysis) {
    const run = a.nameRun();
    const { tokens } = a.ctx;
    if (
      !run ||
      tokens[run.end]?.text !== '(' ||
      !endsWithAcronym(tokens, a.span.end) ||
      run.end + 3 !== a.span.end
    )
      return null;
    return a.found('organization', 'acronym-institution');
  },
};
