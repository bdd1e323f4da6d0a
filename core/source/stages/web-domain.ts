/** "according to shipfinder.net": a web address standing alone as the source is the site
 * that publishes it, an organization (an outlet in the registry is found before). */
import type { Analysis } from '../analysis';
import { WEB_DOMAIN } from '../tokens';
import type { Stage } from './types';

export const webDomain: Stage = {
  id: 'web-domain',
  decide(a: Analysis) {
    const { tokens } = a.ctx;
    const only = a.span.end - a.span.start === 1 ? tokens[a.span.start] : undefined;
    if (!only || only.type !== 'word' || !WEB_DOMAIN.test(only.text)) return null;
    return a.found('organization', 'web-domain');
  },
};
