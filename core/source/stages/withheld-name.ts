/** "Sekretaris Daerah Halmahera Barat, yang enggan disebut namanya": an office holder who is
 * not named is an unnamed official; the phrase only says the name is withheld. The office
 * must come first: "a person close to the minister" is no minister. */
import type { Analysis } from '../analysis';
import { tokensText } from '../tokens';
import type { Stage } from './types';

export const withheldName: Stage = {
  id: 'withheld-name',
  decide(a: Analysis) {
    if (a.head()?.table !== 'anonymous') return null;
    const office = a.hits().find((h) => h.table === 'roles');
    const { ctx } = a;
    if (!office || ctx.pack.anonymous.matchAt(ctx.tokens, office.at, office.at + office.len) !== 0)
      return null;
    // "A person close to the minister", "orang dekat Presiden": an office after the unnamed
    // source's words is whom the source is close to, not the source's own.
    const head = a.head();
    if (head && office.at > head.at) return null;
    // "anggota keluarga korban": the office's word is part of the unnamed source's phrase.
    if (head && office.at === head.at && office.len < head.len) return null;
    return a.found('unnamed_official', 'withheld-name', {
      role: tokensText(ctx, office.at, office.at + office.len),
    });
  },
};
