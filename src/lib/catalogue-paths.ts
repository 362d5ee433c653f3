/**
 * Pre-rendered filtered catalogue pages, the no-JavaScript way to filter actions by territory
 * and domain: /actions/territoire/<id>/, /actions/domaine/<id>/, /actions/territoire/<id>/domaine/<id>/.
 */
import { href, routes } from './paths.ts';

export function catalogueHref(territory?: string, domain?: string): string {
  if (territory && domain) return href(`/actions/territoire/${territory}/domaine/${domain}/`);
  if (territory) return href(`/actions/territoire/${territory}/`);
  if (domain) return href(`/actions/domaine/${domain}/`);
  return routes.actions();
}
